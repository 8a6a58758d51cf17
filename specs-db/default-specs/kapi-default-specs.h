/* SPDX-License-Identifier: MIT */
/*
 * kapi-default-specs.h - what a kernel syscall file sees, for the curated
 * default specs.
 *
 * The build force-includes this header (-include) when it compiles the
 * curated .c files beside it with the kapi plugin to make the default spec
 * database.  Each of those files holds spec comments on the exact
 * SYSCALL_DEFINEx(...) lines of Linux 6.12; this header supplies what the
 * kernel would: the userspace UAPI headers of the installed Linux headers
 * package (Debian's linux-libc-dev), the kernel's own names for types that
 * UAPI does not export, and SYSCALL_DEFINEx macros that expand the way
 * include/linux/syscalls.h does under a normal clang build.  The plugin
 * then resolves every symbolic value with the target's own definitions.
 *
 * Order matters: UAPI first, then the few C library headers for names UAPI
 * does not carry (address families, MSG_*, SHUT_*, R_OK...), in strict
 * POSIX mode so that glibc does not define its own struct timeval or
 * loff_t over the kernel's.
 */
#ifndef KAPI_DEFAULT_SPECS_H
#define KAPI_DEFAULT_SPECS_H

#if !defined(_GNU_SOURCE) && !defined(_DEFAULT_SOURCE) && \
	!defined(_POSIX_C_SOURCE)
#define _POSIX_C_SOURCE 200809L
#endif

/* include/linux/compiler_types.h without __CHECKER__: the annotations
 * vanish (the plugin notices where __user was spelled). */
#define __user
#define __force
#define __kernel
#define asmlinkage

/* ---- UAPI ---------------------------------------------------------- */
#include <linux/types.h>
#include <linux/errno.h>
#include <linux/limits.h>
#include <linux/fcntl.h>
#include <linux/openat2.h>
#include <linux/stat.h>
#include <linux/fs.h>
#include <linux/falloc.h>
#include <linux/mman.h>
#include <linux/uio.h>
#include <linux/aio_abi.h>
#include <linux/io_uring.h>
#include <linux/eventpoll.h>
#include <linux/time.h>
#include <linux/time_types.h>
#include <linux/timerfd.h>
#include <linux/signalfd.h>
#include <asm/signal.h>
#include <linux/random.h>
#include <linux/xattr.h>
#include <linux/inotify.h>
#include <linux/memfd.h>
#include <linux/close_range.h>
#include <linux/watch_queue.h>
#include <linux/socket.h>
#include <linux/capability.h>
#include <linux/fadvise.h>
#include <linux/resource.h>  /* PRIO_PROCESS, PRIO_PGRP, PRIO_USER (sched.c) */
#include <linux/sched.h>     /* SCHED_* policies (sched.c) */
/* sched.c and sys.c (scheduling, ioprio, membarrier, rlimits, uts): */
#include <linux/sched/types.h> /* struct sched_param, struct sched_attr, SCHED_ATTR_SIZE_VER0 */
#include <linux/ioprio.h>      /* IOPRIO_WHO_*, IOPRIO_CLASS_* */
#include <linux/membarrier.h>  /* MEMBARRIER_CMD_* */
#include <linux/utsname.h>     /* struct new_utsname, __NEW_UTS_LEN */
#include <linux/version.h>     /* LINUX_VERSION_CODE, for the fallbacks below */
/* clocks, timers, times, getrusage and sysinfo (time.c) */
#include <linux/timex.h>     /* struct __kernel_timex */
#include <linux/times.h>     /* struct tms */
#include <linux/sysinfo.h>   /* struct sysinfo */
#include <asm/siginfo.h>     /* struct sigevent */
/* include/linux/types.h: the kernel's timer_t is an int, glibc's a
 * pointer; the guard keeps glibc's headers below from declaring theirs. */
typedef __kernel_timer_t timer_t;
#define __timer_t_defined 1
/* signal.c: siginfo_t and SS_*, the wait options and P_* id types, the
 * KCMP_* types, PIDFD_* flags */
