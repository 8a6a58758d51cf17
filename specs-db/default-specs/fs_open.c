// SPDX-License-Identifier: MIT
/* Default KAPI specs for opening, closing and duplicating descriptors (open .. memfd_create).
 * Facts come from the Linux 6.12 source and its manual pages; the words are ours. */

/**
 * sys_open - Open or create a file relative to the working directory
 * @filename: path of the file to open
 * @flags: access mode plus creation and status flags
 * @mode: permission bits for a newly created file
 *
 * long-desc: Resolves filename from the current working directory (or
 *   from the root when absolute) and returns the lowest unused descriptor
 *   for a new open file description. With O_CREAT or O_TMPFILE a file may
 *   be created with the permission bits of mode, less the umask.
 *
 * contexts: process, sleepable
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: NUL-terminated path, at most PATH_MAX bytes including the NUL.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_RDONLY | O_WRONLY | O_RDWR | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_APPEND | O_NDELAY | O_NONBLOCK | O_SYNC | O_DSYNC | FASYNC | O_DIRECT | O_LARGEFILE | O_DIRECTORY | O_NOFOLLOW | O_NOATIME | O_CLOEXEC | O_PATH | O_TMPFILE)
 *   desc: One access mode (O_RDONLY, O_WRONLY or O_RDWR) ORed with any
 *   of the other bits. O_PATH keeps only O_DIRECTORY, O_NOFOLLOW and
 *   O_CLOEXEC. O_CREAT together with O_DIRECTORY is rejected.
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: mask(S_ISUID | S_ISGID | S_ISVTX | S_IRWXU | S_IRWXG | S_IRWXO)
 *   desc: Used only with O_CREAT or O_TMPFILE, otherwise ignored. Bits
 *   outside 07777 are dropped.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor, the lowest number not in use.
 *
 * error: EACCES, search permission missing on a path component, the requested access to the file is denied, or O_CREAT in a directory the caller cannot write
 * error: EAGAIN, O_NONBLOCK open of a file with a conflicting lease
 * error: EBUSY, the device is exclusively held (for example a mounted block device opened with O_EXCL)
 * error: EDQUOT, O_CREAT and the user's quota of blocks or inodes is used up
 * error: EEXIST, O_CREAT and O_EXCL were given and the name exists (even as a dangling symlink)
 * error: EFAULT, filename is not a readable user address
 * error: EINTR, interrupted while waiting (for example opening a FIFO or a slow device)
 * error: EINVAL, O_CREAT with O_DIRECTORY, O_TMPFILE without write access, O_DIRECT not supported by the file system, or an invalid name for the file system
 * error: EISDIR, write access or O_TRUNC requested on a directory, or O_CREAT on a name that is a directory
 * error: ELOOP, too many symlinks while resolving, or O_NOFOLLOW and the last component is a symlink
 * error: EMFILE, the caller has RLIMIT_NOFILE descriptors open
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENODEV, a device special file with no driver behind it
 * error: ENOENT, a path component is missing, filename is empty, or O_CREAT with a missing directory
 * error: ENOMEM, kernel memory or a FIFO buffer could not be allocated
 * error: ENOSPC, O_CREAT and the file system has no room for a new inode
 * error: ENOTDIR, a non-final component is not a directory, or O_DIRECTORY and the target is not a directory
 * error: ENXIO, O_WRONLY | O_NONBLOCK on a FIFO with no reader, a device file with no device, or a UNIX domain socket
 * error: EOPNOTSUPP, O_TMPFILE on a file system that does not support it
 * error: EOVERFLOW, a file larger than 2 GiB opened without O_LARGEFILE (32-bit compat callers)
 * error: EPERM, O_NOATIME by a non-owner without CAP_FOWNER, a write open of an append-only or immutable file, a file seal, or an LSM refused
 * error: EROFS, write access or O_CREAT on a read-only file system
 * error: ETXTBSY, write access to an executable that is running, or to an active swap file
 *
 * constraint: tmpfile needs write access
 *   desc: O_TMPFILE creates a file to write: O_WRONLY or O_RDWR, unless
 *   O_PATH drops it
 *   expr: (flags & __O_TMPFILE) == 0 || (flags & O_PATH) != 0 || (flags & O_ACCMODE) != O_RDONLY
 *
 * constraint: no directory creation
 *   desc: O_CREAT with O_DIRECTORY (O_TMPFILE includes it) is rejected,
 *   unless O_PATH drops O_CREAT
 *   expr: (flags & O_PATH) != 0 || (flags & (O_DIRECTORY | O_CREAT)) != (O_DIRECTORY | O_CREAT)
 *
 * since-version: 1.0
 *
 * notes: open() does not reject unknown flag bits: the kernel clears
 *   everything outside its valid set (VALID_OPEN_FLAGS in
 *   include/linux/fcntl.h) before use. The mask is that set written with
 *   UAPI names; __O_SYNC and __O_TMPFILE appear as O_SYNC and O_TMPFILE,
 *   which contain them. On sparc O_NDELAY has an extra bit (0x4) that
 *   the kernel also accepts.
 *
 *   On 64-bit kernels O_LARGEFILE is always added. The syscall exists
 *   only on architectures with the legacy table; arm64, riscv, loongarch
 *   and other asm-generic architectures have only openat/openat2.
 *
 *   Kernel and manual page: the manual lists EFBIG for an oversized file;
 *   6.12 returns EOVERFLOW for that case (generic_file_open).
 */
