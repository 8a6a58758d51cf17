// SPDX-License-Identifier: MIT
/* Default KAPI specs for name-based file operations relative to a directory descriptor (unlinkat .. statx).
 * Facts come from the Linux 6.12 source and its manual pages; the words are ours. */

/**
 * sys_unlinkat - Remove a directory entry, or an empty directory
 * @dfd: directory that a relative pathname starts from, or AT_FDCWD
 * @pathname: name to remove
 * @flag: 0, or AT_REMOVEDIR to remove a directory
 *
 * long-desc: Deletes the name. Without AT_REMOVEDIR the name must not be
 *   a directory and the file is freed once no name and no open
 *   descriptor refer to it. With AT_REMOVEDIR the name must be an empty
 *   directory, as for rmdir().
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD for the working directory.
 *   Ignored when pathname is absolute.
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: The last component is removed; a symlink there is removed, not
 *   followed.
 *
 * param: flag
 *   type: int, input
 *   constraint-type: mask(AT_REMOVEDIR)
 *   desc: 0 removes a non-directory name; AT_REMOVEDIR removes an empty
 *   directory.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the name is gone.
 *
 * error: EACCES, no write or search permission on the parent directory, or search permission missing on a path component
 * error: EBADF, pathname is relative and dfd is neither AT_FDCWD nor an open descriptor
 * error: EBUSY, the name is a mount point (or the root) in use
 * error: EFAULT, pathname is not a readable user address
 * error: EINVAL, flag has a bit other than AT_REMOVEDIR, or AT_REMOVEDIR with "." as last component
 * error: EIO, an I/O error
 * error: EISDIR, the name is a directory and AT_REMOVEDIR was not given
 * error: ELOOP, too many symlinks while resolving the parent
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENOENT, a component does not exist or pathname is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component is not a directory, dfd is not a directory, or AT_REMOVEDIR on a name that is not a directory
 * error: ENOTEMPTY, AT_REMOVEDIR and the directory has entries, or the last component is ".."
 * error: EPERM, the parent is sticky and the caller owns neither it nor the file, the file is immutable or append-only, or the file system refuses unlinking
 * error: EROFS, the file system is read-only
 *
 * since-version: 2.6.16
 *
 * notes: AT_REMOVEDIR has the same value as AT_EACCESS.
 */
SYSCALL_DEFINE3(unlinkat, int, dfd, const char __user *, pathname, int, flag)
{
	return 0;
}

/**
 * sys_mkdirat - Create a directory
 * @dfd: directory that a relative pathname starts from, or AT_FDCWD
 * @pathname: name of the new directory
 * @mode: permission bits of the new directory
 *
 * long-desc: Creates an empty directory with the permission bits of
 *   mode, less the umask (or the default ACL of the parent).
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD for the working directory.
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
 * error: EBADF, pathname is relative and dfd is neither AT_FDCWD nor an open descriptor
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
 * error: ENOTDIR, a parent component or dfd is not a directory
 * error: EOVERFLOW, the caller's fsuid or fsgid has no mapping in the mount's idmapping
 * error: EPERM, the file system does not support directories here
 * error: EROFS, the file system is read-only
 *
 * since-version: 2.6.16
 *
 * notes: The mask reflects vfs_mkdir(), which keeps S_IRWXUGO | S_ISVTX;
 *   the manual page says the other bits are file-system dependent.
 *   EOVERFLOW is kernel-only (idmapped mounts).
 */
SYSCALL_DEFINE3(mkdirat, int, dfd, const char __user *, pathname, umode_t, mode)
{
	return 0;
}

/**
 * sys_renameat2 - Rename or exchange directory entries, with flags
 * @olddfd: directory that a relative oldname starts from, or AT_FDCWD
 * @oldname: existing name
 * @newdfd: directory that a relative newname starts from, or AT_FDCWD
 * @newname: new name
 * @flags: RENAME_NOREPLACE, RENAME_EXCHANGE, RENAME_WHITEOUT or 0
 *
 * long-desc: Atomically gives the object at oldname the name newname,
 *   replacing newname if it exists (unless RENAME_NOREPLACE).
 *   RENAME_EXCHANGE swaps the two names instead; RENAME_WHITEOUT leaves a
 *   whiteout at oldname (for overlay file systems).
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
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT)
 *   desc: RENAME_EXCHANGE cannot be combined with the other two.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the rename (or exchange) is complete.
 *
 * error: EACCES, no write permission on a parent directory, search permission missing, or moving a directory whose ".." cannot be updated
 * error: EBADF, a relative name with a dfd that is neither AT_FDCWD nor an open descriptor
 * error: EBUSY, oldname or newname is a mount point in use, or the root
 * error: EDQUOT, the user's quota is used up
 * error: EEXIST, RENAME_NOREPLACE and newname exists, or newname is a non-empty directory on some file systems
 * error: EFAULT, oldname or newname is not a readable user address
 * error: EINVAL, unknown flags, RENAME_EXCHANGE with another flag, the file system does not support a flag, or a directory would become its own subdirectory
 * error: EIO, an I/O error
 * error: EISDIR, newname is a directory and oldname is not
 * error: ELOOP, too many symlinks while resolving a parent
 * error: EMLINK, moving a directory to a parent that has the maximum number of links
 * error: ENAMETOOLONG, a name or component is too long
 * error: ENOENT, oldname does not exist, a parent component is missing, or RENAME_EXCHANGE and newname does not exist
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the device has no room for the new entry
 * error: ENOTDIR, a parent component is not a directory, oldname is a directory and newname is not, or a trailing slash on a non-directory
 * error: ENOTEMPTY, newname is a non-empty directory
 * error: EPERM, a sticky directory blocks the caller, a file is immutable or append-only, or the file system does not support renaming
 * error: EROFS, the file system is read-only
 * error: EXDEV, oldname and newname are on different mounts
 *
 * since-version: 3.15
 *
 * notes: Kernel and manual page disagree: the manual says RENAME_WHITEOUT
 *   needs CAP_MKNOD (EPERM); 6.12 has no such check in the rename path
 *   (creating a whiteout device is unprivileged since 5.8), so whether it
 *   works is up to the file system (EINVAL when unsupported). Flags come
 *   from <linux/fs.h> or glibc's <stdio.h> with _GNU_SOURCE.
 */