#include <linux/signal.h>
#include <linux/wait.h>
#include <linux/kcmp.h>
#include <linux/pidfd.h>

/* futex family (futex.c) and kernel administration (kernel_admin.c):
 * FUTEX_*, FUTEX2_*, struct futex_waitv; KEYCTL_*; MODULE_INIT_*;
 * KEXEC_*; struct perf_event_attr, PERF_FLAG_* */
#include <linux/futex.h>
#include <linux/keyctl.h>
#include <linux/module.h>
#include <linux/kexec.h>
#include <linux/perf_event.h>
#if __has_include(<linux/lsm.h>)
#include <linux/lsm.h>        /* new in 6.8: fallbacks below */
#endif
/* 6.12 values the installed UAPI may lack: include/uapi/linux/futex.h
 * (FUTEX2_*, new in 6.7) */
#ifndef FUTEX2_SIZE_U32
#define FUTEX2_SIZE_U8 0x00
#define FUTEX2_SIZE_U16 0x01
#define FUTEX2_SIZE_U32 0x02
#define FUTEX2_SIZE_U64 0x03
#define FUTEX2_NUMA 0x04
#define FUTEX2_PRIVATE FUTEX_PRIVATE_FLAG
#define FUTEX2_SIZE_MASK 0x03
#endif
/* include/uapi/linux/kexec.h (6.6, 6.10); include/linux/kexec.h
 * (KEXEC_FLAGS without CONFIG_KEXEC_JUMP, as in x86_64 defconfig);
 * arch/x86/include/asm/kexec.h (KEXEC_ARCH) */
#ifndef KEXEC_UPDATE_ELFCOREHDR
#define KEXEC_UPDATE_ELFCOREHDR 0x00000004
#endif
#ifndef KEXEC_CRASH_HOTPLUG_SUPPORT
#define KEXEC_CRASH_HOTPLUG_SUPPORT 0x00000008
#endif
#ifndef KEXEC_FLAGS
#define KEXEC_FLAGS (KEXEC_ON_CRASH | KEXEC_UPDATE_ELFCOREHDR | KEXEC_CRASH_HOTPLUG_SUPPORT)
#endif
#if !defined(KEXEC_ARCH) && defined(__x86_64__)
#define KEXEC_ARCH KEXEC_ARCH_X86_64
#endif
/* include/uapi/linux/lsm.h, new in 6.8 */
#ifndef LSM_ATTR_CURRENT
struct lsm_ctx {
	__u64 id;
	__u64 flags;
	__u64 len;
	__u64 ctx_len;
	__u8 ctx[];
};
#define LSM_ATTR_UNDEF 0
#define LSM_ATTR_CURRENT 100
#define LSM_ATTR_EXEC 101
#define LSM_ATTR_FSCREATE 102
#define LSM_ATTR_KEYCREATE 103
#define LSM_ATTR_PREV 104
#define LSM_ATTR_SOCKCREATE 105
#define LSM_FLAG_SINGLE 0x0001
#endif

/* ---- the C library, for what UAPI does not define ------------------ */
#include <limits.h>   /* INT_MAX, LONG_MAX, LLONG_MAX, SSIZE_MAX */
#include <stdint.h>   /* SIZE_MAX */
#include <unistd.h>   /* R_OK, W_OK, X_OK (include/linux/fs.h has MAY_*) */
/* struct iovec is the kernel's, from <linux/uio.h> above. */
#define __iovec_defined 1
#include <sys/socket.h> /* AF_*, SOCK_*, MSG_*, SHUT_*: include/linux/socket.h */
#include <sys/eventfd.h> /* EFD_*: no UAPI header before Linux 6.8 */

