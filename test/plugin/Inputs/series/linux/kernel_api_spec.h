/* SPDX-License-Identifier: MIT */
/*
 * A stand-in for include/linux/kernel_api_spec.h as the current public KAPI
 * series lays it out, written for the kapi plugin tests (facts of the public
 * interface, our own text).  What sets it apart from the older layout in
 * ../kernel_api_spec.h:
 *  - section .kapi_specs holds `const struct kernel_api_spec *const`
 *    pointers; the spec objects live in ordinary read-only data;
 *  - strings are `const char *`, not arrays;
 *  - KAPI_PARAM_INOUT is KAPI_PARAM_IN | KAPI_PARAM_OUT, not a bit of its own;
 *  - size_param_idx holds the parameter index plus one, 0 for none;
 *  - a lock has one `scope` instead of four booleans;
 *  - each array is preceded by a magic word.
 * The enumerators carry the series' numbers.
 */
#ifndef KAPI_TEST_SERIES_KERNEL_API_SPEC_H
#define KAPI_TEST_SERIES_KERNEL_API_SPEC_H

typedef long long s64;
typedef unsigned long long u64;
typedef unsigned int u32;
typedef unsigned char u8;
typedef unsigned long size_t;

#define __stringify_1(x) #x
#define __stringify(x) __stringify_1(x)
#define __used __attribute__((__used__))
#define __section(s) __attribute__((__section__(s)))

#define KAPI_MAX_PARAMS 16
#define KAPI_MAX_ERRORS 32
#define KAPI_MAX_CONSTRAINTS 32
#define KAPI_MAX_LOCKS 16
#define KAPI_MAX_SIGNALS 32
#define KAPI_MAX_CAPABILITIES 8
#define KAPI_MAX_STRUCT_SPECS 8
#define KAPI_MAX_SIDE_EFFECTS 32
#define KAPI_MAX_STATE_TRANS 8

#define KAPI_MAGIC_PARAMS 0x4B415031
#define KAPI_MAGIC_RETURN 0x4B415232
#define KAPI_MAGIC_ERRORS 0x4B414533
#define KAPI_MAGIC_LOCKS 0x4B414C34
#define KAPI_MAGIC_CONSTRAINTS 0x4B414335
#define KAPI_MAGIC_INFO 0x4B414936
#define KAPI_MAGIC_SIGNALS 0x4B415337
#define KAPI_MAGIC_SIGMASK 0x4B414D38
#define KAPI_MAGIC_STRUCTS 0x4B415439
#define KAPI_MAGIC_EFFECTS 0x4B414641
#define KAPI_MAGIC_TRANS 0x4B415442
#define KAPI_MAGIC_CAPS 0x4B414343

enum kapi_param_type {
	KAPI_TYPE_VOID = 0, KAPI_TYPE_INT, KAPI_TYPE_UINT, KAPI_TYPE_PTR,
	KAPI_TYPE_STRUCT, KAPI_TYPE_UNION, KAPI_TYPE_ENUM, KAPI_TYPE_FUNC_PTR,
	KAPI_TYPE_ARRAY, KAPI_TYPE_FD, KAPI_TYPE_USER_PTR, KAPI_TYPE_PATH,
	KAPI_TYPE_CUSTOM,
};

enum kapi_param_flags {
	KAPI_PARAM_IN = 1 << 0,
	KAPI_PARAM_OUT = 1 << 1,
	KAPI_PARAM_INOUT = KAPI_PARAM_IN | KAPI_PARAM_OUT,
	KAPI_PARAM_OPTIONAL = 1 << 3,
	KAPI_PARAM_CONST = 1 << 4,
	KAPI_PARAM_VOLATILE = 1 << 5,
	KAPI_PARAM_USER = 1 << 6,
	KAPI_PARAM_DMA = 1 << 7,
	KAPI_PARAM_ALIGNED = 1 << 8,
};

enum kapi_context_flags {
	KAPI_CTX_PROCESS = 1 << 0, KAPI_CTX_SOFTIRQ = 1 << 1,
	KAPI_CTX_HARDIRQ = 1 << 2, KAPI_CTX_NMI = 1 << 3,
	KAPI_CTX_ATOMIC = 1 << 4, KAPI_CTX_SLEEPABLE = 1 << 5,
	KAPI_CTX_PREEMPT_DISABLED = 1 << 6, KAPI_CTX_IRQ_DISABLED = 1 << 7,
};