SYSCALL_DEFINE3(open, const char __user *, filename, int, flags, umode_t, mode)
{
	return 0;
}

/**
 * sys_openat - Open or create a file relative to a directory descriptor
 * @dfd: directory that a relative filename starts from, or AT_FDCWD
 * @filename: path of the file to open
 * @flags: access mode plus creation and status flags
 * @mode: permission bits for a newly created file
 *
 * long-desc: Same as open(), except that a relative filename is resolved
 *   from the directory open on dfd instead of the working directory.
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A descriptor of a directory (O_PATH is enough), or AT_FDCWD
 *   for the working directory. Ignored when filename is absolute.
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: NUL-terminated path, at most PATH_MAX bytes including the NUL.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_RDONLY | O_WRONLY | O_RDWR | O_CREAT | O_EXCL | O_NOCTTY | O_TRUNC | O_APPEND | O_NDELAY | O_NONBLOCK | O_SYNC | O_DSYNC | FASYNC | O_DIRECT | O_LARGEFILE | O_DIRECTORY | O_NOFOLLOW | O_NOATIME | O_CLOEXEC | O_PATH | O_TMPFILE)
 *   desc: One access mode ORed with creation and status flags, as for
 *   open(). O_CREAT together with O_DIRECTORY is rejected.
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: mask(S_ISUID | S_ISGID | S_ISVTX | S_IRWXU | S_IRWXG | S_IRWXO)
 *   desc: Used only with O_CREAT or O_TMPFILE, otherwise ignored.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor, the lowest number not in use.
 *
 * error: EACCES, search permission missing on a path component, the requested access is denied, or O_CREAT in a directory the caller cannot write
 * error: EAGAIN, O_NONBLOCK open of a file with a conflicting lease
 * error: EBADF, filename is relative and dfd is neither AT_FDCWD nor an open descriptor
 * error: EBUSY, the device is exclusively held
 * error: EDQUOT, O_CREAT and the user's quota is used up
 * error: EEXIST, O_CREAT and O_EXCL were given and the name exists
 * error: EFAULT, filename is not a readable user address
 * error: EINTR, interrupted while waiting (FIFO or slow device)
 * error: EINVAL, O_CREAT with O_DIRECTORY, O_TMPFILE without write access, or O_DIRECT not supported
 * error: EISDIR, write access or O_TRUNC requested on a directory
 * error: ELOOP, too many symlinks, or O_NOFOLLOW and the last component is a symlink
 * error: EMFILE, the caller has RLIMIT_NOFILE descriptors open
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENODEV, a device special file with no driver behind it
 * error: ENOENT, a path component is missing or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, O_CREAT and the file system has no room for a new inode
 * error: ENOTDIR, filename is relative and dfd is not a directory, a non-final component is not a directory, or O_DIRECTORY on a non-directory
 * error: ENXIO, O_WRONLY | O_NONBLOCK on a FIFO with no reader, a device file with no device, or a UNIX domain socket
 * error: EOPNOTSUPP, O_TMPFILE on a file system that does not support it
 * error: EOVERFLOW, a file larger than 2 GiB opened without O_LARGEFILE (32-bit compat callers)
 * error: EPERM, O_NOATIME by a non-owner, a write open of an append-only or immutable file, a file seal, or an LSM refused
 * error: EROFS, write access or O_CREAT on a read-only file system
 * error: ETXTBSY, write access to a running executable or an active swap file
 *
 * constraint: tmpfile needs write access
 *   desc: O_TMPFILE creates a file to write: O_WRONLY or O_RDWR, unless
 *   O_PATH drops it
 *   expr: (flags & __O_TMPFILE) == 0 || (flags & O_PATH) != 0 || (flags & O_ACCMODE) != O_RDONLY
 *
 * constraint: no directory creation
 *   desc: O_CREAT with O_DIRECTORY (O_TMPFILE includes it) is rejected,
 *   unless O_PATH drops O_CREAT
 *   expr: (flags & O_PATH) != 0 || (flags & (O_DIRECTORY | O_CREAT)) != (O_DIRECTORY | O_CREAT)
 *
 * since-version: 2.6.16
 *
 * notes: Unknown flag bits are silently cleared, as for open(); only
 *   openat2() rejects them. The mask is VALID_OPEN_FLAGS from
 *   include/linux/fcntl.h in UAPI names. On 64-bit kernels O_LARGEFILE
 *   is always added.
 */
