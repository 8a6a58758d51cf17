// A compiled struct kernel_api_spec alone is read through the AST and
// stored: enumerators are mapped by name although kernel_api_spec.h numbers
// them differently from the kernel and from us.
// RUN: rm -f %t.db
// RUN: %clang -c -o %t.o -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db -Xclang -verify %s
// RUN: %kapi-db show --db %t.db --format json sys_kt_compiled | FileCheck %s
#include "kernel.h"
#include "kernel_api_spec.h"
// expected-no-diagnostics

KAPI_DEFINE_SPEC(sys_kt_compiled) = {
	.name = "sys_kt_compiled",
	.version = 1,
	.description = "Duplicate a descriptor, compiled",
	.context_flags = KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE,
	.param_count = 3,
	.params = {
		[0] = {
			.name = "oldfd",
			.type_name = "unsigned int",
			.type = KAPI_TYPE_FD,
			.flags = KAPI_PARAM_IN,
			.constraint_type = KAPI_CONSTRAINT_NONE,
			.size_param_idx = -1,
		},
		[1] = {
			.name = "flags",
			.type = KAPI_TYPE_INT,
			.flags = KAPI_PARAM_IN | KAPI_PARAM_OPTIONAL,
			.constraint_type = KAPI_CONSTRAINT_MASK,
			.valid_mask = O_CLOEXEC | O_NONBLOCK,
			.size_param_idx = -1,
		},
		[2] = {
			.name = "len",
			.type = KAPI_TYPE_UINT,
			.flags = KAPI_PARAM_IN,
			.constraint_type = KAPI_CONSTRAINT_RANGE,
			.min_value = 1,
			.max_value = PAGE_SIZE,
			.size_param_idx = -1,
		},
	},
	.return_spec = {
		.type_name = "long",
		.type = KAPI_TYPE_FD,
		.check_type = KAPI_RETURN_FD,
	},
	.error_count = 2,
	.errors = {
		{ .error_code = -EBADF, .name = "EBADF",
		  .condition = "oldfd is not open" },
		{ .error_code = -EINVAL, .name = "EINVAL",
		  .condition = "flags has unknown bits" },
	},
};

SYSCALL_DEFINE3(kt_compiled, unsigned int, oldfd, int, flags, size_t, len)
{
	return oldfd;
}
// CHECK: "name": "sys_kt_compiled"
// CHECK: "description": "Duplicate a descriptor, compiled"
// CHECK: "context_flags": [
// CHECK-NEXT: "process",
// CHECK-NEXT: "sleepable"
// CHECK: "name": "oldfd"
// CHECK: "flags": "0x1"
// CHECK-NEXT: "param_type": "fd"
// CHECK: "name": "flags"
// CHECK: "flags": "0x9"
// CHECK-NEXT: "param_type": "int"
// CHECK-NEXT: "constraint_type": "mask"
// CHECK: "valid_mask": "0x80800"
// CHECK: "text": "O_CLOEXEC | O_NONBLOCK"
// CHECK: "name": "len"
// CHECK: "constraint_type": "range"
// CHECK: "min_value": 1,
// CHECK-NEXT: "max_value": 4096,
// CHECK: "text": "PAGE_SIZE"
// CHECK: "return_spec": {
// CHECK: "check_type": "fd"
// CHECK: "error_code": -9,
// CHECK-NEXT: "name": "EBADF"
// CHECK: "error_code": -22,
// CHECK-NEXT: "name": "EINVAL"
// CHECK: "source": "compiled",
// CHECK: "verified": "ok"
