/* SPDX-License-Identifier: MIT */
/*
 * Verification rules: a spec against the facts of the function it
 * documents.  The plugin turns clang's view of the function into the plain
 * structs below and calls kapi_verify_spec(); the rules themselves need
 * nothing from clang, so they live here in C where the checker and unit
 * tests can reach them too.
 *
 * Every finding goes to the diagnostic list as a warning located on the
 * spec line inside the comment (spec->prov.file), followed by notes at the
 * code (fn->file).  The plugin decides the final severity.
 */
#ifndef KAPI_VERIFY_H
#define KAPI_VERIFY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kapi_diag.h"
#include "kapi_spec.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Rule names, as printed in brackets after each message. */
#define KAPI_RULE_ORPHAN     "kapi-spec-orphan"
#define KAPI_RULE_MISMATCH   "kapi-spec-mismatch"
#define KAPI_RULE_DUPLICATE  "kapi-spec-duplicate"
#define KAPI_RULE_PARAM	     "kapi-param-mismatch"
#define KAPI_RULE_PARAM_TYPE "kapi-param-type"
#define KAPI_RULE_CONSTRAINT "kapi-constraint"
#define KAPI_RULE_ERRNO	     "kapi-errno"
#define KAPI_RULE_RETURN     "kapi-return"
#define KAPI_RULE_UNRESOLVED "kapi-unresolved"
/* A constraint expr: that does not parse or names what the unit lacks. */
#define KAPI_RULE_CONSTRAINT_EXPR "kapi-spec-constraint-expr"

/* What the compiler knows about one C type (a parameter or the return). */
struct kapi_type_facts {
	const char *spelling; /* as written in the source when known */
	bool is_void;
	bool is_integer; /* integer, bool or enum */
	bool is_signed;
	unsigned bits; /* width of an integer type */
	bool is_enum;
	bool is_pointer; /* pointers; array parameters decay to these */
	bool is_array;	 /* declared with [] */
	bool is_user;	 /* written with __user */
	bool is_func_ptr;
	bool points_to_struct;
	bool points_to_union;
	bool is_struct, is_union;
};

struct kapi_param_facts {
	const char *name;
	struct kapi_type_facts type;
	struct kapi_loc loc; /* where the parameter is written, in fn->file */
};

struct kapi_fn_facts {
	const char *name; /* API name: sys_dup3 for SYSCALL_DEFINE3(dup3) */
	const char *file;
	struct kapi_loc loc;
	const struct kapi_param_facts *params;
	size_t param_count;
	struct kapi_type_facts ret;
};

/*
 * The target's value of each error's errno name, parallel to
 * spec->errors: `defined` false when the TU has no such macro (or it does
 * not evaluate to a positive integer).
 */
struct kapi_errno_facts {
	bool defined;
	int64_t value;
};

/*
 * Check one spec against the function it documents.  `errnos` may be NULL
 * (then kapi-errno only checks names).  Returns KAPI_VERIFY_OK or
 * KAPI_VERIFY_WARNINGS; the findings are appended to diags.
 */
enum kapi_verify_state kapi_verify_spec(const struct kapi_spec *spec,
					const struct kapi_fn_facts *fn,
					const struct kapi_errno_facts *errnos,
					struct kapi_diag_list *diags);

/* True when v (as C reads it) fits in the integer type t. */
bool kapi_value_fits(const struct kapi_value *v,
		     const struct kapi_type_facts *t);

/* Is `rule` named in a comma-separated list ("kapi-errno,kapi-return"; the
 * "kapi-" prefix may be left out)? */
bool kapi_rule_listed(const char *list, const char *rule);

#ifdef __cplusplus
}
#endif

#endif