enum kapi_lock_type {
	KAPI_LOCK_NONE = 0, KAPI_LOCK_MUTEX, KAPI_LOCK_SPINLOCK,
	KAPI_LOCK_RWLOCK, KAPI_LOCK_SEQLOCK, KAPI_LOCK_RCU,
	KAPI_LOCK_SEMAPHORE, KAPI_LOCK_CUSTOM,
};

enum kapi_constraint_type {
	KAPI_CONSTRAINT_NONE = 0, KAPI_CONSTRAINT_RANGE, KAPI_CONSTRAINT_MASK,
	KAPI_CONSTRAINT_ENUM, KAPI_CONSTRAINT_ALIGNMENT,
	KAPI_CONSTRAINT_POWER_OF_TWO, KAPI_CONSTRAINT_PAGE_ALIGNED,
	KAPI_CONSTRAINT_NONZERO, KAPI_CONSTRAINT_USER_STRING,
	KAPI_CONSTRAINT_USER_PATH, KAPI_CONSTRAINT_USER_PTR,
	KAPI_CONSTRAINT_BUFFER, KAPI_CONSTRAINT_CUSTOM,
};

enum kapi_return_check_type {
	KAPI_RETURN_EXACT, KAPI_RETURN_RANGE, KAPI_RETURN_ERROR_CHECK,
	KAPI_RETURN_FD, KAPI_RETURN_CUSTOM, KAPI_RETURN_NO_RETURN,
};

enum kapi_lock_scope {
	KAPI_LOCK_INTERNAL = 0, KAPI_LOCK_ACQUIRES, KAPI_LOCK_RELEASES,
	KAPI_LOCK_CALLER_HELD,
};

enum kapi_signal_direction {
	KAPI_SIGNAL_RECEIVE = 1 << 0, KAPI_SIGNAL_SEND = 1 << 1,
	KAPI_SIGNAL_HANDLE = 1 << 2, KAPI_SIGNAL_BLOCK = 1 << 3,
	KAPI_SIGNAL_IGNORE = 1 << 4,
};

enum kapi_signal_action {
	KAPI_SIGNAL_ACTION_DEFAULT = 0, KAPI_SIGNAL_ACTION_TERMINATE,
	KAPI_SIGNAL_ACTION_COREDUMP, KAPI_SIGNAL_ACTION_STOP,
	KAPI_SIGNAL_ACTION_CONTINUE, KAPI_SIGNAL_ACTION_CUSTOM,
	KAPI_SIGNAL_ACTION_RETURN, KAPI_SIGNAL_ACTION_RESTART,
	KAPI_SIGNAL_ACTION_QUEUE, KAPI_SIGNAL_ACTION_DISCARD,
	KAPI_SIGNAL_ACTION_TRANSFORM,
};

enum kapi_capability_action {
	KAPI_CAP_BYPASS_CHECK = 0, KAPI_CAP_INCREASE_LIMIT,
	KAPI_CAP_OVERRIDE_RESTRICTION, KAPI_CAP_GRANT_PERMISSION,
	KAPI_CAP_MODIFY_BEHAVIOR, KAPI_CAP_ACCESS_RESOURCE,
	KAPI_CAP_PERFORM_OPERATION,
};

enum kapi_side_effect_type {
	KAPI_EFFECT_NONE = 0,
	KAPI_EFFECT_ALLOC_MEMORY = 1 << 0, KAPI_EFFECT_FREE_MEMORY = 1 << 1,
	KAPI_EFFECT_MODIFY_STATE = 1 << 2, KAPI_EFFECT_SIGNAL_SEND = 1 << 3,
	KAPI_EFFECT_FILE_POSITION = 1 << 4, KAPI_EFFECT_LOCK_ACQUIRE = 1 << 5,
	KAPI_EFFECT_LOCK_RELEASE = 1 << 6, KAPI_EFFECT_RESOURCE_CREATE = 1 << 7,
	KAPI_EFFECT_RESOURCE_DESTROY = 1 << 8, KAPI_EFFECT_SCHEDULE = 1 << 9,
	KAPI_EFFECT_HARDWARE = 1 << 10, KAPI_EFFECT_NETWORK = 1 << 11,
	KAPI_EFFECT_FILESYSTEM = 1 << 12, KAPI_EFFECT_PROCESS_STATE = 1 << 13,
	KAPI_EFFECT_IRREVERSIBLE = 1 << 14,
};

