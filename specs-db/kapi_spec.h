/* SPDX-License-Identifier: MIT */
/*
 * The one spec model.  Every source of specs (the three comment drafts,
 * compiled struct kernel_api_spec initializers, the kernel's JSON, our own
 * database) becomes a struct kapi_spec, and every consumer reads it.
 *
 * Ownership: a kapi_spec owns every string and array reachable from it;
 * kapi_spec_free() releases all of it.  Strings are NUL-terminated UTF-8 or
 * NULL when absent.
 *
 * Enumerations mirror the kernel's enumerators by *name* (KAPI-DSL.md §7);
 * their numeric values here are ours and are never written to a file as
 * numbers: files carry the token names.
 */
#ifndef KAPI_SPEC_H
#define KAPI_SPEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A position inside a source file, 1-based; line 0 = unknown. */
struct kapi_loc {
	unsigned line;
	unsigned col;
};

enum kapi_value_state {
	KAPI_VALUE_ABSENT = 0, /* nothing was written */
	KAPI_VALUE_UNRESOLVED, /* written symbolically, number not known yet */
	KAPI_VALUE_RESOLVED,   /* number known for spec->prov.target */
	KAPI_VALUE_INVALID,    /* written, but cannot be evaluated at all */
};

/*
 * A value as written next to the number the compiler computes for it.
 * `num` holds the two's-complement bits; `is_unsigned` says how to read it
 * (a C literal like 0x80000000 is unsigned int, -1 is int).
 */
struct kapi_value {
	enum kapi_value_state state;
	char *text;	  /* as written, trimmed; NULL when ABSENT */
	int64_t num;	  /* valid only when RESOLVED */
	bool is_unsigned; /* the C type of the resolved value is unsigned */
	struct kapi_loc loc;
};

/* KAPI_TYPE_* */
enum kapi_type {
	KAPI_TYPE_VOID = 0,
	KAPI_TYPE_INT,
	KAPI_TYPE_UINT,
	KAPI_TYPE_PTR,
	KAPI_TYPE_STRUCT,
	KAPI_TYPE_UNION,
	KAPI_TYPE_ENUM,
	KAPI_TYPE_FUNC_PTR,
	KAPI_TYPE_ARRAY,
	KAPI_TYPE_FD,
	KAPI_TYPE_USER_PTR,
	KAPI_TYPE_PATH,
	KAPI_TYPE_CUSTOM,
	KAPI_TYPE__COUNT
};

/* KAPI_PARAM_* flag bits (bits 0..8 as in the kernel) */
enum kapi_param_flag {
	KAPI_PARAM_IN = 1u << 0,
	KAPI_PARAM_OUT = 1u << 1,
	KAPI_PARAM_INOUT = 1u << 2,
	KAPI_PARAM_OPTIONAL = 1u << 3,
	KAPI_PARAM_CONST = 1u << 4,
	KAPI_PARAM_VOLATILE = 1u << 5,
	KAPI_PARAM_USER = 1u << 6,
	KAPI_PARAM_DMA = 1u << 7,
	KAPI_PARAM_ALIGNED = 1u << 8,
};
#define KAPI_PARAM_FLAG_COUNT 9

/* KAPI_CONSTRAINT_* */
enum kapi_constraint_kind {
	KAPI_CONSTRAINT_NONE = 0,
	KAPI_CONSTRAINT_RANGE,
	KAPI_CONSTRAINT_MASK,
	KAPI_CONSTRAINT_ENUM,
	KAPI_CONSTRAINT_ALIGNMENT,
	KAPI_CONSTRAINT_POWER_OF_TWO,
	KAPI_CONSTRAINT_PAGE_ALIGNED,
	KAPI_CONSTRAINT_NONZERO,
	KAPI_CONSTRAINT_USER_STRING,
	KAPI_CONSTRAINT_USER_PATH,
	KAPI_CONSTRAINT_USER_PTR,
	KAPI_CONSTRAINT_CUSTOM,
	KAPI_CONSTRAINT_BUFFER,
	KAPI_CONSTRAINT__COUNT
};

/* KAPI_CTX_* bits (0..7) */
enum kapi_context {
	KAPI_CTX_PROCESS = 1u << 0,
	KAPI_CTX_SOFTIRQ = 1u << 1,
	KAPI_CTX_HARDIRQ = 1u << 2,
	KAPI_CTX_NMI = 1u << 3,
	KAPI_CTX_ATOMIC = 1u << 4,
	KAPI_CTX_SLEEPABLE = 1u << 5,
	KAPI_CTX_PREEMPT_DISABLED = 1u << 6,
	KAPI_CTX_IRQ_DISABLED = 1u << 7,
};
#define KAPI_CTX_COUNT 8

