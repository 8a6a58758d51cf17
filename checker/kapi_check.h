/* SPDX-License-Identifier: MIT */
/*
 * kapi-check internals shared by the driver, the call-site binder and the
 * rules.  The flow for one translation unit:
 *
 *   kapi_check.c     parses the TU with libclang and walks function bodies
 *                    (one forked process per TU with -j N)
 *   kapi_config.c    the nearest .kapi-check of each source file
 *   kapi_callsite.c  turns a CallExpr into a struct kapi_call: which spec it
 *                    reaches (kapi_bindings.c), which argument supplies each
 *                    spec parameter, which arguments are constants
 *                    (kapi_const.c) and how the result is used
 *   kapi_flow.c      the little flow reasoning there is: a local holding
 *                    a result, errno read right after a call
 *   rules/kapi_*.c   look at one kapi_call each and report findings
 *   kapi_report.c    applies NOLINT, keeps the findings
 *   kapi_output.c    prints them as text, JSON or SARIF
 *
 * Ownership is explicit: every struct says who frees what.
 */
#ifndef KAPI_CHECK_H
#define KAPI_CHECK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <clang-c/Index.h>

#include "kapi_spec.h"

/* ---- bindings (kapi_bindings.c) ---------------------------------------- */

/* How a userspace entry point reports failure (KAPI-DSL.md §9). */
enum kapi_convention {
	KAPI_CONV_LIBC = 0,    /* -1, reason in errno */
	KAPI_CONV_NEG_ERRNO,   /* returns -EXXX, errno untouched */
	KAPI_CONV_ERRNO_VALUE, /* returns the errno number, 0 on success */
};

#define KAPI_BIND_NONE (-1) /* the wrapper has no argument for it */

struct kapi_binding {
	char *function; /* userspace name: open, io_setup */
	char *spec;	/* kernel spec name: sys_open */
	enum kapi_convention conv;
	int *args; /* per spec parameter: wrapper argument or NONE */
	size_t arg_count;
	char *header; /* the declaration must come from it; NULL = any
		       * system header */
	char *file;   /* where the binding was read (for messages) */
	unsigned line;
	/* `needs` line: the wrapper reads its variadic argument needs_arg
	 * only when needs_expr holds (a constraint expression over the
	 * spec's parameters, numbers only); NULL when none. */
	char *needs_expr;
	int needs_arg;
};

struct kapi_bindings {
	struct kapi_binding *items;
	size_t count, cap;
};

/* Append the bindings in `path`; later lines override earlier ones for the
 * same function.  Returns 0, or -1 with a "file:line: message" in *err. */
int kapi_bindings_load(struct kapi_bindings *b, const char *path, char **err);
const struct kapi_binding *kapi_bindings_find(const struct kapi_bindings *b,
					      const char *function);
void kapi_bindings_free(struct kapi_bindings *b);
const char *kapi_convention_name(enum kapi_convention c);

/* ---- the spec store (kapi_specs.c) ------------------------------------ */
struct kapi_spec_store;
/* Names of the database's specs (mined ones left out) and its target;
 * each spec is read the first time it is asked for.  Returns 0, or -1
 * with a message in *err. */
int kapi_spec_store_open(const char *path, struct kapi_spec_store **out,
			 char **target, char **err);
/* The spec called `name`, or NULL. */
const struct kapi_spec *kapi_spec_store_find(struct kapi_spec_store *s,
					     const char *name);
void kapi_spec_store_free(struct kapi_spec_store *s);
/* ---- options (kapi_options.c) ----------------------------------------- */

#define KAPI_DEFAULT_CHECKS "kapi-*"

enum kapi_format { KAPI_FMT_TEXT = 0, KAPI_FMT_JSON, KAPI_FMT_SARIF };

