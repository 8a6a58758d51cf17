// SPDX-License-Identifier: MIT
/* Default KAPI specs for mounting: mount, umount, pivot_root, the new
 * mount API (open_tree, move_mount, fsopen, fspick, fsconfig, fsmount,
 * mount_setattr) and the mount listing calls (statmount, listmount).
 * Facts come from the Linux 6.12 source (fs/namespace.c, fs/fsopen.c and
 * the helpers they call) and the manual pages; the words are ours. */

/**
 * sys_umount - Unmount a file system, with flags
 * @name: the mount point to detach
 * @flags: MNT_FORCE, MNT_DETACH, MNT_EXPIRE, UMOUNT_NOFOLLOW
 *
 * long-desc: Removes the mount found at name from the caller's mount
 *   namespace. Flags choose a forced, lazy (detached) or expiring
 *   unmount and whether a final symlink in name is followed.
 *
 * contexts: process, sleepable
 *
 * param: name
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must name the root of a mount in the caller's namespace;
 *   anything else is EINVAL.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(MNT_FORCE | MNT_DETACH | MNT_EXPIRE | UMOUNT_NOFOLLOW)
 *   desc: Any other bit (UMOUNT_UNUSED, the top bit, included) is EINVAL
 *   before name is looked up.
 *
 * constraint: expiry alone
 *   desc: MNT_EXPIRE cannot be combined with MNT_FORCE or MNT_DETACH
 *   expr: (flags & MNT_EXPIRE) == 0 || (flags & (MNT_FORCE | MNT_DETACH)) == 0
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: Unmounting, in the user namespace owning the mount namespace
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the mount is gone (or detached).
 *
 * error: EAGAIN, MNT_EXPIRE on a mount that was not marked yet: it is marked now, and a second call unmounts it if still unused
 * error: EBUSY, the mount is in use (without MNT_DETACH), or MNT_EXPIRE on a mount that is in use
 * error: EFAULT, name is not an accessible user address
 * error: EINVAL, name is not a mount point, the mount is locked or outside the caller's namespace, a flag bit is unknown, or MNT_EXPIRE is combined with MNT_FORCE or MNT_DETACH or used on the root
 * error: ENAMETOOLONG, name or one of its components is too long
 * error: ENOENT, a component of name does not exist, or name is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component of name is not a directory
 * error: ELOOP, too many symlinks while resolving name
 * error: EACCES, search permission is missing on a path component
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for the mount namespace (or for the file system with MNT_FORCE)
 *
 * since-version: 2.1.116
 *
 * notes: The x86-64 umount2 syscall (number 166), whose kernel name is
 *   umount; the flag test is the first step of ksys_umount(). glibc's
 *   umount(name) is umount2(name, 0).
 */
SYSCALL_DEFINE2(umount, char __user *, name, int, flags)
{
	return 0;
}

/**
 * sys_open_tree - Open a mount, or a detached copy of a mount tree
 * @dfd: directory a relative filename starts from, AT_FDCWD, or the object itself with AT_EMPTY_PATH
 * @filename: path of the mount or directory
 * @flags: OPEN_TREE_CLONE, OPEN_TREE_CLOEXEC and AT_* lookup flags
 *
 * long-desc: Returns an O_PATH descriptor for the object at dfd and
 *   filename. With OPEN_TREE_CLONE the descriptor holds a detached copy
 *   of the mount there (of the whole subtree with AT_RECURSIVE), ready
 *   to be attached with move_mount.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor or AT_FDCWD for a relative filename.
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: An empty string is allowed only with AT_EMPTY_PATH.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(AT_EMPTY_PATH | AT_NO_AUTOMOUNT | AT_RECURSIVE | AT_SYMLINK_NOFOLLOW | OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC)
 *   desc: Any other bit is EINVAL.
 *
 * constraint: recursion needs a clone
 *   desc: AT_RECURSIVE only together with OPEN_TREE_CLONE
 *   expr: (flags & (AT_RECURSIVE | OPEN_TREE_CLONE)) != AT_RECURSIVE
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: A new O_PATH descriptor.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EBADF, filename is relative (or empty with AT_EMPTY_PATH) and dfd is not an open descriptor
 * error: EFAULT, filename is not an accessible user address
 * error: EINVAL, an unknown flag bit, AT_RECURSIVE without OPEN_TREE_CLONE, or the tree cannot be copied (for example it is not in the caller's namespace)
 * error: ELOOP, too many symlinks while resolving filename
 * error: EMFILE, the per-process descriptor limit is reached
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENFILE, the system-wide limit on open files is reached
 * error: ENOENT, a component does not exist, or filename is empty without AT_EMPTY_PATH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component, or dfd for a relative filename, is not a directory
 * error: EPERM, OPEN_TREE_CLONE without CAP_SYS_ADMIN for the mount namespace
 * error: ENOSYS, kernels before 5.2 have no such syscall (callers fall back to mount)
 *
 * since-version: 5.2
 *
 * notes: OPEN_TREE_CLOEXEC is O_CLOEXEC. Without OPEN_TREE_CLONE no
 *   privilege is needed and the result is a plain O_PATH open.
 */
