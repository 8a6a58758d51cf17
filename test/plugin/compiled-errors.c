// A compiled spec whose initializer does not compile: the compiler's own
// errors, one kapi-spec-compiled warning, and no crash of the plugin.
// RUN: not %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin %s 2>&1 | FileCheck %s --implicit-check-not='Stack dump'
// CHECK: error: use of undeclared identifier 'undeclared_count'
// CHECK: warning: compiled spec '__kapi_spec_sys_kt_err' has no initializer list; ignored [kapi-spec-compiled-unreadable]
#include "kernel.h"
#include "kernel_api_spec.h"
SYSCALL_DEFINE1(kt_err, int, a)
{
	return a;
}
KAPI_DEFINE_SPEC(sys_kt_err) = {
	.name = "sys_kt_err",
	.param_count = undeclared_count,
	.params = {
		{ .name = "a", .type = KAPI_TYPE_NOPE, .flags = KAPI_PARAM_IN | nope,
		  .valid_mask = no_such_mask + 1, .min_value = sizeof(struct nope) },
	},
	.errors = { { .error_code = -ENOTDEFINED, .name = 7 } },
};
