// SPDX-License-Identifier: MIT
/* Default KAPI specs for extended attributes and inotify (setxattr .. inotify_add_watch).
 * Facts come from the Linux 6.12 source and its manual pages; the words are ours. */

/**
 * sys_setxattr - Set an extended attribute of a file, following symlinks
 * @pathname: path of the file
 * @name: attribute name with its namespace prefix
 * @value: new attribute value
 * @size: length of value in bytes
 * @flags: XATTR_CREATE, XATTR_REPLACE or 0
 *
 * long-desc: Stores value as the attribute name of the file that
 *   pathname resolves to. By default the attribute is created or
 *   replaced; XATTR_CREATE requires it to be absent and XATTR_REPLACE
 *   requires it to exist.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is followed (lsetxattr does not).
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: user_string(XATTR_NAME_MAX)
 *   desc: NUL-terminated, 1 to XATTR_NAME_MAX bytes, starting with a
 *   namespace prefix such as "user.", "trusted.", "security." or
 *   "system.".
 *
 * param: value
 *   type: user_ptr, input, const, optional
 *   constraint-type: buffer(3)
 *   desc: May be NULL when size is 0 (an empty value).
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(0, XATTR_SIZE_MAX)
 *   desc: Length of value; 0 stores an empty value. Above XATTR_SIZE_MAX
 *   is E2BIG.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(XATTR_CREATE | XATTR_REPLACE)
 *   desc: 0 creates or replaces; XATTR_CREATE fails if present;
 *   XATTR_REPLACE fails if absent.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the attribute is stored.
 *
 * error: E2BIG, size is larger than XATTR_SIZE_MAX
 * error: EACCES, search permission is missing on a path component, or the caller may not write the attribute
 * error: EDQUOT, the user's quota is used up
 * error: EEXIST, XATTR_CREATE and the attribute exists
 * error: EFAULT, pathname, name or value is not accessible
 * error: EINVAL, flags has a bit other than XATTR_CREATE and XATTR_REPLACE, or the value is invalid for the attribute (for example a malformed ACL)
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving pathname
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENODATA, XATTR_REPLACE and the attribute does not exist
 * error: ENOENT, a component of pathname does not exist or pathname is empty
 * error: ENOMEM, kernel memory for the value could not be allocated
 * error: ENOSPC, no room to store the attribute
 * error: ENOTDIR, a parent component of pathname is not a directory
 * error: EOPNOTSUPP, the namespace prefix is unknown, or the file system does not support extended attributes or this namespace
 * error: EPERM, the file is immutable or append-only, a "trusted." name without CAP_SYS_ADMIN, a "user." name on something other than a regular file or directory, or an LSM refused
 * error: ERANGE, name is empty or longer than XATTR_NAME_MAX, or the value exceeds a file-system limit
 * error: EROFS, the file system is read-only
 *
 * since-version: 2.4
 *
 * notes: The manual page spells EOPNOTSUPP as ENOTSUP (the same value on
 *   Linux). It does not list E2BIG; 6.12 returns E2BIG for size above
 *   XATTR_SIZE_MAX and ERANGE for an empty or overlong name.
 */
SYSCALL_DEFINE5(setxattr, const char __user *, pathname,
		const char __user *, name, const void __user *, value,
		size_t, size, int, flags)
{
	return 0;
}

