// Plugin arguments: help, unknown ones warn and are ignored; a file without
// specs compiles to the same object with and without the plugin.
// RUN: %clang -fsyntax-only -fplugin=%kapi-plugin -fplugin-arg-kapi-help %s 2>&1 | FileCheck %s --check-prefix=HELP
// RUN: %clang -fsyntax-only -Werror -fplugin=%kapi-plugin -fplugin-arg-kapi-bogus=1 %s 2>&1 | FileCheck %s --check-prefix=BOGUS
// RUN: %clang -c -O2 -I %S/Inputs -o %t.plain.o %s
// RUN: %clang -c -O2 -I %S/Inputs -fplugin=%kapi-plugin -o %t.plugin.o %s
// RUN: cmp %t.plain.o %t.plugin.o
// RUN: %clang -c -O2 -I %S/Inputs -DWITH_KERNEL -o %t.plain2.o %s
// RUN: %clang -c -O2 -I %S/Inputs -DWITH_KERNEL -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.none.db -o %t.plugin2.o %s
// RUN: cmp %t.plain2.o %t.plugin2.o
// HELP: kapi plugin: checks KAPI spec comments
// HELP: -fplugin-arg-kapi-db=PATH
// BOGUS: warning: kapi: unknown plugin argument 'bogus=1' ignored
// BOGUS-NOT: error

/**
 * plain_doc - An ordinary kerneldoc comment; it mentions a context but is no spec
 * @x: the context in which it runs
 */
int plain_doc(int x)
{
	return x * 3;
}

#ifdef WITH_KERNEL
#include "kernel.h"
/* A syscall without a spec. */
SYSCALL_DEFINE2(kt_nospec, int __user *, p, int, flags)
{
	return p ? flags : -EFAULT;
}
#endif