/* KAPI_RETURN_* */
enum kapi_return_check {
	KAPI_RETURN_NONE = 0, /* not stated */
	KAPI_RETURN_EXACT,
	KAPI_RETURN_RANGE,
	KAPI_RETURN_ERROR_CHECK,
	KAPI_RETURN_FD,
	KAPI_RETURN_CUSTOM,
	KAPI_RETURN_NO_RETURN,
	KAPI_RETURN__COUNT
};

/* KAPI_LOCK_* */
enum kapi_lock_type {
	KAPI_LOCK_NONE = 0,
	KAPI_LOCK_MUTEX,
	KAPI_LOCK_SPINLOCK,
	KAPI_LOCK_RWLOCK,
	KAPI_LOCK_SEQLOCK,
	KAPI_LOCK_RCU,
	KAPI_LOCK_SEMAPHORE,
	KAPI_LOCK_CUSTOM,
	KAPI_LOCK__COUNT
};

enum kapi_lock_scope {
	KAPI_LOCK_SCOPE_NONE = 0,
	KAPI_LOCK_SCOPE_INTERNAL,
	KAPI_LOCK_SCOPE_ACQUIRES,
	KAPI_LOCK_SCOPE_RELEASES,
	KAPI_LOCK_SCOPE_CALLER_HELD,
	KAPI_LOCK_SCOPE__COUNT
};

/* KAPI_SIGNAL_* direction bits */
enum kapi_signal_direction {
	KAPI_SIGNAL_RECEIVE = 1u << 0,
	KAPI_SIGNAL_SEND = 1u << 1,
	KAPI_SIGNAL_HANDLE = 1u << 2,
	KAPI_SIGNAL_BLOCK = 1u << 3,
	KAPI_SIGNAL_IGNORE = 1u << 4,
};
#define KAPI_SIGNAL_DIRECTION_COUNT 5

/* KAPI_SIGNAL_ACTION_* */
enum kapi_signal_action {
	KAPI_SIGNAL_ACTION_NONE = 0,
	KAPI_SIGNAL_ACTION_DEFAULT,
	KAPI_SIGNAL_ACTION_TERMINATE,
	KAPI_SIGNAL_ACTION_COREDUMP,
	KAPI_SIGNAL_ACTION_STOP,
	KAPI_SIGNAL_ACTION_CONTINUE,
	KAPI_SIGNAL_ACTION_CUSTOM,
	KAPI_SIGNAL_ACTION_RETURN,
	KAPI_SIGNAL_ACTION_RESTART,
	KAPI_SIGNAL_ACTION_QUEUE,
	KAPI_SIGNAL_ACTION_DISCARD,
	KAPI_SIGNAL_ACTION_TRANSFORM,
	KAPI_SIGNAL_ACTION__COUNT
};

/* KAPI_SIGNAL_TIME_* */
enum kapi_signal_timing {
	KAPI_SIGNAL_TIME_NONE = 0,
	KAPI_SIGNAL_TIME_ENTRY,
	KAPI_SIGNAL_TIME_DURING,
	KAPI_SIGNAL_TIME_EXIT,
	KAPI_SIGNAL_TIME_ANYTIME,
	KAPI_SIGNAL_TIME_WHILE_BLOCKED,
	KAPI_SIGNAL_TIME_WHILE_SLEEPING,
	KAPI_SIGNAL_TIME_BEFORE,
	KAPI_SIGNAL_TIME_AFTER,
	KAPI_SIGNAL_TIME__COUNT
};

/* KAPI_CAP_* */
enum kapi_cap_action {
	KAPI_CAP_NONE = 0,
	KAPI_CAP_BYPASS_CHECK,
	KAPI_CAP_INCREASE_LIMIT,
	KAPI_CAP_OVERRIDE_RESTRICTION,
	KAPI_CAP_GRANT_PERMISSION,
	KAPI_CAP_MODIFY_BEHAVIOR,
	KAPI_CAP_ACCESS_RESOURCE,
	KAPI_CAP_PERFORM_OPERATION,
	KAPI_CAP__COUNT
};

