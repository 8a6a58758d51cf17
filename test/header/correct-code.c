// Correct code compiles cleanly with the header generated from the default
// database, in C and C++, in strict and GNU modes, with fortification and
// 64-bit off_t, under -Wall -Wextra -Werror; GCC sees an empty header.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kapi-db header -o %t/kapi-diagnose.h
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -include %t/kapi-diagnose.h %s
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -include %t/kapi-diagnose.h -std=c11 -pedantic %s
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -include %t/kapi-diagnose.h -std=gnu89 %s
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -include %t/kapi-diagnose.h -O2 -D_FORTIFY_SOURCE=3 -D_FILE_OFFSET_BITS=64 %s
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -include %t/kapi-diagnose.h -std=c11 -D_GNU_SOURCE -DKAPI_DIAGNOSE_KEEP_FEATURES %s
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -include %t/kapi-diagnose.h -DKAPI_DIAGNOSE_ERROR %s
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -include %t/kapi-diagnose.h -x c++ -std=c++98 %s
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -include %t/kapi-diagnose.h -x c++ -std=c++17 %s
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -include %t/kapi-diagnose.h -x c++ -std=c++20 -O2 -D_FORTIFY_SOURCE=2 -D_FILE_OFFSET_BITS=64 %s
// The header twice (once forced, once by hand) is harmless.
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -include %t/kapi-diagnose.h -include %t/kapi-diagnose.h %s
// expected-no-diagnostics
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

int use(const char *path, int fl, size_t n)
{
	char buf[64];
	struct sockaddr_in sa;
	void *p;
	int fd, s;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (read(fd, buf, sizeof(buf)) < 0 || read(fd, NULL, 0) < 0)
		return -1;
	if (write(fd, buf, n) < 0 || pread(fd, buf, 16, 4096) < 0)
		return -1;
	p = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return -1;
	if (madvise(p, 4096, MADV_DONTNEED) || mprotect(p, 4096, PROT_READ))
		return -1;
	if (munmap(p, 4096))
		return -1;
	s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (s < 0 || bind(s, (struct sockaddr *)&sa, sizeof(sa)) ||
	    listen(s, 16) || shutdown(s, SHUT_RDWR))
		return -1;
	if (open(path, fl) < 0 || openat(AT_FDCWD, path, O_RDONLY) < 0 ||
	    open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644) < 0)
		return -1;
	if (lseek(fd, 0, SEEK_SET) < 0 ||
	    accept4(s, NULL, NULL, SOCK_NONBLOCK) < 0)
		return -1;
	if (epoll_create1(EPOLL_CLOEXEC) < 0 || dup3(fd, 5, O_CLOEXEC) < 0 ||
	    eventfd(0, EFD_CLOEXEC) < 0 || pipe2((int *)buf, O_CLOEXEC))
		return -1;
	if (mkdir(path, 0755) || fchmod(fd, 0644) || rename(path, path))
		return -1;
	if (kill(getpid(), 0))
		return -1;
	(void)close(fd);
	return 0;
}