/* ---- kernel types the syscall signatures use ------------------------ */
/* include/linux/types.h */
typedef __u8 u8;
typedef __u16 u16;
typedef __u32 u32;
typedef __u64 u64;
typedef __s32 s32;
typedef __s64 s64;
typedef unsigned short umode_t;
typedef __kernel_loff_t loff_t;
typedef __kernel_uid32_t qid_t;
/* include/linux/types.h: __kernel_rwf_t from <linux/fs.h> */
typedef __kernel_rwf_t rwf_t;
/* include/linux/key.h */
typedef int32_t key_serial_t;

/* include/linux/dirent.h */
struct linux_dirent64 {
	u64 d_ino;
	s64 d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[];
};

/* include/linux/socket.h (the kernel's view of struct msghdr) */
struct user_msghdr;

/* include/linux/getcpu.h (sys.c: getcpu's unused third argument) */
struct getcpu_cache;

/* ---- values older UAPI headers lack --------------------------------- */
/*
 * The installed UAPI may be older than 6.12.  These are the 6.12 values,
 * used only where the installed headers have no definition.
 */
#ifndef SCHED_EXT /* include/uapi/linux/sched.h, new in 6.12 */
#define SCHED_EXT 7
#endif
#ifndef F_DUPFD_QUERY /* include/uapi/linux/fcntl.h */
#define F_DUPFD_QUERY (F_LINUX_SPECIFIC_BASE + 3)
#endif
#ifndef F_CREATED_QUERY /* include/uapi/linux/fcntl.h */
#define F_CREATED_QUERY (F_LINUX_SPECIFIC_BASE + 4)
#endif
#ifndef MFD_NOEXEC_SEAL /* include/uapi/linux/memfd.h */
#define MFD_NOEXEC_SEAL 0x0008U
#endif
#ifndef MFD_EXEC /* include/uapi/linux/memfd.h */
#define MFD_EXEC 0x0010U
#endif
#ifndef MAP_DROPPABLE /* include/uapi/linux/mman.h */
#define MAP_DROPPABLE 0x08
#endif
#if (defined(__x86_64__) || defined(__i386__)) && !defined(MAP_ABOVE4G)
#define MAP_ABOVE4G 0x80 /* arch/x86/include/uapi/asm/mman.h */
#endif
#ifndef STATX_MNT_ID_UNIQUE /* include/uapi/linux/stat.h */
#define STATX_MNT_ID_UNIQUE 0x00004000U
#endif
#ifndef STATX_SUBVOL /* include/uapi/linux/stat.h */
#define STATX_SUBVOL 0x00008000U
#endif
#ifndef STATX_WRITE_ATOMIC /* include/uapi/linux/stat.h */
#define STATX_WRITE_ATOMIC 0x00010000U
#endif

#ifndef RWF_NOAPPEND /* include/uapi/linux/fs.h (fs_io.c) */
#define RWF_NOAPPEND ((__kernel_rwf_t)0x00000020)
#endif
#ifndef RWF_ATOMIC /* include/uapi/linux/fs.h (fs_io.c) */
#define RWF_ATOMIC ((__kernel_rwf_t)0x00000040)
#endif
/* sched.c: an enumerator in include/uapi/linux/membarrier.h since 6.3;
 * older headers lack it, and an enumerator cannot be tested with #ifndef. */
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 3, 0)
#define MEMBARRIER_CMD_GET_REGISTRATIONS (1 << 9)
#endif
/* The installed RWF_SUPPORTED may be an older, smaller set; fs_io.c names
 * the 6.12 bits one by one instead of using it. */
#ifndef PIDFD_THREAD /* include/uapi/linux/pidfd.h, new in 6.9 (signal.c) */
#define PIDFD_THREAD O_EXCL
#endif
#ifndef PIDFD_SIGNAL_THREAD /* include/uapi/linux/pidfd.h, new in 6.9 (signal.c) */
#define PIDFD_SIGNAL_THREAD (1UL << 0)
#define PIDFD_SIGNAL_THREAD_GROUP (1UL << 1)
#define PIDFD_SIGNAL_PROCESS_GROUP (1UL << 2)
#endif

