// kapi-spec-error-unlisted: an error code the syscall's code returns
// (`return -E...`, or `err = -E...` with err returned) that the spec does
// not list.  Off by default, since calls into other units add errors the
// unit cannot see; -fplugin-arg-kapi-error-unlisted turns it on.  Listed
// codes are silent either way.
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -Xclang -verify=off %s
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-error-unlisted -Xclang -verify=on %s
// off-no-diagnostics
#include "kernel.h"

/**
 * sys_kt_errs - Look something up
 * @id: what
 *
 * contexts: process, sleepable
 *
 * param: id
 *   type: int, input
 *
 * error: EINVAL, id is negative
 * error: ENOENT, nothing has that id
 */
// on-warning@-12 {{sys_kt_errs: the code returns -EBUSY (-16), which the spec does not list [kapi-spec-error-unlisted]}}
// on-warning@-13 {{sys_kt_errs: the code returns -ENOMEM (-12), which the spec does not list [kapi-spec-error-unlisted]}}
SYSCALL_DEFINE1(kt_errs, int, id)
{
	int err = 0;

	if (id < 0)
		return -EINVAL;
	if (id == 7)
		return -ENOENT;
	if (id == 9)
		return -EBUSY; // on-note {{returned here}}
	if (id > 100) {
		err = -ENOMEM; // on-note {{returned here}}
		goto out;
	}
out:
	return err;
}