struct kapi_options {
	const char *build_dir; /* -p */
	const char *db;	       /* --db */
	char *checks;	       /* "kapi-*" + ',' + every --checks= (owned) */
	char *cli_checks;      /* every --checks= joined, or NULL (owned) */
	char *uret_ignore;     /* every --unchecked-return-ignore= joined,
				* or NULL (owned) */
	enum kapi_format format;
	const char **bindings; /* --bindings, in order (array owned) */
	size_t binding_count;
	int werror; /* --werror 1, --no-werror 0, unset -1 */
	int jobs;   /* -j N; 1 = in this process */
	bool list_checks;
	bool debug_calls;   /* print every bound call (for tests) */
	const char **files; /* FILE... (array owned, strings are argv,
			     * or files_owned for -p without FILE) */
	size_t file_count;
	char **files_owned; /* every file of compile_commands.json */
	const char **extra; /* after `--` (array owned) */
	size_t extra_count;
	bool have_dashdash;
};

/* Returns 0, 1 when the program should exit 0 at once (--help,
 * --version), or -1 on a usage error (message already printed). */
int kapi_options_parse(struct kapi_options *o, int argc, char **argv);
void kapi_options_free(struct kapi_options *o);

/* ---- configuration files (kapi_config.c) -------------------------------- */

#define KAPI_CONFIG_NAME ".kapi-check"

/* One `.kapi-check` file: `key: value` lines. */
struct kapi_config {
	char *path;	 /* the file */
	char *checks;	 /* every `checks:` joined with ',', or NULL */
	char **bindings; /* `bindings:` paths, relative ones made relative
			  * to the file's directory */
	size_t binding_count;
	int werror;	   /* `werror:` 1/0, or -1 when absent */
	char *uret_ignore; /* every `unchecked-return-ignore:` joined with
			    * ',', or NULL */
};

/* The `.kapi-check` nearest to `source` (its directory, then each parent),
 * as a fresh path, or NULL when there is none. */
char *kapi_config_find(const char *source);
/* Returns 0, or -1 with a "file:line: message" in *err. */
int kapi_config_load(const char *path, struct kapi_config *c, char **err);
void kapi_config_free(struct kapi_config *c);

/* clang-tidy glob semantics: comma-separated, '-' negates, '*' matches any
 * run, the last matching glob decides. */
bool kapi_checks_enabled(const char *globs, const char *rule);

/* ---- constants (kapi_const.c) ------------------------------------------ */

enum kapi_cval_kind {
	KAPI_CVAL_NONE = 0, /* not provably constant */
	KAPI_CVAL_INT,	    /* an integer known on every path */
	KAPI_CVAL_NULL,	    /* a null pointer constant */
};

struct kapi_cval {
	enum kapi_cval_kind kind;
	int64_t num; /* two's-complement bits after conversion */
	bool is_unsigned;
	unsigned width;	 /* bits of the type converted to; 0 unknown */
	int64_t written; /* before conversion to the parameter type */
	bool written_unsigned;
	bool via_variable; /* proved through a never-modified local */
};

struct kapi_tu;

/* The constant an argument passes, converted to `to` (the wrapper's
 * parameter type; CXType_Invalid = the argument's own type). */
void kapi_const_eval(struct kapi_tu *tu, CXCursor expr, CXType to,
		     struct kapi_cval *out);
/* Convert a value to an integer type's width and signedness. */
bool kapi_const_convert(struct kapi_cval *v, CXType to);
/* An integer token sequence (a macro body) made only of literals. */
bool kapi_eval_tokens(CXTranslationUnit tu, CXSourceRange range, bool skip1,
		      int64_t *num, bool *is_unsigned);
/* The last child of a cursor, or the null cursor. */
CXCursor kapi_last_child(CXCursor c);
/* The only child of a cursor, or the null cursor. */
CXCursor kapi_only_child(CXCursor c);
/* Does anything in `tree` (itself included) assign, increment, take the
 * address of, or name in asm the variable `var`? */
bool kapi_modifies(CXCursor tree, CXCursor var);
/* How many times `tree` (itself included) names `var`. */
unsigned kapi_count_refs(CXCursor tree, CXCursor var);
/* Strip parentheses and implicit conversions. */
CXCursor kapi_strip_implicit(CXCursor c);
/* Mathematical comparison of two (bits, signedness) integers. */
int kapi_int_cmp(int64_t a, bool a_unsigned, int64_t b, bool b_unsigned);
/* "-1", "4096", "18446744073709551615"; buf of at least 24 bytes. */
const char *kapi_int_str(char *buf, int64_t num, bool is_unsigned);
/* A resolved spec value, or false (absent or unresolved: rules skip). */
bool kapi_value_known(const struct kapi_value *v);