/* ---- kernel-internal constants the specs name ----------------------- */
#ifndef SPLICE_F_MOVE /* include/linux/splice.h (fs_io.c) */
#define SPLICE_F_MOVE 0x01
#define SPLICE_F_NONBLOCK 0x02
#define SPLICE_F_MORE 0x04
#define SPLICE_F_GIFT 0x08
#endif
#ifndef _NSIG /* arch/x86/include/asm/signal.h, include/uapi/asm-generic/signal.h */
#define _NSIG 64
#endif
#ifndef PAGE_SHIFT /* arch/x86/include/asm/page_types.h (4 KiB pages) */
#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#endif

/* ---- fsstat family (fs_stat.c) -------------------------------------- */
#include <asm/stat.h>     /* struct stat (the kernel's, for newstat & co.) */
#include <asm/statfs.h>   /* struct statfs */
#include <linux/utime.h>  /* struct utimbuf */
/* include/linux/types.h, fs/readdir.c, include/linux/fs.h: only pointers
 * to them appear in the signatures. */
struct ustat;
struct linux_dirent;
struct file_handle;
#ifndef AT_HANDLE_FID /* include/uapi/linux/fcntl.h, new in 6.5 */
#define AT_HANDLE_FID 0x200
#endif
#ifndef AT_HANDLE_MNT_ID_UNIQUE /* include/uapi/linux/fcntl.h, new in 6.12 */
#define AT_HANDLE_MNT_ID_UNIQUE 0x001
#endif
/* ---- net family (net.c, events.c: sockets, poll/select, epoll) ---- */
#ifndef MSG_CMSG_COMPAT /* include/linux/socket.h with CONFIG_COMPAT (x86_64 defconfig) */
#define MSG_CMSG_COMPAT 0x80000000
#endif
struct mmsghdr;          /* include/linux/socket.h */
struct pollfd;           /* include/uapi/asm-generic/poll.h */
typedef __kernel_fd_set fd_set; /* include/linux/types.h */
/* ---- mm family (mm.c, mm_policy.c) ---------------------------------- */
/* include/uapi/linux/mman.h: struct cachestat_range and struct cachestat
 * are new in 6.5; the specs only point to them. */
struct cachestat_range;
struct cachestat;
/* include/uapi/linux/mempolicy.h: MPOL_* modes and flags (mm_policy.c).
 * MPOL_WEIGHTED_INTERLEAVE (6.9) is an enumerator, so an older UAPI is
 * recognised by its version; its MPOL_MAX is then too small and the specs
 * do not use it. */
#include <linux/mempolicy.h>
#include <linux/version.h>
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 9, 0)
#define MPOL_WEIGHTED_INTERLEAVE 6
#endif
/* include/linux/swap.h (kernel-internal; glibc's <sys/swap.h> lacks the
 * two narrower discard flags) */
#ifndef SWAP_FLAG_PREFER
#define SWAP_FLAG_PREFER 0x8000
#endif
#ifndef SWAP_FLAG_PRIO_MASK
#define SWAP_FLAG_PRIO_MASK 0x7fff
#endif
#ifndef SWAP_FLAG_DISCARD
#define SWAP_FLAG_DISCARD 0x10000
#endif
#ifndef SWAP_FLAG_DISCARD_ONCE
#define SWAP_FLAG_DISCARD_ONCE 0x20000
#endif
#ifndef SWAP_FLAG_DISCARD_PAGES
#define SWAP_FLAG_DISCARD_PAGES 0x40000
#endif