SYSCALL_DEFINE3(open_tree, int, dfd, const char __user *, filename, unsigned, flags)
{
	return 0;
}

/**
 * sys_mount - Mount a file system, or change a mount
 * @dev_name: the source: a device, a directory to bind, or a file-system specific string
 * @dir_name: the mount point
 * @type: the file-system type name, when one is needed
 * @flags: MS_* flags, optionally with the MS_MGC_VAL magic in the top 16 bits
 * @data: file-system specific options, or NULL
 *
 * long-desc: Depending on flags, creates a new mount of a file system at
 *   dir_name, remounts it with other settings (MS_REMOUNT), binds a
 *   directory there (MS_BIND), changes its propagation type (MS_SHARED,
 *   MS_PRIVATE, MS_SLAVE, MS_UNBINDABLE) or moves a mount (MS_MOVE).
 *
 * contexts: process, sleepable
 *
 * param: dev_name
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: A string of at most PATH_MAX bytes, or NULL where the operation
 *   takes no source.
 *
 * param: dir_name
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Followed through symlinks.
 *
 * param: type
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Read only for a new mount; an unknown name is ENODEV.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: none
 *   desc: The old MS_MGC_VAL magic in the top 16 bits is stripped first.
 *   Then MS_NOUSER (bit 31) is EINVAL, and so is any bit above it (the
 *   int MS_NOUSER widens to all the high bits of the long); other
 *   unknown bits are ignored.
 *   The operation is chosen by the first of MS_REMOUNT, MS_BIND, the
 *   propagation flags and MS_MOVE that is set.
 *
 * param: data
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Up to one page is copied (less when the mapping ends sooner);
 *   its meaning belongs to the file system.
 *
 * constraint: no kernel-internal MS_NOUSER
 *   desc: MS_NOUSER (bit 31) and any higher bit are rejected unless bits
 *   16 to 31 hold the MS_MGC_VAL magic (then all bits above 15 are
 *   stripped)
 *   expr: (flags & MS_MGC_MSK) == MS_MGC_VAL || flags <= 0x7fffffff
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: Mounting, in the user namespace owning the mount namespace
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the mount operation is done.
 *
 * error: EACCES, search permission is missing on a path component, the source device is on a file system mounted nodev, or an LSM refused
 * error: EBUSY, the source is already mounted or busy, or the mount point is busy
 * error: EFAULT, a pointer argument is not an accessible user address
 * error: EINVAL, MS_NOUSER, a bad combination for the operation chosen, dir_name is not a mount point where one is needed, or the file system rejected data
 * error: EIO, the file system could not read its super block or root from the device
 * error: ELOOP, too many symlinks while resolving a path, or a bind or move would create a loop
 * error: EMFILE, no anonymous device number is left for a file system without a device
 * error: ENAMETOOLONG, a path or one of its components is too long
 * error: ENODEV, type is not a file system known to the kernel
 * error: ENOENT, a component of a path does not exist
 * error: ENOMEDIUM, the source device is a drive with no medium in it
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTBLK, the source is not a block device where the file system needs one
 * error: ENOTDIR, dir_name or a parent component is not a directory
 * error: ENXIO, the major number of the source device is out of range
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for the mount namespace, or a locked mount flag would be cleared
 * error: EROFS, a read-write mount of a read-only device was asked for
 *
 * since-version: 1.0
 *
 * notes: path_mount() strips the magic when (flags & MS_MGC_MSK) is
 *   MS_MGC_VAL (clearing every bit above 15), and then tests
 *   flags & MS_NOUSER, which on a 64-bit long covers bits 31 to 63; all
 *   other unknown or kernel-internal bits are ignored, so no mask is
 *   given. glibc's MS_NOUSER is an int enumerator, negative, and
 *   likewise widens to the high bits. A new mount passes on whatever the
 *   file system's own setup returns, so other codes (EUCLEAN for a
 *   corrupted file system, ...) are possible too.
 */
