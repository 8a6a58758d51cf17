// SPDX-License-Identifier: MIT
/* Default KAPI specs for file status, file-system status, file times, the
 * working directory, old-style directory reading and file handles
 * (newstat .. open_by_handle_at).  Facts come from the Linux 6.12 source
 * (fs/stat.c, fs/statfs.c, fs/utimes.c, fs/d_path.c, fs/readdir.c,
 * fs/fhandle.c) and its manual pages; the words are ours. */

/**
 * sys_newstat - Get the status of a file, following symlinks
 * @filename: path of the file
 * @statbuf: user struct stat that receives the result
 *
 * long-desc: Fills statbuf with the type, mode, owner, size, times and
 *   other attributes of the file that filename resolves to. Nothing but
 *   search permission on the path is needed.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is followed; an empty path is ENOENT.
 *
 * param: statbuf
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct stat)
 *   desc: Written only on success.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once statbuf has been filled.
 *
 * error: EACCES, search permission is missing on a path component, or an LSM refused
 * error: EFAULT, filename or statbuf is not an accessible user address
 * error: EINTR, a signal interrupted the request of a FUSE or network file system (its server answered EINTR)
 * error: EIO, an I/O error while fetching the attributes (for example from a network server)
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTCONN, the file is on a FUSE file system whose server has gone away
 * error: ENOTDIR, a parent component of filename is not a directory
 * error: EOVERFLOW, a value does not fit its field of struct stat (32-bit kernels only: size, inode number, device or link count)
 * error: ESTALE, a network file system no longer knows the file (a stale handle)
 *
 * since-version: 1.0
 *
 * notes: This is the x86-64 stat syscall (number 4, named stat in the
 *   syscall table); it is vfs_fstatat(AT_FDCWD, filename, 0), so the same
 *   as newfstatat with dfd AT_FDCWD and flag 0 (AT_NO_AUTOMOUNT is added
 *   there too). On x86-64 no field overflows. EINTR, ENOTCONN and
 *   ESTALE are the file system's own (FUSE, NFS getattr); a FUSE server
 *   can answer with other codes as well.
 */
SYSCALL_DEFINE2(newstat, const char __user *, filename,
		struct stat __user *, statbuf)
{
	return 0;
}

/**
 * sys_newlstat - Get the status of a file, not following a final symlink
 * @filename: path of the file
 * @statbuf: user struct stat that receives the result
 *
 * long-desc: As newstat, except that when filename names a symbolic link
 *   the link itself is described.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is not followed; an empty path is ENOENT.
 *
 * param: statbuf
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct stat)
 *   desc: Written only on success.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once statbuf has been filled.
 *
 * error: EACCES, search permission is missing on a path component, or an LSM refused
 * error: EFAULT, filename or statbuf is not an accessible user address
 * error: EINTR, a signal interrupted the request of a FUSE or network file system (its server answered EINTR)
 * error: EIO, an I/O error while fetching the attributes (for example from a network server)
 * error: ELOOP, too many symlinks while resolving the parent components of filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTCONN, the file is on a FUSE file system whose server has gone away
 * error: ENOTDIR, a parent component of filename is not a directory
 * error: EOVERFLOW, a value does not fit its field of struct stat (32-bit kernels only)
 * error: ESTALE, a network file system no longer knows the file (a stale handle)
 *
 * since-version: 1.0
 *
 * notes: The x86-64 lstat syscall (number 6); it is vfs_fstatat(AT_FDCWD,
 *   filename, AT_SYMLINK_NOFOLLOW).
 */
SYSCALL_DEFINE2(newlstat, const char __user *, filename,
		struct stat __user *, statbuf)
{
	return 0;
}

