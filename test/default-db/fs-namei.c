// Default database, fs_namei.c specs: each syscall once misused (a finding
// with its rule) and once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

int t_unlinkat(int dir)
{
#ifdef KT_GOOD
	return unlinkat(dir, "old", AT_REMOVEDIR);
#else
	// unlinkat takes AT_REMOVEDIR only; it never follows the last link.
	// CHECK: fs-namei.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flag' of unlinkat has bits 0x100 outside the documented mask 0x200 [kapi-mask]
	return unlinkat(dir, "old", AT_SYMLINK_NOFOLLOW);
#endif
}

int t_mkdirat(int dir)
{
#ifdef KT_GOOD
	return mkdirat(dir, "spool", 01777);
#else
	// S_IFDIR is a file type, not a permission bit.
	// CHECK: fs-namei.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mode' of mkdirat has bits 0x4000 outside the documented mask {{.*}}[kapi-mask]
	return mkdirat(dir, "spool", S_IFDIR | 0755);
#endif
}

int t_renameat2(int dir)
{
#ifdef KT_GOOD
	return renameat2(dir, "a.tmp", dir, "a", RENAME_NOREPLACE);
#else
	// Bit 3 is no RENAME_* flag.
	// CHECK: fs-namei.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of renameat2 has bits 0x8 outside the documented mask 0x7 [kapi-mask]
	return renameat2(dir, "a.tmp", dir, "a", RENAME_NOREPLACE | (1 << 3));
#endif
}

int t_faccessat(int dir)
{
#ifdef KT_GOOD
	return faccessat(dir, "bin", X_OK, AT_EACCESS | AT_SYMLINK_NOFOLLOW);
#else
	// AT_SYMLINK_FOLLOW belongs to linkat; faccessat2 says EINVAL.
	// CHECK: fs-namei.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of faccessat has bits 0x400 outside the documented mask {{.*}}[kapi-mask]
	return faccessat(dir, "bin", X_OK, AT_SYMLINK_FOLLOW);
#endif
}

int t_statx(int dir, struct statx *st)
{
#ifdef KT_GOOD
	// A request bit this kernel does not know is ignored, not rejected.
	if (statx(dir, "", AT_EMPTY_PATH, STATX_SIZE | 0x40000000, st))
		return -1;
	return statx(dir, "", AT_EMPTY_PATH | AT_STATX_DONT_SYNC, STATX_SIZE | STATX_MTIME, st);
#else
	// CHECK: fs-namei.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mask' of statx has bits 0x80000000 outside the documented mask 0x7fffffff [kapi-mask]
	if (statx(dir, "", AT_EMPTY_PATH, STATX__RESERVED, st))
		return -1;
	// AT_SYMLINK_FOLLOW is not a statx flag: EINVAL.
	// CHECK: fs-namei.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of statx has bits 0x400 outside the documented mask 0x7900 [kapi-mask]
	return statx(dir, "f", AT_SYMLINK_FOLLOW, STATX_BASIC_STATS, st);
#endif
}