/* KAPI_EFFECT_* bits */
enum kapi_effect {
	KAPI_EFFECT_ALLOC_MEMORY = 1u << 0,
	KAPI_EFFECT_FREE_MEMORY = 1u << 1,
	KAPI_EFFECT_MODIFY_STATE = 1u << 2,
	KAPI_EFFECT_SIGNAL_SEND = 1u << 3,
	KAPI_EFFECT_FILE_POSITION = 1u << 4,
	KAPI_EFFECT_LOCK_ACQUIRE = 1u << 5,
	KAPI_EFFECT_LOCK_RELEASE = 1u << 6,
	KAPI_EFFECT_RESOURCE_CREATE = 1u << 7,
	KAPI_EFFECT_RESOURCE_DESTROY = 1u << 8,
	KAPI_EFFECT_SCHEDULE = 1u << 9,
	KAPI_EFFECT_HARDWARE = 1u << 10,
	KAPI_EFFECT_NETWORK = 1u << 11,
	KAPI_EFFECT_FILESYSTEM = 1u << 12,
	KAPI_EFFECT_PROCESS_STATE = 1u << 13,
	KAPI_EFFECT_IRREVERSIBLE = 1u << 14,
};
#define KAPI_EFFECT_COUNT 15

/*
 * A fact the plugin read off a syscall's code: a test that makes the call
 * fail, or an error the code returns.  Facts sit beside the spec they were
 * mined for (or, for a syscall without one, in a spec of source "mined")
 * so that a spec can be checked against the code and two kernels compared
 * at code level.
 */
enum kapi_fact_kind {
	KAPI_FACT_NONE = 0,
	KAPI_FACT_MASK,	     /* `if (P & ~M) fail`: P may only have bits of M */
	KAPI_FACT_ENUM,	     /* a switch or if chain: P must be one of values */
	KAPI_FACT_MIN,	     /* `if (P < N) fail` (N the least value allowed) */
	KAPI_FACT_MAX,	     /* `if (P > N) fail` (N the largest allowed) */
	KAPI_FACT_NONZERO,   /* `if (!P) fail` */
	KAPI_FACT_ALIGNMENT, /* `if (P & (N - 1)) fail`: P a multiple of N */
	KAPI_FACT_ERROR,     /* the code returns -value */
	KAPI_FACT__COUNT
};

struct kapi_fact {
	enum kapi_fact_kind kind;
	char *param;		   /* parameter name; NULL for ERROR */
	struct kapi_value value;   /* mask, bound, alignment or error code
				    * (negative), text as the code wrote it */
	struct kapi_value *values; /* ENUM */
	size_t value_count;
	char *file; /* where the test or return is */
	struct kapi_loc loc;
};

/* Where a spec was read from. */
enum kapi_source_kind {
	KAPI_SOURCE_UNKNOWN = 0,
	KAPI_SOURCE_COMMENT_SHORT, /* current draft: short tokens */
	KAPI_SOURCE_COMMENT_ENUM,  /* older draft: KAPI_* enumerators */
	KAPI_SOURCE_COMMENT_FLAT,  /* earliest flat draft */
	KAPI_SOURCE_COMPILED,	   /* struct kernel_api_spec initializer */
	KAPI_SOURCE_JSON,	   /* kernel JSON (debugfs or kapi tool) */
	KAPI_SOURCE_MINED,	   /* no spec: only what the code shows */
	KAPI_SOURCE__COUNT
};

enum kapi_api_kind {
	KAPI_KIND_FUNCTION = 0,
	KAPI_KIND_SYSCALL,
};

enum kapi_verify_state {
	KAPI_VERIFY_NONE = 0, /* not checked against code (parse mode) */
	KAPI_VERIFY_OK,	      /* checked, no drift */
	KAPI_VERIFY_WARNINGS, /* checked, drift reported */
	KAPI_VERIFY_ERRORS,   /* checked, spec is wrong */
	KAPI_VERIFY__COUNT
};

struct kapi_arch_mask {
	char *arch; /* short arch name: x86, arm64, ... */
	struct kapi_value mask;
};

/* An `@name: text` kerneldoc line. */
struct kapi_doc_param {
	char *name;
	char *desc;
	struct kapi_loc loc;
};