SYSCALL_DEFINE4(openat, int, dfd, const char __user *, filename, int, flags,
		umode_t, mode)
{
	return 0;
}

/**
 * sys_openat2 - Open a file with strictly checked flags and path-resolution controls
 * @dfd: directory that a relative filename starts from, or AT_FDCWD
 * @filename: path of the file to open
 * @how: struct open_how with flags, mode and resolve bits
 * @usize: size in bytes of the caller's struct open_how
 *
 * long-desc: An extensible openat(). All arguments are validated:
 *   unknown flags, a mode without a create flag, or unknown resolve bits
 *   are errors instead of being ignored. The resolve field restricts how
 *   the path may be walked (no symlinks, no mount crossings, stay beneath
 *   dfd, treat dfd as root, cached lookup only).
 *
 * contexts: process, sleepable
 *
 * param: dfd
 *   type: fd, input
 *   constraint-type: range(AT_FDCWD, INT_MAX)
 *   desc: A directory descriptor, or AT_FDCWD for the working directory.
 *   RESOLVE_BENEATH and RESOLVE_IN_ROOT scope the lookup to it.
 *
 * param: filename
 *   type: path, input
 *   constraint-type: user_path
 *   desc: NUL-terminated path, at most PATH_MAX bytes including the NUL.
 *
 * param: how
 *   type: user_ptr, input
 *   constraint-type: buffer(3)
 *   desc: struct open_how { u64 flags; u64 mode; u64 resolve; }. flags
 *   must be within O_RDONLY | O_WRONLY | O_RDWR | O_CREAT | O_EXCL |
 *   O_NOCTTY | O_TRUNC | O_APPEND | O_NDELAY | O_NONBLOCK | O_SYNC |
 *   O_DSYNC | FASYNC | O_DIRECT | O_LARGEFILE | O_DIRECTORY | O_NOFOLLOW |
 *   O_NOATIME | O_CLOEXEC | O_PATH | O_TMPFILE; mode must be 0 unless
 *   O_CREAT or O_TMPFILE is set and then within 07777; resolve must be
 *   within RESOLVE_NO_XDEV | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_SYMLINKS |
 *   RESOLVE_BENEATH | RESOLVE_IN_ROOT | RESOLVE_CACHED, and
 *   RESOLVE_BENEATH excludes RESOLVE_IN_ROOT. Bytes past the part the
 *   kernel knows must be zero.
 *
 * param: usize
 *   type: uint, input
 *   constraint-type: range(24, PAGE_SIZE)
 *   desc: Pass sizeof(struct open_how). 24 is the first published size
 *   (OPEN_HOW_SIZE_VER0); below it is EINVAL, above a page is E2BIG.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor, the lowest number not in use.
 *
 * error: E2BIG, usize is larger than a page, or the struct has non-zero bytes past the fields this kernel knows
 * error: EACCES, search permission missing on a path component or the requested access is denied
 * error: EAGAIN, RESOLVE_CACHED and the lookup could not be done from the cache alone, or combined with O_CREAT, O_TRUNC or O_TMPFILE; a rename or mount raced with ".." under RESOLVE_BENEATH or RESOLVE_IN_ROOT (retry); or O_NONBLOCK against a lease
 * error: EBADF, filename is relative and dfd is neither AT_FDCWD nor an open descriptor
 * error: EBUSY, the device is exclusively held
 * error: EDQUOT, O_CREAT and the user's quota is used up
 * error: EEXIST, O_CREAT and O_EXCL were given and the name exists
 * error: EFAULT, filename or how is not a readable user address
 * error: EINTR, interrupted while waiting (FIFO or slow device)
 * error: EINVAL, usize below 24, unknown bits in flags or resolve, RESOLVE_BENEATH with RESOLVE_IN_ROOT, mode set without a create flag or with bits beyond 07777, O_CREAT with O_DIRECTORY, O_TMPFILE without write access, O_PATH with other flags than O_DIRECTORY, O_NOFOLLOW or O_CLOEXEC
 * error: EISDIR, write access or O_TRUNC requested on a directory
 * error: ELOOP, too many symlinks, a symlink under RESOLVE_NO_SYMLINKS, a magic link under RESOLVE_NO_MAGICLINKS, or O_NOFOLLOW on a symlink
 * error: EMFILE, the caller has RLIMIT_NOFILE descriptors open
 * error: ENAMETOOLONG, filename or one of its components is too long
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENODEV, a device special file with no driver behind it
 * error: ENOENT, a path component is missing or filename is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, O_CREAT and the file system has no room for a new inode
 * error: ENOTDIR, dfd or a non-final component is not a directory, or O_DIRECTORY on a non-directory
 * error: ENXIO, O_WRONLY | O_NONBLOCK on a FIFO with no reader, or a device file with no device
 * error: EOPNOTSUPP, O_TMPFILE on a file system that does not support it
 * error: EOVERFLOW, a file larger than 2 GiB opened without O_LARGEFILE (32-bit kernels and compat callers)
 * error: EPERM, O_NOATIME by a non-owner, a write open of an append-only or immutable file, a seal, or an LSM refused
 * error: EROFS, write access or O_CREAT on a read-only file system
 * error: ETXTBSY, write access to a running executable or an active swap file
 * error: EXDEV, the walk would leave dfd under RESOLVE_BENEATH (an absolute path, an absolute symlink or ".." above dfd), or cross a mount under RESOLVE_NO_XDEV
 *
 * since-version: 5.6
 *
 * notes: Unlike open() and openat(), unknown bits are errors here. The
 *   lower bound of usize is the kernel-internal OPEN_HOW_SIZE_VER0 (24),
 *   which has no UAPI name; the upper bound is the kernel page size.
 *   O_LARGEFILE is added on 64-bit kernels unless O_PATH is set.
 */
