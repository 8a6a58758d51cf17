// SPDX-License-Identifier: MIT
/* Default KAPI specs for file metadata and names: access checks, modes,
 * owners, working and root directory, truncate (fs/open.c); creating,
 * removing, linking and renaming names (fs/namei.c); reading symlinks
 * (fs/stat.c).  The siblings of fs_namei.c.
 * Facts come from the Linux 6.12 source and its manual pages; the words are ours. */

/**
 * sys_truncate - Set the size of a file named by a path
 * @path: path of the file
 * @length: new size in bytes
 *
 * long-desc: Resolves path (following symlinks), then cuts the file to
 *   length bytes or extends it with a hole that reads as zeros, and
 *   updates the modification times. The caller needs write permission on
 *   the file itself; no descriptor is opened.
 *
 * contexts: process, sleepable
 *
 * param: path
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must name a regular file; a final symlink is followed.
 *
 * param: length
 *   type: int, input
 *   constraint-type: range(0, LONG_MAX)
 *   desc: Must not be negative (do_sys_truncate tests it first); above the
 *   file system's maximum size or RLIMIT_FSIZE it fails with EFBIG.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the file has the new size.
 *
 * error: EACCES, search permission is missing on a component, or the file is not writable by the caller
 * error: EFAULT, path is not a readable user address
 * error: EFBIG, length exceeds the file system's maximum file size or RLIMIT_FSIZE
 * error: EINTR, interrupted while waiting for a lease to be broken
 * error: EINVAL, length is negative, or path names something that is neither a regular file nor a directory (FIFO, socket, device)
 * error: EIO, an I/O error while updating the inode
 * error: EISDIR, path names a directory
 * error: ELOOP, too many symlinks while resolving path
 * error: ENAMETOOLONG, path or one of its components is too long
 * error: ENOENT, a component does not exist, or path is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory
 * error: EPERM, the file is append-only or immutable, or a seal forbids the size change
 * error: EROFS, the file is on a read-only file system
 * error: ETXTBSY, the file is a running executable or an active swap file
 *
 * signal: SIGXFSZ
 *   direction: send
 *   action: coredump
 *   condition: length exceeds RLIMIT_FSIZE
 *
 * since-version: 1.0
 *
 * notes: Kernel and manual page disagree: the manual gives EINVAL for a
 *   length above the maximum file size; 6.12 returns EFBIG
 *   (inode_newsize_ok). The manual does not mention that a FIFO, socket
 *   or device file gives EINVAL (vfs_truncate). On 32-bit ABIs glibc's
 *   truncate64 uses the truncate64 syscall instead.
 */
SYSCALL_DEFINE2(truncate, const char __user *, path, long, length)
{
	return 0;
}

/**
 * sys_faccessat - Check the caller's permissions on a file, without flags
 * @dfd: directory that a relative filename starts from, or AT_FDCWD
 * @filename: path of the file to check
 * @mode: F_OK, or an OR of R_OK, W_OK and X_OK
 *
 * long-desc: Reports whether the caller could access the file in the
 *   given ways, using the real user and group ids (and, for a non-root
 *   real uid, no capabilities). A final symlink is followed. With F_OK
 *   only existence is checked.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD for the working directory.
 *   Ignored when filename is absolute.
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must not be empty.
 *
 * param: mode
 *   type: int, input
 *   constraint-type: mask(S_IRWXO)
 *   desc: R_OK | W_OK | X_OK, or F_OK (0) to test existence only. The
 *   kernel tests the bits against S_IRWXO (7), which has the same value.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 when every requested access would be granted.
 *
 * error: EACCES, a requested access would be denied, search permission is missing on a component, or X_OK on a regular file of a noexec mount
 * error: EBADF, filename is relative and dfd is neither AT_FDCWD nor an open descriptor
 * error: EFAULT, filename is not a readable user address
 * error: EINVAL, mode has bits other than R_OK, W_OK and X_OK
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component or dfd is not a directory
 * error: EPERM, W_OK on an immutable file
 * error: EROFS, W_OK on a regular file, directory or symlink of a read-only file system
 *
 * since-version: 2.6.16
 *
 * notes: The syscall has no flags argument. The C library's
 *   faccessat(dirfd, path, mode, flags) calls faccessat2 instead (and
 *   emulates some flags on kernels before 5.8), so only
 *   syscall(SYS_faccessat, ...) reaches this one. The manual also lists
 *   ETXTBSY for W_OK on a running executable; the 6.12 permission check
 *   does not return it.
 */
SYSCALL_DEFINE3(faccessat, int, dfd, const char __user *, filename, int, mode)
{
	return 0;
}

/**
 * sys_access - Check the caller's permissions on a file named by a path
 * @filename: path of the file to check
 * @mode: F_OK, or an OR of R_OK, W_OK and X_OK
 *
 * long-desc: faccessat() relative to the working directory: reports
 *   whether the caller could access the file in the given ways, using
 *   the real user and group ids. A final symlink is followed.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Relative names start at the working directory; must not be
 *   empty.
 *
 * param: mode
 *   type: int, input
 *   constraint-type: mask(S_IRWXO)
 *   desc: R_OK | W_OK | X_OK, or F_OK (0) to test existence only. The
 *   kernel tests the bits against S_IRWXO (7), which has the same value.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 when every requested access would be granted.
 *
 * error: EACCES, a requested access would be denied, search permission is missing on a component, or X_OK on a regular file of a noexec mount
 * error: EFAULT, filename is not a readable user address
 * error: EINVAL, mode has bits other than R_OK, W_OK and X_OK
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory
 * error: EPERM, W_OK on an immutable file
 * error: EROFS, W_OK on a regular file, directory or symlink of a read-only file system
 *
 * since-version: 1.0
 *
 * notes: The manual also lists ETXTBSY for W_OK on a running executable;
 *   the 6.12 permission check does not return it. Architectures without
 *   the legacy table (arm64, riscv, loongarch) have only faccessat and
 *   faccessat2.
 */
SYSCALL_DEFINE2(access, const char __user *, filename, int, mode)
{
	return 0;
}