SYSCALL_DEFINE5(mount, char __user *, dev_name, char __user *, dir_name,
		char __user *, type, unsigned long, flags, void __user *, data)
{
	return 0;
}

/**
 * sys_fsmount - Turn a created file-system context into a detached mount
 * @fs_fd: a file-system context descriptor from fsopen (after FSCONFIG_CMD_CREATE)
 * @flags: FSMOUNT_CLOEXEC
 * @attr_flags: MOUNT_ATTR_* settings of the new mount
 *
 * long-desc: Creates a mount of the superblock that fs_fd holds and
 *   returns an O_PATH descriptor for it; move_mount attaches it.
 *
 * contexts: process, sleepable
 *
 * param: fs_fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be a context from fsopen or fspick whose superblock exists.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(FSMOUNT_CLOEXEC)
 *   desc: Any other bit is EINVAL.
 *
 * param: attr_flags
 *   type: uint, input
 *   constraint-type: mask(MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV | MOUNT_ATTR_NOEXEC | MOUNT_ATTR__ATIME | MOUNT_ATTR_NODIRATIME | MOUNT_ATTR_NOSYMFOLLOW)
 *   desc: MOUNT_ATTR_IDMAP and other bits are EINVAL. The MOUNT_ATTR__ATIME
 *   field holds one value: MOUNT_ATTR_RELATIME (0), MOUNT_ATTR_NOATIME or
 *   MOUNT_ATTR_STRICTATIME.
 *
 * constraint: one atime setting
 *   desc: the atime field is one of MOUNT_ATTR_RELATIME,
 *   MOUNT_ATTR_NOATIME and MOUNT_ATTR_STRICTATIME
 *   expr: (attr_flags & MOUNT_ATTR__ATIME) == MOUNT_ATTR_RELATIME || (attr_flags & MOUNT_ATTR__ATIME) == MOUNT_ATTR_NOATIME || (attr_flags & MOUNT_ATTR__ATIME) == MOUNT_ATTR_STRICTATIME
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: Creating the mount, in the user namespace owning the mount namespace
 *   without: EPERM
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: A new O_PATH descriptor for the detached mount.
 *
 * error: EBADF, fs_fd is not an open descriptor
 * error: EBUSY, the context is not waiting to be mounted (not created, or already mounted)
 * error: EINTR, a signal arrived while waiting for the context lock
 * error: EINVAL, a bad flag or attr_flags bit or atime value, fs_fd is not a file-system context, or it holds no superblock
 * error: EMFILE, the per-process descriptor limit is reached
 * error: ENFILE, the system-wide limit on open files is reached
 * error: ENOMEM, kernel memory could not be allocated
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for the mount namespace, or the mount would reveal more of a proc or sysfs than is visible
 * error: ENOSYS, kernels before 5.2 have no such syscall (callers fall back to mount)
 *
 * since-version: 5.2
 */
SYSCALL_DEFINE3(fsmount, int, fs_fd, unsigned int, flags,
		unsigned int, attr_flags)
{
	return 0;
}