/**
 * sys_newfstatat - Get the status of a file, relative to a directory, with flags
 * @dfd: directory that a relative filename starts from, AT_FDCWD, or the file itself with AT_EMPTY_PATH
 * @filename: path of the file, or NULL / "" with AT_EMPTY_PATH
 * @statbuf: user struct stat that receives the result
 * @flag: lookup and synchronisation flags
 *
 * long-desc: Fills statbuf with the attributes of the file named by dfd
 *   and filename, as newstat does. With AT_EMPTY_PATH and an empty (or
 *   NULL) filename the file open on dfd is described.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor or AT_FDCWD; ignored for an absolute
 *   filename; with AT_EMPTY_PATH and an empty filename, any open
 *   descriptor (O_PATH included).
 *
 * param: filename
 *   type: path, input, optional
 *   constraint-type: user_path
 *   desc: NULL is accepted only with flag exactly AT_EMPTY_PATH and a
 *   non-negative dfd; otherwise it is EFAULT.
 *
 * param: statbuf
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct stat)
 *   desc: Written only on success.
 *
 * param: flag
 *   type: int, input
 *   constraint-type: mask(AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT | AT_EMPTY_PATH | AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC)
 *   desc: AT_SYMLINK_NOFOLLOW describes a final symlink itself;
 *   AT_EMPTY_PATH lets an empty filename mean dfd; AT_NO_AUTOMOUNT is
 *   implied (the kernel always adds it); the AT_STATX_* sync flags are
 *   accepted and passed to the file system. Any other bit is EINVAL.
 *
 * constraint: NULL path only as fstat
 *   desc: a NULL filename needs flag AT_EMPTY_PATH alone and a
 *   descriptor in dfd
 *   expr: filename != NULL || (flag == AT_EMPTY_PATH && dfd >= 0)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once statbuf has been filled.
 *
 * error: EACCES, search permission is missing on a path component, or an LSM refused
 * error: EBADF, dfd is not an open descriptor where one is needed (relative filename, or AT_EMPTY_PATH with an empty filename)
 * error: EFAULT, filename or statbuf is not an accessible user address
 * error: EINTR, a signal interrupted the request of a FUSE or network file system (its server answered EINTR)
 * error: EINVAL, flag has a bit outside AT_SYMLINK_NOFOLLOW, AT_NO_AUTOMOUNT, AT_EMPTY_PATH and the AT_STATX_* sync bits
 * error: EIO, an I/O error while fetching the attributes (for example from a network server)
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty without AT_EMPTY_PATH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTCONN, the file is on a FUSE file system whose server has gone away
 * error: ENOTDIR, a parent component of filename, or dfd for a relative filename, is not a directory
 * error: EOVERFLOW, a value does not fit its field of struct stat (32-bit kernels only)
 * error: ESTALE, a network file system no longer knows the file (a stale handle)
 *
 * since-version: 2.6.16
 *
 * notes: The mask is the test of vfs_statx() in fs/stat.c (which reads
 *   AT_STATX_SYNC_TYPE, the two sync bits); the manual lists only
 *   AT_EMPTY_PATH, AT_NO_AUTOMOUNT and AT_SYMLINK_NOFOLLOW. Unlike statx,
 *   both sync bits together are not rejected here. A NULL filename with
 *   flag AT_EMPTY_PATH alone and dfd >= 0 (6.11 and later) describes
 *   dfd, the fast path of vfs_fstatat(); any other NULL reaches
 *   getname_flags() and is EFAULT, as the manual says for every NULL.
 *   glibc's stat, lstat and fstat (and their 64 names) call this syscall
 *   on x86-64 with flag 0, AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH.
 */
SYSCALL_DEFINE4(newfstatat, int, dfd, const char __user *, filename,
		struct stat __user *, statbuf, int, flag)
{
	return 0;
}

/**
 * sys_newfstat - Get the status of an open file
 * @fd: descriptor of the file
 * @statbuf: user struct stat that receives the result
 *
 * long-desc: Fills statbuf with the attributes of the file open on fd,
 *   as newstat does for a path.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Any open descriptor, O_PATH included.
 *
 * param: statbuf
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct stat)
 *   desc: Written only on success.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once statbuf has been filled.
 *
 * error: EACCES, an LSM refused
 * error: EBADF, fd is not an open descriptor
 * error: EFAULT, statbuf is not a writable user address
 * error: EINTR, a signal interrupted the request of a FUSE or network file system (its server answered EINTR)
 * error: EIO, an I/O error while fetching the attributes (for example from a network server)
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTCONN, the file is on a FUSE file system whose server has gone away
 * error: EOVERFLOW, a value does not fit its field of struct stat (32-bit kernels only)
 * error: ESTALE, a network file system no longer knows the file (a stale handle)
 *
 * since-version: 1.0
 *
 * notes: The x86-64 fstat syscall (number 5). glibc's fstat calls
 *   newfstatat(fd, "", buf, AT_EMPTY_PATH) instead, which 6.12 turns into
 *   this same vfs_fstat() call.
 */