SYSCALL_DEFINE5(renameat2, int, olddfd, const char __user *, oldname,
		int, newdfd, const char __user *, newname, unsigned int, flags)
{
	return 0;
}

/**
 * sys_faccessat2 - Check the caller's permissions on a file, with flags
 * @dfd: directory that a relative filename starts from, or AT_FDCWD
 * @filename: path of the file to check
 * @mode: F_OK, or an OR of R_OK, W_OK and X_OK
 * @flags: AT_EACCESS, AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH or 0
 *
 * long-desc: Reports whether the caller could access the file in the
 *   given ways. By default the real user and group ids are used;
 *   AT_EACCESS uses the effective ids instead. With F_OK only existence
 *   is checked.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD; with AT_EMPTY_PATH and an
 *   empty filename, the file to check.
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: May be empty only with AT_EMPTY_PATH.
 *
 * param: mode
 *   type: int, input
 *   constraint-type: mask(S_IRWXO)
 *   desc: R_OK | W_OK | X_OK, or F_OK (0) to test existence only.  The
 *   kernel knows no R_OK names and checks the bits against S_IRWXO (7).
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)
 *   desc: AT_EACCESS checks with the effective ids, AT_SYMLINK_NOFOLLOW
 *   checks a final symlink itself, AT_EMPTY_PATH allows an empty filename
 *   to mean dfd.
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
 * error: EINVAL, mode has bits other than R_OK, W_OK and X_OK, or flags has an unknown bit
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty without AT_EMPTY_PATH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component or dfd is not a directory
 * error: EPERM, W_OK on an immutable file
 * error: EROFS, W_OK on a regular file, directory or symlink of a read-only file system
 *
 * since-version: 5.8
 *
 * notes: The C library's faccessat() uses this syscall when flags is not
 *   0. The manual also lists ETXTBSY for W_OK on a running executable;
 *   the 6.12 permission check does not return it.
 */
SYSCALL_DEFINE4(faccessat2, int, dfd, const char __user *, filename, int, mode,
		int, flags)
{
	return 0;
}

/**
 * sys_statx - Get extended file attributes
 * @dfd: directory that a relative filename starts from, AT_FDCWD, or the file itself with AT_EMPTY_PATH
 * @filename: path of the file, or NULL / "" with AT_EMPTY_PATH
 * @flags: lookup and synchronisation flags
 * @mask: STATX_* bits naming the fields the caller wants
 * @buffer: user struct statx that receives the result
 *
 * long-desc: Fills a struct statx with the file's attributes. stx_mask
 *   in the result says which fields were actually filled; a file system
 *   may fill more or fewer than requested.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor or AT_FDCWD; with AT_EMPTY_PATH and a
 *   NULL or empty filename, any open descriptor (O_PATH included) whose
 *   file is queried.
 *
 * param: filename
 *   type: path, input, optional
 *   constraint-type: user_path
 *   desc: NULL is accepted together with AT_EMPTY_PATH.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC)
 *   desc: AT_STATX_FORCE_SYNC and AT_STATX_DONT_SYNC exclude each other;
 *   neither means AT_STATX_SYNC_AS_STAT (0).
 *
 * param: mask
 *   type: uint, input
 *   constraint-type: mask(~STATX__RESERVED)
 *   desc: The STATX_* bits of the fields wanted (STATX_BASIC_STATS and
 *   STATX_ALL are shorthands). Only STATX__RESERVED is rejected; every
 *   other bit is accepted, and a bit the kernel does not know is ignored.
 *
 * param: buffer
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct statx)
 *   desc: Written only on success.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the buffer has been filled.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EBADF, dfd is not an open descriptor where one is needed (relative filename, or AT_EMPTY_PATH with an empty filename)
 * error: EFAULT, filename or buffer is not an accessible user address
 * error: EINVAL, flags has an unknown bit or both sync flags, or mask has STATX__RESERVED set
 * error: EIO, an I/O error while fetching attributes (for example from a network server)
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty without AT_EMPTY_PATH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component or dfd is not a directory
 *
 * since-version: 4.11
 *
 * notes: Kernel and manual page disagree: the manual says a NULL filename
 *   is EFAULT; since 6.11 NULL with AT_EMPTY_PATH queries dfd itself.
 *   The mask admits every bit but STATX__RESERVED because that is the only
 *   test do_statx makes (the plugin mines it); the request bits 6.12 knows
 *   are STATX_TYPE through STATX_WRITE_ATOMIC (STATX_CHANGE_COOKIE is
 *   kernel-internal and dropped). STATX_MNT_ID_UNIQUE (6.8), STATX_SUBVOL
 *   (6.10) and STATX_WRITE_ATOMIC (6.11) may be missing from older headers.
 */
SYSCALL_DEFINE5(statx,
		int, dfd, const char __user *, filename, unsigned, flags,
		unsigned int, mask,
		struct statx __user *, buffer)
{
	return 0;
}