/**
 * sys_move_mount - Move or attach a mount
 * @from_dfd: directory (or mount descriptor with MOVE_MOUNT_F_EMPTY_PATH) of the source
 * @from_pathname: path of the mount to move, relative to from_dfd
 * @to_dfd: directory (or descriptor with MOVE_MOUNT_T_EMPTY_PATH) of the target
 * @to_pathname: path of the mount point, relative to to_dfd
 * @flags: MOVE_MOUNT_* flags
 *
 * long-desc: Moves the mount at the source to the target mount point,
 *   attaching it when it is a detached mount from open_tree or fsmount.
 *   MOVE_MOUNT_SET_GROUP instead copies the source's peer group to the
 *   target; MOVE_MOUNT_BENEATH mounts beneath the top mount at the
 *   target.
 *
 * contexts: process, sleepable
 *
 * param: from_dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A descriptor or AT_FDCWD.
 *
 * param: from_pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Empty only with MOVE_MOUNT_F_EMPTY_PATH.
 *
 * param: to_dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A descriptor or AT_FDCWD.
 *
 * param: to_pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Empty only with MOVE_MOUNT_T_EMPTY_PATH.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(MOVE_MOUNT_F_SYMLINKS | MOVE_MOUNT_F_AUTOMOUNTS | MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_SYMLINKS | MOVE_MOUNT_T_AUTOMOUNTS | MOVE_MOUNT_T_EMPTY_PATH | MOVE_MOUNT_SET_GROUP | MOVE_MOUNT_BENEATH)
 *   desc: MOVE_MOUNT__MASK; any other bit is EINVAL.
 *
 * constraint: beneath or set group
 *   desc: MOVE_MOUNT_BENEATH and MOVE_MOUNT_SET_GROUP exclude each other
 *   expr: (flags & (MOVE_MOUNT_BENEATH | MOVE_MOUNT_SET_GROUP)) != (MOVE_MOUNT_BENEATH | MOVE_MOUNT_SET_GROUP)
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: Moving mounts, in the user namespace owning the mount namespace
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the mount is moved.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EBADF, a relative or empty path with a dfd that is not an open descriptor
 * error: EBUSY, the target is busy for MOVE_MOUNT_BENEATH
 * error: EFAULT, a path is not an accessible user address
 * error: EINVAL, an unknown flag bit, both MOVE_MOUNT_BENEATH and MOVE_MOUNT_SET_GROUP, the source is not a mount root, or a mount is not in a usable namespace (or is shared where that is not allowed)
 * error: ELOOP, too many symlinks, or the move would put a mount under itself
 * error: ENAMETOOLONG, a path or one of its components is too long
 * error: ENOENT, a component does not exist, or a path is empty without its EMPTY_PATH flag
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory, or a directory and a non-directory are mixed
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for the mount namespace
 * error: ENOSYS, kernels before 5.2 have no such syscall (callers fall back to mount)
 *
 * since-version: 5.2
 *
 * notes: MOVE_MOUNT_SET_GROUP is 5.15 and MOVE_MOUNT_BENEATH 6.5; the
 *   mask is MOVE_MOUNT__MASK of 6.12 (0x377).
 */
SYSCALL_DEFINE5(move_mount,
		int, from_dfd, const char __user *, from_pathname,
		int, to_dfd, const char __user *, to_pathname,
		unsigned int, flags)
{
	return 0;
}

/**
 * sys_pivot_root - Change the root mount of the caller's mount namespace
 * @new_root: the mount to become the new root
 * @put_old: directory under new_root where the old root is put
 *
 * long-desc: Makes new_root the root mount and moves the old root mount
 *   to put_old. Processes whose root or current directory was the old
 *   root are switched to new_root.
 *
 * contexts: process, sleepable
 *
 * param: new_root
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A directory that is a mount point; symlinks are followed.
 *
 * param: put_old
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A directory at or under new_root; it may be new_root itself
 *   ("."), which stacks the old root there.
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: Changing the root, in the user namespace owning the mount namespace
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the roots are swapped.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EBUSY, new_root or put_old is on the current root mount
 * error: EFAULT, a path is not an accessible user address
 * error: EINVAL, new_root is not a mount point, put_old is not under new_root, the current root is not a mount point or is the initial rootfs, or a mount involved is shared or locked
 * error: ELOOP, too many symlinks while resolving a path
 * error: ENAMETOOLONG, a path or one of its components is too long
 * error: ENOENT, a component does not exist, or new_root has been removed
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, new_root or put_old is not a directory
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for the mount namespace
 *
 * since-version: 2.3.41
 *
 * notes: glibc 2.36 has no pivot_root wrapper; call it with
 *   syscall(SYS_pivot_root, ...).
 */
