// Every enumerator and helper macro the current kernel_api_spec.h defines
// is accepted in the enumerator spelling and mapped onto the model.
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: %kapi-db parse --format json %s | FileCheck %s --check-prefix=JSON

/**
 * sys_hdr - the header's names
 * @a: a user pointer
 *
 * context-flags: KAPI_CTX_PROCESS
 * param: a
 *   type: KAPI_TYPE_USER_PTR
 *   flags: KAPI_PARAM_USER_PTR | KAPI_PARAM_INOUT
 * lock: l1
 *   type: KAPI_LOCK_MUTEX
 *   scope: KAPI_LOCK_INTERNAL
 * lock: l2
 *   scope: KAPI_LOCK_ACQUIRES
 * lock: l3
 *   scope: KAPI_LOCK_RELEASES
 * lock: l4
 *   scope: KAPI_LOCK_CALLER_HELD
 * signal: SIGINT
 *   direction: KAPI_SIGNAL_RECEIVE | KAPI_SIGNAL_SEND | KAPI_SIGNAL_HANDLE
 *   action: KAPI_SIGNAL_ACTION_RETURN
 *   timing: KAPI_SIGNAL_TIME_BLOCKING
 *   queue: KAPI_SIGNAL_QUEUE_REALTIME
 *   state-required: KAPI_SIGNAL_STATE_RUNNING | KAPI_SIGNAL_STATE_SLEEPING
 *   state-forbidden: KAPI_SIGNAL_STATE_STOPPED | KAPI_SIGNAL_STATE_TRACED
 * signal: SIGTERM
 *   direction: KAPI_SIGNAL_BLOCK | KAPI_SIGNAL_IGNORE
 *   timing: KAPI_SIGNAL_TIME_SLEEPING
 *   queue: KAPI_SIGNAL_QUEUE_STANDARD
 *   state-forbidden: KAPI_SIGNAL_STATE_ZOMBIE | KAPI_SIGNAL_STATE_DEAD
 * signal: SIGUSR1
 *   timing: KAPI_SIGNAL_TIME_ANYTIME
 *   queue: KAPI_SIGNAL_QUEUE_COALESCE
 * signal: SIGUSR2
 *   timing: KAPI_SIGNAL_TIME_ENTRY
 *   queue: KAPI_SIGNAL_QUEUE_REPLACE
 * signal: SIGHUP
 *   timing: KAPI_SIGNAL_TIME_EXIT
 *   queue: KAPI_SIGNAL_QUEUE_DISCARD
 * capability: CAP_SYS_ADMIN
 *   type: KAPI_CAP_PERFORM_OPERATION
 * side-effect: KAPI_EFFECT_NONE
 * side-effect: KAPI_EFFECTS_MEMORY | KAPI_EFFECTS_LOCKING
 * side-effect: KAPI_EFFECTS_RESOURCES | KAPI_EFFECTS_IO
 * side-effect: KAPI_EFFECT_SCHEDULE | KAPI_EFFECT_IRREVERSIBLE
 */
SYSCALL_DEFINE1(hdr, void __user *, a)

// KAPI_PARAM_USER_PTR is KAPI_PARAM_USER.
// CHECK: param 0 a: type user_ptr, flags inout|user, constraint none
// CHECK: side-effect none:
// CHECK-NEXT: side-effect alloc_memory|free_memory|lock_acquire|lock_release:
// CHECK-NEXT: side-effect resource_create|resource_destroy|network|filesystem:
// CHECK-NEXT: side-effect schedule|irreversible:

// KAPI_SIGNAL_TIME_BLOCKING is "while_blocked", _SLEEPING "while_sleeping".
// JSON: "signal_name": "SIGINT"
// JSON: "timing": "while_blocked"
// JSON: "signal_name": "SIGTERM"
// JSON: "timing": "while_sleeping"
// JSON: "signal_name": "SIGUSR1"
// JSON: "timing": "anytime"
// JSON: "effect_type": "0x0"