/**
 * sys_chdir - Change the working directory
 * @filename: path of the new working directory
 *
 * long-desc: Makes the directory named by filename the calling thread's
 *   working directory (shared with threads that share its fs_struct).
 *   The caller needs search permission on it.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must name a directory; a final symlink is followed.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the working directory has changed.
 *
 * error: EACCES, search permission is missing on the directory or on a component of the path
 * error: EFAULT, filename is not a readable user address
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, filename or one of its parent components is not a directory
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE1(chdir, const char __user *, filename)
{
	return 0;
}

/**
 * sys_fchdir - Change the working directory to an open directory
 * @fd: descriptor of the new working directory
 *
 * long-desc: Makes the directory open on fd the working directory. An
 *   O_PATH descriptor is accepted. The caller needs search permission on
 *   the directory.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open and refer to a directory.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the working directory has changed.
 *
 * error: EACCES, search permission is missing on the directory
 * error: EBADF, fd is not an open descriptor
 * error: ENOTDIR, fd does not refer to a directory
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE1(fchdir, unsigned int, fd)
{
	return 0;
}

/**
 * sys_chroot - Change the root directory
 * @filename: path of the new root directory
 *
 * long-desc: Makes the directory named by filename the root for
 *   absolute path resolution of the caller (and of threads that share its
 *   fs_struct). The working directory is not changed. Needs
 *   CAP_SYS_CHROOT in the caller's user namespace.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must name a directory the caller can search; a final symlink is
 *   followed.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the root has changed.
 *
 * error: EACCES, search permission is missing on the directory or on a component of the path
 * error: EFAULT, filename is not a readable user address
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, filename or one of its parent components is not a directory
 * error: EPERM, the caller lacks CAP_SYS_CHROOT, or a security module refused
 *
 * capability: CAP_SYS_CHROOT
 *   type: grant_permission
 *   allows: Change the root directory
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: The permission check comes before the capability check, so an
 *   unprivileged caller may see EACCES or ENOTDIR rather than EPERM.
 */
SYSCALL_DEFINE1(chroot, const char __user *, filename)
{
	return 0;
}

/**
 * sys_fchmod - Change the permission bits of an open file
 * @fd: descriptor of the file
 * @mode: new permission bits
 *
 * long-desc: Sets the file's permission bits (rwx for owner, group and
 *   others, set-user-ID, set-group-ID, sticky) to those of mode; the file
 *   type is kept. The caller must own the file or have CAP_FOWNER.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Any open descriptor except an O_PATH one.
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: mask(S_ISUID | S_ISGID | S_ISVTX | S_IRWXU | S_IRWXG | S_IRWXO)
 *   desc: Bits outside 07777 (the S_IFMT file type) are dropped, not
 *   rejected. S_ISGID is cleared when the caller is not in the file's
 *   group and lacks CAP_FSETID.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the mode has changed.
 *
 * error: EBADF, fd is not open, or is an O_PATH descriptor
 * error: EIO, an I/O error while updating the inode
 * error: EPERM, the caller neither owns the file nor has CAP_FOWNER, or the file is immutable or append-only
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_FOWNER
 *   type: bypass_check
 *   allows: Change the mode of a file the caller does not own
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: chmod_common() keeps mode & S_IALLUGO (07777); the mask says so,
 *   although the kernel silently ignores the other bits rather than
 *   failing.
 */
SYSCALL_DEFINE2(fchmod, unsigned int, fd, umode_t, mode)
{
	return 0;
}

/**
 * sys_fchmodat2 - Change the permission bits of a file, with flags
 * @dfd: directory that a relative filename starts from, AT_FDCWD, or the file itself with AT_EMPTY_PATH
 * @filename: path of the file
 * @mode: new permission bits
 * @flags: AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH or 0
 *
 * long-desc: Sets the permission bits of the file named by dfd and
 *   filename. AT_SYMLINK_NOFOLLOW acts on a final symlink itself, which
 *   the kernel refuses (a symlink's mode cannot change); AT_EMPTY_PATH
 *   with an empty filename acts on dfd.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor or AT_FDCWD; with AT_EMPTY_PATH and an
 *   empty filename, any open descriptor (O_PATH included) whose file is
 *   changed.
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: May be empty only with AT_EMPTY_PATH; NULL is EFAULT in 6.12.
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: mask(S_ISUID | S_ISGID | S_ISVTX | S_IRWXU | S_IRWXG | S_IRWXO)
 *   desc: Bits outside 07777 (the S_IFMT file type) are dropped, not
 *   rejected.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)
 *   desc: Any other bit is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the mode has changed.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EBADF, dfd is not an open descriptor where one is needed (relative filename, or AT_EMPTY_PATH with an empty filename)
 * error: EFAULT, filename is not a readable user address
 * error: EINVAL, flags has a bit other than AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH
 * error: EIO, an I/O error while updating the inode
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty without AT_EMPTY_PATH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component or dfd is not a directory
 * error: EOPNOTSUPP, the file to change is a symlink: AT_SYMLINK_NOFOLLOW on a final symlink, AT_EMPTY_PATH on an O_PATH descriptor of one, or a /proc/PID/fd magic link to such a descriptor
 * error: EPERM, the caller neither owns the file nor has CAP_FOWNER, or the file is immutable or append-only
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_FOWNER
 *   type: bypass_check
 *   allows: Change the mode of a file the caller does not own
 *   without: EPERM
 *
 * since-version: 6.6
 *
 * notes: The manual page (fchmodat) documents the C library function,
 *   whose flags argument older kernels lacked; this syscall takes flags
 *   itself. The symlink refusal is notify_change() returning EOPNOTSUPP.
 */
SYSCALL_DEFINE4(fchmodat2, int, dfd, const char __user *, filename,
		umode_t, mode, unsigned int, flags)
{
	return 0;
}