SYSCALL_DEFINE2(pivot_root, const char __user *, new_root,
		const char __user *, put_old)
{
	return 0;
}

/**
 * sys_mount_setattr - Change the settings of a mount or mount tree
 * @dfd: directory a relative path starts from, AT_FDCWD, or the mount itself with AT_EMPTY_PATH
 * @path: path of the mount
 * @flags: AT_EMPTY_PATH, AT_RECURSIVE, AT_SYMLINK_NOFOLLOW, AT_NO_AUTOMOUNT
 * @uattr: struct mount_attr with the settings to set and clear
 * @usize: size of *uattr
 *
 * long-desc: Sets and clears MOUNT_ATTR_* settings, the propagation type
 *   and an id mapping on the mount at dfd and path (on the whole subtree
 *   with AT_RECURSIVE).
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A descriptor or AT_FDCWD.
 *
 * param: path
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Empty only with AT_EMPTY_PATH.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(AT_EMPTY_PATH | AT_RECURSIVE | AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT)
 *   desc: Any other bit is EINVAL.
 *
 * param: uattr
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: attr_set and attr_clr take MOUNT_ATTR_* bits (MOUNT_ATTR_IDMAP
 *   only in attr_set, with userns_fd); an atime value in attr_set needs
 *   all of MOUNT_ATTR__ATIME in attr_clr; propagation is 0 or one of
 *   MS_SHARED, MS_SLAVE, MS_PRIVATE, MS_UNBINDABLE. All zero is a no-op
 *   that succeeds without looking at path.
 *
 * param: usize
 *   type: uint, input
 *   constraint-type: range(MOUNT_ATTR_SIZE_VER0, PAGE_SIZE)
 *   desc: Below MOUNT_ATTR_SIZE_VER0 (32) is EINVAL, above a page E2BIG;
 *   bytes past the kernel's struct must be zero (else E2BIG).
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: Changing mount settings, in the user namespace owning the mount namespace
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the settings are applied.
 *
 * error: E2BIG, usize is larger than a page, or non-zero bytes follow the known struct
 * error: EACCES, search permission is missing on a path component
 * error: EBADF, a relative or empty path with a dfd that is not an open descriptor, or userns_fd is not open
 * error: EBUSY, making a mount read-only while files are open for writing on it
 * error: EFAULT, path or uattr is not an accessible user address
 * error: EINVAL, a bad flag bit, usize below MOUNT_ATTR_SIZE_VER0, unknown or inconsistent settings in uattr, or path is not a mount in the caller's namespace
 * error: ELOOP, too many symlinks while resolving path
 * error: ENAMETOOLONG, path or one of its components is too long
 * error: ENOENT, a component does not exist, or path is empty without AT_EMPTY_PATH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for the mount namespace or the id-mapping namespace, or a locked setting would be cleared
 * error: ENOSYS, kernels before 5.12 have no such syscall
 *
 * since-version: 5.12
 */
SYSCALL_DEFINE5(mount_setattr, int, dfd, const char __user *, path,
		unsigned int, flags, struct mount_attr __user *, uattr,
		size_t, usize)
{
	return 0;
}