SYSCALL_DEFINE4(openat2, int, dfd, const char __user *, filename,
		struct open_how __user *, how, size_t, usize)
{
	return 0;
}

/**
 * sys_creat - Create or truncate a file for writing
 * @pathname: path of the file to create
 * @mode: permission bits for a newly created file
 *
 * long-desc: Shorthand for open(pathname, O_CREAT | O_WRONLY | O_TRUNC,
 *   mode): creates the file if missing, truncates it otherwise, and
 *   returns a write-only descriptor.
 *
 * contexts: process, sleepable
 *
 * param: pathname
 *   type: path, input
 *   constraint-type: user_path
 *   desc: NUL-terminated path, at most PATH_MAX bytes including the NUL.
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: mask(S_ISUID | S_ISGID | S_ISVTX | S_IRWXU | S_IRWXG | S_IRWXO)
 *   desc: Permission bits of a new file, less the umask. Bits outside
 *   07777 are dropped.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: A new write-only descriptor, the lowest number not in use.
 *
 * error: EACCES, search permission missing on a path component, write access denied, or the directory is not writable
 * error: EDQUOT, the user's quota of blocks or inodes is used up
 * error: EFAULT, pathname is not a readable user address
 * error: EINTR, interrupted while waiting for a lease to be broken or on a slow device
 * error: EISDIR, pathname names a directory
 * error: ELOOP, too many symlinks while resolving pathname
 * error: EMFILE, the caller has RLIMIT_NOFILE descriptors open
 * error: ENAMETOOLONG, pathname or one of its components is too long
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENOENT, a directory component is missing or pathname is empty
 * error: ENOMEM, kernel memory could not be allocated
 * error: ENOSPC, no room for a new inode
 * error: ENOTDIR, a non-final component is not a directory
 * error: ENXIO, pathname is a device file with no device, or a UNIX domain socket
 * error: EOVERFLOW, a file larger than 2 GiB opened without O_LARGEFILE (32-bit compat callers)
 * error: EPERM, the file is append-only or immutable, a seal forbids truncation, or an LSM refused
 * error: EROFS, the file system is read-only
 * error: ETXTBSY, the file is a running executable or an active swap file
 *
 * since-version: 1.0
 *
 * notes: Not built on alpha, and missing from the asm-generic syscall
 *   table (arm64, riscv, loongarch, ...), where openat() must be used.
 */