/**
 * sys_getxattr - Read an extended attribute of a file, following symlinks
 * @pathname: path of the file
 * @name: attribute name with its namespace prefix
 * @value: user buffer that receives the value
 * @size: size of the buffer in bytes, or 0 to ask for the value's length
 *
 * long-desc: Copies the value of attribute name into value and returns
 *   its length. With size 0 nothing is copied and only the current length
 *   is returned.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is followed (lgetxattr does not).
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: user_string(XATTR_NAME_MAX)
 *   desc: NUL-terminated, 1 to XATTR_NAME_MAX bytes, with a namespace
 *   prefix.
 *
 * param: value
 *   type: user_ptr, output, optional
 *   constraint-type: buffer(3)
 *   desc: May be NULL when size is 0.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(0, SIZE_MAX)
 *   desc: Sizes above XATTR_SIZE_MAX are clamped to it.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Length of the value in bytes.
 *
 * error: E2BIG, the value is larger than XATTR_SIZE_MAX and the buffer was at least that big
 * error: EACCES, search permission is missing on a path component, or the caller may not read the attribute
 * error: EFAULT, pathname, name or value is not accessible
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving pathname
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENODATA, the attribute does not exist or is not visible to the caller ("trusted." without CAP_SYS_ADMIN, "user." on a special file)
 * error: ENOENT, a component of pathname does not exist or pathname is empty
 * error: ENOMEM, kernel memory for the value could not be allocated
 * error: ENOTDIR, a parent component of pathname is not a directory
 * error: EOPNOTSUPP, the namespace prefix is unknown or the file system does not support extended attributes
 * error: ERANGE, size is non-zero but too small for the value, or name is empty or longer than XATTR_NAME_MAX
 *
 * since-version: 2.4
 *
 * notes: The manual page spells EOPNOTSUPP as ENOTSUP and does not list
 *   E2BIG or the ERANGE for a bad name length, which 6.12 returns.
 */
SYSCALL_DEFINE4(getxattr, const char __user *, pathname,
		const char __user *, name, void __user *, value, size_t, size)
{
	return 0;
}

/**
 * sys_removexattr - Remove an extended attribute of a file, following symlinks
 * @pathname: path of the file
 * @name: attribute name with its namespace prefix
 *
 * long-desc: Deletes the attribute name from the file that pathname
 *   resolves to.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is followed (lremovexattr does not).
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: user_string(XATTR_NAME_MAX)
 *   desc: NUL-terminated, 1 to XATTR_NAME_MAX bytes, with a namespace
 *   prefix.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the attribute is gone.
 *
 * error: EACCES, search permission is missing on a path component, or the caller may not change the attribute
 * error: EFAULT, pathname or name is not accessible
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving pathname
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENODATA, the attribute does not exist
 * error: ENOENT, a component of pathname does not exist or pathname is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component of pathname is not a directory
 * error: EOPNOTSUPP, the namespace prefix is unknown or the file system does not support extended attributes
 * error: EPERM, the file is immutable or append-only, a "trusted." name without CAP_SYS_ADMIN, a "user." name on a special file, or an LSM refused
 * error: ERANGE, name is empty or longer than XATTR_NAME_MAX
 * error: EROFS, the file system is read-only
 *
 * since-version: 2.4
 *
 * notes: The manual page spells EOPNOTSUPP as ENOTSUP and does not list
 *   ERANGE for a bad name length.
 */
SYSCALL_DEFINE2(removexattr, const char __user *, pathname,
		const char __user *, name)
{
	return 0;
}

/**
 * sys_inotify_init1 - Create an inotify instance, with flags
 * @flags: IN_CLOEXEC, IN_NONBLOCK or 0
 *
 * long-desc: Creates a new inotify event queue and returns a descriptor
 *   for it. Watches are added with inotify_add_watch(); events are read
 *   from the descriptor as struct inotify_event records.
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(IN_CLOEXEC | IN_NONBLOCK)
 *   desc: IN_CLOEXEC sets close-on-exec, IN_NONBLOCK makes reads
 *   non-blocking.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new inotify descriptor.
 *
 * error: EINVAL, flags has a bit other than IN_CLOEXEC and IN_NONBLOCK
 * error: EMFILE, the user reached fs.inotify.max_user_instances, or the caller has RLIMIT_NOFILE descriptors open
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENOMEM, kernel memory could not be allocated
 *
 * since-version: 2.6.27
 *
 * notes: IN_CLOEXEC and IN_NONBLOCK equal O_CLOEXEC and O_NONBLOCK.
 */
SYSCALL_DEFINE1(inotify_init1, int, flags)
{
	return 0;
}

