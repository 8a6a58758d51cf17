/* Stand-in for <sys/syscall.h>: glibc's SYS_x spell the kernel's __NR_x. */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H
#define __NR_read 0
#define __NR_open 2
#define __NR_close 3
#define __NR_madvise 28
#define __NR_io_setup 206
#define __NR_rseq 334
#define SYS_io_setup __NR_io_setup
#define SYS_rseq __NR_rseq
#define SYS_read __NR_read
#define SYS_open __NR_open
#define SYS_close __NR_close
#define SYS_madvise __NR_madvise
#endif