SYSCALL_DEFINE2(newfstat, unsigned int, fd, struct stat __user *, statbuf)
{
	return 0;
}

/**
 * sys_statfs - Get file-system statistics, by path
 * @pathname: path of any file on the file system
 * @buf: user struct statfs that receives the result
 *
 * long-desc: Fills buf with the type, block size, block and inode counts,
 *   identifier, name length limit and mount flags of the file system that
 *   holds the file pathname resolves to.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is followed and an automount point mounted.
 *
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct statfs)
 *   desc: Written only on success.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once buf has been filled.
 *
 * error: EACCES, search permission is missing on a path component, or an LSM refused
 * error: EFAULT, pathname or buf is not an accessible user address
 * error: EINTR, a signal interrupted the file system while it gathered the numbers (network file systems)
 * error: EIO, an I/O error while reading the file system's numbers
 * error: ELOOP, too many symlinks while resolving pathname
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENOENT, a component does not exist, or pathname is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSYS, the file system does not report statistics
 * error: ENOTCONN, the file is on a FUSE file system whose server has gone away
 * error: ENOTDIR, a parent component of pathname is not a directory
 * error: EOVERFLOW, a count does not fit the 32-bit fields of struct statfs (32-bit kernels only)
 * error: ESTALE, a network file system no longer knows the file (a stale handle)
 *
 * since-version: 1.0
 *
 * notes: f_flags carries ST_VALID and the ST_* mount flags. On x86-64
 *   struct statfs has 64-bit fields and nothing overflows.
 */
SYSCALL_DEFINE2(statfs, const char __user *, pathname, struct statfs __user *, buf)
{
	return 0;
}

/**
 * sys_fstatfs - Get file-system statistics, by descriptor
 * @fd: descriptor of any file on the file system
 * @buf: user struct statfs that receives the result
 *
 * long-desc: As statfs, for the file system that holds the file open on
 *   fd.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Any open descriptor, O_PATH included.
 *
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: sizeof(struct statfs)
 *   desc: Written only on success.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once buf has been filled.
 *
 * error: EACCES, an LSM refused
 * error: EBADF, fd is not an open descriptor
 * error: EFAULT, buf is not a writable user address
 * error: EINTR, a signal interrupted the file system while it gathered the numbers (network file systems)
 * error: EIO, an I/O error while reading the file system's numbers
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSYS, the file system does not report statistics
 * error: ENOTCONN, the file is on a FUSE file system whose server has gone away
 * error: EOVERFLOW, a count does not fit the 32-bit fields of struct statfs (32-bit kernels only)
 * error: ESTALE, a network file system no longer knows the file (a stale handle)
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE2(fstatfs, unsigned int, fd, struct statfs __user *, buf)
{
	return 0;
}

/**
 * sys_ustat - Get free-space statistics of a mounted file system, by device
 * @dev: device number of the mounted file system, in the old encoding
 * @ubuf: user struct ustat that receives the result
 *
 * long-desc: Fills ubuf with the free block and free inode counts of the
 *   file system mounted from device dev. The name fields are zeroed.
 *   Obsolete: statfs() reports more.
 *
 * contexts: process, sleepable
 *
 * param: dev
 *   type: uint, input
 *   desc: A device number as new_encode_dev() packs it (the st_dev of a
 *   file on that file system); a device with no mounted file system is
 *   EINVAL.
 *
 * param: ubuf
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Written only on success.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once ubuf has been filled.
 *
 * error: EACCES, an LSM refused
 * error: EFAULT, ubuf is not a writable user address
 * error: EINTR, a signal interrupted the file system while it gathered the numbers (network file systems)
 * error: EINVAL, no file system is mounted from dev
 * error: EIO, an I/O error while reading the file system's numbers
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSYS, the file system does not report statistics
 *
 * since-version: 1.0
 *
 * notes: glibc 2.28 removed the ustat() declaration and <ustat.h>; only
 *   syscall(SYS_ustat, ...) reaches it. The manual lists ENOSYS for "the
 *   mounted file system does not support the operation", which is what
 *   6.12 returns for a file system without a statfs operation.
 */