struct kapi_param {
	char *name;
	char *type_name; /* C type as written in the signature, when known */
	char *desc;
	enum kapi_type type;
	unsigned flags; /* enum kapi_param_flag bits */
	enum kapi_constraint_kind constraint;
	char *constraint_text; /* as written: "range(0, INT_MAX)" */
	char *cdesc;	       /* constraint description (cdesc:/constraint:) */
	struct kapi_value min, max; /* RANGE; string length limits for
				     * USER_STRING/USER_PATH */
	struct kapi_value mask;	    /* MASK (valid-mask) */
	struct kapi_value *enum_values;
	size_t enum_count;
	struct kapi_value alignment; /* ALIGNMENT, or alignment: subfield */
	struct kapi_value size;	     /* size: subfield (bytes) */
	int size_param_idx;	     /* BUFFER/size-param, 0-based; -1 none */
	struct kapi_value size_multiplier;
	char *struct_type;
	struct kapi_arch_mask *arch_masks;
	size_t arch_mask_count;
	struct kapi_loc loc;		/* the param: header */
	struct kapi_loc type_loc;	/* the type: line */
	struct kapi_loc constraint_loc; /* the constraint-type: line */
};

struct kapi_return {
	bool present;
	char *type_name;
	enum kapi_type type;
	enum kapi_return_check check;
	struct kapi_value success;		    /* EXACT */
	struct kapi_value success_min, success_max; /* RANGE, >= 0 */
	struct kapi_value *error_values;
	size_t error_value_count;
	/* What the C library hands the caller on failure (`failure: -1`,
	 * `failure: NULL`); -1 on a pointer result is the all-ones pointer
	 * (MAP_FAILED).  ABSENT: unstated, rules assume nothing. */
	struct kapi_value failure;
	char *desc;
	struct kapi_loc loc;
};

/* Whether repeating the call after this error is right (`retry:` of an
 * error block): close() on EINTR has already released the descriptor. */
enum kapi_retry {
	KAPI_RETRY_UNKNOWN = 0,
	KAPI_RETRY_YES,
	KAPI_RETRY_NO,
};

struct kapi_error {
	char *name;		/* EINVAL */
	struct kapi_value code; /* written name; resolved to -errno */
	char *summary;		/* text after the comma on the error: line */
	char *condition;
	char *desc;
	enum kapi_retry retry;
	struct kapi_loc loc;
};

struct kapi_lock {
	char *name;
	enum kapi_lock_type type;
	enum kapi_lock_scope scope;
	int acquired, released, held_on_entry, held_on_exit; /* -1 unknown */
	char *desc;
	struct kapi_loc loc;
};

struct kapi_signal {
	char *name; /* SIGKILL */
	struct kapi_value number;
	unsigned direction; /* enum kapi_signal_direction bits */
	enum kapi_signal_action action;
	enum kapi_signal_timing timing;
	char *target, *condition, *desc, *transform_to;
	struct kapi_value error; /* errno returned when it interrupts */
	int priority;
	int restartable, interruptible, queue; /* -1 unknown, 0, 1 */
	struct kapi_value sa_flags_required, sa_flags_forbidden;
	char *state_required, *state_forbidden;
	struct kapi_loc loc;
};

struct kapi_capability {
	char *name; /* CAP_SYS_ADMIN */
	struct kapi_value number;
	enum kapi_cap_action action;
	char *allows, *without, *condition, *desc;
	int priority;
	struct kapi_loc loc;
};

struct kapi_side_effect {
	unsigned types; /* enum kapi_effect bits */
	char *target, *condition, *desc;
	int reversible; /* -1 unknown */
	struct kapi_loc loc;
};

struct kapi_state_trans {
	char *object, *from, *to, *condition, *desc;
	struct kapi_loc loc;
};

struct kapi_constraint {
	char *name, *desc, *expr;
	/* expr with the target's macros as numbers (kapi_cexpr.h), set by
	 * the plugin once it checked expr against the function: what the
	 * checker and the header evaluate */
	char *expr_resolved;
	struct kapi_loc loc;
};

/* A named set of signals (the kernel's kapi_signal_mask_spec). */
struct kapi_signal_mask {
	char *name;
	struct kapi_value *signals; /* each as written: SIGINT, 2 */
	size_t signal_count;
	char *desc;
	struct kapi_loc loc;
};

/* One field of a structure the API reads or writes (kapi_struct_field). */
struct kapi_struct_field {
	char *name;
	char *type_name; /* C type as written: "u32" */
	enum kapi_type type;
	struct kapi_value offset, size;
	unsigned flags; /* enum kapi_param_flag bits */
	enum kapi_constraint_kind constraint;
	struct kapi_value min, max, mask;
	char *enum_values; /* the kernel keeps them as one comma list */
	char *desc;
	struct kapi_loc loc;
};

