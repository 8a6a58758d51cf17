// kapi-spec-compiled-unreadable: an entry of section .kapi_specs that the
// plugin cannot read as a spec is reported at the entry, naming it and the
// reason, never skipped in silence.  Entries it can read stay silent: a
// pointer to a spec object, a spec object in the section itself (older
// layout), and a pointer to such an object (read once, not twice).
// RUN: %clang -fsyntax-only -I %S/Inputs -I %S/Inputs/series -fplugin=%kapi-plugin -Xclang -verify %s
#include <linux/kernel_api_spec.h>
#include "kernel.h"

SYSCALL_DEFINE1(kt_ok, int, a)
{
	return a;
}

SYSCALL_DEFINE1(kt_obj, int, a)
{
	return a;
}

/* The current layout: silent. */
DEFINE_KERNEL_API_SPEC(sys_kt_ok)
	KAPI_PARAM_COUNT(1)
	KAPI_PARAM(0, "a", "int", "a number")
		KAPI_PARAM_TYPE(KAPI_TYPE_INT)
	},
KAPI_END_SPEC

/* The object in the section and a pointer to it as well: read once. */
static const struct kernel_api_spec kt_obj_spec __used
	__section(".kapi_specs") = { .name = "sys_kt_obj", .param_count = 1,
				     .params = { { .name = "a" } } };
static const struct kernel_api_spec *const kt_obj_ptr __used
	__section(".kapi_specs") = &kt_obj_spec;

/* A pointer to an object another unit defines. */
extern const struct kernel_api_spec kt_elsewhere;
// expected-warning@+1 {{'kt_extern_ptr' in section .kapi_specs is not a spec the plugin can read: it points at 'kt_elsewhere', which this unit declares but does not define [kapi-spec-compiled-unreadable]}}
static const struct kernel_api_spec *const kt_extern_ptr __used
	__section(".kapi_specs") = &kt_elsewhere;

/* A null pointer. */
// expected-warning@+1 {{'kt_null_ptr' in section .kapi_specs is not a spec the plugin can read: the pointer's initializer is not the address of a spec object [kapi-spec-compiled-unreadable]}}
static const struct kernel_api_spec *const kt_null_ptr __used
	__section(".kapi_specs") = 0;

/* A pointer of another type. */
static const int kt_number = 1;
// expected-warning@+1 {{'kt_int_ptr' in section .kapi_specs is not a spec the plugin can read: its type 'const int *const' is neither struct kernel_api_spec nor a pointer to one [kapi-spec-compiled-unreadable]}}
static const int *const kt_int_ptr __used __section(".kapi_specs") =
	&kt_number;

/* A pointer without an initializer. */
// expected-warning@+1 {{'kt_bare_ptr' in section .kapi_specs is not a spec the plugin can read: the pointer has no initializer [kapi-spec-compiled-unreadable]}}
static const struct kernel_api_spec *const kt_bare_ptr __used
	__section(".kapi_specs");
