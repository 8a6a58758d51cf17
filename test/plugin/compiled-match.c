// A kerneldoc spec and the compiled struct kernel_api_spec for the same
// syscall that agree field by field (values spelled differently but equal
// for this target): nothing to report, and the comment's spec is stored.
// RUN: rm -f %t.db
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db -Xclang -verify %s
// RUN: %kapi-db show --db %t.db --format json sys_kt_agree | FileCheck %s
// expected-no-diagnostics
#include "kernel.h"
#include "kernel_api_spec.h"

/**
 * sys_kt_agree - Duplicate a descriptor with flags
 * @oldfd: descriptor to duplicate
 * @flags: O_CLOEXEC or O_NONBLOCK
 * @len: a length up to a page
 *
 * contexts: process, sleepable
 *
 * param: oldfd
 *   type: fd, input
 * param: flags
 *   type: int, input, optional
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
SYSCALL_DEFINE3(kt_agree, unsigned int, oldfd, int, flags, size_t, len)
{
	return oldfd;
}

KAPI_DEFINE_SPEC(sys_kt_agree) = {
	.name = "sys_kt_agree",
	.context_flags = KAPI_CTX_SLEEPABLE | KAPI_CTX_PROCESS,
	.param_count = 3,
	.params = {
		{ .name = "oldfd", .type = KAPI_TYPE_FD, .flags = KAPI_PARAM_IN,
		  .size_param_idx = -1 },
		{ .name = "flags", .type = KAPI_TYPE_INT,
		  .flags = KAPI_PARAM_OPTIONAL | KAPI_PARAM_IN,
		  .constraint_type = KAPI_CONSTRAINT_MASK,
		  .valid_mask = 0x80000 | 0x800, .size_param_idx = -1 },
		{ .name = "len", .type = KAPI_TYPE_UINT, .flags = KAPI_PARAM_IN,
		  .constraint_type = KAPI_CONSTRAINT_RANGE,
		  .min_value = 1, .max_value = 1 << 12, .size_param_idx = -1 },
	},
	.return_spec = { .type = KAPI_TYPE_FD, .check_type = KAPI_RETURN_FD },
	.error_count = 2,
	.errors = {
		{ .error_code = -EINVAL, .name = "EINVAL" },
		{ .error_code = -EBADF, .name = "EBADF" },
	},
};
// The comment's spec, with its prose, is the one stored.
// CHECK: "name": "sys_kt_agree"
// CHECK-NEXT: "description": "Duplicate a descriptor with flags"
// CHECK: "source": "comment-short"