/**
 * sys_fchmodat - Change the permission bits of a file relative to a directory
 * @dfd: directory that a relative filename starts from, or AT_FDCWD
 * @filename: path of the file
 * @mode: new permission bits
 *
 * long-desc: Sets the permission bits of the file named by dfd and
 *   filename; a final symlink is followed. The syscall has no flags
 *   argument.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD for the working directory.
 *   Ignored when filename is absolute.
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must not be empty.
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: mask(S_ISUID | S_ISGID | S_ISVTX | S_IRWXU | S_IRWXG | S_IRWXO)
 *   desc: Bits outside 07777 (the S_IFMT file type) are dropped, not
 *   rejected.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the mode has changed.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EBADF, filename is relative and dfd is neither AT_FDCWD nor an open descriptor
 * error: EFAULT, filename is not a readable user address
 * error: EIO, an I/O error while updating the inode
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component or dfd is not a directory
 * error: EOPNOTSUPP, the final component is a /proc/PID/fd magic link to an O_PATH descriptor of a symlink, whose mode cannot change
 * error: EPERM, the caller neither owns the file nor has CAP_FOWNER, or the file is immutable or append-only
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_FOWNER
 *   type: bypass_check
 *   allows: Change the mode of a file the caller does not own
 *   without: EPERM
 *
 * since-version: 2.6.16
 *
 * notes: The manual's EINVAL (bad flags) and ENOTSUP (AT_SYMLINK_NOFOLLOW)
 *   come from the C library: glibc 2.36's fchmodat() calls this syscall
 *   when flags is 0, rejects flags other than AT_SYMLINK_NOFOLLOW itself,
 *   and emulates AT_SYMLINK_NOFOLLOW through an O_PATH descriptor and
 *   chmod() on its /proc/self/fd name. Newer C libraries use fchmodat2.
 *   The emulation adds errors of its own (EMFILE or ENFILE from the
 *   open) that this syscall does not return. The EINVAL of
 *   do_fchmodat()'s flags test (which the plugin mines) cannot happen
 *   here: this syscall passes flags 0.
 */
SYSCALL_DEFINE3(fchmodat, int, dfd, const char __user *, filename,
		umode_t, mode)
{
	return 0;
}

/**
 * sys_chmod - Change the permission bits of a file named by a path
 * @filename: path of the file
 * @mode: new permission bits
 *
 * long-desc: fchmodat() relative to the working directory: sets the
 *   permission bits of the file; a final symlink is followed.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Relative names start at the working directory; must not be
 *   empty.
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: mask(S_ISUID | S_ISGID | S_ISVTX | S_IRWXU | S_IRWXG | S_IRWXO)
 *   desc: Bits outside 07777 (the S_IFMT file type) are dropped, not
 *   rejected. S_ISGID is cleared when the caller is not in the file's
 *   group and lacks CAP_FSETID.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the mode has changed.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EFAULT, filename is not a readable user address
 * error: EIO, an I/O error while updating the inode
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory
 * error: EOPNOTSUPP, the final component is a /proc/PID/fd magic link to an O_PATH descriptor of a symlink, whose mode cannot change
 * error: EPERM, the caller neither owns the file nor has CAP_FOWNER, or the file is immutable or append-only
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_FOWNER
 *   type: bypass_check
 *   allows: Change the mode of a file the caller does not own
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: EOPNOTSUPP is notify_change() refusing a symlink; following a
 *   magic link lands on the symlink itself (glibc's AT_SYMLINK_NOFOLLOW
 *   emulation for fchmodat() goes this way and tests for a symlink
 *   first). The EINVAL of do_fchmodat()'s flags test cannot happen here:
 *   chmod passes flags 0.
 */
SYSCALL_DEFINE2(chmod, const char __user *, filename, umode_t, mode)
{
	return 0;
}

/**
 * sys_fchownat - Change the owner and group of a file, with flags
 * @dfd: directory that a relative filename starts from, AT_FDCWD, or the file itself with AT_EMPTY_PATH
 * @filename: path of the file
 * @user: new owner, or -1 to keep it
 * @group: new group, or -1 to keep it
 * @flag: AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH or 0
 *
 * long-desc: Changes the owner and/or group of the file named by dfd and
 *   filename. Changing the owner needs CAP_CHOWN; the owner may change
 *   the group to one of its own groups. On a non-directory the
 *   set-user-ID bit (and set-group-ID when group-executable) is cleared.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor or AT_FDCWD; with AT_EMPTY_PATH and an
 *   empty filename, any open descriptor (O_PATH included) whose file is
 *   changed.
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: May be empty only with AT_EMPTY_PATH; NULL is EFAULT in 6.12.
 *
 * param: user
 *   type: uint, input
 *   desc: A user id of the caller's user namespace, or (uid_t)-1 to leave
 *   the owner unchanged. An id with no mapping is EINVAL.
 *
 * param: group
 *   type: uint, input
 *   desc: A group id of the caller's user namespace, or (gid_t)-1 to
 *   leave the group unchanged. An id with no mapping is EINVAL.
 *
 * param: flag
 *   type: int, input
 *   constraint-type: mask(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)
 *   desc: AT_SYMLINK_NOFOLLOW changes a final symlink itself;
 *   AT_EMPTY_PATH allows an empty filename to mean dfd. Any other bit is
 *   EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the owner and group are set.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EBADF, dfd is not an open descriptor where one is needed (relative filename, or AT_EMPTY_PATH with an empty filename)
 * error: EFAULT, filename is not a readable user address
 * error: EINVAL, flag has an unknown bit, or user or group has no mapping in the caller's user namespace
 * error: EIO, an I/O error while updating the inode
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty without AT_EMPTY_PATH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component or dfd is not a directory
 * error: EPERM, the caller may not make this change (owner change without CAP_CHOWN, or a group it is not in), or the file is immutable or append-only
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_CHOWN
 *   type: bypass_check
 *   allows: Change the owner, and the group to any group
 *   without: EPERM
 *
 * since-version: 2.6.16
 *
 * notes: EINVAL for an unmapped id is kernel behaviour (chown_common)
 *   that the manual page does not list.
 */
SYSCALL_DEFINE5(fchownat, int, dfd, const char __user *, filename, uid_t, user,
		gid_t, group, int, flag)
{
	return 0;
}