SYSCALL_DEFINE2(creat, const char __user *, pathname, umode_t, mode)
{
	return 0;
}

/**
 * sys_close - Release a file descriptor
 * @fd: descriptor to close
 *
 * long-desc: Removes fd from the descriptor table, runs the file's
 *   flush hook, drops the caller's POSIX record locks on the file and
 *   releases the open file description when this was its last reference.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be an open descriptor.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success. An error other than EBADF still means fd was
 *   closed.
 *
 * error: EBADF, fd is not an open descriptor
 * error: EINTR, the flush was interrupted by a signal; fd is closed anyway
 *   retry: no
 * error: EIO, the flush reported an I/O error (for example a delayed write on NFS)
 * error: ENOSPC, the flush found the file system full (network file systems)
 * error: EDQUOT, the flush found the quota exhausted (network file systems)
 *
 * since-version: 1.0
 *
 * notes: The descriptor is released before the flush runs, so retrying
 *   close() after EINTR may close a descriptor another thread just got.
 *   Any restart code from the flush is turned into EINTR.
 */
SYSCALL_DEFINE1(close, unsigned int, fd)
{
	return 0;
}

/**
 * sys_close_range - Close or mark close-on-exec every descriptor in a range
 * @fd: first descriptor of the range
 * @max_fd: last descriptor of the range, inclusive
 * @flags: CLOSE_RANGE_UNSHARE and/or CLOSE_RANGE_CLOEXEC, or 0
 *
 * long-desc: Closes every open descriptor from fd through max_fd. With
 *   CLOSE_RANGE_CLOEXEC they are only marked close-on-exec. With
 *   CLOSE_RANGE_UNSHARE a shared descriptor table is first copied so the
 *   change affects only the caller.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: uint, input
 *   constraint-type: range(0, UINT_MAX)
 *   desc: Need not be open; must not exceed max_fd.
 *
 * param: max_fd
 *   type: uint, input
 *   constraint-type: range(0, UINT_MAX)
 *   desc: Values past the table size are clipped; ~0U means "to the
 *   end".
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask((1U << 1) | (1U << 2))
 *   desc: 0 closes; CLOSE_RANGE_CLOEXEC (1U << 2) only sets close-on-exec;
 *   CLOSE_RANGE_UNSHARE (1U << 1) first gives the caller a private table.
 *   Written as numbers: fs/open.c, where the syscall is defined, does not
 *   include linux/close_range.h, so the names do not exist there.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success; errors from closing single descriptors are
 *   ignored.
 *
 * error: EINVAL, flags has an unknown bit, or fd is greater than max_fd
 * error: EMFILE, CLOSE_RANGE_UNSHARE needed a table copy larger than the nr_open limit allows
 * error: ENOMEM, CLOSE_RANGE_UNSHARE could not allocate the new table
 *
 * since-version: 5.9
 *
 * notes: CLOSE_RANGE_CLOEXEC was added in 5.11. The constants come from
 *   <linux/close_range.h>.
 */
SYSCALL_DEFINE3(close_range, unsigned int, fd, unsigned int, max_fd,
		unsigned int, flags)
{
	return 0;
}