/* ---- ipc family (ipc.c: SysV IPC, POSIX message queues) ------------- */
#include <linux/ipc.h>    /* IPC_CREAT, IPC_STAT ..., struct ipc_perm */
#include <linux/msg.h>    /* MSG_*, struct msqid_ds, struct msgbuf */
#include <linux/sem.h>    /* GETPID .. SETALL, SEM_*, struct sembuf */
#include <linux/shm.h>    /* SHM_*, struct shmid_ds */
#include <linux/mqueue.h> /* MQ_PRIO_MAX, struct mq_attr */
typedef __kernel_key_t key_t;  /* include/linux/types.h */
typedef __kernel_mqd_t mqd_t;  /* include/linux/types.h */
#ifndef MSG_STAT_ANY /* include/uapi/linux/msg.h, new in 4.17 */
#define MSG_STAT_ANY 13
#endif
#ifndef SEM_STAT_ANY /* include/uapi/linux/sem.h, new in 4.17 */
#define SEM_STAT_ANY 20
#endif
#ifndef SHM_STAT_ANY /* include/uapi/linux/shm.h, new in 4.17 */
#define SHM_STAT_ANY 15
#endif
/* ---- config family (events.c fanotify, mm.c userfaultfd, security.c:
 * bpf, landlock, kexec_file_load, map_shadow_stack) -------------------- */
#include <linux/fanotify.h>    /* FAN_* */
#include <linux/userfaultfd.h> /* UFFD_USER_MODE_ONLY */
#include <linux/bpf.h>         /* enum bpf_cmd, union bpf_attr */
#include <linux/landlock.h>    /* LANDLOCK_*, struct landlock_ruleset_attr */
#include <linux/kexec.h>       /* KEXEC_FILE_* */
#ifndef FAN_REPORT_FD_ERROR /* include/uapi/linux/fanotify.h, new in 6.12 */
#define FAN_REPORT_FD_ERROR 0x00002000
#endif
#ifndef KEXEC_FILE_DEBUG /* include/uapi/linux/kexec.h, new in 6.6 */
#define KEXEC_FILE_DEBUG 0x00000008
#endif
#ifndef LANDLOCK_CREATE_RULESET_ERRATA /* include/uapi/linux/landlock.h (6.12.y) */
#define LANDLOCK_CREATE_RULESET_ERRATA (1U << 1)
#endif
#if (defined(__x86_64__) || defined(__i386__)) && !defined(SHADOW_STACK_SET_TOKEN)
#define SHADOW_STACK_SET_TOKEN (1ULL << 0) /* arch/x86/include/uapi/asm/mman.h, 6.6 */
#endif
/* Enumerators newer than the installed UAPI: recognised by its version. */
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 7, 0)
#define LANDLOCK_RULE_NET_PORT 2 /* enum landlock_rule_type */
#endif
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 9, 0)
#define BPF_TOKEN_CREATE 36 /* enum bpf_cmd */
#endif
/* ---- io family (fs_ioctl.c, uring.c, aio.c) ------------------------- */
#include <asm/ioctls.h>   /* FIONBIO, FIONREAD, FIOQSIZE, FIOCLEX... */
#ifndef IORING_ENTER_ABS_TIMER /* include/uapi/linux/io_uring.h, new in 6.12 */
#define IORING_ENTER_ABS_TIMER (1U << 5)
#endif
/* Enumerators of include/uapi/linux/io_uring.h: older headers are
 * recognised by their version (IORING_REGISTER_LAST is then too small). */
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 3, 0)
#define IORING_REGISTER_USE_REGISTERED_RING (1U << 31)
#endif
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 8, 0)
#define IORING_REGISTER_PBUF_STATUS 26
#endif
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 9, 0)
#define IORING_REGISTER_NAPI 27
#define IORING_UNREGISTER_NAPI 28
#endif
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 12, 0)
#define IORING_REGISTER_CLOCK 29
#define IORING_REGISTER_CLONE_BUFFERS 30
#endif
/* include/linux/syscalls.h (aio.c: io_pgetevents) */
struct __aio_sigset {
	const sigset_t __user *sigmask;
	size_t sigsetsize;
};
/* ---- mount family (mount.c, ns_admin.c) ---------------------------- */
#include <linux/mount.h>  /* MS_*, MOUNT_ATTR_*, MOVE_MOUNT_*, FSCONFIG_*, ... */
#include <linux/quota.h>  /* QCMD, SUBCMDMASK, MAXQUOTAS, Q_* (ns_admin.c) */
/* include/uapi/linux/mount.h: struct mnt_id_req and struct statmount are
 * new in 6.8; the specs only point to them. */