/**
 * sys_inotify_add_watch - Add or change a watch on an inotify instance
 * @fd: inotify descriptor
 * @pathname: file or directory to watch
 * @mask: events to report and watch options
 *
 * long-desc: Starts watching the inode that pathname resolves to for the
 *   events in mask, or updates the existing watch on that inode
 *   (replacing its mask, or adding to it with IN_MASK_ADD). Returns the
 *   watch descriptor that events for this inode carry.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be a descriptor from inotify_init1().
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: The caller needs read permission on the target.
 *
 * param: mask
 *   type: uint, input
 *   constraint-type: mask(IN_ACCESS | IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE | IN_OPEN | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT | IN_Q_OVERFLOW | IN_IGNORED | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK | IN_MASK_ADD | IN_MASK_CREATE | IN_ISDIR | IN_ONESHOT)
 *   desc: Must not be 0. IN_MASK_ADD and IN_MASK_CREATE exclude each
 *   other.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The watch descriptor (positive, unique per instance).
 *
 * error: EACCES, no read permission on the target, or search permission missing on a path component
 * error: EBADF, fd is not open
 * error: EEXIST, IN_MASK_CREATE and the inode is already watched by this instance
 * error: EFAULT, pathname is not a readable user address
 * error: EINVAL, mask is 0 or has unknown bits, IN_MASK_ADD with IN_MASK_CREATE, or fd is not an inotify descriptor
 * error: ELOOP, too many symlinks while resolving pathname
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENOENT, a component of pathname does not exist or pathname is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, the user reached fs.inotify.max_user_watches
 * error: ENOTDIR, IN_ONLYDIR and the target is not a directory, or a parent component is not a directory
 *
 * since-version: 2.6.13
 *
 * notes: The mask is ALL_INOTIFY_BITS from include/linux/inotify.h. It
 *   includes the output-only bits IN_UNMOUNT, IN_Q_OVERFLOW, IN_IGNORED and
 *   IN_ISDIR, which the kernel accepts as input but which request nothing;
 *   a mask made only of them is accepted too.
 */
SYSCALL_DEFINE3(inotify_add_watch, int, fd, const char __user *, pathname,
		u32, mask)
{
	return 0;
}

/* ---- fsstat family: the l* and f* variants and the list calls ---- */

/**
 * sys_lsetxattr - Set an extended attribute of a file, not following a final symlink
 * @pathname: path of the file
 * @name: attribute name with its namespace prefix
 * @value: new attribute value
 * @size: length of value in bytes
 * @flags: XATTR_CREATE, XATTR_REPLACE or 0
 *
 * long-desc: As setxattr(), except that when pathname names a symbolic
 *   link the attribute is set on the link itself.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is not followed.
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: user_string(XATTR_NAME_MAX)
 *   desc: NUL-terminated, 1 to XATTR_NAME_MAX bytes, with a namespace
 *   prefix.
 *
 * param: value
 *   type: user_ptr, input, const, optional
 *   constraint-type: buffer(3)
 *   desc: May be NULL when size is 0 (an empty value).
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(0, XATTR_SIZE_MAX)
 *   desc: Length of value; above XATTR_SIZE_MAX is E2BIG.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(XATTR_CREATE | XATTR_REPLACE)
 *   desc: 0 creates or replaces; XATTR_CREATE fails if present;
 *   XATTR_REPLACE fails if absent.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the attribute is stored.
 *
 * error: E2BIG, size is larger than XATTR_SIZE_MAX
 * error: EACCES, search permission is missing on a path component, or the caller may not write the attribute
 * error: EDQUOT, the user's quota is used up
 * error: EEXIST, XATTR_CREATE and the attribute exists
 * error: EFAULT, pathname, name or value is not accessible
 * error: EINVAL, flags has a bit other than XATTR_CREATE and XATTR_REPLACE, or the value is invalid for the attribute (for example a malformed ACL)
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving the parent components of pathname
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENODATA, XATTR_REPLACE and the attribute does not exist
 * error: ENOENT, a component of pathname does not exist or pathname is empty
 * error: ENOMEM, kernel memory for the value could not be allocated
 * error: ENOSPC, no room to store the attribute
 * error: ENOTDIR, a parent component of pathname is not a directory
 * error: EOPNOTSUPP, the namespace prefix is unknown, or the file system does not support extended attributes or this namespace
 * error: EPERM, the file is immutable or append-only, a "trusted." name without CAP_SYS_ADMIN, a "user." name on something other than a regular file or directory (a symlink included), or an LSM refused
 * error: ERANGE, name is empty or longer than XATTR_NAME_MAX, or the value exceeds a file-system limit
 * error: EROFS, the file system is read-only
 *
 * since-version: 2.4
 *
 * notes: Same checks as setxattr() (setxattr_copy in fs/xattr.c), made
 *   before the path is resolved. The manual page spells EOPNOTSUPP as
 *   ENOTSUP and does not list E2BIG.
 */
