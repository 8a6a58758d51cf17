/* Stand-in for the C library's <stdio.h>: two calls that may set errno. */
#ifndef _STDIO_H
#define _STDIO_H
void perror(const char *s);
int puts(const char *s);
#endif
