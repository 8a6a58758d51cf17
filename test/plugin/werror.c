// Findings are warnings that never fail a build, even under -Werror; the
// plugin's own `werror` argument makes them errors; `disable=` drops rules.
// RUN: %clang -fsyntax-only -Werror -fplugin=%kapi-plugin -I %S/Inputs %s 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: not %clang -fsyntax-only -fplugin=%kapi-plugin -fplugin-arg-kapi-werror -I %S/Inputs %s 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: %clang -fsyntax-only -Werror -fplugin=%kapi-plugin -fplugin-arg-kapi-disable=kapi-param-type,errno -I %S/Inputs %s 2>&1 | FileCheck %s --check-prefix=DIS --allow-empty
// RUN: %clang -fsyntax-only -fplugin=%kapi-plugin -fplugin-arg-kapi-disable=param-type -fplugin-arg-kapi-disable=kapi-errno -fplugin-arg-kapi-werror -I %S/Inputs %s 2>&1 | FileCheck %s --check-prefix=DIS --allow-empty
// RUN: %clang -c -o %t.o -Werror -fplugin=%kapi-plugin -I %S/Inputs %s
#include "kernel.h"

/**
 * sys_kt_werror - One finding of each of two rules
 * @fd: a descriptor
 *
 * contexts: process
 *
 * param: fd
 *   type: user_ptr, input
 *
 * error: ENOTTY, not defined here
 */
SYSCALL_DEFINE1(kt_werror, int, fd)
{
	return fd;
}
// WARN: werror.c:17:6: warning: parameter 'fd' is 'user_ptr' in the spec but 'int'{{.*}}[kapi-param-type]
// WARN: note: parameter 'fd' declared here as 'int'
// WARN: werror.c:19:11: warning: 'ENOTTY' is not defined for this target [kapi-errno]
// WARN: 2 warnings generated.
// ERR: werror.c:17:6: error: parameter 'fd' is 'user_ptr' in the spec but 'int'{{.*}}[kapi-param-type]
// ERR: werror.c:19:11: error: 'ENOTTY' is not defined for this target [kapi-errno]
// ERR: 2 errors generated.
// DIS-NOT: kapi-