struct kapi_param_spec {
	const char *name;
	const char *type_name;
	enum kapi_param_type type;
	u32 flags;
	size_t size;
	size_t alignment;
	s64 min_value;
	s64 max_value;
	u64 valid_mask;
	const s64 *enum_values;
	u32 enum_count;
	enum kapi_constraint_type constraint_type;
	_Bool (*validate)(s64 value);
	const char *description;
	const char *constraints;
	int size_param_idx; /* parameter index + 1; 0 = fixed size */
	size_t size_multiplier;
};

struct kapi_error_spec {
	int error_code;
	const char *name;
	const char *condition;
	const char *description;
};

struct kapi_return_spec {
	const char *type_name;
	enum kapi_param_type type;
	enum kapi_return_check_type check_type;
	s64 success_value;
	s64 success_min;
	s64 success_max;
	const s64 *error_values;
	u32 error_count;
	_Bool (*is_success)(s64 retval);
	const char *description;
};

struct kapi_lock_spec {
	const char *lock_name;
	enum kapi_lock_type lock_type;
	enum kapi_lock_scope scope;
	const char *description;
};

struct kapi_constraint_spec {
	const char *name;
	const char *description;
	const char *expression;
};

struct kapi_signal_spec {
	int signal_num;
	const char *signal_name;
	u32 direction;
	enum kapi_signal_action action;
	const char *target;
	const char *condition;
	const char *description;
	_Bool restartable;
	u32 sa_flags_required;
	u32 sa_flags_forbidden;
	int error_on_signal;
	int transform_to;
	const char *timing;
	u8 priority;
	_Bool interruptible;
	const char *queue_behavior;
	u32 state_required;
	u32 state_forbidden;
};

struct kapi_signal_mask_spec {
	const char *mask_name;
	int signals[KAPI_MAX_SIGNALS];
	u32 signal_count;
	const char *description;
};

struct kapi_struct_field {
	const char *name;
	enum kapi_param_type type;
	const char *type_name;
	size_t offset;
	size_t size;
	u32 flags;
	enum kapi_constraint_type constraint_type;
	s64 min_value;
	s64 max_value;
	u64 valid_mask;
	const char *enum_values; /* one comma-separated list */
	const char *description;
};

struct kapi_struct_spec {
	const char *name;
	size_t size;
	size_t alignment;
	u32 field_count;
	struct kapi_struct_field fields[KAPI_MAX_PARAMS];
	const char *description;
};

struct kapi_capability_spec {
	int capability;
	const char *cap_name;
	enum kapi_capability_action action;
	const char *allows;
	const char *without_cap;
	const char *check_condition;
	u8 priority;
	int alternative[KAPI_MAX_CAPABILITIES];
	u32 alternative_count;
};

struct kapi_side_effect {
	u32 type;
	const char *target;
	const char *condition;
	const char *description;
	_Bool reversible;
};

struct kapi_state_transition {
	const char *from_state;
	const char *to_state;
	const char *condition;
	const char *object;
	const char *description;
};

