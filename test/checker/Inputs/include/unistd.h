/* Stand-in for the C library's <unistd.h>. */
#ifndef _UNISTD_H
#define _UNISTD_H
#include <stddef.h>
typedef long ssize_t;
ssize_t read(int fd, void *buf, size_t count);
int close(int fd);
int getpid(void);
long syscall(long number, ...);
int posix_fadvise(int fd, long offset, long len, int advice);
#endif