/**
 * sys_dup - Duplicate a file descriptor onto the lowest free number
 * @fildes: descriptor to duplicate
 *
 * long-desc: Allocates the lowest unused descriptor and makes it refer
 *   to the same open file description as fildes. The new descriptor has
 *   close-on-exec clear.
 *
 * contexts: process, sleepable
 *
 * param: fildes
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Any open descriptor, including O_PATH ones.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor.
 *
 * error: EBADF, fildes is not an open descriptor
 * error: EMFILE, the caller has RLIMIT_NOFILE descriptors open
 * error: ENOMEM, the descriptor table could not be grown
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE1(dup, unsigned int, fildes)
{
	return 0;
}

/**
 * sys_dup2 - Duplicate a file descriptor onto a chosen number
 * @oldfd: descriptor to duplicate
 * @newfd: number the duplicate must get
 *
 * long-desc: Makes newfd refer to the same open file description as
 *   oldfd, silently closing whatever newfd referred to. If oldfd equals
 *   newfd and is open, nothing happens and newfd is returned.
 *
 * contexts: process, sleepable
 *
 * param: oldfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be an open descriptor (O_PATH ones too).
 *
 * param: newfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be below RLIMIT_NOFILE; need not be open.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: newfd on success.
 *
 * error: EBADF, oldfd is not open, or newfd is not below RLIMIT_NOFILE or past the nr_open limit
 * error: EBUSY, newfd is reserved by an open() or dup() still in progress in another thread
 * error: ENOMEM, the descriptor table could not be grown to hold newfd
 *
 * since-version: 1.0
 *
 * notes: Kernel and manual page disagree: the manual lists EINTR and
 *   EMFILE. In 6.12 the close of the old newfd ignores errors, so EINTR
 *   is never returned, and a table-size failure (EMFILE internally) is
 *   reported as EBADF.
 */
SYSCALL_DEFINE2(dup2, unsigned int, oldfd, unsigned int, newfd)
{
	return 0;
}

/**
 * sys_dup3 - Duplicate a file descriptor onto a chosen number, with flags
 * @oldfd: descriptor to duplicate
 * @newfd: number the duplicate must get
 * @flags: O_CLOEXEC or 0
 *
 * long-desc: Like dup2(), but oldfd equal to newfd is an error and the
 *   close-on-exec flag of newfd can be set atomically.
 *
 * contexts: process, sleepable
 *
 * param: oldfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be an open descriptor (O_PATH ones too).
 *
 * param: newfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be below RLIMIT_NOFILE and differ from oldfd.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC)
 *   desc: O_CLOEXEC sets close-on-exec on newfd; any other bit is
 *   rejected.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: newfd on success.
 *
 * error: EBADF, oldfd is not open, or newfd is not below RLIMIT_NOFILE or past the nr_open limit
 * error: EBUSY, newfd is reserved by an open() or dup() still in progress in another thread
 * error: EINVAL, flags has a bit other than O_CLOEXEC, or oldfd equals newfd
 * error: ENOMEM, the descriptor table could not be grown to hold newfd
 *
 * since-version: 2.6.27
 *
 * notes: Kernel and manual page disagree: the manual lists EINTR and
 *   EMFILE; 6.12 never returns EINTR here and turns a table-size failure
 *   into EBADF.
 */
SYSCALL_DEFINE3(dup3, unsigned int, oldfd, unsigned int, newfd, int, flags)
{
	return 0;
}

