// The silent side of every spec lint rule (lint-*.c): correct specs, and
// cases where a rule cannot be sure, produce no warning.
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

/**
 * sys_ok - constraints written right
 * @whence: where from
 * @flags: open flags
 * @prot: protection
 * @sig: a signal number
 * @mode: a mode
 * @adv: advice
 * @pair: two bits
 *
 * contexts: process
 * param: whence
 *   type: int, input
 *   constraint-type: enum(SEEK_SET, SEEK_CUR, SEEK_END)
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_RDONLY | O_WRONLY | O_RDWR | O_CREAT | O_CLOEXEC)
 * param: prot
 *   type: int, input
 *   constraint-type: mask(0 | 0x1 | 0x2 | 0x4)
 * param: sig
 *   type: int, input
 *   constraint-type: KAPI_CONSTRAINT_ENUM
 *   valid-values: 1, 2, 3
 * param: mode
 *   type: int, input
 *   constraint-type: mask(SEEK_SET | SEEK_CUR | SEEK_END)
 * param: adv
 *   type: int, input
 *   constraint-type: enum(MS_SYNC, MS_ASYNC, MS_SYNC | MS_INVALIDATE)
 * param: pair
 *   type: int, input
 *   constraint-type: mask(0 | 1)
 */
// O_RDONLY | ... is a real mask that includes 0 among distinct bits;
// 0 | 0x1 | 0x2 | 0x4 likewise.  SEEK_* are macros kapi-db cannot
// evaluate: silent.  An enum value may be an OR of flags when there are
// several values.  Two terms are too few to call it an enumeration.
// CHECK: spec sys_ok

/**
 * sys_errs - errors userspace sees, one name first
 * contexts: process
 * param: a
 * error: EINTR, a signal arrived (the kernel's ERESTARTSYS)
 * error: -ENOTTY, unknown request
 * error: EOPNOTSUPP, not supported
 * error: EAGAIN, try again, or wait: ERESTART is a real errno (85)
 * error: ERESTART, see above
 * return:
 *   error-values: -EINTR, -ENOTTY
 * signal: SIGINT
 *   errno: -EINTR
 */
// Internal names mentioned in prose are not entries.
// CHECK: spec sys_errs