struct mnt_id_req;
struct statmount;
#ifndef MOVE_MOUNT_BENEATH /* include/uapi/linux/mount.h, new in 6.5 */
#define MOVE_MOUNT_BENEATH 0x00000200
#endif
#ifndef LISTMOUNT_REVERSE /* include/uapi/linux/mount.h, new in 6.11 */
#define LISTMOUNT_REVERSE (1 << 0)
#endif
/* An enumerator of enum fsconfig_command since 6.6. */
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 6, 0)
#define FSCONFIG_CMD_CREATE_EXCL 8
#endif
/* include/linux/fs.h (kernel-internal; glibc's <sys/mount.h> has them as
 * enumerators): the umount flags */
#ifndef MNT_FORCE
#define MNT_FORCE 0x00000001
#define MNT_DETACH 0x00000002
#define MNT_EXPIRE 0x00000004
#define UMOUNT_NOFOLLOW 0x00000008
#endif
/* include/linux/syslog.h (kernel-internal): the syslog actions */
#ifndef SYSLOG_ACTION_CLOSE
#define SYSLOG_ACTION_CLOSE 0
#define SYSLOG_ACTION_OPEN 1
#define SYSLOG_ACTION_READ 2
#define SYSLOG_ACTION_READ_ALL 3
#define SYSLOG_ACTION_READ_CLEAR 4
#define SYSLOG_ACTION_CLEAR 5
#define SYSLOG_ACTION_CONSOLE_OFF 6
#define SYSLOG_ACTION_CONSOLE_ON 7
#define SYSLOG_ACTION_CONSOLE_LEVEL 8
#define SYSLOG_ACTION_SIZE_UNREAD 9
#define SYSLOG_ACTION_SIZE_BUFFER 10
#endif
/* ---- proc family (proc_life.c, x86.c): fork/exec, prctl, seccomp,
 * robust lists, rseq, reboot, arch_prctl ------------------------------ */
#include <linux/futex.h>   /* struct robust_list_head */
#include <linux/rseq.h>    /* struct rseq, RSEQ_FLAG_UNREGISTER */
#include <linux/prctl.h>   /* PR_* */
#include <linux/seccomp.h> /* SECCOMP_* */
#include <linux/reboot.h>  /* LINUX_REBOOT_* */
#include <asm/prctl.h>     /* ARCH_* of arch_prctl (x86) */
#ifndef IO_BITMAP_BITS /* arch/x86/include/asm/processor.h (ioperm, x86.c) */
#define IO_BITMAP_BITS 65536
#endif
/* include/uapi/linux/prctl.h values newer than the installed UAPI */
#ifndef PR_SET_MDWE
#define PR_SET_MDWE 65
#define PR_GET_MDWE 66
#endif
#ifndef PR_SET_MEMORY_MERGE
#define PR_SET_MEMORY_MERGE 67
#define PR_GET_MEMORY_MERGE 68
#endif
#ifndef PR_RISCV_V_SET_CONTROL
#define PR_RISCV_V_SET_CONTROL 69
#define PR_RISCV_V_GET_CONTROL 70
#endif
#ifndef PR_RISCV_SET_ICACHE_FLUSH_CTX
#define PR_RISCV_SET_ICACHE_FLUSH_CTX 71
#endif
#ifndef PR_PPC_GET_DEXCR
#define PR_PPC_GET_DEXCR 72
#define PR_PPC_SET_DEXCR 73
#endif
#ifndef PR_GET_AUXV
#define PR_GET_AUXV 0x41555856
#endif
/* arch/x86/include/uapi/asm/prctl.h values newer than the installed UAPI */
#if (defined(__x86_64__) || defined(__i386__)) && !defined(ARCH_GET_UNTAG_MASK)
#define ARCH_GET_UNTAG_MASK 0x4001
#define ARCH_ENABLE_TAGGED_ADDR 0x4002
#define ARCH_GET_MAX_TAG_BITS 0x4003
#define ARCH_FORCE_TAGGED_SVA 0x4004
#endif
#if (defined(__x86_64__) || defined(__i386__)) && !defined(ARCH_SHSTK_ENABLE)
#define ARCH_SHSTK_ENABLE 0x5001
#define ARCH_SHSTK_DISABLE 0x5002
#define ARCH_SHSTK_LOCK 0x5003
#define ARCH_SHSTK_UNLOCK 0x5004
#define ARCH_SHSTK_STATUS 0x5005
#endif

