// The earliest flat draft (KAPI-DSL.md §5).
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

/**
 * sys_mlock - Lock pages in memory
 * @start: first address
 * @len: length of the range
 *
 * context-flags: KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE
 * param-type: start, KAPI_TYPE_UINT
 * param-type: len, KAPI_TYPE_UINT
 * param-flags: len, KAPI_PARAM_IN
 * param-constraint-type: len, KAPI_CONSTRAINT_RANGE
 * param-range: len, 0, LONG_MAX
 * error-code: -EINVAL, EINVAL, Bad length, The length overflowed.
 * error-code: -ENOMEM, ENOMEM, Over the limit, RLIMIT_MEMLOCK, without CAP_IPC_LOCK.
 * lock: mmap_lock, KAPI_LOCK_RWLOCK
 * lock-acquired: true
 * side-effect: KAPI_EFFECT_MODIFY_STATE, mm->locked_vm, Raises the counter, reversible=yes
 * capability: CAP_IPC_LOCK, KAPI_CAP_BYPASS_CHECK, CAP_IPC_LOCK capability
 * capability-allows: Lock without limit
 * constraint: Limit, The soft limit applies.
 * constraint-expr: Limit, locked + len <= RLIMIT_MEMLOCK
 */
SYSCALL_DEFINE2(mlock, unsigned long, start, size_t, len)

// CHECK: spec sys_mlock (syscall) at {{.*}}flat-draft.c:4 [comment-flat]
// CHECK-NEXT: description: Lock pages in memory
// CHECK-NEXT: contexts: process, sleepable
// CHECK-NEXT: param 0 start: type uint, flags none, constraint none
// CHECK-NEXT: param 1 len: type uint, flags input, constraint range min=0 max=LONG_MAX (unresolved)
// CHECK-NEXT: error EINVAL (-EINVAL (unresolved)): Bad length
// CHECK-NEXT: error ENOMEM (-ENOMEM (unresolved)): Over the limit
// CHECK-NEXT: lock mmap_lock: rwlock
// CHECK-NEXT: capability CAP_IPC_LOCK: bypass_check
// CHECK-NEXT: side-effect modify_state: mm->locked_vm
// CHECK-NEXT: constraint Limit: locked + len <= RLIMIT_MEMLOCK
