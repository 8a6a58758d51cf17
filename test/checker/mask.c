// kapi-mask: constant flags with bits outside the valid mask, plus the
// arch-mask bits of the target arch; the stray bits are named in hex.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-mask' %s -- -isystem %S/Inputs/include -target x86_64-linux-gnu \
// RUN:   | FileCheck %s --check-prefixes=CHECK,X86 --implicit-check-not=warning:
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-mask' %s -- -isystem %S/Inputs/include -target aarch64-linux-gnu \
// RUN:   | FileCheck %s --check-prefixes=CHECK,ARM64 --implicit-check-not=warning:
#include <fcntl.h>
#include <unistd.h>
#include <sys/syscall.h>

int fire(void)
{
	int n = 0;
	int flags = O_RDONLY | 0x80000000;

	n += open("f", O_RDWR | 0x10000000);
	// CHECK: mask.c:[[@LINE-1]]:17: warning: argument 'flags' of open has bits 0x10000000 outside the documented mask
	// X86-SAME: 0x88e43 (with the x86 bits) [kapi-mask]
	// ARM64-SAME: 0x80e43 [kapi-mask]
	// CHECK-NEXT: {{^}}	n += open("f", O_RDWR | 0x10000000);
	// CHECK-NEXT: {{^}}	               ^
	// CHECK-NEXT: Inputs/specs.c:23:6: note: sys_open documents 'flags' as mask(0x80000 | 0x800 | 0x40 | 0x200 | 0x400 | 0x3)
	n += open("f", flags);
	// CHECK: mask.c:[[@LINE-1]]:17: warning: argument 'flags' of open has bits 0x80000000 outside
	n += syscall(SYS_open, "f", 0x40000000 | O_CLOEXEC, 0);
	// CHECK: mask.c:[[@LINE-1]]:30: warning: argument 'flags' of syscall(SYS_open) has bits 0x40000000 outside
	n += open("f", O_LARGEFILE);
	// ARM64: mask.c:[[@LINE-1]]:17: warning: argument 'flags' of open has bits 0x8000 outside the documented mask 0x80e43 [kapi-mask]
	return n;
}

int silent(int user_flags)
{
	int n = 0;

	n += open("f", O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	n += open("f", O_WRONLY | O_APPEND | O_NONBLOCK);
	n += open("f", user_flags | 0x80000000);  /* not a constant */
	n += open("f", 0);
	return n;
}