SYSCALL_DEFINE5(lsetxattr, const char __user *, pathname,
		const char __user *, name, const void __user *, value,
		size_t, size, int, flags)
{
	return 0;
}

/**
 * sys_fsetxattr - Set an extended attribute of an open file
 * @fd: descriptor of the file
 * @name: attribute name with its namespace prefix
 * @value: new attribute value
 * @size: length of value in bytes
 * @flags: XATTR_CREATE, XATTR_REPLACE or 0
 *
 * long-desc: As setxattr(), for the file open on fd.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An open descriptor; O_PATH descriptors are EBADF.
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: user_string(XATTR_NAME_MAX)
 *   desc: NUL-terminated, 1 to XATTR_NAME_MAX bytes, with a namespace
 *   prefix.
 *
 * param: value
 *   type: user_ptr, input, const, optional
 *   constraint-type: buffer(3)
 *   desc: May be NULL when size is 0 (an empty value).
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(0, XATTR_SIZE_MAX)
 *   desc: Length of value; above XATTR_SIZE_MAX is E2BIG.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(XATTR_CREATE | XATTR_REPLACE)
 *   desc: 0 creates or replaces; XATTR_CREATE fails if present;
 *   XATTR_REPLACE fails if absent.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the attribute is stored.
 *
 * error: E2BIG, size is larger than XATTR_SIZE_MAX
 * error: EACCES, the caller may not write the attribute
 * error: EBADF, fd is not an open descriptor (or is an O_PATH one)
 * error: EDQUOT, the user's quota is used up
 * error: EEXIST, XATTR_CREATE and the attribute exists
 * error: EFAULT, name or value is not accessible
 * error: EINVAL, flags has a bit other than XATTR_CREATE and XATTR_REPLACE, or the value is invalid for the attribute (for example a malformed ACL)
 * error: EIO, an I/O error
 * error: ENODATA, XATTR_REPLACE and the attribute does not exist
 * error: ENOMEM, kernel memory for the value could not be allocated
 * error: ENOSPC, no room to store the attribute
 * error: EOPNOTSUPP, the namespace prefix is unknown, or the file system does not support extended attributes or this namespace
 * error: EPERM, the file is immutable or append-only, a "trusted." name without CAP_SYS_ADMIN, a "user." name on something other than a regular file or directory, or an LSM refused
 * error: ERANGE, name is empty or longer than XATTR_NAME_MAX, or the value exceeds a file-system limit
 * error: EROFS, the file system is read-only
 *
 * since-version: 2.4
 *
 * notes: fd is looked up first (EBADF), then the checks of setxattr().
 *   The manual page spells EOPNOTSUPP as ENOTSUP and does not list E2BIG.
 */
SYSCALL_DEFINE5(fsetxattr, int, fd, const char __user *, name,
		const void __user *,value, size_t, size, int, flags)
{
	return 0;
}

