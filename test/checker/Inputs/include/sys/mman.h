/* Stand-in for the C library's <sys/mman.h>. */
#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H
#include <stddef.h>
#define MADV_NORMAL 0
#define MADV_RANDOM 1
#define MADV_SEQUENTIAL 2
#define MADV_WILLNEED 3
#define MADV_DONTNEED 4
#define MADV_FREE 8
int madvise(void *addr, size_t len, int advice);
int posix_madvise(void *addr, size_t len, int advice);
#endif