/**
 * sys_statmount - Get information about a mount by its unique id
 * @req: struct mnt_id_req naming the mount and the information wanted
 * @buf: user struct statmount that receives the result
 * @bufsize: bytes available at buf, strings included
 * @flags: must be 0
 *
 * long-desc: Fills buf with what the STATMOUNT_* mask in req->param asks
 *   for about the mount whose 64-bit unique id is req->mnt_id, in the
 *   caller's mount namespace or the one req names.
 *
 * contexts: process, sleepable
 *
 * param: req
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: req->size at least MNT_ID_REQ_SIZE_VER0 (24) and at most a page;
 *   mnt_ns_fd and mnt_ns_id not both set; mnt_id a unique mount id.
 *
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Strings are stored after the fixed part.
 *
 * param: bufsize
 *   type: uint, input
 *   constraint-type: none
 *   desc: A request for strings needs room past the fixed part
 *   (EOVERFLOW otherwise).
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: No flags are defined; any value but 0 is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once buf is filled.
 *
 * error: E2BIG, req->size is larger than a page, or non-zero bytes follow the known struct
 * error: EBADF, req->mnt_ns_fd is not an open descriptor
 * error: EFAULT, req or buf is not an accessible user address
 * error: EINVAL, flags is not 0, req->size is too small, both namespace fields are set, mnt_id is not a unique mount id, or mnt_ns_fd is not a mount namespace
 * error: ENOENT, no mount or namespace with that id
 * error: ENOMEM, kernel memory could not be allocated
 * error: EOVERFLOW, bufsize is too small for the strings asked for
 * error: EPERM, the mount is not reachable from the caller's root, or another namespace is named without CAP_SYS_ADMIN over it
 * error: ENOSYS, kernels before 6.8 have no such syscall
 *
 * since-version: 6.8
 */
SYSCALL_DEFINE4(statmount, const struct mnt_id_req __user *, req,
		struct statmount __user *, buf, size_t, bufsize,
		unsigned int, flags)
{
	return 0;
}

/**
 * sys_listmount - List the unique ids of the mounts below a mount
 * @req: struct mnt_id_req naming the parent mount (or LSMT_ROOT) and where to continue
 * @mnt_ids: user array that receives the ids
 * @nr_mnt_ids: number of entries in mnt_ids
 * @flags: LISTMOUNT_REVERSE
 *
 * long-desc: Stores the unique ids of the mounts under req->mnt_id, in
 *   id order starting after req->param (0 to start), at most nr_mnt_ids
 *   of them.
 *
 * contexts: process, sleepable
 *
 * param: req
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: As for statmount; req->param is 0 or the last id seen.
 *
 * param: mnt_ids
 *   type: user_ptr, output
 *   constraint-type: none
 *   desc: Room for nr_mnt_ids 64-bit ids.
 *
 * param: nr_mnt_ids
 *   type: uint, input
 *   constraint-type: range(0, 1000000)
 *   desc: More than a million is EOVERFLOW; iterate instead.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(LISTMOUNT_REVERSE)
 *   desc: LISTMOUNT_REVERSE lists the later mounts first; any other bit is
 *   EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of ids stored; 0 at the end of the list.
 *
 * error: E2BIG, req->size is larger than a page, or non-zero bytes follow the known struct
 * error: EBADF, req->mnt_ns_fd is not an open descriptor
 * error: EFAULT, req or mnt_ids is not an accessible user address
 * error: EINVAL, an unknown flag bit, req->size too small, both namespace fields set, or an id that is not a unique mount id
 * error: ENOENT, no mount or namespace with that id (or another namespace without CAP_SYS_ADMIN over it)
 * error: ENOMEM, kernel memory could not be allocated
 * error: EOVERFLOW, nr_mnt_ids is above one million
 * error: EPERM, the parent mount is not reachable from the caller's root and the caller lacks CAP_SYS_ADMIN
 * error: ENOSYS, kernels before 6.8 have no such syscall
 *
 * since-version: 6.8
 */
SYSCALL_DEFINE4(listmount, const struct mnt_id_req __user *, req,
		u64 __user *, mnt_ids, size_t, nr_mnt_ids, unsigned int, flags)
{
	return 0;
}

/**
 * sys_fsopen - Open a file-system context for a new mount
 * @_fs_name: the file-system type name, such as "tmpfs"
 * @flags: FSOPEN_CLOEXEC
 *
 * long-desc: Returns a descriptor for a new, unconfigured file-system
 *   context of the named type; fsconfig sets its parameters and creates
 *   the superblock, fsmount mounts it.
 *
 * contexts: process, sleepable
 *
 * param: _fs_name
 *   type: user_ptr, input
 *   constraint-type: user_string
 *   desc: A type listed in /proc/filesystems (a module may be loaded);
 *   an unknown name is ENODEV.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(FSOPEN_CLOEXEC)
 *   desc: Any other bit is EINVAL.
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: Opening a context, in the user namespace owning the mount namespace
 *   without: EPERM
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new context descriptor.
 *
 * error: EFAULT, _fs_name is not an accessible user address
 * error: EINVAL, an unknown flag bit, or a file-system name longer than a page
 * error: EMFILE, the per-process descriptor limit is reached
 * error: ENFILE, the system-wide limit on open files is reached
 * error: ENODEV, no file system of that name
 * error: ENOMEM, kernel memory could not be allocated
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for the mount namespace
 * error: ENOSYS, kernels before 5.2 have no such syscall (callers fall back to mount)
 *
 * since-version: 5.2
 */