/* ---- SYSCALL_DEFINEx, as include/linux/syscalls.h expands it -------- */
#define __kapi_map0(m, ...)
#define __kapi_map1(m, t, a, ...) m(t, a)
#define __kapi_map2(m, t, a, ...) m(t, a), __kapi_map1(m, __VA_ARGS__)
#define __kapi_map3(m, t, a, ...) m(t, a), __kapi_map2(m, __VA_ARGS__)
#define __kapi_map4(m, t, a, ...) m(t, a), __kapi_map3(m, __VA_ARGS__)
#define __kapi_map5(m, t, a, ...) m(t, a), __kapi_map4(m, __VA_ARGS__)
#define __kapi_map6(m, t, a, ...) m(t, a), __kapi_map5(m, __VA_ARGS__)
#define __kapi_map(n, ...) __kapi_map##n(__VA_ARGS__)

#define __kapi_same_type(a, b) \
	__builtin_types_compatible_p(__typeof__(a), __typeof__(b))
#define __kapi_is_ll(t) \
	(__kapi_same_type((t)0, 0LL) || __kapi_same_type((t)0, 0ULL))
#define __kapi_decl(t, a) t a
#define __kapi_long(t, a) \
	__typeof__(__builtin_choose_expr(__kapi_is_ll(t), 0LL, 0L)) a
#define __kapi_cast(t, a) (t) a
#define __kapi_str(x) #x
#define __kapi_stringify(x) __kapi_str(x)

#define SYSCALL_DEFINE0(sname)                                           \
	asmlinkage long sys_##sname(void);                               \
	asmlinkage long sys_##sname(void)

#define SYSCALL_DEFINE1(name, ...) SYSCALL_DEFINEx(1, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE2(name, ...) SYSCALL_DEFINEx(2, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE3(name, ...) SYSCALL_DEFINEx(3, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE4(name, ...) SYSCALL_DEFINEx(4, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE5(name, ...) SYSCALL_DEFINEx(5, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE6(name, ...) SYSCALL_DEFINEx(6, _##name, __VA_ARGS__)

#define SYSCALL_DEFINEx(x, sname, ...) __SYSCALL_DEFINEx(x, sname, __VA_ARGS__)

/* sys_NAME is an alias of __se_sys_NAME (all-long parameters), which calls
 * static inline __do_sys_NAME with the real types; its body follows. */
#define __SYSCALL_DEFINEx(x, name, ...)                                  \
	asmlinkage long sys##name(__kapi_map(x, __kapi_decl, __VA_ARGS__)) \
		__attribute__((alias(__kapi_stringify(__se_sys##name))));  \
	static inline long __do_sys##name(                               \
		__kapi_map(x, __kapi_decl, __VA_ARGS__));                 \
	asmlinkage long __se_sys##name(                                  \
		__kapi_map(x, __kapi_long, __VA_ARGS__));                 \
	asmlinkage long __se_sys##name(                                  \
		__kapi_map(x, __kapi_long, __VA_ARGS__))                  \
	{                                                                \
		return __do_sys##name(                                   \
			__kapi_map(x, __kapi_cast, __VA_ARGS__));         \
	}                                                                \
	static inline long __do_sys##name(                               \
		__kapi_map(x, __kapi_decl, __VA_ARGS__))

#endif /* KAPI_DEFAULT_SPECS_H */
