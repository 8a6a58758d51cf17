/* SPDX-License-Identifier: MIT */
/*
 * The generated header for sys_kt_drift in compiled-series-mismatch.c, in
 * the current layout, with one planted disagreement per field family.  The
 * expected warnings sit next to what they point at (clang -verify reads
 * them in included files too).
 */
#include <linux/kernel_api_spec.h>
#include "kernel.h"

// expected-warning@+1 {{compiled spec for 'sys_kt_drift' disagrees with its comment: lock 'kt_other' is missing here but listed in the comment}}
DEFINE_KERNEL_API_SPEC(sys_kt_drift)
	KAPI_DESCRIPTION("Read records into a buffer")
	KAPI_CONTEXT(KAPI_CTX_PROCESS | KAPI_CTX_SLEEPABLE)

	KAPI_PARAM_COUNT(5)
	KAPI_PARAM(0, "fd", "int", "descriptor to read from")
		KAPI_PARAM_TYPE(KAPI_TYPE_FD)
		KAPI_PARAM_FLAGS(KAPI_PARAM_IN)
		KAPI_PARAM_CONSTRAINT_TYPE(KAPI_CONSTRAINT_RANGE)
		KAPI_PARAM_RANGE(0, INT_MAX)
	},
	KAPI_PARAM(1, "buf", "char __user *", "where the records go")
		KAPI_PARAM_TYPE(KAPI_TYPE_USER_PTR)
		KAPI_PARAM_FLAGS(KAPI_PARAM_IN | KAPI_PARAM_USER) // expected-warning {{compiled spec for 'sys_kt_drift' disagrees with its comment: the flags of 'buf' is KAPI_PARAM_IN|KAPI_PARAM_USER here but KAPI_PARAM_IN|KAPI_PARAM_OUT|KAPI_PARAM_USER in the comment}}
		KAPI_PARAM_CONSTRAINT_TYPE(KAPI_CONSTRAINT_BUFFER)
		KAPI_PARAM_SIZE_PARAM(3) // expected-warning {{compiled spec for 'sys_kt_drift' disagrees with its comment: the size_param_idx of 'buf' is 3 here but 2 in the comment}}
	},
	KAPI_PARAM(2, "count", "size_t", "size of buf in bytes")
		KAPI_PARAM_TYPE(KAPI_TYPE_UINT)
		KAPI_PARAM_FLAGS(KAPI_PARAM_IN)
		KAPI_PARAM_CONSTRAINT_TYPE(KAPI_CONSTRAINT_RANGE)
		KAPI_PARAM_RANGE(0, PAGE_SIZE)
	},
	KAPI_PARAM(3, "flags", "unsigned int", "O_CLOEXEC or O_NONBLOCK")
		KAPI_PARAM_TYPE(KAPI_TYPE_UINT)
		KAPI_PARAM_FLAGS(KAPI_PARAM_IN)
		KAPI_PARAM_CONSTRAINT_TYPE(KAPI_CONSTRAINT_MASK)
		KAPI_PARAM_VALID_MASK(O_CLOEXEC | O_NONBLOCK)
		KAPI_PARAM_SIZE(8) // expected-warning {{compiled spec for 'sys_kt_drift' disagrees with its comment: the size of 'flags' is 8 here but 4 in the comment}}
	},
	KAPI_PARAM(4, "advice", "int", "how the records will be used")
		KAPI_PARAM_TYPE(KAPI_TYPE_INT)
		KAPI_PARAM_FLAGS(KAPI_PARAM_IN)
		KAPI_PARAM_CONSTRAINT_TYPE(KAPI_CONSTRAINT_ENUM)
		KAPI_PARAM_ENUM_VALUES(MADV_NORMAL, MADV_RANDOM, MADV_WILLNEED) // expected-warning {{compiled spec for 'sys_kt_drift' disagrees with its comment: enum value 2 of 'advice' is 3 here but 2 in the comment}}
	},

	KAPI_RETURN("long", "bytes read")
		KAPI_RETURN_TYPE(KAPI_TYPE_INT)
		KAPI_RETURN_CHECK_TYPE(KAPI_RETURN_RANGE)
		KAPI_RETURN_ERROR_VALUES(((const s64[]){ -EBADF, -EFAULT, -EINVAL })) // expected-warning {{compiled spec for 'sys_kt_drift' disagrees with its comment: return error value 2 is -22 here but -4 in the comment}}
		KAPI_RETURN_ERROR_COUNT(3)
	},

	KAPI_ERROR_COUNT(3)
	KAPI_ERROR(0, -EBADF, "EBADF", "fd is not open", "fd is not open")
	KAPI_ERROR(1, -EFAULT, "EFAULT", "buf is not writable",
		   "buf is not writable")
	KAPI_ERROR(2, -EINTR, "EINTR", "a signal arrived first",
		   "a signal arrived first")

	KAPI_LOCK_COUNT(1)
	KAPI_LOCK(0, "kt_lock", KAPI_LOCK_MUTEX) // expected-warning {{compiled spec for 'sys_kt_drift' disagrees with its comment: the scope of lock 'kt_lock' is KAPI_LOCK_ACQUIRES here but KAPI_LOCK_CALLER_HELD in the comment}}
		KAPI_LOCK_ACQUIRED
	},

	KAPI_SIGNAL_COUNT(1)
	// expected-warning@+5 {{compiled spec for 'sys_kt_drift' disagrees with its comment: the direction of signal 'SIGINT' is KAPI_SIGNAL_RECEIVE|KAPI_SIGNAL_BLOCK here but KAPI_SIGNAL_RECEIVE in the comment}}
	// expected-warning@+4 {{compiled spec for 'sys_kt_drift' disagrees with its comment: the timing of signal 'SIGINT' is KAPI_SIGNAL_TIME_EXIT here but KAPI_SIGNAL_TIME_DURING in the comment}}
	// expected-warning@+3 {{compiled spec for 'sys_kt_drift' disagrees with its comment: restartable of signal 'SIGINT' is false here but true in the comment}}
	// expected-warning@+2 {{compiled spec for 'sys_kt_drift' disagrees with its comment: the error_on_signal of signal 'SIGINT' is -22 here but 4 in the comment}}
	// expected-warning@+1 {{compiled spec for 'sys_kt_drift' disagrees with its comment: the action of signal 'SIGINT' is KAPI_SIGNAL_ACTION_RESTART here but KAPI_SIGNAL_ACTION_RETURN in the comment}}
	KAPI_SIGNAL(0, SIGINT, "SIGINT", KAPI_SIGNAL_RECEIVE | KAPI_SIGNAL_BLOCK,
		    KAPI_SIGNAL_ACTION_RESTART)
		KAPI_SIGNAL_ERROR(-EINVAL)
		KAPI_SIGNAL_TIMING(KAPI_SIGNAL_TIME_EXIT)
	},

	KAPI_SIGNAL_MASK_COUNT(1)
	KAPI_SIGNAL_MASK(0, "blocked", "held off while the records are copied")
		KAPI_SIGNAL_MASK_SIGNALS(SIGINT, SIGTERM)
	},

	KAPI_SIDE_EFFECT_COUNT(1)
	// expected-warning@+2 {{compiled spec for 'sys_kt_drift' disagrees with its comment: the type of side effect 0 is KAPI_EFFECT_FILE_POSITION here but KAPI_EFFECT_MODIFY_STATE|KAPI_EFFECT_FILE_POSITION in the comment}}
	// expected-warning@+1 {{compiled spec for 'sys_kt_drift' disagrees with its comment: reversible of side effect 0 is true here but false in the comment}}
	KAPI_SIDE_EFFECT(0, KAPI_EFFECT_FILE_POSITION,
			 "file->f_pos", "the offset moves past what was read")
		KAPI_EFFECT_REVERSIBLE
	},

	KAPI_STATE_TRANS_COUNT(1)
	KAPI_STATE_TRANS(0, "file->f_pos", "offset", "offset + bytes written", // expected-warning {{compiled spec for 'sys_kt_drift' disagrees with its comment: the to_state of state transition 0 is 'offset + bytes written' here but 'offset + bytes read' in the comment}}
			 "the offset advances")
	},

	KAPI_CAPABILITY_COUNT(2)
	// expected-warning@+1 {{compiled spec for 'sys_kt_drift' disagrees with its comment: the action of capability 'CAP_SYS_ADMIN' is KAPI_CAP_INCREASE_LIMIT here but KAPI_CAP_BYPASS_CHECK in the comment}}
	KAPI_CAPABILITY(0, CAP_SYS_ADMIN, "CAP_SYS_ADMIN",
			KAPI_CAP_INCREASE_LIMIT)
		KAPI_CAP_PRIORITY(1)
	},
	// expected-warning@+1 {{compiled spec for 'sys_kt_drift' disagrees with its comment: capability 'CAP_SYS_RESOURCE' is listed here but missing in the comment}}
	KAPI_CAPABILITY(1, CAP_SYS_RESOURCE, "CAP_SYS_RESOURCE",
			KAPI_CAP_INCREASE_LIMIT)
	},

	KAPI_CONSTRAINT_COUNT(1)
	KAPI_CONSTRAINT(0, "small reads", "count must fit the limit") // expected-warning {{compiled spec for 'sys_kt_drift' disagrees with its comment: the expression of constraint 'small reads' is 'count < PAGE_SIZE' here but 'count <= PAGE_SIZE' in the comment}}
		KAPI_CONSTRAINT_EXPR("count < PAGE_SIZE")
	},

	KAPI_STRUCT_SPEC_COUNT(1)
	KAPI_STRUCT_SPEC(0, kt_record, "one record")
		KAPI_STRUCT_SIZE(16, 8)
		KAPI_STRUCT_FIELD_COUNT(1)
		KAPI_STRUCT_FIELD(0, "flags", KAPI_TYPE_UINT, "u32", "flag bits")
			KAPI_FIELD_OFFSET(0)
			KAPI_FIELD_SIZE(4)
			KAPI_FIELD_CONSTRAINT_MASK(0xff)
		},
	},
KAPI_END_SPEC
