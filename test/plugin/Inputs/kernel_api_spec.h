/* SPDX-License-Identifier: MIT */
/*
 * A stand-in for the kernel's include/linux/kernel_api_spec.h, written for
 * the kapi plugin tests: the field names of KAPI-DSL.md §7 and the
 * KAPI_* enumerators, deliberately numbered differently from
 * specs-db/kapi_spec.h (and from the kernel) so that a reader that assumed
 * numbers instead of looking enumerators up by name would misread them.
 */
#ifndef KAPI_TEST_KERNEL_API_SPEC_H
#define KAPI_TEST_KERNEL_API_SPEC_H

typedef long long s64;
typedef unsigned long long u64;
typedef unsigned int u32_t;

#define KAPI_MAX_NAME_LEN 64
#define KAPI_MAX_DESC_LEN 256
#define KAPI_MAX_PARAMS 8
#define KAPI_MAX_ERRORS 16
#define KAPI_MAX_CONSTRAINTS 4

enum kapi_param_type {
	KAPI_TYPE_FD = 1,
	KAPI_TYPE_USER_PTR,
	KAPI_TYPE_INT,
	KAPI_TYPE_UINT,
	KAPI_TYPE_PATH,
	KAPI_TYPE_PTR,
	KAPI_TYPE_CUSTOM,
	KAPI_TYPE_STRUCT = 20,
	KAPI_TYPE_UNION,
	KAPI_TYPE_ENUM,
	KAPI_TYPE_FUNC_PTR,
	KAPI_TYPE_ARRAY,
	KAPI_TYPE_VOID = 40,
};

/* Bits in another order than the kernel's 0..8. */
enum kapi_param_flags {
	KAPI_PARAM_USER = 1 << 0,
	KAPI_PARAM_OPTIONAL = 1 << 1,
	KAPI_PARAM_IN = 1 << 4,
	KAPI_PARAM_OUT = 1 << 5,
	KAPI_PARAM_INOUT = 1 << 6,
	KAPI_PARAM_CONST = 1 << 7,
	KAPI_PARAM_VOLATILE = 1 << 8,
	KAPI_PARAM_DMA = 1 << 9,
	KAPI_PARAM_ALIGNED = 1 << 10,
};

enum kapi_constraint_type {
	KAPI_CONSTRAINT_MASK = 0,
	KAPI_CONSTRAINT_RANGE,
	KAPI_CONSTRAINT_NONE = 5,
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
};

enum kapi_context_flags {
	KAPI_CTX_SLEEPABLE = 1 << 0,
	KAPI_CTX_PROCESS = 1 << 3,
	KAPI_CTX_SOFTIRQ = 1 << 4,
	KAPI_CTX_HARDIRQ = 1 << 5,
	KAPI_CTX_NMI = 1 << 6,
	KAPI_CTX_ATOMIC = 1 << 7,
	KAPI_CTX_PREEMPT_DISABLED = 1 << 8,
	KAPI_CTX_IRQ_DISABLED = 1 << 9,
};

enum kapi_return_check_type {
	KAPI_RETURN_FD = 0,
	KAPI_RETURN_ERROR_CHECK,
	KAPI_RETURN_EXACT,
	KAPI_RETURN_RANGE,
	KAPI_RETURN_CUSTOM,
	KAPI_RETURN_NO_RETURN,
};

struct kapi_param_spec {
	char name[KAPI_MAX_NAME_LEN];
	char type_name[KAPI_MAX_NAME_LEN];
	enum kapi_param_type type;
	u32_t flags;
	unsigned long size;
	unsigned long alignment;
	s64 min_value;
	s64 max_value;
	u64 valid_mask;
	const s64 *enum_values;
	u32_t enum_count;
	enum kapi_constraint_type constraint_type;
	char description[KAPI_MAX_DESC_LEN];
	char constraints[KAPI_MAX_DESC_LEN];
	int size_param_idx;
	unsigned long size_multiplier;
};

struct kapi_return_spec {
	char type_name[KAPI_MAX_NAME_LEN];
	enum kapi_param_type type;
	enum kapi_return_check_type check_type;
	s64 success_value;
	s64 success_min;
	s64 success_max;
	const s64 *error_values;
	u32_t error_count;
	char description[KAPI_MAX_DESC_LEN];
};

