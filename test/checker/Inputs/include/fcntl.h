/* Stand-in for the C library's <fcntl.h> (found with -isystem, so it is a
 * system header the way the real one is).  x86-64 values. */
#ifndef _FCNTL_H
#define _FCNTL_H
#define O_RDONLY 00
#define O_WRONLY 01
#define O_RDWR 02
#define O_CREAT 0100
#define O_TRUNC 01000
#define O_APPEND 02000
#define O_NONBLOCK 04000
#define O_LARGEFILE 0100000
#define O_CLOEXEC 02000000
int open(const char *path, int flags, ...);
#endif
