/* Stand-in for the C library's <errno.h>: errno the way glibc and musl
 * spell it, x86-64 numbers. */
#ifndef _ERRNO_H
#define _ERRNO_H
int *__errno_location(void);
#define errno (*__errno_location())
#define EPERM 1
#define ENOENT 2
#define EINTR 4
#define EIO 5
#define EBADF 9
#define EAGAIN 11
#define EACCES 13
#define EFAULT 14
#define EXDEV 18
#define EINVAL 22
#define EMFILE 24
#define ENAMETOOLONG 36
#define ENOSYS 38
#define EINPROGRESS 115
#endif