/**
 * sys_chown - Change the owner and group of a file named by a path
 * @filename: path of the file
 * @user: new owner, or -1 to keep it
 * @group: new group, or -1 to keep it
 *
 * long-desc: fchownat() relative to the working directory with no
 *   flags: a final symlink is followed.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Relative names start at the working directory; must not be
 *   empty.
 *
 * param: user
 *   type: uint, input
 *   desc: A user id of the caller's user namespace, or (uid_t)-1 to leave
 *   the owner unchanged. An id with no mapping is EINVAL.
 *
 * param: group
 *   type: uint, input
 *   desc: A group id of the caller's user namespace, or (gid_t)-1 to
 *   leave the group unchanged. An id with no mapping is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the owner and group are set.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EFAULT, filename is not a readable user address
 * error: EINVAL, user or group has no mapping in the caller's user namespace
 * error: EIO, an I/O error while updating the inode
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory
 * error: EPERM, the caller may not make this change (owner change without CAP_CHOWN, or a group it is not in), or the file is immutable or append-only
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_CHOWN
 *   type: bypass_check
 *   allows: Change the owner, and the group to any group
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: EINVAL for an unmapped id is kernel behaviour (chown_common)
 *   that the manual page does not list.
 */
SYSCALL_DEFINE3(chown, const char __user *, filename, uid_t, user, gid_t, group)
{
	return 0;
}

/**
 * sys_lchown - Change the owner and group of a file or of a symlink itself
 * @filename: path of the file
 * @user: new owner, or -1 to keep it
 * @group: new group, or -1 to keep it
 *
 * long-desc: fchownat() relative to the working directory with
 *   AT_SYMLINK_NOFOLLOW: a final symlink is changed itself, not followed.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Relative names start at the working directory; must not be
 *   empty.
 *
 * param: user
 *   type: uint, input
 *   desc: A user id of the caller's user namespace, or (uid_t)-1 to leave
 *   the owner unchanged. An id with no mapping is EINVAL.
 *
 * param: group
 *   type: uint, input
 *   desc: A group id of the caller's user namespace, or (gid_t)-1 to
 *   leave the group unchanged. An id with no mapping is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the owner and group are set.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EFAULT, filename is not a readable user address
 * error: EINVAL, user or group has no mapping in the caller's user namespace
 * error: EIO, an I/O error while updating the inode
 * error: ELOOP, too many symlinks while resolving the parent components
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory
 * error: EPERM, the caller may not make this change (owner change without CAP_CHOWN, or a group it is not in), or the file is immutable or append-only
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_CHOWN
 *   type: bypass_check
 *   allows: Change the owner, and the group to any group
 *   without: EPERM
 *
 * since-version: 2.2
 *
 * notes: EINVAL for an unmapped id is kernel behaviour (chown_common)
 *   that the manual page does not list.
 */
SYSCALL_DEFINE3(lchown, const char __user *, filename, uid_t, user, gid_t, group)
{
	return 0;
}

/**
 * sys_fchown - Change the owner and group of an open file
 * @fd: descriptor of the file
 * @user: new owner, or -1 to keep it
 * @group: new group, or -1 to keep it
 *
 * long-desc: Changes the owner and/or group of the file open on fd.
 *   Changing the owner needs CAP_CHOWN; the owner may change the group to
 *   one of its own groups.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Any open descriptor except an O_PATH one.
 *
 * param: user
 *   type: uint, input
 *   desc: A user id of the caller's user namespace, or (uid_t)-1 to leave
 *   the owner unchanged. An id with no mapping is EINVAL.
 *
 * param: group
 *   type: uint, input
 *   desc: A group id of the caller's user namespace, or (gid_t)-1 to
 *   leave the group unchanged. An id with no mapping is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the owner and group are set.
 *
 * error: EBADF, fd is not open, or is an O_PATH descriptor
 * error: EINVAL, user or group has no mapping in the caller's user namespace
 * error: EIO, an I/O error while updating the inode
 * error: EPERM, the caller may not make this change (owner change without CAP_CHOWN, or a group it is not in), or the file is immutable or append-only
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_CHOWN
 *   type: bypass_check
 *   allows: Change the owner, and the group to any group
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: EINVAL for an unmapped id is kernel behaviour (chown_common)
 *   that the manual page does not list.
 */
SYSCALL_DEFINE3(fchown, unsigned int, fd, uid_t, user, gid_t, group)
{
	return 0;
}

/**
 * sys_mknodat - Create a file system node (regular file, device, FIFO or socket)
 * @dfd: directory that a relative filename starts from, or AT_FDCWD
 * @filename: name of the new node
 * @mode: file type plus permission bits
 * @dev: device number for S_IFCHR and S_IFBLK
 *
 * long-desc: Creates a node of the type in mode & S_IFMT with the
 *   permission bits of mode, less the umask (or the default ACL of the
 *   parent). Character and block devices need CAP_MKNOD, except the
 *   whiteout character device 0:0.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD for the working directory.
 *   Ignored when filename is absolute.
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must not exist yet (not even as a dangling symlink).
 *
 * param: mode
 *   type: uint, input
 *   desc: The type bits (mode & S_IFMT) must be 0 or S_IFREG (a regular
 *   file), S_IFCHR, S_IFBLK, S_IFIFO or S_IFSOCK; S_IFDIR is EPERM and
 *   anything else (S_IFLNK, unassigned values) EINVAL. Bits 07777 are
 *   the permissions.
 *
 * param: dev
 *   type: uint, input
 *   desc: The device number in the kernel's new encoding
 *   (new_decode_dev); used only for S_IFCHR and S_IFBLK.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the node exists.
 *
 * error: EACCES, no write or search permission on the parent, or search permission missing on a path component
 * error: EBADF, filename is relative and dfd is neither AT_FDCWD nor an open descriptor
 * error: EDQUOT, the user's quota of blocks or inodes is used up
 * error: EEXIST, the name already exists (even as a dangling symlink)
 * error: EFAULT, filename is not a readable user address
 * error: EINVAL, the type bits of mode name no creatable type (for example S_IFLNK)
 * error: ELOOP, too many symlinks while resolving the parent
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a parent component does not exist, the parent directory was removed, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the device has no room for the new node
 * error: ENOTDIR, a parent component or dfd is not a directory
 * error: EOVERFLOW, the caller's fsuid or fsgid has no mapping in the mount's idmapping
 * error: EPERM, S_IFDIR in mode, a device node without CAP_MKNOD, a device the device cgroup forbids, or a file system that cannot create this type
 * error: EROFS, the file system is read-only
 *
 * capability: CAP_MKNOD
 *   type: grant_permission
 *   allows: Create character and block device nodes
 *   without: EPERM for S_IFCHR and S_IFBLK (the whiteout 0:0 excepted)
 *
 * since-version: 2.6.16
 *
 * notes: Kernel and manual page disagree: the manual gives EINVAL for any
 *   type other than a regular file, device, FIFO or socket; 6.12
 *   (may_mknod) returns EPERM for S_IFDIR and EINVAL for the rest. The
 *   type rule cannot be written as a mask, so mode has no constraint.
 *   The C library's mknodat() takes a 64-bit dev_t and fails with EINVAL
 *   itself when it does not fit in 32 bits. EOVERFLOW is kernel-only
 *   (idmapped mounts).
 */