SYSCALL_DEFINE2(ustat, unsigned, dev, struct ustat __user *, ubuf)
{
	return 0;
}

/**
 * sys_utime - Change the access and modification times of a file, in seconds
 * @filename: path of the file
 * @times: user struct utimbuf with the new times, or NULL for now
 *
 * long-desc: Sets the access time to times->actime and the modification
 *   time to times->modtime (whole seconds), or both to the current time
 *   when times is NULL. The change time is always set to now.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is followed.
 *
 * param: times
 *   type: user_ptr, input, const, optional
 *   constraint-type: user_ptr
 *   desc: NULL sets both times to now, which needs ownership or write
 *   permission; explicit times need ownership or CAP_FOWNER.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the times are set.
 *
 * error: EACCES, search permission is missing on a path component, or times is NULL and the caller neither owns the file nor may write it
 * error: EFAULT, filename or times is not an accessible user address
 * error: EINTR, a signal arrived while waiting for a lease to be broken
 * error: EIO, an I/O error while updating the inode
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component of filename is not a directory
 * error: EPERM, explicit times and the caller is not the owner and lacks CAP_FOWNER, the file is immutable, or it is append-only and times are explicit
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_FOWNER
 *   type: bypass_check
 *   allows: Set explicit times on a file the caller does not own
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: glibc 2.36 implements utime() with utimensat(AT_FDCWD, filename,
 *   times or NULL, 0) on x86-64; the arguments meet the same rules.
 */
SYSCALL_DEFINE2(utime, char __user *, filename, struct utimbuf __user *, times)
{
	return 0;
}

/**
 * sys_utimes - Change the access and modification times of a file, in microseconds
 * @filename: path of the file
 * @utimes: user array of two struct timeval (access, modification), or NULL for now
 *
 * long-desc: Sets the access and modification times from utimes[0] and
 *   utimes[1], or both to the current time when utimes is NULL. The
 *   change time is always set to now.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A trailing symlink is followed.
 *
 * param: utimes
 *   type: user_ptr, input, const, optional
 *   constraint-type: user_ptr
 *   size: 2 * sizeof(struct __kernel_old_timeval)
 *   desc: tv_usec must lie in 0..999999 (EINVAL otherwise). NULL sets
 *   both times to now.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the times are set.
 *
 * error: EACCES, search permission is missing on a path component, or utimes is NULL and the caller neither owns the file nor may write it
 * error: EFAULT, filename or utimes is not an accessible user address
 * error: EINTR, a signal arrived while waiting for a lease to be broken
 * error: EINVAL, a tv_usec is negative or at least 1000000
 * error: EIO, an I/O error while updating the inode
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component of filename is not a directory
 * error: EPERM, explicit times and the caller is not the owner and lacks CAP_FOWNER, the file is immutable, or it is append-only and times are explicit
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_FOWNER
 *   type: bypass_check
 *   allows: Set explicit times on a file the caller does not own
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: glibc 2.36 implements utimes() with utimensat(AT_FDCWD, ...,
 *   0) on x86-64, converting microseconds to nanoseconds; an out-of-range
 *   tv_usec is EINVAL on both paths.
 */
SYSCALL_DEFINE2(utimes, char __user *, filename,
		struct __kernel_old_timeval __user *, utimes)
{
	return 0;
}

