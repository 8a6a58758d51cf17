// Default database, mount.c specs (umount, open_tree, mount, fsmount,
// move_mount, pivot_root, mount_setattr, statmount, listmount, fsopen,
// fspick, fsconfig): each syscall with a checkable constraint once misused
// (a finding with its rule), and every syscall once used correctly
// (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

// The installed headers may predate statmount and listmount (6.8).
#ifndef SYS_statmount
#define SYS_statmount 457
#endif
#ifndef SYS_listmount
#define SYS_listmount 458
#endif

int t_umount(const char *dir)
{
#ifdef KT_GOOD
	if (umount(dir) < 0)
		return -1;
	if (umount2(dir, MNT_DETACH | UMOUNT_NOFOLLOW) < 0)
		return -1;
	return umount2(dir, MNT_EXPIRE);
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of umount2 has bits 0x10 outside the documented mask 0xf [kapi-mask]
	if (umount2(dir, 0x10) < 0)
		return -1;
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of umount2 break the constraint 'expiry alone' of sys_umount{{.*}}[kapi-arg-constraint]
	return umount2(dir, MNT_EXPIRE | MNT_DETACH);
#endif
}

int t_mount(const char *src, const char *dir, const void *opts)
{
#ifdef KT_GOOD
	if (mount(src, dir, "ext4", MS_NOATIME | MS_NODEV, opts) < 0)
		return -1;
	if (mount(NULL, dir, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) < 0)
		return -1;
	if (mount(NULL, dir, NULL, MS_REC | MS_PRIVATE, NULL) < 0)
		return -1;
	// The old magic in the top 16 bits is stripped, MS_NOUSER's bit too.
	return mount(src, dir, "tmpfs", MS_MGC_VAL | MS_NOSUID, NULL);
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of mount break the constraint 'no kernel-internal MS_NOUSER' of sys_mount{{.*}}[kapi-arg-constraint]
	return mount(src, dir, "tmpfs", MS_NOUSER, NULL);
#endif
}

int t_open_tree(int dfd)
{
#ifdef KT_GOOD
	if (open_tree(dfd, "", AT_EMPTY_PATH | OPEN_TREE_CLOEXEC) < 0)
		return -1;
	return open_tree(AT_FDCWD, "/mnt", OPEN_TREE_CLONE | AT_RECURSIVE);
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of open_tree has bits 0x2 outside the documented mask{{.*}}[kapi-mask]
	if (open_tree(dfd, "x", 2) < 0)
		return -1;
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of open_tree break the constraint 'recursion needs a clone' of sys_open_tree{{.*}}[kapi-arg-constraint]
	return open_tree(AT_FDCWD, "/mnt", AT_RECURSIVE);
#endif
}

int t_fsmount(int fsfd)
{
#ifdef KT_GOOD
	if (fsmount(fsfd, FSMOUNT_CLOEXEC, MOUNT_ATTR_NOATIME | MOUNT_ATTR_NODEV) < 0)
		return -1;
	return fsmount(fsfd, 0, MOUNT_ATTR_STRICTATIME);
#else
	// MOUNT_ATTR_IDMAP is for mount_setattr only.
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'attr_flags' of fsmount has bits 0x100000 outside the documented mask{{.*}}[kapi-mask]
	if (fsmount(fsfd, 0, MOUNT_ATTR_IDMAP) < 0)
		return -1;
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of fsmount has bits 0x2 outside the documented mask 0x1 [kapi-mask]
	if (fsmount(fsfd, 2, 0) < 0)
		return -1;
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of fsmount break the constraint 'one atime setting' of sys_fsmount{{.*}}[kapi-arg-constraint]
	return fsmount(fsfd, 0, MOUNT_ATTR_NOATIME | MOUNT_ATTR_STRICTATIME);
#endif
}

int t_move_mount(int mfd)
{
#ifdef KT_GOOD
	if (move_mount(mfd, "", AT_FDCWD, "/mnt", MOVE_MOUNT_F_EMPTY_PATH) < 0)
		return -1;
	// MOVE_MOUNT_BENEATH (6.5) is not in glibc 2.36's header.
	return move_mount(mfd, "", AT_FDCWD, "/mnt", MOVE_MOUNT_F_EMPTY_PATH | 0x200);
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of move_mount has bits 0x400 outside the documented mask 0x377 [kapi-mask]
	if (move_mount(mfd, "", AT_FDCWD, "/mnt", 0x400) < 0)
		return -1;
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of move_mount break the constraint 'beneath or set group' of sys_move_mount{{.*}}[kapi-arg-constraint]
	return move_mount(AT_FDCWD, "/a", AT_FDCWD, "/b", MOVE_MOUNT_SET_GROUP | 0x200);
#endif
}

long t_pivot_root(void)
{
#ifdef KT_GOOD
	return syscall(SYS_pivot_root, ".", ".");
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'put_old' of syscall(SYS_pivot_root), which is not optional [kapi-null]
	return syscall(SYS_pivot_root, "/new", NULL);
#endif
}

