// The older enumerator draft: KAPI_* tokens and range:/valid-mask:
// subfields.
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

/**
 * sys_io_setup - Create an asynchronous I/O context
 * @nr_events: number of events the context must hold
 * @ctxp: where the context id is written
 *
 * context-flags: KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE
 *
 * param: nr_events
 *   type: KAPI_TYPE_UINT
 *   flags: KAPI_PARAM_IN
 *   constraint-type: KAPI_CONSTRAINT_RANGE
 *   range: 1, 8388608
 *
 * param: ctxp
 *   type: KAPI_TYPE_USER_PTR
 *   flags: KAPI_PARAM_OUT | KAPI_PARAM_USER
 *   valid-mask: 0x3 | 0x10
 *
 * return:
 *   type: KAPI_TYPE_INT
 *   check-type: KAPI_RETURN_ERROR_CHECK
 *   success: 0
 *
 * error: EAGAIN, nr_events exceeds the per-user limit
 *   desc: aio-max-nr would be exceeded.
 * lock: ioctx_lock
 *   type: KAPI_LOCK_SPINLOCK
 *   acquired: true
 * signal: SIGKILL
 *   direction: KAPI_SIGNAL_RECEIVE
 *   action: KAPI_SIGNAL_ACTION_RETURN
 *   sa_flags_required: 0
 * capability: CAP_SYS_RESOURCE
 *   type: KAPI_CAP_INCREASE_LIMIT
 *   allows: more contexts
 * side-effect: KAPI_EFFECT_ALLOC_MEMORY | KAPI_EFFECT_RESOURCE_CREATE
 *   target: the ioctx table
 *   reversible: yes
 * state-trans: ioctx table
 *   from: n contexts
 *   to: n + 1 contexts
 * constraint: Limit
 *   expr: nr_events <= aio_max_nr
 */
SYSCALL_DEFINE2(io_setup, unsigned, nr_events, aio_context_t __user *, ctxp)

// CHECK: spec sys_io_setup (syscall) at {{.*}}enum-draft.c:5 [comment-enum]
// CHECK-NEXT: description: Create an asynchronous I/O context
// CHECK-NEXT: contexts: process, sleepable
// CHECK-NEXT: param 0 nr_events: type uint, flags input, constraint range min=1 max=8388608
// CHECK-NEXT: param 1 ctxp: type user_ptr, flags output|user, constraint mask mask=0x3 | 0x10 = 0x13
// CHECK-NEXT: return: type int, check error_check success=0
// CHECK-NEXT: error EAGAIN (-EAGAIN (unresolved)): nr_events exceeds the per-user limit
// CHECK-NEXT: lock ioctx_lock: spinlock
// CHECK-NEXT: signal SIGKILL
// CHECK-NEXT: capability CAP_SYS_RESOURCE: increase_limit
// CHECK-NEXT: side-effect alloc_memory|resource_create: the ioctx table
// CHECK-NEXT: state-trans ioctx table: n contexts -> n + 1 contexts
// CHECK-NEXT: constraint Limit: nr_events <= aio_max_nr