/* ---- values that travel (kapi_values.c) -------------------------------- */
struct kapi_parent;
struct kapi_alt;
/* The constants `expr` (an argument of the call whose ancestors are
 * parents[0..depth)) may have, converted to `to`; 0 when none is known.
 * *out is owned by the caller. */
size_t kapi_values_alternatives(struct kapi_tu *tu, CXCursor expr, CXType to,
				const struct kapi_parent *parents, size_t depth,
				struct kapi_alt **out);
/* ---- call sites (kapi_callsite.c) -------------------------------------- */

enum kapi_result_use {
	KAPI_USE_OTHER = 0, /* assigned, passed on, returned, tested ... */
	KAPI_USE_DISCARDED, /* an expression statement */
	KAPI_USE_VOIDED,    /* explicitly cast to void */
	KAPI_USE_COMPARED,  /* one side of a comparison (see cmp_*) */
};

/* One value an argument may have on some path (kapi_values.c). */
struct kapi_alt {
	struct kapi_cval val;
	CXCursor where; /* the `?:` arm it comes from, or the argument */
};
struct kapi_arg {
	bool present;	      /* the wrapper supplies this spec parameter */
	CXCursor expr;	      /* the argument expression */
	CXType param_type;    /* the wrapper's parameter type (or invalid) */
	struct kapi_cval val; /* its constant value, when provable */
	/* When val is NONE: constants it has on some paths (the arms of a
	 * conditional, a local assigned in each arm of an `if`), each one a
	 * value the call certainly sees if that path runs (owned). */
	struct kapi_alt *alts;
	size_t alt_count;
};

/* How the program tests the result for failure, whatever type holds it
 * (kapi_result.c).  The cmp_* fields of kapi_call serve the rules that judge a
 * plain signed result; this one serves those that judge the type. */
enum kapi_test_kind {
	KAPI_TEST_NONE = 0,
	KAPI_TEST_CMP,	/* held OP constant integer (op, val) */
	KAPI_TEST_NULL, /* held == NULL (op EQ) or != NULL (op NE), also
			 * written `!p` or `p` as a condition */
};
struct kapi_result_test {
	enum kapi_test_kind kind;
	CXCursor at;		      /* the test expression */
	enum CXBinaryOperatorKind op; /* the held value on the left */
	struct kapi_cval val;	      /* KAPI_TEST_CMP */
	CXType held; /* type of what is tested: the local or assignment
		      * target the result went to, else the call's own */
	char *var;   /* that local or target as written, or NULL (owned) */
};

struct kapi_call {
	CXCursor cursor; /* the CallExpr */
	char *callee;	 /* spelled name (owned) */
	char *via;	 /* "syscall(SYS_open)" for auto bindings, or
			  * NULL (owned) */
	const struct kapi_spec *spec;
	const struct kapi_binding *binding; /* NULL for syscall() */
	enum kapi_convention conv;
	struct kapi_arg *args; /* spec->param_count entries (owned) */
	size_t arg_count;
	enum kapi_result_use use;
	/* KAPI_USE_COMPARED: `call OP constant` normalised so that the call
	 * is on the left. */
	enum CXBinaryOperatorKind cmp_op;
	struct kapi_cval cmp_val;
	CXCursor cmp_cursor;
	/* The comparison tests a local that holds the result (`fd =
	 * open(...); if (fd > 0)`): its name (owned), else NULL. */
	char *cmp_var;
	/* The statement of the innermost compound statement that holds the
	 * call, and the statement after it: the window in which the rules
	 * look for `errno` (null cursors outside a compound). */
	CXCursor stmt, next_stmt;
	struct kapi_result_test test;
	/* The loop that repeats the call while errno is EINTR, or null. */
	CXCursor eintr_loop;
};

/* Parent chain handed to the binder by the walker (innermost last). */
struct kapi_parent {
	CXCursor cursor;
	unsigned child_index; /* which child of `cursor` we came from */
};

/* Build the call for a CallExpr; returns false when it binds to no spec
 * (nothing allocated then).  Free with kapi_call_free(). */
