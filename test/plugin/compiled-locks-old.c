// The older layout keeps four lock booleans where the current one has a
// scope, and strings (signal timing) as arrays; the enumerators of
// Inputs/kernel_api_spec.h are numbered unlike ours on purpose.  A lock and
// a signal that agree with the comment are silent (sys_kt_lock_ok); each
// boolean, type, action or timing that differs is a warning
// (sys_kt_lock_drift).
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
#include "kernel.h"
#include "kernel_api_spec.h"

/**
 * sys_kt_lock_ok - Take the table lock and wait
 * @a: a number
 *
 * contexts: process, sleepable
 *
 * param: a
 *   type: int, input
 *
 * lock: table_lock
 *   type: mutex
 *   acquired: yes
 *   released: yes
 *
 * signal: SIGINT
 *   direction: receive
 *   action: return
 *   timing: during
 *   errno: EINTR
 */
SYSCALL_DEFINE1(kt_lock_ok, int, a)
{
	return a;
}

KAPI_DEFINE_SPEC(sys_kt_lock_ok) = {
	.name = "sys_kt_lock_ok",
	.context_flags = KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE,
	.param_count = 1,
	.params = { { .name = "a", .type = KAPI_TYPE_INT, .flags = KAPI_PARAM_IN,
		      .size_param_idx = -1 } },
	.lock_count = 1,
	.locks = { { .lock_name = "table_lock", .lock_type = KAPI_LOCK_MUTEX,
		     .acquired = 1, .released = 1 } },
	.signal_count = 1,
	.signals = { { .signal_num = SIGINT, .signal_name = "SIGINT",
		       .direction = KAPI_SIGNAL_RECEIVE,
		       .action = KAPI_SIGNAL_ACTION_RETURN,
		       .error_on_signal = -EINTR, .timing = "during" } },
};

/**
 * sys_kt_lock_drift - Take the table lock and wait
 * @a: a number
 *
 * contexts: process, sleepable
 *
 * param: a
 *   type: int, input
 *
 * lock: table_lock
 *   type: mutex
 *   acquired: yes
 *   released: yes
 *
 * signal: SIGINT
 *   direction: receive
 *   action: return
 *   timing: during
 */
SYSCALL_DEFINE1(kt_lock_drift, int, a)
{
	return a;
}

KAPI_DEFINE_SPEC(sys_kt_lock_drift) = {
	.name = "sys_kt_lock_drift",
	.context_flags = KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE,
	.param_count = 1,
	.params = { { .name = "a", .type = KAPI_TYPE_INT, .flags = KAPI_PARAM_IN,
		      .size_param_idx = -1 } },
	.lock_count = 1,
	// expected-warning@+2 {{compiled spec for 'sys_kt_lock_drift' disagrees with its comment: the type of lock 'table_lock' is KAPI_LOCK_SPINLOCK here but KAPI_LOCK_MUTEX in the comment [kapi-spec-compiled-mismatch]}}
	// expected-warning@+1 {{compiled spec for 'sys_kt_lock_drift' disagrees with its comment: released of lock 'table_lock' is false here but true in the comment [kapi-spec-compiled-mismatch]}}
	.locks = { { .lock_name = "table_lock", .lock_type = KAPI_LOCK_SPINLOCK,
		     .acquired = 1 } },
	.signal_count = 1,
	// expected-warning@+2 {{compiled spec for 'sys_kt_lock_drift' disagrees with its comment: the action of signal 'SIGINT' is KAPI_SIGNAL_ACTION_RESTART here but KAPI_SIGNAL_ACTION_RETURN in the comment [kapi-spec-compiled-mismatch]}}
	// expected-warning@+1 {{compiled spec for 'sys_kt_lock_drift' disagrees with its comment: the timing of signal 'SIGINT' is KAPI_SIGNAL_TIME_ENTRY here but KAPI_SIGNAL_TIME_DURING in the comment [kapi-spec-compiled-mismatch]}}
	.signals = { { .signal_num = SIGINT, .signal_name = "SIGINT",
		       .direction = KAPI_SIGNAL_RECEIVE,
		       .action = KAPI_SIGNAL_ACTION_RESTART, .timing = "entry" } },
};