SYSCALL_DEFINE4(mknodat, int, dfd, const char __user *, filename, umode_t, mode,
		unsigned int, dev)
{
	return 0;
}

/**
 * sys_mknod - Create a file system node relative to the working directory
 * @filename: name of the new node
 * @mode: file type plus permission bits
 * @dev: device number for S_IFCHR and S_IFBLK
 *
 * long-desc: mknodat() with AT_FDCWD: creates a regular file, device,
 *   FIFO or socket node.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Relative names start at the working directory; must not exist
 *   yet.
 *
 * param: mode
 *   type: uint, input
 *   desc: The type bits (mode & S_IFMT) must be 0 or S_IFREG (a regular
 *   file), S_IFCHR, S_IFBLK, S_IFIFO or S_IFSOCK; S_IFDIR is EPERM and
 *   anything else (S_IFLNK, unassigned values) EINVAL. Bits 07777 are
 *   the permissions.
 *
 * param: dev
 *   type: uint, input
 *   desc: The device number in the kernel's new encoding
 *   (new_decode_dev); used only for S_IFCHR and S_IFBLK.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the node exists.
 *
 * error: EACCES, no write or search permission on the parent, or search permission missing on a path component
 * error: EDQUOT, the user's quota of blocks or inodes is used up
 * error: EEXIST, the name already exists (even as a dangling symlink)
 * error: EFAULT, filename is not a readable user address
 * error: EINVAL, the type bits of mode name no creatable type (for example S_IFLNK)
 * error: ELOOP, too many symlinks while resolving the parent
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a parent component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the device has no room for the new node
 * error: ENOTDIR, a parent component is not a directory
 * error: EOVERFLOW, the caller's fsuid or fsgid has no mapping in the mount's idmapping
 * error: EPERM, S_IFDIR in mode, a device node without CAP_MKNOD, a device the device cgroup forbids, or a file system that cannot create this type
 * error: EROFS, the file system is read-only
 *
 * capability: CAP_MKNOD
 *   type: grant_permission
 *   allows: Create character and block device nodes
 *   without: EPERM for S_IFCHR and S_IFBLK (the whiteout 0:0 excepted)
 *
 * since-version: 1.0
 *
 * notes: Kernel and manual page disagree: the manual gives EINVAL for any
 *   type other than a regular file, device, FIFO or socket; 6.12
 *   (may_mknod) returns EPERM for S_IFDIR and EINVAL for the rest. glibc
 *   2.36's mknod() calls the mknodat syscall with AT_FDCWD, so this one is
 *   reached only through syscall(SYS_mknod, ...).
 */
SYSCALL_DEFINE3(mknod, const char __user *, filename, umode_t, mode, unsigned, dev)
{
	return 0;
}

/**
 * sys_mkdir - Create a directory relative to the working directory
 * @pathname: name of the new directory
 * @mode: permission bits of the new directory
 *
 * long-desc: mkdirat() with AT_FDCWD: creates an empty directory with
 *   the permission bits of mode, less the umask (or the default ACL of
 *   the parent).
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must not exist yet; a trailing slash is allowed.
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: mask(S_IRWXU | S_IRWXG | S_IRWXO | S_ISVTX)
 *   desc: Other bits (S_ISUID, S_ISGID, file type) are silently dropped;
 *   S_ISGID may be inherited from the parent.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the directory exists.
 *
 * error: EACCES, no write or search permission on the parent, or search permission missing on a path component
 * error: EDQUOT, the user's quota of blocks or inodes is used up
 * error: EEXIST, the name already exists (even as a dangling symlink)
 * error: EFAULT, pathname is not a readable user address
 * error: EINVAL, the final component is not a valid name for the file system
 * error: ELOOP, too many symlinks while resolving the parent
 * error: EMLINK, the parent already has the maximum number of links
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENOENT, a parent component does not exist or pathname is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the device has no room for the new directory
 * error: ENOTDIR, a parent component is not a directory
 * error: EOVERFLOW, the caller's fsuid or fsgid has no mapping in the mount's idmapping
 * error: EPERM, the file system does not support directories here
 * error: EROFS, the file system is read-only
 *
 * since-version: 1.0
 *
 * notes: As for mkdirat, the mask reflects vfs_mkdir(), which keeps
 *   S_IRWXUGO | S_ISVTX; the manual page says the other bits are file
 *   system dependent. EOVERFLOW is kernel-only (idmapped mounts).
 */
SYSCALL_DEFINE2(mkdir, const char __user *, pathname, umode_t, mode)
{
	return 0;
}

/**
 * sys_rmdir - Remove an empty directory
 * @pathname: directory to remove
 *
 * long-desc: Removes the directory named by pathname, which must be
 *   empty. The last component is not followed if it is a symlink (which
 *   then gives ENOTDIR).
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Relative names start at the working directory; must not end in
 *   "." or "..".
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the directory is gone.
 *
 * error: EACCES, no write or search permission on the parent directory, or search permission missing on a path component
 * error: EBUSY, the directory is a mount point in use, the root, or the last component is "/"
 * error: EEXIST, the directory has entries, on a file system that reports it so (POSIX allows it; a network file system may pass it on from its server)
 * error: EFAULT, pathname is not a readable user address
 * error: EINVAL, the last component is "."
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving the parent
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENOENT, a component does not exist, pathname is empty, or the parent was removed
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, pathname or a parent component is not a directory
 * error: ENOTEMPTY, the directory has entries, or the last component is ".."
 * error: EOVERFLOW, the directory's owner or group has no mapping in the mount's idmapping
 * error: EPERM, the parent is sticky and the caller owns neither it nor the directory, the directory or parent is immutable or append-only, or the file system refuses removal
 * error: EROFS, the file system is read-only
 *
 * since-version: 1.0
 *
 * notes: EOVERFLOW is kernel-only (may_delete() on idmapped mounts).
 *   Local 6.12 file systems report a non-empty directory as ENOTEMPTY;
 *   EEXIST is listed because POSIX allows it and portable callers test
 *   for both.
 */