int t_mount_setattr(int dfd)
{
	struct mount_attr attr = { .attr_set = MOUNT_ATTR_RDONLY };
#ifdef KT_GOOD
	return mount_setattr(dfd, "", AT_EMPTY_PATH | AT_RECURSIVE, &attr, sizeof(attr));
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of mount_setattr has bits 0x200 outside the documented mask{{.*}}[kapi-mask]
	if (mount_setattr(dfd, "", AT_EMPTY_PATH | AT_EACCESS, &attr, sizeof(attr)) < 0)
		return -1;
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'usize' of mount_setattr is 16, outside the documented range [32, 4096]{{.*}}[kapi-range]
	return mount_setattr(dfd, "", AT_EMPTY_PATH, &attr, 16);
#endif
}

long t_statmount(const void *req, void *buf, size_t size)
{
#ifdef KT_GOOD
	return syscall(SYS_statmount, req, buf, size, 0);
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_statmount) is 1, outside the documented range [0, 0]{{.*}}[kapi-range]
	return syscall(SYS_statmount, req, buf, size, 1);
#endif
}

long t_listmount(const void *req, uint64_t *ids)
{
#ifdef KT_GOOD
	return syscall(SYS_listmount, req, ids, 512, 0);
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of syscall(SYS_listmount) has bits 0x2 outside the documented mask 0x1 [kapi-mask]
	return syscall(SYS_listmount, req, ids, 512, 2);
#endif
}

int t_fsopen(void)
{
#ifdef KT_GOOD
	// Before 5.2 the new mount API is ENOSYS: the usual fallback test.
	int fd = fsopen("tmpfs", FSOPEN_CLOEXEC);
	if (fd < 0 && errno == ENOSYS)
		return -2;
	return fd;
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of fsopen has bits 0x2 outside the documented mask 0x1 [kapi-mask]
	return fsopen("tmpfs", 2);
#endif
}

int t_fspick(int dfd)
{
#ifdef KT_GOOD
	return fspick(dfd, "", FSPICK_EMPTY_PATH | FSPICK_CLOEXEC);
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of fspick has bits 0x10 outside the documented mask 0xf [kapi-mask]
	return fspick(dfd, "", 0x10);
#endif
}

int t_fsconfig(int fd, int dirfd, const void *blob)
{
#ifdef KT_GOOD
	if (fsconfig(fd, FSCONFIG_SET_FLAG, "ro", NULL, 0) < 0)
		return -1;
	if (fsconfig(fd, FSCONFIG_SET_STRING, "source", "none", 0) < 0)
		return -1;
	if (fsconfig(fd, FSCONFIG_SET_BINARY, "key", blob, 64) < 0)
		return -1;
	if (fsconfig(fd, FSCONFIG_SET_PATH, "source", "dev/sda1", dirfd) < 0)
		return -1;
	if (fsconfig(fd, FSCONFIG_SET_PATH_EMPTY, "source", "", AT_FDCWD) < 0)
		return -1;
	if (fsconfig(fd, FSCONFIG_SET_FD, "fd", NULL, dirfd) < 0)
		return -1;
	// FSCONFIG_CMD_CREATE_EXCL (8, 6.6) is not in glibc 2.36's header.
	if (fsconfig(fd, 8, NULL, NULL, 0) < 0)
		return -1;
	return fsconfig(fd, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
#else
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'cmd' of fsconfig is 9, not one of the documented values{{.*}}[kapi-enum]
	if (fsconfig(fd, 9, NULL, NULL, 0) < 0)
		return -1;
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of fsconfig break the constraint 'FSCONFIG_SET_FLAG takes a key only' of sys_fsconfig{{.*}}[kapi-arg-constraint]
	if (fsconfig(fd, FSCONFIG_SET_FLAG, "ro", "1", 0) < 0)
		return -1;
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of fsconfig break the constraint 'FSCONFIG_SET_BINARY takes a key and a sized blob' of sys_fsconfig{{.*}}[kapi-arg-constraint]
	if (fsconfig(fd, FSCONFIG_SET_BINARY, "key", blob, 0) < 0)
		return -1;
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of fsconfig break the constraint 'FSCONFIG_SET_FD takes a key and a descriptor' of sys_fsconfig{{.*}}[kapi-arg-constraint]
	if (fsconfig(fd, FSCONFIG_SET_FD, "fd", NULL, -1) < 0)
		return -1;
	// CHECK: mount.c:[[@LINE+1]]:{{[0-9]+}}: warning: the arguments of fsconfig break the constraint 'FSCONFIG_CMD_* take no arguments' of sys_fsconfig{{.*}}[kapi-arg-constraint]
	return fsconfig(fd, FSCONFIG_CMD_CREATE, "source", NULL, 0);
#endif
}
