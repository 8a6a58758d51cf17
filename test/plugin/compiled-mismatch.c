// kapi-spec-compiled-mismatch: the compiled struct kernel_api_spec says
// something else than the kerneldoc spec of the same syscall.  Each field
// that differs is one warning at the compiled initializer, with a note at
// the comment.
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
// The warnings also leave what the build stores alone: the comment's spec.
// RUN: rm -f %t.db
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db %s 2>/dev/null
// RUN: %kapi-db show --db %t.db sys_kt_drift | FileCheck %s
// CHECK: sys_kt_drift
// CHECK: flags{{.*}}mask
#include "kernel.h"
#include "kernel_api_spec.h"
// Each warning has its note at the comment; the first one:
// expected-note@23 {{the comment's spec is here}}

/**
 * sys_kt_drift - Duplicate a descriptor with flags
 * @oldfd: descriptor to duplicate
 * @flags: O_CLOEXEC or O_NONBLOCK
 * @len: a length up to a page
 *
 * contexts: process, sleepable
 *
 * param: oldfd
 *   type: fd, input
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK)
 * param: len
 *   type: uint, input
 *   constraint-type: range(1, PAGE_SIZE)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *
 * error: EBADF, oldfd is not open
 * error: EINVAL, flags has unknown bits
 */
SYSCALL_DEFINE3(kt_drift, unsigned int, oldfd, int, flags, size_t, len)
{
	return oldfd;
}

KAPI_DEFINE_SPEC(sys_kt_drift) = {
	.name = "sys_kt_drift",
	.context_flags = KAPI_CTX_PROCESS, // expected-warning {{compiled spec for 'sys_kt_drift' disagrees with its comment: context_flags is KAPI_CTX_PROCESS here but KAPI_CTX_PROCESS|KAPI_CTX_SLEEPABLE in the comment [kapi-spec-compiled-mismatch]}}
	.param_count = 3,
	.params = {
		{ .name = "oldfd", .type = KAPI_TYPE_INT, .flags = KAPI_PARAM_IN, // expected-warning {{the type of 'oldfd' is KAPI_TYPE_INT here but KAPI_TYPE_FD in the comment [kapi-spec-compiled-mismatch]}}
		  .size_param_idx = -1 },
		{ .name = "flags", .type = KAPI_TYPE_INT, .flags = KAPI_PARAM_IN,
		  .constraint_type = KAPI_CONSTRAINT_MASK,
		  .valid_mask = O_CLOEXEC, .size_param_idx = -1 }, // expected-warning {{the valid_mask of 'flags' is 0x80000 here but 0x80800 in the comment [kapi-spec-compiled-mismatch]}}
		{ .name = "len", .type = KAPI_TYPE_UINT, .flags = KAPI_PARAM_IN,
		  .constraint_type = KAPI_CONSTRAINT_RANGE,
		  .min_value = 1, .max_value = 2 * PAGE_SIZE, // expected-warning {{the max_value of 'len' is 8192 here but 4096 in the comment [kapi-spec-compiled-mismatch]}}
		  .size_param_idx = -1 },
	},
	.return_spec = { .type = KAPI_TYPE_FD, .check_type = KAPI_RETURN_FD },
	.error_count = 2, // expected-warning {{error 'EINVAL' is missing here but listed in the comment [kapi-spec-compiled-mismatch]}}
	.errors = {
		{ .error_code = -EBADF, .name = "EBADF" },
		{ .error_code = -ENOMEM, .name = "ENOMEM" }, // expected-warning {{error 'ENOMEM' is listed here but missing in the comment [kapi-spec-compiled-mismatch]}}
	},
};
