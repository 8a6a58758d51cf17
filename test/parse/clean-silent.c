// Correct specs produce no diagnostics at all: the silent side of every
// diagnostic in diag-*.c.
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

/**
 * sys_read - Read from a file descriptor
 * @fd: the descriptor
 * @buf: where the bytes go
 * @count: how many bytes at most
 *
 * contexts: process, sleepable
 * param-count: 3
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: buffer(count)
 *   arch-mask: x86 = 0x1
 *   desc: The caller's buffer: it must be
 *     writable. Note: partial reads happen.
 * param: count
 *   type: uint, input
 *   constraint-type: nonzero
 * return:
 *   type: int
 *   success: >= 0
 *   error-values: -EBADF, -EFAULT
 * error: EBADF, fd is not open for reading
 * error: -EFAULT, buf is outside the address space
 * lock: f_pos_lock
 *   type: mutex
 *   acquired: yes
 *   released: 1
 * signal: SIGINT
 *   direction: receive
 *   action: return
 *   errno: -EINTR
 *   priority: 2
 * notes: Return: lines in kerneldoc style are prose, as is Context:
 * Context: process.
 */
SYSCALL_DEFINE3(read, unsigned int, fd, char __user *, buf, size_t, count)

// CHECK: spec sys_read (syscall)
// CHECK: param 1 buf: type user_ptr, flags output|user, constraint buffer size-param=2 arch-mask[x86]=0x1
// CHECK: return: type int, check range success-min=0