/**
 * sys_lgetxattr - Read an extended attribute of a file, not following a final symlink
 * @pathname: path of the file
 * @name: attribute name with its namespace prefix
 * @value: user buffer that receives the value
 * @size: size of the buffer in bytes, or 0 to ask for the value's length
 *
 * long-desc: As getxattr(), except that when pathname names a symbolic
 *   link the attribute is read from the link itself.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is not followed.
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: user_string(XATTR_NAME_MAX)
 *   desc: NUL-terminated, 1 to XATTR_NAME_MAX bytes, with a namespace
 *   prefix.
 *
 * param: value
 *   type: user_ptr, output, optional
 *   constraint-type: buffer(3)
 *   desc: May be NULL when size is 0.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(0, SIZE_MAX)
 *   desc: Sizes above XATTR_SIZE_MAX are clamped to it.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Length of the value in bytes.
 *
 * error: E2BIG, the value is larger than XATTR_SIZE_MAX and the buffer was at least that big
 * error: EACCES, search permission is missing on a path component, or the caller may not read the attribute
 * error: EFAULT, pathname, name or value is not accessible
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving the parent components of pathname
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENODATA, the attribute does not exist or is not visible to the caller ("trusted." without CAP_SYS_ADMIN, "user." on a special file or symlink)
 * error: ENOENT, a component of pathname does not exist or pathname is empty
 * error: ENOMEM, kernel memory for the value could not be allocated
 * error: ENOTDIR, a parent component of pathname is not a directory
 * error: EOPNOTSUPP, the namespace prefix is unknown or the file system does not support extended attributes
 * error: ERANGE, size is non-zero but too small for the value, or name is empty or longer than XATTR_NAME_MAX
 *
 * since-version: 2.4
 *
 * notes: The manual page spells EOPNOTSUPP as ENOTSUP and does not list
 *   E2BIG or the ERANGE for a bad name length, which 6.12 returns.
 */
SYSCALL_DEFINE4(lgetxattr, const char __user *, pathname,
		const char __user *, name, void __user *, value, size_t, size)
{
	return 0;
}

/**
 * sys_fgetxattr - Read an extended attribute of an open file
 * @fd: descriptor of the file
 * @name: attribute name with its namespace prefix
 * @value: user buffer that receives the value
 * @size: size of the buffer in bytes, or 0 to ask for the value's length
 *
 * long-desc: As getxattr(), for the file open on fd.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An open descriptor; O_PATH descriptors are EBADF.
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: user_string(XATTR_NAME_MAX)
 *   desc: NUL-terminated, 1 to XATTR_NAME_MAX bytes, with a namespace
 *   prefix.
 *
 * param: value
 *   type: user_ptr, output, optional
 *   constraint-type: buffer(3)
 *   desc: May be NULL when size is 0.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(0, SIZE_MAX)
 *   desc: Sizes above XATTR_SIZE_MAX are clamped to it.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Length of the value in bytes.
 *
 * error: E2BIG, the value is larger than XATTR_SIZE_MAX and the buffer was at least that big
 * error: EACCES, the caller may not read the attribute
 * error: EBADF, fd is not an open descriptor (or is an O_PATH one)
 * error: EFAULT, name or value is not accessible
 * error: EIO, an I/O error
 * error: ENODATA, the attribute does not exist or is not visible to the caller ("trusted." without CAP_SYS_ADMIN, "user." on a special file)
 * error: ENOMEM, kernel memory for the value could not be allocated
 * error: EOPNOTSUPP, the namespace prefix is unknown or the file system does not support extended attributes
 * error: ERANGE, size is non-zero but too small for the value, or name is empty or longer than XATTR_NAME_MAX
 *
 * since-version: 2.4
 *
 * notes: The manual page spells EOPNOTSUPP as ENOTSUP and does not list
 *   E2BIG or the ERANGE for a bad name length, which 6.12 returns.
 */
SYSCALL_DEFINE4(fgetxattr, int, fd, const char __user *, name,
		void __user *, value, size_t, size)
{
	return 0;
}