/**
 * sys_futimesat - Change the access and modification times of a file, relative to a directory, in microseconds
 * @dfd: directory that a relative filename starts from, AT_FDCWD, or the file itself when filename is NULL
 * @filename: path of the file, or NULL for the file open on dfd
 * @utimes: user array of two struct timeval (access, modification), or NULL for now
 *
 * long-desc: As utimes, for the file named by dfd and filename. With a
 *   NULL filename and dfd other than AT_FDCWD the file open on dfd is
 *   changed.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor or AT_FDCWD; ignored for an absolute
 *   filename; with a NULL filename, the descriptor of the file itself
 *   (not O_PATH).
 *
 * param: filename
 *   type: path, input, optional
 *   constraint-type: user_path
 *   desc: NULL means dfd itself (dfd must not be AT_FDCWD then: EFAULT).
 *   A trailing symlink is followed.
 *
 * param: utimes
 *   type: user_ptr, input, const, optional
 *   constraint-type: user_ptr
 *   size: 2 * sizeof(struct __kernel_old_timeval)
 *   desc: tv_usec must lie in 0..999999 (EINVAL otherwise). NULL sets
 *   both times to now.
 *
 * constraint: NULL path needs a descriptor
 *   desc: a NULL filename means dfd itself, so dfd cannot be AT_FDCWD
 *   expr: filename != NULL || dfd != AT_FDCWD
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the times are set.
 *
 * error: EACCES, search permission is missing on a path component, or utimes is NULL and the caller neither owns the file nor may write it
 * error: EBADF, dfd is not an open descriptor where one is needed (relative or NULL filename), or is an O_PATH one with a NULL filename
 * error: EFAULT, filename or utimes is not an accessible user address, or filename is NULL with dfd AT_FDCWD
 * error: EINTR, a signal arrived while waiting for a lease to be broken
 * error: EINVAL, a tv_usec is negative or at least 1000000
 * error: EIO, an I/O error while updating the inode
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component of filename, or dfd for a relative filename, is not a directory
 * error: EPERM, explicit times and the caller is not the owner and lacks CAP_FOWNER, the file is immutable, or it is append-only and times are explicit
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_FOWNER
 *   type: bypass_check
 *   allows: Set explicit times on a file the caller does not own
 *   without: EPERM
 *
 * since-version: 2.6.16
 *
 * notes: Obsolete; utimensat() replaces it. glibc 2.36 implements
 *   futimesat() with utimensat(dfd, filename, ..., 0) on x86-64, which
 *   treats a NULL filename the same way. The manual does not describe the
 *   NULL filename case.
 */
SYSCALL_DEFINE3(futimesat, int, dfd, const char __user *, filename,
		struct __kernel_old_timeval __user *, utimes)
{
	return 0;
}

/**
 * sys_utimensat - Change the access and modification times of a file, in nanoseconds, with flags
 * @dfd: directory that a relative filename starts from, AT_FDCWD, or the file itself
 * @filename: path of the file, or NULL for the file open on dfd
 * @utimes: user array of two struct timespec (access, modification), or NULL for now
 * @flags: AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH or 0
 *
 * long-desc: Sets the access and modification times of the file named by
 *   dfd and filename from utimes[0] and utimes[1]. A tv_nsec of UTIME_NOW
 *   sets that time to now and UTIME_OMIT leaves it unchanged; a NULL
 *   utimes sets both to now. With a NULL filename and dfd other than
 *   AT_FDCWD the file open on dfd is changed (what futimens() does).
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor or AT_FDCWD; ignored for an absolute
 *   filename; with a NULL filename the descriptor of the file itself (not
 *   O_PATH); with AT_EMPTY_PATH and "" any open descriptor.
 *
 * param: filename
 *   type: path, input, optional
 *   constraint-type: user_path
 *   desc: NULL means dfd itself, and then flags must be 0 and dfd not
 *   AT_FDCWD (EFAULT).
 *
 * param: utimes
 *   type: user_ptr, input, const, optional
 *   constraint-type: user_ptr
 *   size: 2 * sizeof(struct __kernel_timespec)
 *   desc: Each tv_nsec must be 0..999999999, UTIME_NOW or UTIME_OMIT
 *   (EINVAL otherwise). Both UTIME_OMIT: nothing is checked or changed
 *   and the call succeeds.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)
 *   desc: AT_SYMLINK_NOFOLLOW changes a final symlink itself;
 *   AT_EMPTY_PATH lets an empty filename mean dfd. Any other bit is
 *   EINVAL.
 *
 * constraint: no flags on a descriptor
 *   desc: a NULL filename with a descriptor (not AT_FDCWD) takes no flags
 *   expr: filename != NULL || dfd == AT_FDCWD || flags == 0
 *
 * constraint: NULL path needs a descriptor
 *   desc: a NULL filename means dfd itself, so dfd cannot be AT_FDCWD
 *   expr: filename != NULL || dfd != AT_FDCWD
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the times are set.
 *
 * error: EACCES, search permission is missing on a path component, or both times are to be set to now and the caller neither owns the file nor may write it
 * error: EBADF, dfd is not an open descriptor where one is needed (relative or NULL filename, or AT_EMPTY_PATH with ""), or is an O_PATH one with a NULL filename
 * error: EFAULT, filename or utimes is not an accessible user address, or filename is NULL with dfd AT_FDCWD
 * error: EINTR, a signal arrived while waiting for a lease to be broken
 * error: EINVAL, flags has a bit other than AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH, flags is not 0 with a NULL filename and a descriptor, or a tv_nsec is out of range and neither UTIME_NOW nor UTIME_OMIT
 * error: EIO, an I/O error while updating the inode
 * error: ELOOP, too many symlinks while resolving filename
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENOENT, a component does not exist, or filename is empty without AT_EMPTY_PATH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component of filename, or dfd for a relative filename, is not a directory
 * error: EPERM, utimes is given and not both UTIME_NOW while the caller is not the owner and lacks CAP_FOWNER, the file is immutable, or it is append-only and utimes is given and not both UTIME_NOW
 * error: EROFS, the file is on a read-only file system
 *
 * capability: CAP_FOWNER
 *   type: bypass_check
 *   allows: Set explicit (or UTIME_OMIT) times on a file the caller does not own
 *   without: EPERM
 *
 * since-version: 2.6.22
 *
 * notes: The mask is the test of do_utimes_path() in fs/utimes.c;
 *   do_utimes_fd() refuses every flag. When both tv_nsec are UTIME_OMIT
 *   the call returns 0 before looking at filename or flags, so neither the
 *   mask nor the constraints apply then. glibc 2.36's utimensat() fails
 *   with EINVAL itself for a NULL filename; its futimens(fd, times) is
 *   this syscall with a NULL filename and flags 0. The manual also lists
 *   ESRCH, which 6.12 does not return.
 */