SYSCALL_DEFINE1(rmdir, const char __user *, pathname)
{
	return 0;
}

/**
 * sys_unlink - Remove a name relative to the working directory
 * @pathname: name to remove
 *
 * long-desc: unlinkat() with AT_FDCWD and no flags: deletes the name; the
 *   file is freed once no name and no open descriptor refer to it.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: The last component is removed; a symlink there is removed, not
 *   followed.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the name is gone.
 *
 * error: EACCES, no write or search permission on the parent directory, or search permission missing on a path component
 * error: EBUSY, the name is a mount point in use
 * error: EFAULT, pathname is not a readable user address
 * error: EIO, an I/O error
 * error: EISDIR, the name is a directory, or the last component is ".", ".." or "/"
 * error: ELOOP, too many symlinks while resolving the parent
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENOENT, a component does not exist or pathname is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory, or a trailing slash follows a name that is not a directory
 * error: EOVERFLOW, the file's owner or group has no mapping in the mount's idmapping
 * error: EPERM, the parent is sticky and the caller owns neither it nor the file, the file is immutable, append-only or an active swap file, or the file system refuses unlinking
 * error: EROFS, the file system is read-only
 *
 * since-version: 1.0
 *
 * notes: Linux gives EISDIR for a directory where POSIX allows EPERM.
 *   EOVERFLOW is kernel-only (may_delete() on idmapped mounts).
 */
SYSCALL_DEFINE1(unlink, const char __user *, pathname)
{
	return 0;
}

/**
 * sys_symlinkat - Create a symbolic link relative to a directory
 * @oldname: contents of the link (the path it points to)
 * @newdfd: directory that a relative newname starts from, or AT_FDCWD
 * @newname: name of the new link
 *
 * long-desc: Creates newname as a symlink whose contents are oldname.
 *   oldname is stored as given and not resolved; it may dangle.
 *
 * contexts: process, sleepable
 *
 * param: oldname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must not be empty and is at most PATH_MAX bytes with the NUL;
 *   a file system may allow less.
 *
 * param: newdfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD for the working directory.
 *   Ignored when newname is absolute.
 *
 * param: newname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must not exist yet.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the link exists.
 *
 * error: EACCES, no write or search permission on the parent of newname, or search permission missing on a path component
 * error: EBADF, newname is relative and newdfd is neither AT_FDCWD nor an open descriptor
 * error: EDQUOT, the user's quota of blocks or inodes is used up
 * error: EEXIST, newname already exists (even as a dangling symlink)
 * error: EFAULT, oldname or newname is not a readable user address
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving the parent of newname
 * error: ENAMETOOLONG, oldname or newname (or a component of newname) is too long
 * error: ENOENT, oldname or newname is empty, a parent component of newname does not exist, or the parent was removed
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the device has no room for the new link
 * error: ENOTDIR, a parent component of newname or newdfd is not a directory
 * error: EOVERFLOW, the caller's fsuid or fsgid has no mapping in the mount's idmapping
 * error: EPERM, the file system does not support symlinks
 * error: EROFS, the file system is read-only
 *
 * since-version: 2.6.16
 *
 * notes: EOVERFLOW is kernel-only (idmapped mounts).
 */
SYSCALL_DEFINE3(symlinkat, const char __user *, oldname,
		int, newdfd, const char __user *, newname)
{
	return 0;
}

/**
 * sys_symlink - Create a symbolic link relative to the working directory
 * @oldname: contents of the link (the path it points to)
 * @newname: name of the new link
 *
 * long-desc: symlinkat() with AT_FDCWD: creates newname as a symlink
 *   whose contents are oldname, stored as given.
 *
 * contexts: process, sleepable
 *
 * param: oldname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must not be empty and is at most PATH_MAX bytes with the NUL;
 *   a file system may allow less.
 *
 * param: newname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must not exist yet.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the link exists.
 *
 * error: EACCES, no write or search permission on the parent of newname, or search permission missing on a path component
 * error: EDQUOT, the user's quota of blocks or inodes is used up
 * error: EEXIST, newname already exists (even as a dangling symlink)
 * error: EFAULT, oldname or newname is not a readable user address
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving the parent of newname
 * error: ENAMETOOLONG, oldname or newname (or a component of newname) is too long
 * error: ENOENT, oldname or newname is empty, or a parent component of newname does not exist
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the device has no room for the new link
 * error: ENOTDIR, a parent component of newname is not a directory
 * error: EOVERFLOW, the caller's fsuid or fsgid has no mapping in the mount's idmapping
 * error: EPERM, the file system does not support symlinks
 * error: EROFS, the file system is read-only
 *
 * since-version: 1.0
 *
 * notes: EOVERFLOW is kernel-only (idmapped mounts).
 */
SYSCALL_DEFINE2(symlink, const char __user *, oldname, const char __user *, newname)
{
	return 0;
}