/**
 * sys_listxattr - List the extended attribute names of a file, following symlinks
 * @pathname: path of the file
 * @list: user buffer that receives the names
 * @size: size of the buffer in bytes, or 0 to ask for the length needed
 *
 * long-desc: Copies the names of the file's extended attributes into
 *   list, each followed by a NUL, and returns the total length. With
 *   size 0 nothing is copied and only the length is returned. Names the
 *   caller may not see (such as "trusted." without CAP_SYS_ADMIN) are
 *   left out.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is followed (llistxattr does not).
 *
 * param: list
 *   type: user_ptr, output, optional
 *   constraint-type: buffer(2)
 *   desc: May be NULL when size is 0.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(0, SIZE_MAX)
 *   desc: Sizes above XATTR_LIST_MAX are clamped to it.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Length of the list in bytes (0 when the file has no attributes).
 *
 * error: E2BIG, the list is longer than XATTR_LIST_MAX and the buffer was at least that big
 * error: EACCES, search permission is missing on a path component, or an LSM refused
 * error: EFAULT, pathname or list is not accessible
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving pathname
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENOENT, a component of pathname does not exist or pathname is empty
 * error: ENOMEM, kernel memory for the list could not be allocated
 * error: ENOTDIR, a parent component of pathname is not a directory
 * error: EOPNOTSUPP, the file system refuses to list extended attributes (FUSE, for example)
 * error: ERANGE, size is non-zero but too small for the list
 *
 * since-version: 2.4
 *
 * notes: The manual page spells EOPNOTSUPP as ENOTSUP and does not list
 *   E2BIG, which 6.12 returns when a list would exceed XATTR_LIST_MAX.
 */
SYSCALL_DEFINE3(listxattr, const char __user *, pathname, char __user *, list,
		size_t, size)
{
	return 0;
}

/**
 * sys_llistxattr - List the extended attribute names of a file, not following a final symlink
 * @pathname: path of the file
 * @list: user buffer that receives the names
 * @size: size of the buffer in bytes, or 0 to ask for the length needed
 *
 * long-desc: As listxattr(), except that when pathname names a symbolic
 *   link the names of the link's own attributes are listed.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is not followed.
 *
 * param: list
 *   type: user_ptr, output, optional
 *   constraint-type: buffer(2)
 *   desc: May be NULL when size is 0.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(0, SIZE_MAX)
 *   desc: Sizes above XATTR_LIST_MAX are clamped to it.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Length of the list in bytes (0 when the file has no attributes).
 *
 * error: E2BIG, the list is longer than XATTR_LIST_MAX and the buffer was at least that big
 * error: EACCES, search permission is missing on a path component, or an LSM refused
 * error: EFAULT, pathname or list is not accessible
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving the parent components of pathname
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENOENT, a component of pathname does not exist or pathname is empty
 * error: ENOMEM, kernel memory for the list could not be allocated
 * error: ENOTDIR, a parent component of pathname is not a directory
 * error: EOPNOTSUPP, the file system refuses to list extended attributes (FUSE, for example)
 * error: ERANGE, size is non-zero but too small for the list
 *
 * since-version: 2.4
 *
 * notes: The manual page spells EOPNOTSUPP as ENOTSUP and does not list
 *   E2BIG, which 6.12 returns when a list would exceed XATTR_LIST_MAX.
 */
SYSCALL_DEFINE3(llistxattr, const char __user *, pathname, char __user *, list,
		size_t, size)
{
	return 0;
}