struct kapi_error_spec {
	int error_code;
	char name[KAPI_MAX_NAME_LEN];
	char condition[KAPI_MAX_DESC_LEN];
	char description[KAPI_MAX_DESC_LEN];
};

struct kapi_constraint_spec {
	char name[KAPI_MAX_NAME_LEN];
	char description[KAPI_MAX_DESC_LEN];
	char expression[KAPI_MAX_DESC_LEN];
};

/* The older lock and signal records: four lock booleans instead of one
 * scope, strings as arrays.  Numbered unlike the kernel, as above. */
enum kapi_lock_type {
	KAPI_LOCK_NONE = 10,
	KAPI_LOCK_MUTEX,
	KAPI_LOCK_SPINLOCK,
	KAPI_LOCK_RWLOCK,
	KAPI_LOCK_SEQLOCK,
	KAPI_LOCK_RCU,
	KAPI_LOCK_SEMAPHORE,
	KAPI_LOCK_CUSTOM,
};

enum kapi_signal_direction {
	KAPI_SIGNAL_RECEIVE = 1 << 4,
	KAPI_SIGNAL_SEND = 1 << 3,
	KAPI_SIGNAL_HANDLE = 1 << 2,
	KAPI_SIGNAL_BLOCK = 1 << 1,
	KAPI_SIGNAL_IGNORE = 1 << 0,
};

enum kapi_signal_action {
	KAPI_SIGNAL_ACTION_TRANSFORM = 0,
	KAPI_SIGNAL_ACTION_DISCARD,
	KAPI_SIGNAL_ACTION_QUEUE,
	KAPI_SIGNAL_ACTION_RESTART,
	KAPI_SIGNAL_ACTION_RETURN,
	KAPI_SIGNAL_ACTION_CUSTOM,
	KAPI_SIGNAL_ACTION_CONTINUE,
	KAPI_SIGNAL_ACTION_STOP,
	KAPI_SIGNAL_ACTION_COREDUMP,
	KAPI_SIGNAL_ACTION_TERMINATE,
	KAPI_SIGNAL_ACTION_DEFAULT,
};

struct kapi_lock_spec {
	char lock_name[KAPI_MAX_NAME_LEN];
	enum kapi_lock_type lock_type;
	_Bool acquired;
	_Bool released;
	_Bool held_on_entry;
	_Bool held_on_exit;
	char description[KAPI_MAX_DESC_LEN];
};

struct kapi_signal_spec {
	int signal_num;
	char signal_name[32];
	u32_t direction;
	enum kapi_signal_action action;
	char description[KAPI_MAX_DESC_LEN];
	_Bool restartable;
	int error_on_signal;
	char timing[32];
};

struct kernel_api_spec {
	char name[KAPI_MAX_NAME_LEN];
	u32_t version;
	char description[KAPI_MAX_DESC_LEN];
	char long_description[KAPI_MAX_DESC_LEN * 4];
	u32_t context_flags;
	u32_t param_count;
	struct kapi_param_spec params[KAPI_MAX_PARAMS];
	struct kapi_return_spec return_spec;
	u32_t error_count;
	struct kapi_error_spec errors[KAPI_MAX_ERRORS];
	u32_t lock_count;
	struct kapi_lock_spec locks[KAPI_MAX_CONSTRAINTS];
	u32_t constraint_count;
	struct kapi_constraint_spec constraints[KAPI_MAX_CONSTRAINTS];
	u32_t signal_count;
	struct kapi_signal_spec signals[KAPI_MAX_CONSTRAINTS];
	char examples[KAPI_MAX_DESC_LEN];
	char notes[KAPI_MAX_DESC_LEN];
	char since_version[32];
};

/* What a force-included *.apispec.h expands to, minus the initializer. */
#define KAPI_DEFINE_SPEC(fn)                                                \
	static const struct kernel_api_spec __kapi_spec_##fn                 \
		__attribute__((section(".kapi_specs"), used))

#endif
