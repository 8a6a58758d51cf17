// Default database, fs_xattr.c specs (xattrs and inotify): each syscall
// once misused (a finding with its rule) and once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <stddef.h>
#include <sys/inotify.h>
#include <sys/types.h>
#include <sys/xattr.h>

#define S16 "0123456789abcdef"
#define S256 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16 S16

int t_setxattr(const char *p, const char *v, size_t n)
{
#ifdef KT_GOOD
	return setxattr(p, "user.mime_type", v, n, XATTR_CREATE);
#else
	// 4 is no XATTR_* flag (EINVAL).
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of setxattr has bits 0x4 outside the documented mask 0x3 [kapi-mask]
	return setxattr(p, "user.mime_type", v, n, XATTR_CREATE | 4);
#endif
}

long t_getxattr(const char *p)
{
	char v[16];
#ifdef KT_GOOD
	return getxattr(p, "user.mime_type", v, sizeof(v));
#else
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of getxattr is 64, larger than the 16-byte object 'v' passed as 'value' [kapi-buffer-size]
	return getxattr(p, "user.mime_type", v, 64);
#endif
}

int t_removexattr(const char *p)
{
#ifdef KT_GOOD
	return removexattr(p, "user." S16);
#else
	// A name longer than XATTR_NAME_MAX (255) is ERANGE.
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: string passed as 'name' of removexattr is 261 bytes long, longer than the documented maximum 255 [kapi-string]
	return removexattr(p, "user." S256);
#endif
}

int t_inotify_init1(void)
{
#ifdef KT_GOOD
	return inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
#else
	// An event bit where a flag belongs.
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of inotify_init1 has bits 0x2 outside the documented mask 0x80800 [kapi-mask]
	return inotify_init1(IN_MODIFY);
#endif
}

int t_inotify_add_watch(int fd, const char *dir)
{
#ifdef KT_GOOD
	return inotify_add_watch(fd, dir, IN_CREATE | IN_MOVED_TO | IN_ONLYDIR);
#else
	// IN_CLOEXEC is an inotify_init1 flag, not an event (EINVAL).
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'mask' of inotify_add_watch has bits 0x80000 outside the documented mask 0xf700efff [kapi-mask]
	return inotify_add_watch(fd, dir, IN_CREATE | IN_CLOEXEC);
#endif
}

/* ---- fsstat family: the l* and f* variants and the list calls */

int t_lsetxattr(const char *p, const char *v, size_t n)
{
#ifdef KT_GOOD
	return lsetxattr(p, "trusted.overlay.opaque", v, n, XATTR_REPLACE);
#else
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of lsetxattr has bits 0x4 outside the documented mask 0x3 [kapi-mask]
	return lsetxattr(p, "trusted.overlay.opaque", v, n, 4);
#endif
}

int t_fsetxattr(int fd, const char *v)
{
#ifdef KT_GOOD
	return fsetxattr(fd, "user.comment", v, 65536, 0);
#else
	// One byte above XATTR_SIZE_MAX is E2BIG.
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of fsetxattr is 65537, outside the documented range [0, 65536] [kapi-range]
	return fsetxattr(fd, "user.comment", v, 65537, 0);
#endif
}

long t_lgetxattr(const char *p)
{
	char v[32];
#ifdef KT_GOOD
	return lgetxattr(p, "security.selinux", v, sizeof(v));
#else
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of lgetxattr is 33, larger than the 32-byte object 'v' passed as 'value' [kapi-buffer-size]
	return lgetxattr(p, "security.selinux", v, 33);
#endif
}

long t_fgetxattr(int fd, void *v, size_t n)
{
#ifdef KT_GOOD
	return fgetxattr(fd, "user." S16, v, n);
#else
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: string passed as 'name' of fgetxattr is 261 bytes long, longer than the documented maximum 255 [kapi-string]
	return fgetxattr(fd, "user." S256, v, n);
#endif
}

long t_listxattr(const char *p)
{
	char l[128];
#ifdef KT_GOOD
	return listxattr(p, l, sizeof(l));
#else
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of listxattr is 256, larger than the 128-byte object 'l' passed as 'list' [kapi-buffer-size]
	return listxattr(p, l, 256);
#endif
}

long t_llistxattr(const char *p)
{
#ifdef KT_GOOD
	return llistxattr(p, NULL, 0);
#else
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of llistxattr is ignored, but it can fail with {{.*}}[kapi-unchecked-return]
	llistxattr(p, NULL, 0);
	return 0;
#endif
}

long t_flistxattr(char *l, size_t n)
{
#ifdef KT_GOOD
	return flistxattr(0, l, n);
#else
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'fd' of flistxattr is -1, outside the documented range [0, 2147483647] [kapi-range]
	return flistxattr(-1, l, n);
#endif
}

int t_lremovexattr(const char *p)
{
#ifdef KT_GOOD
	return lremovexattr(p, "user." S16);
#else
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'name' of lremovexattr, which is not optional [kapi-null]
	return lremovexattr(p, NULL);
#endif
}

int t_fremovexattr(int fd)
{
#ifdef KT_GOOD
	return fremovexattr(fd, "user." S16);
#else
	// CHECK: fs-xattr.c:[[@LINE+1]]:{{[0-9]+}}: warning: string passed as 'name' of fremovexattr is 261 bytes long, longer than the documented maximum 255 [kapi-string]
	return fremovexattr(fd, "user." S256);
#endif
}
