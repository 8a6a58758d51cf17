// The header turns spec violations on constant arguments into clang
// warnings named after the kapi-check rule, in C and C++.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kapi-db import --db %t/specs.db %S/Inputs/specs.json
// RUN: %kapi-db header --db %t/specs.db -o %t/kapi-diagnose.h
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h %s
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h \
// RUN:   -x c++ -std=c++17 %s
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h \
// RUN:   -std=c11 -O2 -D_FORTIFY_SOURCE=2 -D_FILE_OFFSET_BITS=64 %s
// RUN: %clang -fsyntax-only -Xclang -verify=err -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h \
// RUN:   -DKAPI_DIAGNOSE_ERROR -DONLY_ONE %s
// Per-rule and per-function knobs leave the rest in place.
// RUN: %clang -fsyntax-only -Xclang -verify=knobs -Xclang -verify-ignore-unexpected=note \
// RUN:   -include %t/kapi-diagnose.h -DKAPI_DIAGNOSE_NO_MASK -DKAPI_DIAGNOSE_NO_lseek \
// RUN:   -DKAPI_DIAGNOSE_NO_UNUSED_RESULT -DKNOBS %s
#include <fcntl.h>
#include <stddef.h>
#include <sys/mman.h>
#include <unistd.h>

#if defined(KNOBS)
void knobs(const char *path, void *p, int fd)
{
	(void)open(path, O_WRONLY | O_CREAT, 0600);
	(void)lseek(fd, 0, 7);
	read(fd, p, 1);
	(void)read(fd, p, 8192); // knobs-warning {{argument 'count' of read is outside the documented range [0, 4096] [kapi-range]}}
}
#elif defined(ONLY_ONE)
void error_mode(const char *path, void *p)
{
	(void)open(path, O_WRONLY | O_CREAT, 0600); // err-error {{argument 'flags' of open has bits outside the documented mask 0x3 [kapi-mask]}}
	read(3, p, 1); // err-error {{ignoring return value of function declared with 'nodiscard' attribute: result of read is ignored}}
}
#else
enum { BAD_FLAGS = O_RDONLY | 0x40 };

int fires(const char *path, void *p, int fd)
{
	(void)open(path, O_RDWR | O_CREAT, 0600); // expected-warning {{argument 'flags' of open has bits outside the documented mask 0x3 [kapi-mask]}}
	(void)open(path, BAD_FLAGS); // expected-warning {{argument 'flags' of open has bits outside the documented mask 0x3 [kapi-mask]}}
	(void)open(NULL, O_RDONLY); // expected-warning {{null pointer passed as 'filename' of open, which is not optional [kapi-null]}}
	// expected-warning@-1 {{null passed to a callee that requires a non-null argument}}
	(void)read(fd, NULL, 16); // expected-warning {{null pointer passed as 'buf' of read, which is not optional [kapi-null]}}
	(void)read(fd, p, 8192); // expected-warning {{argument 'count' of read is outside the documented range [0, 4096] [kapi-range]}}
	(void)read(fd, p, -1); // expected-warning {{argument 'count' of read is outside the documented range [0, 4096] [kapi-range]}}
	(void)lseek(fd, 0, 7); // expected-warning {{argument 'whence' of lseek is not one of the documented values [kapi-enum]}}
	(void)dup3(fd, 6, 2); // expected-warning {{argument 'newfd' of dup3 is not a multiple of 4 [kapi-alignment]}}
	(void)dup3(fd, 8, 3); // expected-warning {{argument 'flags' of dup3 is not a power of two [kapi-alignment]}}
	(void)dup3(-5, 8, 1); // expected-warning {{argument 'oldfd' of dup3 is outside the documented range [-1, 100] [kapi-range]}}
	(void)mmap(NULL, 0, PROT_READ, MAP_PRIVATE, fd, 0); // expected-warning {{argument 'len' of mmap is zero [kapi-alignment]}}
	(void)mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 100); // expected-warning {{argument 'off' of mmap is not aligned to the page size 4096 [kapi-alignment]}}
	(void)mmap(NULL, 4096, 0x10, MAP_PRIVATE, fd, 0); // expected-warning {{argument 'prot' of mmap has bits outside the documented mask 0x7 (with the x86 bits) [kapi-mask]}}
	read(fd, p, 1); // expected-warning {{result of read is ignored, but it can fail with EBADF; check it or cast the call to void [kapi-unchecked-return]}}
	close(fd); // no spec for sys_close in this database: silent
	return 0;
}

// Nothing fires on valid constants, on values the compiler cannot see, or
// on results that are used.
int silent(const char *path, void *p, int fd, int flags, size_t n, off_t off)
{
	int r = open(path, O_RDWR);

	r |= open(path, flags);
	r |= (int)read(fd, p, n);
	r |= (int)read(fd, p, 4096);
	r |= (int)read(fd, NULL, 0);
	r |= (int)lseek(fd, off, SEEK_END);
	r |= dup3(-1, 100, 4);
	r |= dup3(fd, 96, flags);
	if (mmap(NULL, 4096, PROT_READ | 0x8, MAP_PRIVATE, fd, 8192) == MAP_FAILED)
		return -1;
	if (mmap(p, n, flags, MAP_PRIVATE, fd, off) == MAP_FAILED)
		return -1;
	lseek(fd, 0, SEEK_SET); // no errors in its spec: no nodiscard
	return r;
}
#endif