/**
 * sys_fcntl - Query or change properties of an open file descriptor
 * @fd: descriptor to operate on
 * @cmd: operation to perform
 * @arg: integer or user pointer, depending on cmd
 *
 * long-desc: A multiplexer: duplicates descriptors, reads and sets the
 *   close-on-exec flag and the file status flags, manages POSIX and
 *   open-file-description record locks, signal-driven I/O ownership,
 *   leases, directory notifications, pipe capacity, memfd seals and
 *   write-lifetime hints.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An open descriptor. On an O_PATH descriptor only F_DUPFD,
 *   F_DUPFD_CLOEXEC, F_DUPFD_QUERY, F_CREATED_QUERY, F_GETFD, F_SETFD
 *   and F_GETFL are allowed.
 *
 * param: cmd
 *   type: uint, input
 *   constraint-type: enum(F_DUPFD, F_GETFD, F_SETFD, F_GETFL, F_SETFL, F_GETLK, F_SETLK, F_SETLKW, F_SETOWN, F_GETOWN, F_SETSIG, F_GETSIG, F_SETOWN_EX, F_GETOWN_EX, F_GETOWNER_UIDS, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW, F_SETLEASE, F_GETLEASE, F_NOTIFY, F_DUPFD_QUERY, F_CREATED_QUERY, F_DUPFD_CLOEXEC, F_SETPIPE_SZ, F_GETPIPE_SZ, F_ADD_SEALS, F_GET_SEALS, F_GET_RW_HINT, F_SET_RW_HINT)
 *   desc: Any other value, including F_GET_FILE_RW_HINT and
 *   F_SET_FILE_RW_HINT, fails with EINVAL.
 *
 * param: arg
 *   type: uint, input, optional
 *   constraint-type: none
 *   desc: Ignored by the F_GET* queries; an int for F_DUPFD*, F_SETFD,
 *   F_SETFL, F_SETOWN, F_SETSIG, F_SETLEASE, F_NOTIFY, F_SETPIPE_SZ and
 *   F_ADD_SEALS; a pointer to struct flock for the lock commands, to
 *   struct f_owner_ex for F_[GS]ETOWN_EX, to uid_t[2] for
 *   F_GETOWNER_UIDS and to a u64 for the RW hint commands.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0 for most setters; a new descriptor for F_DUPFD and
 *   F_DUPFD_CLOEXEC; the flag word, owner, signal, lease type, pipe size
 *   or seal set for the matching getter; 0 or 1 for F_DUPFD_QUERY and
 *   F_CREATED_QUERY.
 *
 * error: EACCES, a lock conflicts with one held by another process (F_SETLK), or F_SETLEASE by a non-owner without CAP_LEASE
 * error: EAGAIN, a lock conflicts (F_SETLK, F_OFD_SETLK), or a lease cannot be taken because the file is open elsewhere
 * error: EBADF, fd is not open, a command other than the allowed few on an O_PATH descriptor, F_SETLK with a lock type the descriptor's mode does not allow, or F_DUPFD_QUERY on a closed arg
 * error: EBUSY, F_SETPIPE_SZ below the data currently in the pipe, or F_ADD_SEALS with F_SEAL_WRITE while writable mappings exist
 * error: EDEADLK, F_SETLKW would deadlock
 * error: EFAULT, the struct behind arg is not accessible
 * error: EINTR, F_SETLKW or F_OFD_SETLKW interrupted by a signal
 * error: EINVAL, unknown cmd, F_DUPFD arg negative or at least RLIMIT_NOFILE, bad signal number, bad lock type or whence, F_OFD_* lock with l_pid not 0, F_SETFL adding O_DIRECT where unsupported, seals on a non-memfd file, bad RW hint, bad F_SETOWN_EX type, or F_SETPIPE_SZ out of range
 * error: EMFILE, F_DUPFD or F_DUPFD_CLOEXEC and no descriptor at or above arg is free
 * error: ENOLCK, the lock table is full or a remote lock failed
 * error: ENOMEM, an owner record, lock or pipe buffer could not be allocated
 * error: ENOTDIR, F_NOTIFY on a descriptor that is not a directory
 * error: EOVERFLOW, F_GETLK result does not fit the struct flock fields
 * error: EPERM, F_SETFL clearing O_APPEND of an append-only file or setting O_NOATIME as non-owner, F_ADD_SEALS when F_SEAL_SEAL is set, F_SET_RW_HINT on an immutable file, or F_SETPIPE_SZ above the limit without CAP_SYS_RESOURCE
 * error: ESRCH, F_SETOWN or F_SETOWN_EX names a process or group that does not exist
 *
 * since-version: 1.0
 *
 * notes: On 32-bit kernels the F_OFD_* commands are accepted only
 *   through fcntl64 (which the C library uses); the F_GETLK64 family
 *   exists only there too. F_DUPFD_QUERY (6.10) and F_CREATED_QUERY
 *   (6.12) are recent and may be missing from older headers.
 *
 *   F_GETOWN can return a negative process group id that the C library
 *   reports as an error; F_GETOWN_EX is the reliable form.
 */
SYSCALL_DEFINE3(fcntl, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	return 0;
}

/**
 * sys_pipe2 - Create a pipe with flags
 * @fildes: user array that receives the read and write descriptors
 * @flags: O_CLOEXEC, O_NONBLOCK, O_DIRECT and O_NOTIFICATION_PIPE, or 0
 *
 * long-desc: Creates a unidirectional data channel and stores two new
 *   descriptors: fildes[0] reads, fildes[1] writes. O_DIRECT makes the
 *   pipe packet-oriented; O_NOTIFICATION_PIPE makes it a kernel
 *   notification queue.
 *
 * contexts: process, sleepable
 *
 * param: fildes
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: 2 * sizeof(int)
 *   desc: Two int slots; written only on success.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK | O_DIRECT | O_NOTIFICATION_PIPE)
 *   desc: O_CLOEXEC and O_NONBLOCK apply to both ends; O_DIRECT selects
 *   packet mode; O_NOTIFICATION_PIPE builds a watch queue.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once both descriptors are stored in fildes.
 *
 * error: EFAULT, fildes is not a writable user address
 * error: EINVAL, flags has a bit outside the valid mask
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached, or the user's pipe buffer limit is exhausted
 * error: ENOMEM, the notification queue could not be allocated
 * error: ENOPKG, O_NOTIFICATION_PIPE on a kernel built without CONFIG_WATCH_QUEUE
 *
 * side-effect: resource_create | alloc_memory
 *   target: two file descriptors and a pipe buffer
 *
 * since-version: 2.6.27
 *
 * notes: O_NOTIFICATION_PIPE comes from <linux/watch_queue.h> and has
 *   the value of O_EXCL.
 */