SYSCALL_DEFINE2(fsopen, const char __user *, _fs_name, unsigned int, flags)
{
	return 0;
}

/**
 * sys_fspick - Open a file-system context to reconfigure a mounted superblock
 * @dfd: directory a relative path starts from, AT_FDCWD, or the mount itself with FSPICK_EMPTY_PATH
 * @path: path of the root of a mount
 * @flags: FSPICK_* flags
 *
 * long-desc: Returns a context descriptor for the superblock mounted at
 *   dfd and path; fsconfig with FSCONFIG_CMD_RECONFIGURE applies new
 *   parameters to it.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A descriptor or AT_FDCWD.
 *
 * param: path
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must name the root of a mount (EINVAL otherwise); empty only
 *   with FSPICK_EMPTY_PATH.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(FSPICK_CLOEXEC | FSPICK_SYMLINK_NOFOLLOW | FSPICK_NO_AUTOMOUNT | FSPICK_EMPTY_PATH)
 *   desc: Any other bit is EINVAL.
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: Picking a superblock, in the user namespace owning the mount namespace
 *   without: EPERM
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new context descriptor.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EBADF, a relative or empty path with a dfd that is not an open descriptor
 * error: EFAULT, path is not an accessible user address
 * error: EINVAL, an unknown flag bit, or path is not the root of a mount (or of a kernel-internal one)
 * error: ELOOP, too many symlinks while resolving path
 * error: EMFILE, the per-process descriptor limit is reached
 * error: ENAMETOOLONG, path or one of its components is too long
 * error: ENFILE, the system-wide limit on open files is reached
 * error: ENOENT, a component does not exist, or path is empty without FSPICK_EMPTY_PATH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for the mount namespace
 * error: ENOSYS, kernels before 5.2 have no such syscall (callers fall back to mount)
 *
 * since-version: 5.2
 */
SYSCALL_DEFINE3(fspick, int, dfd, const char __user *, path, unsigned int, flags)
{
	return 0;
}

