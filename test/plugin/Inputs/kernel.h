/* SPDX-License-Identifier: MIT */
/*
 * A small stand-in for the kernel headers a syscall file sees, written for
 * the kapi plugin tests.  The macros expand the way the kernel's do under a
 * normal clang build: __user vanishes, SYSCALL_DEFINEx declares the sys_
 * alias, defines __se_sys_ with all-long parameters, and opens
 * `static inline long __do_sys_name(real types)` whose body follows.
 */
#ifndef KAPI_TEST_KERNEL_H
#define KAPI_TEST_KERNEL_H

#define __user
#define __force
#define asmlinkage

typedef unsigned long size_t;
typedef long ssize_t;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef int pid_t;
typedef unsigned short umode_t;
typedef unsigned long aio_context_t;
typedef long long loff_t;

struct timespec64 {
	long long tv_sec;
	long tv_nsec;
};

union sigval {
	int sival_int;
	void *sival_ptr;
};

/* uapi/linux/const.h */
#define __AC(X, Y) (X##Y)
#define _AC(X, Y) __AC(X, Y)
#define _UL(x) (_AC(x, UL))

#define PAGE_SHIFT 12
#define PAGE_SIZE (_AC(1, UL) << PAGE_SHIFT)

#define PAGE_MASK (~(PAGE_SIZE - 1))
#define offset_in_page(p) ((unsigned long)(p) & ~PAGE_MASK)

/* include/linux/compiler.h */
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

#define INT_MAX ((int)(~0U >> 1))
#define UINT_MAX (~0U)
#define LONG_MAX ((long)(~0UL >> 1))
#define ULONG_MAX (~0UL)

/* uapi/asm-generic/fcntl.h (octal, as there) */
#define O_RDONLY 00000000
#define O_WRONLY 00000001
#define O_RDWR 00000002
#define O_NONBLOCK 00004000
#define O_DIRECT 00040000
#define O_CLOEXEC 02000000

/* uapi/asm-generic/mman-common.h */
#define MADV_NORMAL 0
#define MADV_RANDOM 1
#define MADV_SEQUENTIAL 2
#define MADV_WILLNEED 3
#define MADV_DONTNEED 4

enum pid_type {
	PIDTYPE_PID,
	PIDTYPE_TGID,
	PIDTYPE_PGID,
	PIDTYPE_SID,
	PIDTYPE_MAX,
};

/* uapi/asm-generic/signal.h, uapi/linux/capability.h */
#define SIGINT 2
#define SIGKILL 9
#define SIGTERM 15
#define CAP_SYS_ADMIN 21
#define CAP_SYS_RESOURCE 24

/* asm-generic/errno-base.h and errno.h */
#define EPERM 1
#define ENOENT 2
#define ESRCH 3
#define EINTR 4
#define EIO 5
#define E2BIG 7
#define EBADF 9
#define EAGAIN 11
#define ENOMEM 12
#define EACCES 13
#define EFAULT 14
#define EBUSY 16
#define EEXIST 17
#define EINVAL 22
#define ENFILE 23
#define EMFILE 24
#define ENOSPC 28
#define ERANGE 34
#define ENOSYS 38

/* include/linux/syscalls.h, reduced to what changes the declarations */
#define __KT_MAP0(m, ...)
#define __KT_MAP1(m, t, a, ...) m(t, a)
#define __KT_MAP2(m, t, a, ...) m(t, a), __KT_MAP1(m, __VA_ARGS__)
#define __KT_MAP3(m, t, a, ...) m(t, a), __KT_MAP2(m, __VA_ARGS__)
#define __KT_MAP4(m, t, a, ...) m(t, a), __KT_MAP3(m, __VA_ARGS__)
#define __KT_MAP5(m, t, a, ...) m(t, a), __KT_MAP4(m, __VA_ARGS__)
#define __KT_MAP6(m, t, a, ...) m(t, a), __KT_MAP5(m, __VA_ARGS__)
#define __KT_MAP(n, ...) __KT_MAP##n(__VA_ARGS__)