struct kernel_api_spec {
	const char *name;
	u32 version;
	const char *description;
	const char *long_description;
	u32 context_flags;
	u32 param_magic;
	u32 param_count;
	struct kapi_param_spec params[KAPI_MAX_PARAMS];
	u32 return_magic;
	struct kapi_return_spec return_spec;
	u32 error_magic;
	u32 error_count;
	struct kapi_error_spec errors[KAPI_MAX_ERRORS];
	u32 lock_magic;
	u32 lock_count;
	struct kapi_lock_spec locks[KAPI_MAX_LOCKS];
	u32 constraint_magic;
	u32 constraint_count;
	struct kapi_constraint_spec constraints[KAPI_MAX_CONSTRAINTS];
	u32 info_magic;
	const char *examples;
	const char *notes;
	u32 signal_magic;
	u32 signal_count;
	struct kapi_signal_spec signals[KAPI_MAX_SIGNALS];
	u32 sigmask_magic;
	u32 signal_mask_count;
	struct kapi_signal_mask_spec signal_masks[KAPI_MAX_SIGNALS];
	u32 struct_magic;
	u32 struct_spec_count;
	struct kapi_struct_spec struct_specs[KAPI_MAX_STRUCT_SPECS];
	u32 effect_magic;
	u32 side_effect_count;
	struct kapi_side_effect side_effects[KAPI_MAX_SIDE_EFFECTS];
	u32 trans_magic;
	u32 state_trans_count;
	struct kapi_state_transition state_transitions[KAPI_MAX_STATE_TRANS];
	u32 cap_magic;
	u32 capability_count;
	struct kapi_capability_spec capabilities[KAPI_MAX_CAPABILITIES];
};

/*
 * The spec macros the generated <file>.apispec.h uses.  A spec opens with
 * DEFINE_KERNEL_API_SPEC and closes with KAPI_END_SPEC; each element macro opens
 * a brace that the generated text closes with `},`.
 */
#define DEFINE_KERNEL_API_SPEC(fn)                                                 \
	extern const struct kernel_api_spec __kapi_spec_##fn;               \
	static const struct kernel_api_spec *const __kapi_spec_ptr_##fn     \
		__used __section(".kapi_specs") = &__kapi_spec_##fn;        \
	const struct kernel_api_spec __kapi_spec_##fn = {                   \
		.name = __stringify(fn),                                    \
		.version = 1,
#define KAPI_END_SPEC };

#define KAPI_DESCRIPTION(d) .description = d,
#define KAPI_LONG_DESC(d) .long_description = d,
#define KAPI_CONTEXT(f) .context_flags = f,