SYSCALL_DEFINE2(pipe2, int __user *, fildes, int, flags)
{
	return 0;
}

/**
 * sys_memfd_create - Create an anonymous memory-backed file
 * @uname: name shown in /proc/self/fd (prefixed with "memfd:")
 * @flags: MFD_* behaviour flags and an optional huge page size
 *
 * long-desc: Creates a file that lives only in memory (tmpfs, or
 *   hugetlbfs with MFD_HUGETLB) and returns a read-write descriptor for
 *   it. The file starts empty; size it with ftruncate(). With
 *   MFD_ALLOW_SEALING its contents can later be sealed via fcntl().
 *
 * contexts: process, sleepable
 *
 * param: uname
 *   type: user_ptr, input
 *   constraint-type: user_string(249)
 *   desc: NUL-terminated name of at most 249 bytes (NAME_MAX less the
 *   6-byte "memfd:" prefix), used only for display; names need not be
 *   unique.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_HUGETLB | MFD_NOEXEC_SEAL | MFD_EXEC | (MFD_HUGE_MASK << MFD_HUGE_SHIFT))
 *   desc: The huge page size bits (MFD_HUGE_2MB, MFD_HUGE_1GB, ...) are
 *   accepted only together with MFD_HUGETLB. MFD_EXEC and
 *   MFD_NOEXEC_SEAL exclude each other.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor.
 *
 * error: EACCES, vm.memfd_noexec is 2 and MFD_NOEXEC_SEAL was not given
 * error: EFAULT, uname is not a readable user string
 * error: EINVAL, unknown flag bits, huge page size bits without MFD_HUGETLB, MFD_EXEC with MFD_NOEXEC_SEAL, or uname longer than 249 bytes
 * error: EMFILE, the caller has RLIMIT_NOFILE descriptors open
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENODEV, MFD_HUGETLB with a huge page size the system does not have
 * error: ENOMEM, memory for the name, inode or file could not be allocated
 * error: ENOSPC, MFD_HUGETLB and no hugetlbfs inode could be created
 * error: ENOENT, MFD_HUGETLB with a huge page size for which no hugetlbfs mount exists
 *
 * constraint: huge page sizes need hugetlb
 *   desc: the MFD_HUGE_* size bits only together with MFD_HUGETLB
 *   expr: (flags & MFD_HUGETLB) != 0 || (flags & (MFD_HUGE_MASK << MFD_HUGE_SHIFT)) == 0
 *
 * constraint: exec or noexec
 *   desc: MFD_EXEC and MFD_NOEXEC_SEAL exclude each other
 *   expr: (flags & MFD_EXEC) == 0 || (flags & MFD_NOEXEC_SEAL) == 0
 *
 * since-version: 3.17
 *
 * notes: The name limit is the kernel-internal MFD_NAME_MAX_LEN
 *   (NAME_MAX - 6 = 249), written as a number. MFD_NOEXEC_SEAL and
 *   MFD_EXEC were added in 6.3 and may be missing from older headers. The huge page size bits are
 *   (MFD_HUGE_MASK << MFD_HUGE_SHIFT) from <linux/memfd.h>.
 *
 *   Kernel and manual page disagree: the manual says MFD_HUGETLB with
 *   MFD_ALLOW_SEALING is EINVAL; 6.12 accepts it (hugetlbfs supports
 *   sealing). The manual does not list EACCES (memfd_noexec sysctl) or
 *   ENODEV (unsupported huge page size) or ENOENT (no hugetlbfs mount
 *   for that size).
 */
SYSCALL_DEFINE2(memfd_create,
		const char __user *, uname,
		unsigned int, flags)
{
	return 0;
}