bool kapi_call_bind(struct kapi_tu *tu, CXCursor call,
		    const struct kapi_parent *parents, size_t depth,
		    struct kapi_call *out);
void kapi_call_free(struct kapi_call *call);
/* Argument `idx` of `call` (KAPI_BIND_NONE: absent) as spec parameter. */
void kapi_call_bind_arg(struct kapi_tu *tu, CXCursor call, CXType fntype,
			int idx, struct kapi_arg *a);
/* Fill the alternatives of every argument that is no single constant. */
void kapi_call_find_alternatives(struct kapi_tu *tu,
				 const struct kapi_parent *parents,
				 size_t depth, struct kapi_call *call);
/* ---- derived bindings (kapi_derived.c) --------------------------------- */
/* A static function of the main file that hands a parameter on unchanged
 * to a bound call binds too: one call per inner bound call, its arguments
 * taken from `call`, `inner` set to the call inside the helper (where the
 * finding's note points).  Returns how many; *out owned by the caller
 * (free each with kapi_call_free, then the array). */
struct kapi_derived_call {
	struct kapi_call call;
	CXCursor inner;
};
size_t kapi_derived_calls(struct kapi_tu *tu, CXCursor call,
			  const struct kapi_parent *parents, size_t depth,
			  struct kapi_derived_call **out);
void kapi_helpers_free(struct kapi_tu *tu);
/* Display name of a spec parameter for messages. */
const char *kapi_call_param_name(const struct kapi_call *call, size_t i);

/* ---- result tests (kapi_result.c) -------------------------------------- */
/* Fill call->test from where the call sits: compared or truth-tested
 * itself, through an assignment inside the test (`(n = read(...)) < 0`),
 * or through a local the next statement tests.  Silent (KAPI_TEST_NONE)
 * when anything in between could change the value. */
void kapi_result_test_find(struct kapi_tu *tu,
			   const struct kapi_parent *parents, size_t depth,
			   struct kapi_call *call);
/* ---- flow (kapi_flow.c) ------------------------------------------------ */

/* A comparison operator (< <= > >= == !=), and the one that means the
 * same with the operands swapped (< for >). */
bool kapi_op_is_comparison(enum CXBinaryOperatorKind op);
enum CXBinaryOperatorKind kapi_op_mirror(enum CXBinaryOperatorKind op);
/* Is `expr` (parentheses and implicit conversions aside) the variable? */
bool kapi_names_var(CXCursor expr, CXCursor var);
/* Child `i` of a cursor, or the null cursor. */
CXCursor kapi_child_at(CXCursor c, unsigned i);

/* `errno` as the C library spells it: `(*__errno_location())` and kin, or
 * a variable named errno. */
bool kapi_is_errno_expr(CXCursor c);

/*
 * Called for every read of errno that runs after `call` and before any
 * other call has completed, in call->stmt and call->next_stmt.  `user` is
 * the innermost expression or statement around the read (parentheses and
 * implicit conversions skipped), `index` which child of it the read is.
 */
typedef void (*kapi_errno_fn)(struct kapi_tu *tu, const struct kapi_call *call,
			      CXCursor read, CXCursor user, unsigned index,
			      void *data);
void kapi_errno_reads_after(struct kapi_tu *tu, const struct kapi_call *call,
			    kapi_errno_fn fn, void *data);

/*
 * `fd = open(...);` or `int r = io_setup(...);` as a statement of a
 * compound: find the next statement that uses the local and, if it is an
 * `if` testing `local OP constant`, record that comparison in
 * `out` as the call's use.  Silent (false) whenever something could change
 * the local in between or the test is anything else.
 */
bool kapi_track_result_var(struct kapi_tu *tu, CXCursor compound,
			   unsigned stmt_index, CXCursor var,
			   struct kapi_call *out);
/* A function's own non-static, non-volatile local whose address is never
 * taken and that no asm names: only assignments we can see change it. */
bool kapi_local_private(struct kapi_tu *tu, CXCursor var);
/* The first statement of `compound` after child `stmt_index` that names
 * `var` or holds a label, or the null cursor. */