SYSCALL_DEFINE4(utimensat, int, dfd, const char __user *, filename,
		struct __kernel_timespec __user *, utimes, int, flags)
{
	return 0;
}

/**
 * sys_getcwd - Get the path of the current working directory
 * @buf: user buffer that receives the path
 * @size: size of the buffer in bytes
 *
 * long-desc: Copies the absolute path of the caller's working directory,
 *   with its NUL, into buf. A directory outside the caller's root (after
 *   chroot or pivot_root) is reported with the prefix "(unreachable)".
 *
 * contexts: process, sleepable
 *
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: buffer(1)
 *   desc: Receives the path and its terminating NUL.
 *
 * param: size
 *   type: uint, input
 *   desc: Must hold the path and its NUL (ERANGE otherwise); more than
 *   PATH_MAX is never needed.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Length of the path copied, its NUL included.
 *
 * error: EFAULT, buf is not a writable user range
 * error: ENAMETOOLONG, the path is longer than PATH_MAX
 * error: ENOENT, the working directory has been removed
 * error: ENOMEM, kernel memory could not be allocated
 * error: ERANGE, size is smaller than the path with its NUL
 *
 * since-version: 2.1.92
 *
 * notes: The syscall returns a length, not a pointer. glibc's getcwd()
 *   returns buf (or a buffer it allocates when buf is NULL) and falls back
 *   to a walk of the parent directories on ENAMETOOLONG, which can fail
 *   with other errors (EACCES); it is therefore not bound to this spec.
 */
SYSCALL_DEFINE2(getcwd, char __user *, buf, unsigned long, size)
{
	return 0;
}