#define __KT_DECL(t, a) t a
#define __KT_LONG(t, a)                                                   \
	__typeof__(__builtin_choose_expr(sizeof(t) > sizeof(long), 0LL, 0L)) a
#define __KT_CAST(t, a) (__force t) a
#define __KT_STR(x) #x
#define __KT_STRINGIFY(x) __KT_STR(x)

#define SYSCALL_DEFINE0(sname)                                            \
	asmlinkage long sys_##sname(void);                                \
	asmlinkage long sys_##sname(void)

#define SYSCALL_DEFINE1(name, ...) SYSCALL_DEFINEx(1, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE2(name, ...) SYSCALL_DEFINEx(2, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE3(name, ...) SYSCALL_DEFINEx(3, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE4(name, ...) SYSCALL_DEFINEx(4, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE5(name, ...) SYSCALL_DEFINEx(5, _##name, __VA_ARGS__)
#define SYSCALL_DEFINE6(name, ...) SYSCALL_DEFINEx(6, _##name, __VA_ARGS__)

#define SYSCALL_DEFINEx(x, sname, ...) __SYSCALL_DEFINEx(x, sname, __VA_ARGS__)

#define __SYSCALL_DEFINEx(x, name, ...)                                   \
	asmlinkage long sys##name(__KT_MAP(x, __KT_DECL, __VA_ARGS__))    \
		__attribute__((alias(__KT_STRINGIFY(__se_sys##name))));   \
	static inline long __do_sys##name(__KT_MAP(x, __KT_DECL, __VA_ARGS__)); \
	asmlinkage long __se_sys##name(__KT_MAP(x, __KT_LONG, __VA_ARGS__)); \
	asmlinkage long __se_sys##name(__KT_MAP(x, __KT_LONG, __VA_ARGS__)) \
	{                                                                 \
		return __do_sys##name(__KT_MAP(x, __KT_CAST, __VA_ARGS__)); \
	}                                                                 \
	static inline long __do_sys##name(__KT_MAP(x, __KT_DECL, __VA_ARGS__))

#define COMPAT_SYSCALL_DEFINE1(name, ...)                                 \
	COMPAT_SYSCALL_DEFINEx(1, _##name, __VA_ARGS__)
#define COMPAT_SYSCALL_DEFINE2(name, ...)                                 \
	COMPAT_SYSCALL_DEFINEx(2, _##name, __VA_ARGS__)
#define COMPAT_SYSCALL_DEFINE3(name, ...)                                 \
	COMPAT_SYSCALL_DEFINEx(3, _##name, __VA_ARGS__)
#define COMPAT_SYSCALL_DEFINE4(name, ...)                                 \
	COMPAT_SYSCALL_DEFINEx(4, _##name, __VA_ARGS__)
#define COMPAT_SYSCALL_DEFINE5(name, ...)                                 \
	COMPAT_SYSCALL_DEFINEx(5, _##name, __VA_ARGS__)
#define COMPAT_SYSCALL_DEFINE6(name, ...)                                 \
	COMPAT_SYSCALL_DEFINEx(6, _##name, __VA_ARGS__)

#define COMPAT_SYSCALL_DEFINEx(x, name, ...)                              \
	asmlinkage long compat_sys##name(__KT_MAP(x, __KT_DECL, __VA_ARGS__)); \
	static inline long __do_compat_sys##name(__KT_MAP(x, __KT_DECL, __VA_ARGS__)); \
	asmlinkage long compat_sys##name(__KT_MAP(x, __KT_DECL, __VA_ARGS__)) \
	{                                                                 \
		return __do_compat_sys##name(__KT_MAP(x, __KT_CAST, __VA_ARGS__)); \
	}                                                                 \
	static inline long __do_compat_sys##name(__KT_MAP(x, __KT_DECL, __VA_ARGS__))

#endif