/* A structure the API exchanges with its caller (kapi_struct_spec). */
struct kapi_struct_spec {
	char *name;
	struct kapi_value size, alignment;
	struct kapi_struct_field *fields;
	size_t field_count;
	char *desc;
	struct kapi_loc loc;
};

struct kapi_provenance {
	char *file;    /* source file the spec was read from */
	unsigned line; /* line of the comment's first line */
	enum kapi_source_kind source;
	char *target;	      /* target triple values were resolved for */
	char *compiler;	      /* e.g. "clang version 19.1.7" */
	char *kernel_version; /* UTS_RELEASE/LINUX_VERSION when known */
	enum kapi_verify_state verified;
};

struct kapi_spec {
	char *name; /* sys_dup3, or the function name */
	enum kapi_api_kind kind;
	char *description; /* the kerneldoc one-liner */
	char *long_description;
	char *api_type;
	char *since_version;
	char *examples;
	char *notes;
	unsigned contexts; /* enum kapi_context bits */
	struct kapi_loc contexts_loc;
	int param_count_declared; /* param-count: value, -1 if absent */
	struct kapi_loc param_count_loc;

	struct kapi_doc_param *doc_params;
	size_t doc_param_count;
	struct kapi_param *params;
	size_t param_count;
	struct kapi_return ret;
	struct kapi_error *errors;
	size_t error_count;
	struct kapi_lock *locks;
	size_t lock_count;
	struct kapi_signal *signals;
	size_t signal_count;
	struct kapi_capability *capabilities;
	size_t capability_count;
	struct kapi_side_effect *side_effects;
	size_t side_effect_count;
	struct kapi_state_trans *state_transitions;
	size_t state_trans_count;
	struct kapi_constraint *constraints;
	size_t constraint_count;
	struct kapi_signal_mask *signal_masks;
	size_t signal_mask_count;
	struct kapi_struct_spec *struct_specs;
	size_t struct_spec_count;
	struct kapi_fact *facts; /* mined from the code (plugin) */
	size_t fact_count;

	struct kapi_provenance prov;

	/* Growth capacities for the arrays above (internal bookkeeping). */
	size_t doc_param_cap, param_cap, error_cap, lock_cap, signal_cap,
		capability_cap, side_effect_cap, state_trans_cap,
		constraint_cap, signal_mask_cap, struct_spec_cap, fact_cap;
};

/* A list of specs, e.g. everything read from one file or one TU. */
struct kapi_spec_list {
	struct kapi_spec **items;
	size_t count;
	size_t cap;
};

struct kapi_spec *kapi_spec_new(void);
void kapi_spec_free(struct kapi_spec *spec);
void kapi_param_init(struct kapi_param *p);
void kapi_value_clear(struct kapi_value *v);
/* Free what a fact owns and zero it (the array holding it is the
 * caller's). */
void kapi_fact_release(struct kapi_fact *f);
/*
 * Add a mined fact to the spec, taking what it owns.  Two tests of the same
 * kind on the same parameter both hold, so they merge: masks intersect,
 * the larger minimum, smaller maximum and larger alignment win; the first
 * enum set and the first of equal error codes stay.
 */
void kapi_spec_add_fact(struct kapi_spec *s, struct kapi_fact *f);
/* The fact of this kind about this parameter (NULL param: errors). */
const struct kapi_fact *kapi_spec_find_fact(const struct kapi_spec *s,
					    enum kapi_fact_kind kind,
					    const char *param);
/* Deep copy of a value; dst must not own anything. */
void kapi_value_copy(struct kapi_value *dst, const struct kapi_value *src);
void kapi_value_set_text(struct kapi_value *v, const char *text,
			 struct kapi_loc loc);
void kapi_value_set_num(struct kapi_value *v, int64_t num, bool is_unsigned);

void kapi_spec_list_push(struct kapi_spec_list *l, struct kapi_spec *s);
void kapi_spec_list_free(struct kapi_spec_list *l); /* frees the specs */

struct kapi_param *kapi_spec_find_param(const struct kapi_spec *spec,
					const char *name);
int kapi_spec_param_index(const struct kapi_spec *spec, const char *name);