/**
 * sys_getdents - Read directory entries, old record layout
 * @fd: descriptor of an open directory
 * @dirent: user buffer that receives struct linux_dirent records
 * @count: size of the buffer in bytes
 *
 * long-desc: As getdents64, with records of struct linux_dirent (an
 *   unsigned long inode number and offset, the record length, the name,
 *   and the file type in the record's last byte).
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to an open directory.
 *
 * param: dirent
 *   type: user_ptr, output
 *   constraint-type: buffer(2)
 *   desc: Records are aligned to sizeof(long).
 *
 * param: count
 *   type: uint, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must hold at least one record when entries remain; values
 *   above INT_MAX are treated as negative and rejected.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Number of bytes filled; 0 at end of directory.
 *
 * error: EBADF, fd is not open
 * error: EFAULT, dirent is not a writable user range
 * error: EINTR, a fatal signal arrived while waiting for the directory lock
 * error: EINVAL, the buffer is too small for the next record
 * error: EIO, the file system returned a corrupt name (empty, too long, or containing '/')
 * error: ENOENT, the directory has been removed
 * error: ENOTDIR, fd does not refer to a directory
 * error: EOVERFLOW, an inode number does not fit the record's unsigned long (32-bit kernels only)
 *
 * since-version: 1.0
 *
 * notes: glibc has no wrapper; syscall(SYS_getdents, ...) only, and
 *   struct linux_dirent is not in any userspace header. getdents64 is the
 *   one to use.
 */
SYSCALL_DEFINE3(getdents, unsigned int, fd,
		struct linux_dirent __user *, dirent, unsigned int, count)
{
	return 0;
}

/**
 * sys_name_to_handle_at - Get a file handle and mount id for a path
 * @dfd: directory that a relative name starts from, AT_FDCWD, or the file itself with AT_EMPTY_PATH
 * @name: path of the file
 * @handle: user struct file_handle; handle_bytes in, the handle out
 * @mnt_id: user int (or u64 with AT_HANDLE_MNT_ID_UNIQUE) that receives the mount id
 * @flag: AT_SYMLINK_FOLLOW, AT_EMPTY_PATH, AT_HANDLE_FID, AT_HANDLE_MNT_ID_UNIQUE or 0
 *
 * long-desc: Encodes the file named by dfd and name as an opaque file
 *   handle that open_by_handle_at() can reopen later, and stores the id
 *   of the mount that holds it. The caller sets handle->handle_bytes to
 *   the room after the header; when that is too small the call fails with
 *   EOVERFLOW and handle_bytes says how much is needed.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor or AT_FDCWD; ignored for an absolute
 *   name; with AT_EMPTY_PATH and "", any open descriptor (O_PATH
 *   included).
 *
 * param: name
 *   type: path, input
 *   constraint-type: user_path
 *   desc: May be empty only with AT_EMPTY_PATH; a final symlink is
 *   followed only with AT_SYMLINK_FOLLOW.
 *
 * param: handle
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   desc: handle_bytes at most MAX_HANDLE_SZ (128); on return
 *   handle_type, handle_bytes and the handle, or on EOVERFLOW the size
 *   needed.
 *
 * param: mnt_id
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: An int for the mount id, or a u64 for the unique mount id with
 *   AT_HANDLE_MNT_ID_UNIQUE.
 *
 * param: flag
 *   type: int, input
 *   constraint-type: mask(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH | AT_HANDLE_FID | AT_HANDLE_MNT_ID_UNIQUE)
 *   desc: AT_SYMLINK_FOLLOW follows a final symlink; AT_EMPTY_PATH lets
 *   an empty name mean dfd; AT_HANDLE_FID asks for a handle that only
 *   identifies the file (it need not be openable);
 *   AT_HANDLE_MNT_ID_UNIQUE stores the 64-bit unique mount id. Any other
 *   bit is EINVAL (AT_SYMLINK_NOFOLLOW among them).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the handle and mount id are stored.
 *
 * error: EACCES, search permission is missing on a path component
 * error: EBADF, dfd is not an open descriptor where one is needed (relative name, or AT_EMPTY_PATH with "")
 * error: EFAULT, name, handle or mnt_id is not an accessible user address
 * error: EINVAL, flag has an unknown bit, or handle_bytes is larger than MAX_HANDLE_SZ
 * error: ELOOP, too many symlinks while resolving name
 * error: ENAMETOOLONG, name or one of its components is too long
 * error: ENOENT, a component does not exist, or name is empty without AT_EMPTY_PATH
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, a parent component of name, or dfd for a relative name, is not a directory
 * error: EOPNOTSUPP, the file system cannot encode file handles (or, without AT_HANDLE_FID, handles that can be opened)
 * error: EOVERFLOW, handle_bytes is too small for the handle (the size needed is stored in it)
 *
 * since-version: 2.6.39
 *
 * notes: The mask is the test at the top of name_to_handle_at in
 *   fs/fhandle.c. AT_HANDLE_FID (6.5) has the value of AT_REMOVEDIR and
 *   AT_EACCESS; AT_HANDLE_MNT_ID_UNIQUE (6.12) has the value 1. Older
 *   headers lack both.
 */
