// A value whose macro names something undefined only in a part C never
// evaluates resolves: the arm of ?: not taken (the kernel's _IOC_TYPECHECK
// names __invalid_size_argument_for_IOC there), the right side of && or ||
// when the left decides.  A name on the path that counts is still an
// error, for a constraint's expr and for a mask alike.
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db -Xclang -verify %s
// RUN: %kapi-db show --db %t.db sys_kt_ioctl | FileCheck %s
#include "kernel.h"

extern int kt_invalid_size;
#define KT_TYPECHECK(t) (sizeof(t) < 16384 ? sizeof(t) : kt_invalid_size)
#define KT_IOW(nr, t) ((1U << 30) | (0x94 << 8) | (nr) | (KT_TYPECHECK(t) << 16))
#define KT_CLONE KT_IOW(9, int)
#define KT_BIG_IOW(nr) ((1U << 30) | (nr) | (KT_TYPECHECK(char[20000]) << 16))
#define KT_BIG KT_BIG_IOW(1)
#define KT_SHORT (0 && kt_invalid_size)
#define KT_MASK (1 | 2 | (1 || kt_invalid_size) << 2)

/**
 * sys_kt_ioctl - A request with an argument
 * @fd: the file
 * @cmd: the request
 * @arg: its argument
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 * param: cmd
 *   type: uint, input
 *   constraint-type: mask(KT_MASK | KT_SHORT | 0xffffff00)
 * param: arg
 *   type: int, input
 *
 * constraint: clone takes a descriptor
 *   desc: KT_CLONE's argument is a file descriptor.
 *   expr: cmd != KT_CLONE || arg >= 0
 *
 * constraint: the arm taken is undefined
 *   desc: Here the size is too big and the undefined name is reached.
 *   expr: cmd != KT_BIG || arg >= 0
 */
// expected-warning@-4 {{constraint 'the arm taken is undefined' of sys_kt_ioctl: 'KT_BIG' is neither a parameter of sys_kt_ioctl nor a constant this target defines}}
SYSCALL_DEFINE3(kt_ioctl, unsigned int, fd, unsigned int, cmd, int, arg)
{
	switch (cmd) {
	case KT_CLONE:
		return arg;
	}
	return 0;
}
// CHECK: param 1 cmd: {{.*}}mask=KT_MASK | KT_SHORT | 0xffffff00 = 0xffffff07
// CHECK: constraint clone takes a descriptor: cmd != KT_CLONE || arg >= 0 [resolved: (cmd != 0x40049409u) || (arg >= 0)]