/*
 * Token tables.  *_name() gives the short lower-case token used by the
 * current DSL draft and by the kernel's JSON ("fd", "range"); *_enumerator()
 * gives the C enumerator ("KAPI_TYPE_FD").  *_from_token() accepts either
 * spelling, case-insensitively for the short one; it returns -1 when the
 * token is unknown.  For bit sets, the index is the bit number.
 */
const char *kapi_type_name(enum kapi_type t);
const char *kapi_type_enumerator(enum kapi_type t);
int kapi_type_from_token(const char *tok);

const char *kapi_param_flag_name(unsigned bit);
const char *kapi_param_flag_enumerator(unsigned bit);
int kapi_param_flag_from_token(const char *tok); /* returns the bit index */

const char *kapi_constraint_name(enum kapi_constraint_kind k);
const char *kapi_constraint_enumerator(enum kapi_constraint_kind k);
int kapi_constraint_from_token(const char *tok);

const char *kapi_context_name(unsigned bit);
const char *kapi_context_enumerator(unsigned bit);
int kapi_context_from_token(const char *tok);

const char *kapi_return_check_name(enum kapi_return_check c);
/* Is the kernel's C type of this parameter a pointer?  The type the
 * plugin recorded from the function (type_name) when there is one, else
 * kapi_param_is_pointer()'s reading of the spec.  (ioctl's arg is a user
 * pointer by meaning and an unsigned long by type.) */
bool kapi_param_c_pointer(const struct kapi_param *p);
/* "yes", "no", or NULL when unknown. */
const char *kapi_retry_name(enum kapi_retry r);
const char *kapi_return_check_enumerator(enum kapi_return_check c);
int kapi_return_check_from_token(const char *tok);

const char *kapi_lock_type_name(enum kapi_lock_type t);
const char *kapi_lock_type_enumerator(enum kapi_lock_type t);
int kapi_lock_type_from_token(const char *tok);

const char *kapi_lock_scope_name(enum kapi_lock_scope s);
const char *kapi_lock_scope_enumerator(enum kapi_lock_scope s);
int kapi_lock_scope_from_token(const char *tok);

const char *kapi_signal_direction_name(unsigned bit);
const char *kapi_signal_direction_enumerator(unsigned bit);
int kapi_signal_direction_from_token(const char *tok);

const char *kapi_signal_action_name(enum kapi_signal_action a);
const char *kapi_signal_action_enumerator(enum kapi_signal_action a);
int kapi_signal_action_from_token(const char *tok);

const char *kapi_signal_timing_name(enum kapi_signal_timing t);
const char *kapi_signal_timing_enumerator(enum kapi_signal_timing t);
int kapi_signal_timing_from_token(const char *tok);

const char *kapi_cap_action_name(enum kapi_cap_action a);
const char *kapi_cap_action_enumerator(enum kapi_cap_action a);
int kapi_cap_action_from_token(const char *tok);

const char *kapi_effect_name(unsigned bit);
const char *kapi_effect_enumerator(unsigned bit);
int kapi_effect_from_token(const char *tok);
/* One side-effect word as a set of bits: a single effect, "none" /
 * KAPI_EFFECT_NONE (no bits) or a KAPI_EFFECTS_* group.  False when
 * unknown. */
bool kapi_effect_set_from_token(const char *tok, unsigned *bits);

const char *kapi_fact_kind_name(enum kapi_fact_kind k);
int kapi_fact_kind_from_token(const char *tok);

const char *kapi_source_kind_name(enum kapi_source_kind k);
int kapi_source_kind_from_token(const char *tok);
const char *kapi_verify_state_name(enum kapi_verify_state v);
int kapi_verify_state_from_token(const char *tok);

/* Parameter flags with INOUT written as IN | OUT, as the current kernel
 * header defines it: the form two flag words are compared in. */
unsigned kapi_param_flags_canonical(unsigned flags);

/* Does the spec say this parameter is a pointer (by type class or by a
 * constraint that only a pointer can have)? */
bool kapi_param_is_pointer(const struct kapi_param *p);

/* Linux errno names (names only: numbers are the target's business). */
bool kapi_is_errno_name(const char *name);
/* Linux arch short names usable in arch-mask:. */
bool kapi_is_arch_name(const char *name);
/* The arch-mask: name of a target triple ("x86_64-pc-linux-gnu" -> "x86"),
 * or NULL when the CPU is not one Linux supports. */
const char *kapi_arch_from_triple(const char *triple);

#endif