/**
 * sys_linkat - Create a hard link, relative to directories, with flags
 * @olddfd: directory that a relative oldname starts from, AT_FDCWD, or the file itself with AT_EMPTY_PATH
 * @oldname: existing file
 * @newdfd: directory that a relative newname starts from, or AT_FDCWD
 * @newname: name of the new link
 * @flags: AT_SYMLINK_FOLLOW, AT_EMPTY_PATH or 0
 *
 * long-desc: Gives the file at oldname the additional name newname on
 *   the same mount. A final symlink in oldname is linked itself unless
 *   AT_SYMLINK_FOLLOW is given. With AT_EMPTY_PATH and an empty oldname
 *   the file open on olddfd is linked (for example an O_TMPFILE file).
 *
 * contexts: process, sleepable
 *
 * param: olddfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor or AT_FDCWD; with AT_EMPTY_PATH and an
 *   empty oldname, the descriptor of the file to link.
 *
 * param: oldname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must exist and not be a directory; may be empty only with
 *   AT_EMPTY_PATH.
 *
 * param: newdfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD for the working directory.
 *
 * param: newname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must not exist yet; never followed.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH)
 *   desc: AT_SYMLINK_FOLLOW follows a final symlink in oldname;
 *   AT_EMPTY_PATH allows an empty oldname to mean olddfd. Any other bit,
 *   AT_SYMLINK_NOFOLLOW included, is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the new name exists.
 *
 * error: EACCES, no write or search permission on the parent of newname, or search permission missing on a path component
 * error: EBADF, a relative name (or AT_EMPTY_PATH with an empty oldname) with a dfd that is neither AT_FDCWD nor an open descriptor
 * error: EDQUOT, the user's quota is used up
 * error: EEXIST, newname already exists
 * error: EFAULT, oldname or newname is not a readable user address
 * error: EINVAL, flags has a bit other than AT_SYMLINK_FOLLOW and AT_EMPTY_PATH
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving a name
 * error: EMLINK, the file already has the maximum number of links
 * error: ENAMETOOLONG, a name or one of its components is too long
 * error: ENOENT, oldname or a parent component does not exist, a name is empty (oldname without AT_EMPTY_PATH), the file has no links left and is not a linkable O_TMPFILE, or AT_EMPTY_PATH on a descriptor opened with other credentials by a caller without CAP_DAC_READ_SEARCH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the device has no room for the new entry
 * error: ENOTDIR, a parent component or a dfd used for a relative name is not a directory
 * error: EOVERFLOW, the caller's fsuid or fsgid has no mapping in the mount's idmapping
 * error: EPERM, oldname is a directory, the file is immutable or append-only, protected_hardlinks refuses it, the file's ids are unmapped, or the file system does not support hard links
 * error: EROFS, the file system is read-only
 * error: EXDEV, oldname and newname are on different mounts
 *
 * capability: CAP_DAC_READ_SEARCH
 *   type: bypass_check
 *   allows: AT_EMPTY_PATH on a descriptor opened with other credentials
 *   without: ENOENT
 *
 * since-version: 2.6.16
 *
 * notes: Kernel and manual page disagree: the manual says AT_EMPTY_PATH
 *   needs CAP_DAC_READ_SEARCH; since 6.10 the kernel also allows it when
 *   olddfd was opened with the caller's own credentials. EOVERFLOW is
 *   kernel-only (idmapped mounts).
 */
SYSCALL_DEFINE5(linkat, int, olddfd, const char __user *, oldname,
		int, newdfd, const char __user *, newname, int, flags)
{
	return 0;
}

/**
 * sys_link - Create a hard link relative to the working directory
 * @oldname: existing file
 * @newname: name of the new link
 *
 * long-desc: linkat() with AT_FDCWD for both names and no flags: a final
 *   symlink in oldname is linked itself, not followed.
 *
 * contexts: process, sleepable
 *
 * param: oldname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must exist and not be a directory.
 *
 * param: newname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must not exist yet; never followed.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the new name exists.
 *
 * error: EACCES, no write or search permission on the parent of newname, or search permission missing on a path component
 * error: EDQUOT, the user's quota is used up
 * error: EEXIST, newname already exists
 * error: EFAULT, oldname or newname is not a readable user address
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving a name
 * error: EMLINK, the file already has the maximum number of links
 * error: ENAMETOOLONG, a name or one of its components is too long
 * error: ENOENT, oldname or a parent component does not exist, a name is empty, or the file has no links left
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the device has no room for the new entry
 * error: ENOTDIR, a parent component is not a directory
 * error: EOVERFLOW, the caller's fsuid or fsgid has no mapping in the mount's idmapping
 * error: EPERM, oldname is a directory, the file is immutable or append-only, protected_hardlinks refuses it, the file's ids are unmapped, or the file system does not support hard links
 * error: EROFS, the file system is read-only
 * error: EXDEV, oldname and newname are on different mounts
 *
 * since-version: 1.0
 *
 * notes: POSIX leaves open whether link() follows a final symlink in
 *   oldname; Linux does not. EOVERFLOW is kernel-only (idmapped mounts).
 */
SYSCALL_DEFINE2(link, const char __user *, oldname, const char __user *, newname)
{
	return 0;
}

/**
 * sys_renameat - Rename a directory entry, relative to directories
 * @olddfd: directory that a relative oldname starts from, or AT_FDCWD
 * @oldname: existing name
 * @newdfd: directory that a relative newname starts from, or AT_FDCWD
 * @newname: new name
 *
 * long-desc: renameat2() without flags: atomically gives the object at
 *   oldname the name newname, replacing newname if it exists.
 *
 * contexts: process, sleepable
 *
 * param: olddfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD for the working directory.
 *
 * param: oldname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must exist; a symlink as last component is renamed, not
 *   followed.
 *
 * param: newdfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD for the working directory.
 *
 * param: newname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must be on the same mount as oldname.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the rename is complete (also when both names are the same file).
 *
 * error: EACCES, no write permission on a parent directory, search permission missing, or moving a directory whose ".." cannot be updated
 * error: EBADF, a relative name with a dfd that is neither AT_FDCWD nor an open descriptor
 * error: EBUSY, oldname or newname is a mount point in use, the root, or ends in "." or ".."
 * error: EDQUOT, the user's quota is used up
 * error: EEXIST, newname is a non-empty directory on some file systems
 * error: EFAULT, oldname or newname is not a readable user address
 * error: EINVAL, a directory would become its own subdirectory
 * error: EIO, an I/O error
 * error: EISDIR, newname is a directory and oldname is not
 * error: ELOOP, too many symlinks while resolving a parent
 * error: EMLINK, moving a directory to a parent that has the maximum number of links
 * error: ENAMETOOLONG, a name or component is too long
 * error: ENOENT, oldname does not exist, a parent component is missing, or a name is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the device has no room for the new entry
 * error: ENOTDIR, a parent component is not a directory, oldname is a directory and newname is not, or a trailing slash on a non-directory
 * error: ENOTEMPTY, newname is a non-empty directory, or newname is an ancestor of oldname
 * error: EOVERFLOW, an inode's owner or group, or the caller's fsuid or fsgid, has no mapping in the mount's idmapping
 * error: EPERM, a sticky directory blocks the caller, a file is immutable or append-only, or the file system does not support renaming
 * error: EROFS, the file system is read-only
 * error: EXDEV, oldname and newname are on different mounts
 *
 * since-version: 2.6.16
 *
 * notes: Kernel and manual page: the manual does not say that a last
 *   component of "." or ".." gives EBUSY, which is what 6.12
 *   (do_renameat2) returns. EOVERFLOW is kernel-only (idmapped mounts).
 */
