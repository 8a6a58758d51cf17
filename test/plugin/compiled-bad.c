// kapi-spec-compiled: compiled struct kernel_api_spec objects the plugin
// cannot read fully.  Each problem is a warning at the field, the rest of
// the spec is still read and stored, and the compiler never stops.
// RUN: rm -f %t.db
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db -Xclang -verify -Xclang -verify-ignore-unexpected=note %s
// RUN: %kapi-db list --db %t.db | FileCheck %s
// CHECK: sys_kt_bad
// CHECK: sys_kt_nobody
#include "kernel.h"
#include "kernel_api_spec.h"

SYSCALL_DEFINE2(kt_bad, int, a, unsigned int, b)
{
	return a + b;
}

KAPI_DEFINE_SPEC(sys_kt_bad) = {
	.name = "sys_kt_bad",
	// The compiled spec is still verified against the function.
	.param_count = 3, // expected-warning {{compiled spec for 'sys_kt_bad': param_count is 3 but only 2 params[] are initialized [kapi-spec-compiled]}} expected-warning {{param-count: 3, but sys_kt_bad takes 2 [kapi-param-mismatch]}}
	.params = {
		{ .name = "a", .type = 77, // expected-warning {{compiled spec for 'sys_kt_bad': type '77' (77) is no KAPI_TYPE_* enumerator this unit defines; ignored [kapi-spec-compiled]}}
		  .flags = KAPI_PARAM_IN | 0x10000, // expected-warning {{flags 'KAPI_PARAM_IN | 0x10000' has bits 0x10000 that no KAPI_PARAM_* enumerator of this unit names; ignored [kapi-spec-compiled]}}
		  .size_param_idx = -1 },
		{ .name = "b", .type = KAPI_TYPE_UINT, .flags = KAPI_PARAM_IN,
		  .constraint_type = KAPI_CONSTRAINT_RANGE,
		  .min_value = 0, .max_value = 10,
		  .size_param_idx = -1 },
	},
};

// A compiled spec for a syscall this file does not define.
KAPI_DEFINE_SPEC(sys_kt_nobody) = { // expected-warning {{compiled spec for 'sys_kt_nobody', which this file does not define [kapi-spec-orphan]}}
	.name = "sys_kt_nobody",
	.param_count = 0,
};

// The same API twice: the second is reported and not read.
// expected-warning@+1 {{second compiled spec for 'sys_kt_nobody' [kapi-spec-duplicate]}}
static const struct kernel_api_spec again
	__attribute__((section(".kapi_specs"), used)) = {
	.name = "sys_kt_nobody",
};

// Another type in the section is reported (the section holds specs or
// pointers to them, nothing else); a struct outside it is no spec.
// expected-warning@+1 {{'other' in section .kapi_specs is not a spec the plugin can read: its type 'const int' is neither struct kernel_api_spec nor a pointer to one [kapi-spec-compiled-unreadable]}}
static const int other __attribute__((section(".kapi_specs"), used)) = 1;
static const struct kernel_api_spec outside __attribute__((used)) = {
	.name = "sys_kt_outside", .param_count = 99,
};
