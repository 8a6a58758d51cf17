/* SPDX-License-Identifier: MIT */
/*
 * What the series' `kernel-doc -apispec` makes of the sys_kt_series comment
 * in compiled-series-match.c, in the current layout (our own rendering of
 * its shape).  Kbuild force-includes it into the unit with -include.
 */
#include <linux/kernel_api_spec.h>
#include "kernel.h"

static const s64 kt_series_errors[] = { -EBADF, -EFAULT, -EINTR };

DEFINE_KERNEL_API_SPEC(sys_kt_series)
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
		KAPI_PARAM_FLAGS(KAPI_PARAM_INOUT | KAPI_PARAM_USER)
		KAPI_PARAM_CONSTRAINT_TYPE(KAPI_CONSTRAINT_BUFFER)
		KAPI_PARAM_SIZE_PARAM(2)
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
		KAPI_PARAM_SIZE(sizeof(unsigned int))
	},
	KAPI_PARAM(4, "advice", "int", "how the records will be used")
		KAPI_PARAM_TYPE(KAPI_TYPE_INT)
		KAPI_PARAM_FLAGS(KAPI_PARAM_IN)
		KAPI_PARAM_CONSTRAINT_TYPE(KAPI_CONSTRAINT_ENUM)
		KAPI_PARAM_ENUM_VALUES(MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL)
	},

	KAPI_RETURN("long", "bytes read")
		KAPI_RETURN_TYPE(KAPI_TYPE_INT)
		KAPI_RETURN_CHECK_TYPE(KAPI_RETURN_RANGE)
		KAPI_RETURN_ERROR_VALUES(kt_series_errors)
		KAPI_RETURN_ERROR_COUNT(3)
	},

	KAPI_ERROR_COUNT(3)
	KAPI_ERROR(0, -EBADF, "EBADF", "fd is not open", "fd is not open")
	KAPI_ERROR(1, -EFAULT, "EFAULT", "buf is not writable",
		   "buf is not writable")
	KAPI_ERROR(2, -EINTR, "EINTR", "a signal arrived first",
		   "a signal arrived first")

	KAPI_LOCK_COUNT(1)
	KAPI_LOCK(0, "kt_lock", KAPI_LOCK_MUTEX)
		KAPI_LOCK_HELD_ENTRY
	},

	KAPI_SIGNAL_COUNT(1)
	KAPI_SIGNAL(0, SIGINT, "SIGINT", KAPI_SIGNAL_RECEIVE,
		    KAPI_SIGNAL_ACTION_RETURN)
		KAPI_SIGNAL_ERROR(-EINTR)
		KAPI_SIGNAL_TIMING(KAPI_SIGNAL_TIME_DURING)
		KAPI_SIGNAL_RESTARTABLE
	},

	KAPI_SIGNAL_MASK_COUNT(1)
	KAPI_SIGNAL_MASK(0, "blocked", "held off while the records are copied")
		KAPI_SIGNAL_MASK_SIGNALS(SIGINT, SIGTERM)
	},

	KAPI_SIDE_EFFECT_COUNT(1)
	KAPI_SIDE_EFFECT(0, KAPI_EFFECT_FILE_POSITION | KAPI_EFFECT_MODIFY_STATE,
			 "file->f_pos", "the offset moves past what was read")
	},

	KAPI_STATE_TRANS_COUNT(1)
	KAPI_STATE_TRANS(0, "file->f_pos", "offset", "offset + bytes read",
			 "the offset advances")
	},

	KAPI_CAPABILITY_COUNT(1)
	KAPI_CAPABILITY(0, CAP_SYS_ADMIN, "CAP_SYS_ADMIN",
			KAPI_CAP_BYPASS_CHECK)
		KAPI_CAP_PRIORITY(1)
	},

	KAPI_CONSTRAINT_COUNT(1)
	KAPI_CONSTRAINT(0, "small reads", "count must fit the limit")
		KAPI_CONSTRAINT_EXPR("count <= PAGE_SIZE")
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