/**
 * sys_fsconfig - Set a parameter of a file-system context, or act on it
 * @fd: a context descriptor from fsopen or fspick
 * @cmd: FSCONFIG_SET_* to set a parameter, FSCONFIG_CMD_* to act
 * @_key: the parameter name, for the FSCONFIG_SET_* commands
 * @_value: the value, for the commands that take one
 * @aux: a length or descriptor, for the commands that take one
 *
 * long-desc: Sets the parameter _key of the context in fd, with a value
 *   whose kind cmd gives (flag, string, binary blob, path, descriptor), or
 *   with FSCONFIG_CMD_CREATE, FSCONFIG_CMD_CREATE_EXCL and
 *   FSCONFIG_CMD_RECONFIGURE creates or reconfigures the superblock.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A negative fd is EINVAL (not EBADF); a descriptor that is not a
 *   file-system context is EINVAL.
 *
 * param: cmd
 *   type: uint, input
 *   constraint-type: enum(FSCONFIG_SET_FLAG, FSCONFIG_SET_STRING, FSCONFIG_SET_BINARY, FSCONFIG_SET_PATH, FSCONFIG_SET_PATH_EMPTY, FSCONFIG_SET_FD, FSCONFIG_CMD_CREATE, FSCONFIG_CMD_RECONFIGURE, FSCONFIG_CMD_CREATE_EXCL)
 *   desc: Any other value is EOPNOTSUPP. Contexts of file systems that
 *   only have the legacy mount interface refuse SET_BINARY, SET_PATH,
 *   SET_PATH_EMPTY, SET_FD and CMD_CREATE_EXCL with EOPNOTSUPP.
 *
 * param: _key
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: A string of up to 255 bytes for FSCONFIG_SET_*; NULL for the
 *   FSCONFIG_CMD_* commands.
 *
 * param: _value
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: A string (SET_STRING, SET_PATH, SET_PATH_EMPTY), a blob of aux
 *   bytes (SET_BINARY), otherwise NULL.
 *
 * param: aux
 *   type: int, input
 *   constraint-type: none
 *   desc: The blob size for SET_BINARY, the lookup directory (or
 *   AT_FDCWD) for SET_PATH and SET_PATH_EMPTY, the descriptor for SET_FD,
 *   otherwise 0.
 *
 * constraint: FSCONFIG_SET_FLAG takes a key only
 *   desc: a key, no value and aux 0
 *   expr: cmd != FSCONFIG_SET_FLAG || (_key != NULL && _value == NULL && aux == 0)
 *
 * constraint: FSCONFIG_SET_STRING takes a key and a string
 *   desc: a key, a value and aux 0
 *   expr: cmd != FSCONFIG_SET_STRING || (_key != NULL && _value != NULL && aux == 0)
 *
 * constraint: FSCONFIG_SET_BINARY takes a key and a sized blob
 *   desc: a key, a value and a size in aux of 1 byte to 1 MiB
 *   expr: cmd != FSCONFIG_SET_BINARY || (_key != NULL && _value != NULL && aux > 0 && aux <= 1048576)
 *
 * constraint: FSCONFIG_SET_PATH takes a key and a path and a directory
 *   desc: for SET_PATH and SET_PATH_EMPTY, a key, a value and in aux a
 *   descriptor or AT_FDCWD
 *   expr: (cmd != FSCONFIG_SET_PATH && cmd != FSCONFIG_SET_PATH_EMPTY) || (_key != NULL && _value != NULL && (aux == AT_FDCWD || aux >= 0))
 *
 * constraint: FSCONFIG_SET_FD takes a key and a descriptor
 *   desc: a key, no value and a descriptor in aux
 *   expr: cmd != FSCONFIG_SET_FD || (_key != NULL && _value == NULL && aux >= 0)
 *
 * constraint: FSCONFIG_CMD_* take no arguments
 *   desc: CMD_CREATE, CMD_CREATE_EXCL and CMD_RECONFIGURE need no key, no
 *   value and aux 0
 *   expr: (cmd != FSCONFIG_CMD_CREATE && cmd != FSCONFIG_CMD_CREATE_EXCL && cmd != FSCONFIG_CMD_RECONFIGURE) || (_key == NULL && _value == NULL && aux == 0)
 *
 * capability: CAP_SYS_ADMIN
 *   type: perform_operation
 *   allows: Creating or reconfiguring the superblock (in the namespace that owns it)
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the parameter is taken or the action done.
 *
 * error: EBADF, fd is not an open descriptor, or aux is not an open descriptor for SET_FD (or a bad directory for SET_PATH)
 * error: EBUSY, the context is in the wrong phase for the command (created already, or failed), or FSCONFIG_CMD_CREATE_EXCL and the superblock exists already
 * error: EFAULT, _key or _value is not an accessible user address
 * error: EINTR, a signal arrived while waiting for the context lock
 * error: EINVAL, fd is negative or not a context, the key, value and aux do not fit cmd, the file system rejected the parameter, or creation failed
 * error: ENOENT, a path given with SET_PATH does not exist, or the file system needs a source it did not get
 * error: ENOMEM, kernel memory could not be allocated
 * error: EOPNOTSUPP, cmd is unknown, or not supported by a file system with only the legacy mount interface
 * error: EPERM, the caller lacks CAP_SYS_ADMIN for a create or reconfigure
 * error: ENOSYS, kernels before 5.2 have no such syscall (callers fall back to mount)
 *
 * since-version: 5.2
 *
 * notes: The per-command rules are the first switch of the syscall; the
 *   file system's own parser may add any errno for a parameter it
 *   refuses. FSCONFIG_CMD_CREATE_EXCL is 6.6.
 */
SYSCALL_DEFINE5(fsconfig,
		int, fd,
		unsigned int, cmd,
		const char __user *, _key,
		const void __user *, _value,
		int, aux)
{
	return 0;
}