#define KAPI_PARAM_COUNT(n) .param_magic = KAPI_MAGIC_PARAMS, .param_count = n,
#define KAPI_PARAM(i, n, t, d)                                              \
	.params[i] = { .name = n, .type_name = t, .description = d,
#define KAPI_PARAM_TYPE(t) .type = t,
#define KAPI_PARAM_FLAGS(f) .flags = f,
#define KAPI_PARAM_SIZE(s) .size = s,
#define KAPI_PARAM_RANGE(lo, hi) .min_value = lo, .max_value = hi,
#define KAPI_PARAM_CONSTRAINT_TYPE(c) .constraint_type = c,
#define KAPI_PARAM_VALID_MASK(m) .valid_mask = m,
#define KAPI_PARAM_ENUM_VALUES(...)                                         \
	.enum_values = (const s64[]){ __VA_ARGS__ },                        \
	.enum_count = sizeof((const s64[]){ __VA_ARGS__ }) / sizeof(s64),
/* Index plus one, so that the zero of an unset field means "none". */
#define KAPI_PARAM_SIZE_PARAM(idx) .size_param_idx = (idx) + 1,

#define KAPI_RETURN(t, d)                                                   \
	.return_magic = KAPI_MAGIC_RETURN,                                  \
	.return_spec = { .type_name = t, .description = d,
#define KAPI_RETURN_TYPE(t) .type = t,
#define KAPI_RETURN_CHECK_TYPE(c) .check_type = c,
#define KAPI_RETURN_SUCCESS(v) .success_value = v,
#define KAPI_RETURN_ERROR_VALUES(v) .error_values = v,
#define KAPI_RETURN_ERROR_COUNT(n) .error_count = n,

#define KAPI_ERROR_COUNT(n) .error_magic = KAPI_MAGIC_ERRORS, .error_count = n,
#define KAPI_ERROR(i, code, n, cond, d)                                     \
	.errors[i] = { .error_code = code, .name = n, .condition = cond,    \
		       .description = d },

#define KAPI_LOCK_COUNT(n) .lock_magic = KAPI_MAGIC_LOCKS, .lock_count = n,
#define KAPI_LOCK(i, n, t) .locks[i] = { .lock_name = n, .lock_type = t,
#define KAPI_LOCK_ACQUIRED .scope = KAPI_LOCK_ACQUIRES,
#define KAPI_LOCK_RELEASED .scope = KAPI_LOCK_RELEASES,
#define KAPI_LOCK_HELD_ENTRY .scope = KAPI_LOCK_CALLER_HELD,

#define KAPI_CONSTRAINT_COUNT(n)                                            \
	.constraint_magic = KAPI_MAGIC_CONSTRAINTS, .constraint_count = n,
#define KAPI_CONSTRAINT(i, n, d) .constraints[i] = { .name = n, .description = d,
#define KAPI_CONSTRAINT_EXPR(e) .expression = e,

#define KAPI_SIGNAL_COUNT(n) .signal_magic = KAPI_MAGIC_SIGNALS, .signal_count = n,
#define KAPI_SIGNAL(i, num, n, dir, act)                                    \
	.signals[i] = { .signal_num = num, .signal_name = n,                \
			.direction = dir, .action = act,
#define KAPI_SIGNAL_ERROR(e) .error_on_signal = e,
#define KAPI_SIGNAL_TIMING(t) .timing = t,
#define KAPI_SIGNAL_RESTARTABLE .restartable = 1,
#define KAPI_SIGNAL_INTERRUPTIBLE .interruptible = 1,
#define KAPI_SIGNAL_PRIORITY(p) .priority = p,
#define KAPI_SIGNAL_TIME_ENTRY "entry"
#define KAPI_SIGNAL_TIME_DURING "during"
#define KAPI_SIGNAL_TIME_EXIT "exit"
#define KAPI_SIGNAL_TIME_BLOCKING "while_blocked"
#define KAPI_SIGNAL_TIME_SLEEPING "while_sleeping"

#define KAPI_SIGNAL_MASK_COUNT(n)                                           \
	.sigmask_magic = KAPI_MAGIC_SIGMASK, .signal_mask_count = n,
#define KAPI_SIGNAL_MASK(i, n, d) .signal_masks[i] = { .mask_name = n, .description = d,
#define KAPI_SIGNAL_MASK_SIGNALS(...)                                       \
	.signals = { __VA_ARGS__ },                                         \
	.signal_count = sizeof((int[]){ __VA_ARGS__ }) / sizeof(int),

#define KAPI_SIDE_EFFECT_COUNT(n)                                           \
	.effect_magic = KAPI_MAGIC_EFFECTS, .side_effect_count = n,
#define KAPI_SIDE_EFFECT(i, t, tgt, d)                                      \
	.side_effects[i] = { .type = t, .target = tgt, .description = d,
#define KAPI_EFFECT_REVERSIBLE .reversible = 1,

#define KAPI_STATE_TRANS_COUNT(n)                                           \
	.trans_magic = KAPI_MAGIC_TRANS, .state_trans_count = n,
#define KAPI_STATE_TRANS(i, obj, from, to, d)                               \
	.state_transitions[i] = { .object = obj, .from_state = from,        \
				  .to_state = to, .description = d,

#define KAPI_CAPABILITY_COUNT(n) .cap_magic = KAPI_MAGIC_CAPS, .capability_count = n,
#define KAPI_CAPABILITY(i, cap, n, act)                                     \
	.capabilities[i] = { .capability = cap, .cap_name = n, .action = act,
#define KAPI_CAP_PRIORITY(p) .priority = p,

#define KAPI_STRUCT_SPEC_COUNT(n)                                           \
	.struct_magic = KAPI_MAGIC_STRUCTS, .struct_spec_count = n,
#define KAPI_STRUCT_SPEC(i, sname, d) .struct_specs[i] = { .name = #sname, .description = d,
#define KAPI_STRUCT_SIZE(sz, al) .size = sz, .alignment = al,
#define KAPI_STRUCT_FIELD_COUNT(n) .field_count = n,
#define KAPI_STRUCT_FIELD(i, n, t, tn, d)                                   \
	.fields[i] = { .name = n, .type = t, .type_name = tn, .description = d,
#define KAPI_FIELD_OFFSET(o) .offset = o,
#define KAPI_FIELD_SIZE(s) .size = s,
#define KAPI_FIELD_CONSTRAINT_MASK(m)                                       \
	.constraint_type = KAPI_CONSTRAINT_MASK, .valid_mask = m,

#endif