SYSCALL_DEFINE5(name_to_handle_at, int, dfd, const char __user *, name,
		struct file_handle __user *, handle, void __user *, mnt_id,
		int, flag)
{
	return 0;
}

/**
 * sys_open_by_handle_at - Open a file by its file handle
 * @mountdirfd: any file on the mount that holds the file, or AT_FDCWD
 * @handle: user struct file_handle from name_to_handle_at()
 * @flags: open flags
 *
 * long-desc: Decodes handle on the mount of mountdirfd and opens the file
 *   it names, as openat() would with flags, returning a new descriptor.
 *   Needs CAP_DAC_READ_SEARCH, or (with O_DIRECTORY, for a directory
 *   handle) CAP_DAC_READ_SEARCH in the caller's user namespace and the
 *   right to mount that file system.
 *
 * contexts: process, sleepable
 *
 * param: mountdirfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: An open descriptor (O_PATH included) on the mount, or
 *   AT_FDCWD for the mount of the working directory.
 *
 * param: handle
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: handle_bytes must be 1..MAX_HANDLE_SZ (128); the handle must
 *   come from name_to_handle_at() on the same file system.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_RDONLY | O_WRONLY | O_RDWR | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_APPEND | O_NDELAY | O_NONBLOCK | O_SYNC | O_DSYNC | FASYNC | O_DIRECT | O_LARGEFILE | O_DIRECTORY | O_NOFOLLOW | O_NOATIME | O_CLOEXEC | O_PATH | O_TMPFILE)
 *   desc: The flags of open(); bits outside them are silently cleared.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor.
 *
 * error: EACCES, the requested access is denied
 * error: EAGAIN, O_NONBLOCK open of a file with a conflicting lease
 * error: EBADF, mountdirfd is neither AT_FDCWD nor an open descriptor
 * error: EBUSY, the device is exclusively held
 * error: EEXIST, O_CREAT and O_EXCL were given (the file exists)
 * error: EFAULT, handle is not a readable user address
 * error: EINTR, interrupted while waiting (FIFO or slow device)
 * error: EINVAL, handle_bytes is 0 or larger than MAX_HANDLE_SZ, O_TMPFILE without write access, or O_DIRECT not supported
 * error: EISDIR, write access or O_CREAT requested on a directory
 * error: ELOOP, the handle names a symlink and O_PATH is not given
 * error: EMFILE, the caller has RLIMIT_NOFILE descriptors open
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENODEV, a device special file with no driver behind it
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOTDIR, O_DIRECTORY and the handle does not name a directory
 * error: ENXIO, O_WRONLY | O_NONBLOCK on a FIFO with no reader, a device file with no device, or a UNIX domain socket
 * error: EOPNOTSUPP, O_TMPFILE on a file system that does not support it
 * error: EOVERFLOW, a file larger than 2 GiB opened without O_LARGEFILE (32-bit compat callers)
 * error: EPERM, the caller lacks CAP_DAC_READ_SEARCH (and does not qualify for the directory case), O_NOATIME by a non-owner, a write open of an append-only or immutable file, or an LSM refused
 * error: EROFS, write access on a read-only file system
 * error: ESTALE, the handle does not decode to a file on that mount (deleted, or from another file system), or the decoded file is not reachable for an unprivileged caller
 * error: ETXTBSY, write access to a running executable or an active swap file
 *
 * capability: CAP_DAC_READ_SEARCH
 *   type: grant_permission
 *   allows: Open files by handle
 *   without: EPERM
 *
 * since-version: 2.6.39
 *
 * notes: The flags go to the same open code as openat() (unknown bits
 *   cleared, O_LARGEFILE added on 64-bit). The unprivileged directory
 *   case is may_decode_fh() in fs/fhandle.c; older kernels always need
 *   CAP_DAC_READ_SEARCH.
 */
SYSCALL_DEFINE3(open_by_handle_at, int, mountdirfd,
		struct file_handle __user *, handle,
		int, flags)
{
	return 0;
}