/**
 * sys_flistxattr - List the extended attribute names of an open file
 * @fd: descriptor of the file
 * @list: user buffer that receives the names
 * @size: size of the buffer in bytes, or 0 to ask for the length needed
 *
 * long-desc: As listxattr(), for the file open on fd.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An open descriptor; O_PATH descriptors are EBADF.
 *
 * param: list
 *   type: user_ptr, output, optional
 *   constraint-type: buffer(2)
 *   desc: May be NULL when size is 0.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(0, SIZE_MAX)
 *   desc: Sizes above XATTR_LIST_MAX are clamped to it.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Length of the list in bytes (0 when the file has no attributes).
 *
 * error: E2BIG, the list is longer than XATTR_LIST_MAX and the buffer was at least that big
 * error: EACCES, an LSM refused
 * error: EBADF, fd is not an open descriptor (or is an O_PATH one)
 * error: EFAULT, list is not accessible
 * error: EIO, an I/O error
 * error: ENOMEM, kernel memory for the list could not be allocated
 * error: EOPNOTSUPP, the file system refuses to list extended attributes (FUSE, for example)
 * error: ERANGE, size is non-zero but too small for the list
 *
 * since-version: 2.4
 *
 * notes: The manual page spells EOPNOTSUPP as ENOTSUP and does not list
 *   E2BIG, which 6.12 returns when a list would exceed XATTR_LIST_MAX.
 */
SYSCALL_DEFINE3(flistxattr, int, fd, char __user *, list, size_t, size)
{
	return 0;
}

/**
 * sys_lremovexattr - Remove an extended attribute of a file, not following a final symlink
 * @pathname: path of the file
 * @name: attribute name with its namespace prefix
 *
 * long-desc: As removexattr(), except that when pathname names a
 *   symbolic link the attribute is removed from the link itself.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is not followed.
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: user_string(XATTR_NAME_MAX)
 *   desc: NUL-terminated, 1 to XATTR_NAME_MAX bytes, with a namespace
 *   prefix.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the attribute is gone.
 *
 * error: EACCES, search permission is missing on a path component, or the caller may not change the attribute
 * error: EFAULT, pathname or name is not accessible
 * error: EIO, an I/O error
 * error: ELOOP, too many symlinks while resolving the parent components of pathname
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENODATA, the attribute does not exist
 * error: ENOENT, a component of pathname does not exist or pathname is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component of pathname is not a directory
 * error: EOPNOTSUPP, the namespace prefix is unknown or the file system does not support extended attributes
 * error: EPERM, the file is immutable or append-only, a "trusted." name without CAP_SYS_ADMIN, a "user." name on a special file or symlink, or an LSM refused
 * error: ERANGE, name is empty or longer than XATTR_NAME_MAX
 * error: EROFS, the file system is read-only
 *
 * since-version: 2.4
 *
 * notes: The manual page spells EOPNOTSUPP as ENOTSUP and does not list
 *   ERANGE for a bad name length.
 */
SYSCALL_DEFINE2(lremovexattr, const char __user *, pathname,
		const char __user *, name)
{
	return 0;
}

/**
 * sys_fremovexattr - Remove an extended attribute of an open file
 * @fd: descriptor of the file
 * @name: attribute name with its namespace prefix
 *
 * long-desc: As removexattr(), for the file open on fd.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An open descriptor; O_PATH descriptors are EBADF.
 *
 * param: name
 *   type: user_ptr, input
 *   constraint-type: user_string(XATTR_NAME_MAX)
 *   desc: NUL-terminated, 1 to XATTR_NAME_MAX bytes, with a namespace
 *   prefix.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the attribute is gone.
 *
 * error: EACCES, the caller may not change the attribute
 * error: EBADF, fd is not an open descriptor (or is an O_PATH one)
 * error: EFAULT, name is not accessible
 * error: EIO, an I/O error
 * error: ENODATA, the attribute does not exist
 * error: ENOMEM, kernel memory could not be allocated
 * error: EOPNOTSUPP, the namespace prefix is unknown or the file system does not support extended attributes
 * error: EPERM, the file is immutable or append-only, a "trusted." name without CAP_SYS_ADMIN, a "user." name on a special file, or an LSM refused
 * error: ERANGE, name is empty or longer than XATTR_NAME_MAX
 * error: EROFS, the file system is read-only
 *
 * since-version: 2.4
 *
 * notes: The manual page spells EOPNOTSUPP as ENOTSUP and does not list
 *   ERANGE for a bad name length.
 */
SYSCALL_DEFINE2(fremovexattr, int, fd, const char __user *, name)
{
	return 0;
}
