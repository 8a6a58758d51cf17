// Default database, fs_xattr.c specs (xattrs and inotify): each syscall
// once misused (a finding with its rule) and once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
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