CXCursor kapi_next_use(CXCursor compound, unsigned stmt_index, CXCursor var);
/* The innermost loop around the call that repeats it while errno is EINTR
 * (`while (r == -1 && errno == EINTR)`, glibc's TEMP_FAILURE_RETRY), or
 * the null cursor. */
CXCursor kapi_eintr_loop(struct kapi_tu *tu, CXCursor call,
			 const struct kapi_parent *parents, size_t depth);

/* ---- rules (kapi_rules.c, rules/) ------------------------------------- */

struct kapi_rule {
	const char *name;    /* "kapi-range" */
	const char *summary; /* one line, for --list-checks and SARIF */
	void (*check)(struct kapi_tu *tu, const struct kapi_call *call);
};

extern const struct kapi_rule *const kapi_rules[];
extern const size_t kapi_rule_count;

/* ---- findings (kapi_report.c) ----------------------------------------- */

struct kapi_finding {
	const struct kapi_rule *rule;
	char *file; /* as libclang names it */
	unsigned line, col;
	char *message;
	char *note;	 /* may be NULL */
	char *note_file; /* the spec's provenance file; may be NULL */
	unsigned note_line, note_col;
	bool error; /* werror applied (from --werror or .kapi-check) */
};

struct kapi_findings {
	struct kapi_finding *items;
	size_t count, cap;
};

void kapi_findings_free(struct kapi_findings *f);

/* Per translation unit state, owned by the driver. */
struct kapi_tu {
	CXTranslationUnit tu;
	struct kapi_spec_store *specs;
	const struct kapi_bindings *bindings;
	const bool *rule_on; /* per kapi_rules[] entry */
	bool debug_calls;
	const char *arch; /* kernel arch name of the target, or NULL */
	int64_t page_size;
	char *page_size_origin; /* "PAGE_SIZE at f.c:3" or NULL = default */
	int64_t path_max;
	char *path_max_origin; /* "PATH_MAX at f.c:3" or NULL = default */
	bool werror;	       /* findings of this TU are errors */
	/* APIs kapi-unchecked-return leaves alone: "close,sys_munmap"
	 * (callee or spec names), or NULL */
	const char *uret_ignore;
	/* __NR_* numbers the TU defines: name without prefix, value. */
	struct kapi_nr {
		char *name;
		int64_t num;
	} *nrs;
	size_t nr_count, nr_cap;
	struct kapi_findings *out;
	size_t first_finding; /* out->items of this TU start here */
	/* While a derived call is checked: the call inside the helper, where
	 * the note points instead of the spec (null cursor otherwise). */
	CXCursor note_at;
	/* The last answer of kapi_local_private() (kapi_flow.c). */
	CXCursor private_var;
	bool private_ok, private_known;
	/* Static helpers already analysed (kapi_derived.c, owned). */
	struct kapi_helper *helpers;
	size_t helper_count, helper_cap;
	/* Per-TU source line cache for NOLINT. */
	char *nolint_file;
	char *nolint_text;
	size_t nolint_len;
};

const struct kapi_spec *kapi_tu_find_spec(const struct kapi_tu *tu,
					  const char *name);

/*
 * Report a finding at `at` unless NOLINT suppresses it or it lies outside
 * the main file.  Takes ownership of `message` and `note`; `spec_loc` is
 * the spec line the note points at (line 0 = the spec's first line).
 */
void kapi_report(struct kapi_tu *tu, const struct kapi_rule *rule, CXCursor at,
		 const struct kapi_spec *spec, struct kapi_loc spec_loc,
		 char *message, char *note);

/* Whether `line` (1-based) of `text` suppresses `rule` the NOLINT way
 * (NOLINT, NOLINTNEXTLINE, NOLINTBEGIN/NOLINTEND). */
bool kapi_nolint_suppresses(const char *text, size_t len, unsigned line,
			    const char *rule);

/* ---- output (kapi_output.c) ------------------------------------------- */

void kapi_output_text(FILE *out, const struct kapi_findings *f, bool werror);
void kapi_output_json(FILE *out, const struct kapi_findings *f, bool werror);
void kapi_output_sarif(FILE *out, const struct kapi_findings *f, bool werror);

#endif