SYSCALL_DEFINE4(renameat, int, olddfd, const char __user *, oldname,
		int, newdfd, const char __user *, newname)
{
	return 0;
}

/**
 * sys_rename - Rename a directory entry relative to the working directory
 * @oldname: existing name
 * @newname: new name
 *
 * long-desc: renameat2() with AT_FDCWD for both names and no flags:
 *   atomically gives the object at oldname the name newname, replacing
 *   newname if it exists.
 *
 * contexts: process, sleepable
 *
 * param: oldname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must exist; a symlink as last component is renamed, not
 *   followed.
 *
 * param: newname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: Must be on the same mount as oldname.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the rename is complete (also when both names are the same file).
 *
 * error: EACCES, no write permission on a parent directory, search permission missing, or moving a directory whose ".." cannot be updated
 * error: EBUSY, oldname or newname is a mount point in use, the root, or ends in "." or ".."
 * error: EDQUOT, the user's quota is used up
 * error: EEXIST, newname is a non-empty directory on some file systems
 * error: EFAULT, oldname or newname is not a readable user address
 * error: EINVAL, a directory would become its own subdirectory
 * error: EIO, an I/O error
 * error: EISDIR, newname is a directory and oldname is not
 * error: ELOOP, too many symlinks while resolving a parent
 * error: EMLINK, moving a directory to a parent that has the maximum number of links
 * error: ENAMETOOLONG, a name or component is too long
 * error: ENOENT, oldname does not exist, a parent component is missing, or a name is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the device has no room for the new entry
 * error: ENOTDIR, a parent component is not a directory, oldname is a directory and newname is not, or a trailing slash on a non-directory
 * error: ENOTEMPTY, newname is a non-empty directory, or newname is an ancestor of oldname
 * error: EOVERFLOW, an inode's owner or group, or the caller's fsuid or fsgid, has no mapping in the mount's idmapping
 * error: EPERM, a sticky directory blocks the caller, a file is immutable or append-only, or the file system does not support renaming
 * error: EROFS, the file system is read-only
 * error: EXDEV, oldname and newname are on different mounts
 *
 * since-version: 1.0
 *
 * notes: Kernel and manual page: the manual does not say that a last
 *   component of "." or ".." gives EBUSY, which is what 6.12
 *   (do_renameat2) returns. EOVERFLOW is kernel-only (idmapped mounts).
 */
SYSCALL_DEFINE2(rename, const char __user *, oldname, const char __user *, newname)
{
	return 0;
}

/**
 * sys_readlinkat - Read the contents of a symbolic link, relative to a directory
 * @dfd: directory that a relative pathname starts from, AT_FDCWD, or the link itself with an empty pathname
 * @pathname: path of the symlink
 * @buf: user buffer that receives the contents
 * @bufsiz: size of buf in bytes
 *
 * long-desc: Copies the contents of the symlink at pathname into buf,
 *   truncated to bufsiz bytes and without a terminating NUL. An empty
 *   pathname reads the symlink open on dfd (an O_PATH | O_NOFOLLOW
 *   descriptor).
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor or AT_FDCWD; with an empty pathname, the
 *   descriptor of the symlink itself.
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: The final component is not followed. May be empty (no flag is
 *   needed).
 *
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: buffer(3)
 *   desc: Must be writable for bufsiz bytes; no NUL is appended.
 *
 * param: bufsiz
 *   type: int, input
 *   constraint-type: range(1, INT_MAX)
 *   desc: Must be positive; 0 or a negative size is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes placed in buf; equal to bufsiz when the
 *   contents may have been truncated.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EBADF, dfd is not an open descriptor where one is needed (relative or empty pathname)
 * error: EFAULT, pathname or buf is not an accessible user address
 * error: EINVAL, bufsiz is not positive, or the named file is not a symlink
 * error: EIO, an I/O error while reading the link
 * error: ELOOP, too many symlinks while resolving the parent components
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENOENT, a component does not exist, or pathname is empty and dfd is not a symlink
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component or dfd is not a directory
 *
 * since-version: 2.6.16
 *
 * notes: An empty pathname on a descriptor that is not a symlink gives
 *   ENOENT, not EINVAL (do_readlinkat); the manual page does not list
 *   that case.
 */
SYSCALL_DEFINE4(readlinkat, int, dfd, const char __user *, pathname,
		char __user *, buf, int, bufsiz)
{
	return 0;
}

/**
 * sys_readlink - Read the contents of a symbolic link named by a path
 * @path: path of the symlink
 * @buf: user buffer that receives the contents
 * @bufsiz: size of buf in bytes
 *
 * long-desc: readlinkat() with AT_FDCWD: copies the contents of the
 *   symlink into buf, truncated to bufsiz bytes and without a terminating
 *   NUL.
 *
 * contexts: process, sleepable
 *
 * param: path
 *   type: path, input
 *   constraint-type: user_path
 *   desc: The final component is not followed.
 *
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: buffer(2)
 *   desc: Must be writable for bufsiz bytes; no NUL is appended.
 *
 * param: bufsiz
 *   type: int, input
 *   constraint-type: range(1, INT_MAX)
 *   desc: Must be positive; 0 or a negative size is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes placed in buf; equal to bufsiz when the
 *   contents may have been truncated.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EFAULT, path or buf is not an accessible user address
 * error: EINVAL, bufsiz is not positive, or the named file is not a symlink
 * error: EIO, an I/O error while reading the link
 * error: ELOOP, too many symlinks while resolving the parent components
 * error: ENAMETOOLONG, path or one of its components is too long
 * error: ENOENT, a component does not exist, or path is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE3(readlink, const char __user *, path, char __user *, buf,
		int, bufsiz)
{
	return 0;
}
