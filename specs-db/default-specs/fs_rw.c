// SPDX-License-Identifier: MIT
/* Default KAPI specs for reading, writing, seeking, syncing and sizing open files (read .. getdents64).
 * Facts come from the Linux 6.12 source and its manual pages; the words are ours. */

/**
 * sys_read - Read bytes from a file descriptor
 * @fd: descriptor to read from
 * @buf: user buffer that receives the data
 * @count: maximum number of bytes to read
 *
 * long-desc: Copies up to count bytes from the file into buf, starting
 *   at the file position for seekable files, and advances the position
 *   by the number of bytes read. A short read is not an error.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for reading.
 *
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: buffer(2)
 *   desc: Must be writable for count bytes; only the bytes reported are
 *   written.
 *
 * param: count
 *   type: uint, input
 *   constraint-type: range(0, SSIZE_MAX)
 *   desc: Values with the top bit set are rejected; a single call
 *   transfers at most MAX_RW_COUNT (INT_MAX rounded down to a page).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Number of bytes read; 0 means end of file (or count was 0).
 *
 * error: EAGAIN, the descriptor is non-blocking and no data is available
 * error: EBADF, fd is not open or not open for reading
 * error: EFAULT, buf is not a writable user range
 * error: EINTR, a signal arrived before any data was read
 * error: EINVAL, count is larger than SSIZE_MAX, the file cannot be read (no read method), O_DIRECT alignment is not met, or the file type needs a larger buffer (eventfd, timerfd, signalfd, inotify)
 * error: EIO, a low-level I/O error, or a background process group reading its controlling terminal
 * error: EISDIR, fd refers to a directory
 * error: EOVERFLOW, the file position plus count overflows on a file with unsigned offsets
 *
 * since-version: 1.0
 *
 * notes: Other errors come from the object behind fd (sockets, devices,
 *   FUSE); the list covers the generic paths.
 */
SYSCALL_DEFINE3(read, unsigned int, fd, char __user *, buf, size_t, count)
{
	return 0;
}

/**
 * sys_write - Write bytes to a file descriptor
 * @fd: descriptor to write to
 * @buf: user buffer holding the data
 * @count: number of bytes to write
 *
 * long-desc: Copies up to count bytes from buf to the file at the file
 *   position (at the end with O_APPEND) and advances the position. A
 *   short write is not an error.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for writing.
 *
 * param: buf
 *   type: user_ptr, input, const
 *   constraint-type: buffer(2)
 *   desc: Must be readable for count bytes.
 *
 * param: count
 *   type: uint, input
 *   constraint-type: range(0, SSIZE_MAX)
 *   desc: Values with the top bit set are rejected; at most MAX_RW_COUNT
 *   bytes are transferred in one call.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Number of bytes written, possibly fewer than count.
 *
 * error: EAGAIN, the descriptor is non-blocking and the write would block
 * error: EBADF, fd is not open or not open for writing
 * error: EDESTADDRREQ, fd is a datagram socket with no peer address set
 * error: EDQUOT, the user's disk quota is exhausted
 * error: EFAULT, buf is not a readable user range
 * error: EFBIG, the write would pass RLIMIT_FSIZE or the maximum file size
 * error: EINTR, a signal arrived before any data was written
 * error: EINVAL, count is larger than SSIZE_MAX, the file cannot be written (no write method), or O_DIRECT alignment is not met
 * error: EIO, a low-level I/O error
 * error: ENOSPC, the device has no room for the data
 * error: EPERM, a file seal forbids the write, or the file is immutable
 * error: EPIPE, the reading end of a pipe or socket is closed (SIGPIPE is sent too)
 * error: ETXTBSY, the file is an active swap file
 *
 * signal: SIGPIPE
 *   direction: send
 *   action: terminate
 *   condition: writing to a pipe or stream socket with no reader
 *
 * signal: SIGXFSZ
 *   direction: send
 *   action: coredump
 *   condition: the write would grow the file beyond RLIMIT_FSIZE
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE3(write, unsigned int, fd, const char __user *, buf,
		size_t, count)
{
	return 0;
}

/**
 * sys_pread64 - Read from a file at a given offset
 * @fd: descriptor to read from
 * @buf: user buffer that receives the data
 * @count: maximum number of bytes to read
 * @pos: file offset to read from
 *
 * long-desc: Like read(), but reads at offset pos and leaves the file
 *   position unchanged. The file must be seekable.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for reading and support positioned reads.
 *
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: buffer(2)
 *   desc: Must be writable for count bytes; only the bytes reported are
 *   written.
 *
 * param: count
 *   type: uint, input
 *   constraint-type: range(0, SSIZE_MAX)
 *   desc: Values with the top bit set are rejected; at most MAX_RW_COUNT
 *   bytes per call.
 *
 * param: pos
 *   type: int, input
 *   constraint-type: range(0, LLONG_MAX)
 *   desc: Negative offsets are rejected before fd is looked at.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Number of bytes read; 0 at or past end of file.
 *
 * error: EAGAIN, the descriptor is non-blocking and no data is available
 * error: EBADF, fd is not open or not open for reading
 * error: EFAULT, buf is not a writable user range
 * error: EINTR, a signal arrived before any data was read
 * error: EINVAL, pos is negative, count is larger than SSIZE_MAX, pos + count overflows, or O_DIRECT alignment is not met
 * error: EIO, a low-level I/O error
 * error: EISDIR, fd refers to a directory
 * error: EOVERFLOW, pos + count overflows on a file with unsigned offsets
 * error: ESPIPE, fd is a pipe, FIFO, socket or other unseekable file
 *
 * since-version: 2.1.60
 *
 * notes: The C library calls this pread(). On 32-bit architectures pos
 *   is passed in two registers.
 */
SYSCALL_DEFINE4(pread64, unsigned int, fd, char __user *, buf,
			size_t, count, loff_t, pos)
{
	return 0;
}

/**
 * sys_pwrite64 - Write to a file at a given offset
 * @fd: descriptor to write to
 * @buf: user buffer holding the data
 * @count: number of bytes to write
 * @pos: file offset to write at
 *
 * long-desc: Like write(), but writes at offset pos and leaves the file
 *   position unchanged. The file must be seekable.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for writing and support positioned writes.
 *
 * param: buf
 *   type: user_ptr, input, const
 *   constraint-type: buffer(2)
 *   desc: Must be readable for count bytes.
 *
 * param: count
 *   type: uint, input
 *   constraint-type: range(0, SSIZE_MAX)
 *   desc: Values with the top bit set are rejected; at most MAX_RW_COUNT
 *   bytes per call.
 *
 * param: pos
 *   type: int, input
 *   constraint-type: range(0, LLONG_MAX)
 *   desc: Negative offsets are rejected before fd is looked at.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Number of bytes written.
 *
 * error: EAGAIN, the descriptor is non-blocking and the write would block
 * error: EBADF, fd is not open or not open for writing
 * error: EDQUOT, the user's disk quota is exhausted
 * error: EFAULT, buf is not a readable user range
 * error: EFBIG, the write would pass RLIMIT_FSIZE or the maximum file size
 * error: EINTR, a signal arrived before any data was written
 * error: EINVAL, pos is negative, count is larger than SSIZE_MAX, pos + count overflows, or O_DIRECT alignment is not met
 * error: EIO, a low-level I/O error
 * error: ENOSPC, the device has no room for the data
 * error: EOVERFLOW, pos + count overflows on a file with unsigned offsets
 * error: EPERM, a file seal forbids the write, or the file is immutable
 * error: ESPIPE, fd is a pipe, FIFO, socket or other unseekable file
 * error: ETXTBSY, the file is an active swap file
 *
 * signal: SIGXFSZ
 *   direction: send
 *   action: coredump
 *   condition: the write would grow the file beyond RLIMIT_FSIZE
 *
 * since-version: 2.1.60
 *
 * notes: The C library calls this pwrite(). With O_APPEND Linux appends
 *   the data at end of file regardless of pos.
 */
SYSCALL_DEFINE4(pwrite64, unsigned int, fd, const char __user *, buf,
			 size_t, count, loff_t, pos)
{
	return 0;
}

/**
 * sys_readv - Read into several buffers (scatter input)
 * @fd: descriptor to read from
 * @vec: user array of struct iovec describing the buffers
 * @vlen: number of entries in vec
 *
 * long-desc: Reads from the file at the file position and fills the
 *   buffers in array order, each completely before the next. Works like
 *   one read() of the total length.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for reading.
 *
 * param: vec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: vlen iovec entries (vlen * sizeof(struct iovec) bytes; the
 *   comment form has no element-size field, so no size is given); each
 *   iov_base must be writable for its iov_len bytes. The lengths must not add up past SSIZE_MAX.
 *
 * param: vlen
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV (IOV_MAX, 1024) entries; 0 reads nothing.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Total number of bytes read; 0 at end of file.
 *
 * error: EAGAIN, the descriptor is non-blocking and no data is available
 * error: EBADF, fd is not open or not open for reading
 * error: EFAULT, vec or one of the buffers is not accessible
 * error: EINTR, a signal arrived before any data was read
 * error: EINVAL, vlen exceeds UIO_MAXIOV, an iov_len is negative as ssize_t, the total length overflows, or the file cannot be read
 * error: EIO, a low-level I/O error
 * error: EISDIR, fd refers to a directory
 * error: ENOMEM, the kernel copy of a long iovec array could not be allocated
 * error: EOVERFLOW, the file position plus the total length overflows on a file with unsigned offsets
 *
 * since-version: 2.0
 */
SYSCALL_DEFINE3(readv, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen)
{
	return 0;
}

/**
 * sys_writev - Write from several buffers (gather output)
 * @fd: descriptor to write to
 * @vec: user array of struct iovec describing the buffers
 * @vlen: number of entries in vec
 *
 * long-desc: Writes the buffers in array order at the file position as
 *   one contiguous write; the data of one call is not interleaved with
 *   other writers on the same pipe up to PIPE_BUF bytes.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for writing.
 *
 * param: vec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: vlen iovec entries (vlen * sizeof(struct iovec) bytes; the
 *   comment form has no element-size field, so no size is given); each
 *   iov_base must be readable for its iov_len bytes. The lengths must not add up past SSIZE_MAX.
 *
 * param: vlen
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV (IOV_MAX, 1024) entries; 0 writes nothing.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Total number of bytes written.
 *
 * error: EAGAIN, the descriptor is non-blocking and the write would block
 * error: EBADF, fd is not open or not open for writing
 * error: EDQUOT, the user's disk quota is exhausted
 * error: EFAULT, vec or one of the buffers is not accessible
 * error: EFBIG, the write would pass RLIMIT_FSIZE or the maximum file size
 * error: EINTR, a signal arrived before any data was written
 * error: EINVAL, vlen exceeds UIO_MAXIOV, an iov_len is negative as ssize_t, the total length overflows, or the file cannot be written
 * error: EIO, a low-level I/O error
 * error: ENOMEM, the kernel copy of a long iovec array could not be allocated
 * error: ENOSPC, the device has no room for the data
 * error: EPERM, a file seal forbids the write, or the file is immutable
 * error: EPIPE, the reading end of a pipe or socket is closed (SIGPIPE is sent too)
 *
 * signal: SIGPIPE
 *   direction: send
 *   action: terminate
 *   condition: writing to a pipe or stream socket with no reader
 *
 * since-version: 2.0
 */
SYSCALL_DEFINE3(writev, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen)
{
	return 0;
}

/**
 * sys_lseek - Move the file position of an open file
 * @fd: descriptor whose position changes
 * @offset: byte offset, interpreted according to whence
 * @whence: origin of the offset
 *
 * long-desc: Sets the file position to offset relative to the start,
 *   the current position or the end, or moves it to the next data or
 *   hole at or after offset. The position may go past end of file.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a seekable file.
 *
 * param: offset
 *   type: int, input
 *   constraint-type: none
 *   desc: May be negative with SEEK_CUR and SEEK_END; the resulting
 *   position must not be negative for regular files.
 *
 * param: whence
 *   type: uint, input
 *   constraint-type: enum(SEEK_SET, SEEK_CUR, SEEK_END, SEEK_DATA, SEEK_HOLE)
 *   desc: Values above SEEK_HOLE are rejected; SEEK_DATA and SEEK_HOLE
 *   also need file system support.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The new file position in bytes from the start of the file.
 *
 * error: EBADF, fd is not open
 * error: EINVAL, whence is not a known value, the file system does not support it, or the resulting position would be negative
 * error: ENXIO, SEEK_DATA or SEEK_HOLE with offset at or past end of file, or SEEK_DATA with no data after offset
 * error: EOVERFLOW, the resulting position does not fit off_t (32-bit callers)
 * error: ESPIPE, fd is a pipe, FIFO or socket
 *
 * since-version: 1.0
 *
 * notes: SEEK_DATA and SEEK_HOLE date from 3.1 and need _GNU_SOURCE in
 *   glibc. Some devices accept other positions, including negative ones.
 */
SYSCALL_DEFINE3(lseek, unsigned int, fd, off_t, offset, unsigned int, whence)
{
	return 0;
}

/**
 * sys_fsync - Flush a file's data and metadata to stable storage
 * @fd: descriptor of the file to flush
 *
 * long-desc: Writes back all modified data and metadata of the file and
 *   waits for the device to report them durable. Does not sync the
 *   directory entry; fsync the directory for that.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Any open descriptor except O_PATH; need not be writable.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the data and metadata are durable.
 *
 * error: EBADF, fd is not open (or is an O_PATH descriptor)
 * error: EDQUOT, delayed allocation hit the disk quota during writeback
 * error: EINVAL, the file type does not support syncing (pipe, socket, some special files)
 * error: EIO, an I/O error happened during writeback, possibly reported for an earlier write through another descriptor
 * error: ENOSPC, delayed allocation found the device full during writeback
 *
 * since-version: 1.0
 *
 * notes: The manual also lists EROFS for special files; the generic 6.12
 *   code returns EINVAL when the file has no fsync method, and EROFS only
 *   where a file system chooses to.
 */
SYSCALL_DEFINE1(fsync, unsigned int, fd)
{
	return 0;
}

/**
 * sys_fdatasync - Flush a file's data to stable storage
 * @fd: descriptor of the file to flush
 *
 * long-desc: Like fsync(), but skips metadata that is not needed to read
 *   the data back (timestamps); size changes are still written.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Any open descriptor except O_PATH.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the data is durable.
 *
 * error: EBADF, fd is not open (or is an O_PATH descriptor)
 * error: EDQUOT, delayed allocation hit the disk quota during writeback
 * error: EINVAL, the file type does not support syncing
 * error: EIO, an I/O error happened during writeback
 * error: ENOSPC, delayed allocation found the device full during writeback
 *
 * since-version: 2.0
 */
SYSCALL_DEFINE1(fdatasync, unsigned int, fd)
{
	return 0;
}

/**
 * sys_ftruncate - Set the size of an open file
 * @fd: descriptor of the file, open for writing
 * @length: new size in bytes
 *
 * long-desc: Cuts the file to length bytes or extends it with a hole
 *   that reads as zeros, and updates the modification times.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be a regular file open for writing.
 *
 * param: length
 *   type: int, input
 *   constraint-type: range(0, LONG_MAX)
 *   desc: Must not be negative; on 32-bit without O_LARGEFILE at most
 *   2 GiB - 1.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the file has the new size.
 *
 * error: EBADF, fd is not open
 * error: EFBIG, length exceeds the file system's maximum file size or RLIMIT_FSIZE
 * error: EINTR, interrupted while waiting
 * error: EINVAL, length is negative, fd is not a regular file or not open for writing, or length exceeds 2 GiB on a file opened without O_LARGEFILE
 * error: EIO, an I/O error while updating the inode
 * error: EPERM, the file is append-only or immutable, or a seal forbids the size change
 * error: ETXTBSY, the file is an active swap file
 *
 * signal: SIGXFSZ
 *   direction: send
 *   action: coredump
 *   condition: length exceeds RLIMIT_FSIZE
 *
 * since-version: 1.0
 *
 * notes: Kernel and manual page disagree: the manual says a descriptor
 *   not open for writing gives EBADF or EINVAL; 6.12 returns EINVAL.
 */
SYSCALL_DEFINE2(ftruncate, unsigned int, fd, off_t, length)
{
	return 0;
}

/**
 * sys_fallocate - Allocate, free or shift disk space of an open file
 * @fd: descriptor of the file, open for writing
 * @mode: operation and modifier bits
 * @offset: start of the byte range
 * @len: length of the byte range
 *
 * long-desc: With mode 0 reserves blocks for [offset, offset + len) so
 *   later writes cannot fail for lack of space, growing the file if
 *   needed. Other modes punch holes, zero a range, collapse or insert a
 *   range, or unshare shared extents.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A regular file or block device open for writing.
 *
 * param: mode
 *   type: int, input
 *   constraint-type: mask(FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE | FALLOC_FL_COLLAPSE_RANGE | FALLOC_FL_ZERO_RANGE | FALLOC_FL_INSERT_RANGE | FALLOC_FL_UNSHARE_RANGE)
 *   desc: 0 (FALLOC_FL_ALLOCATE_RANGE) or one of PUNCH_HOLE, ZERO_RANGE,
 *   COLLAPSE_RANGE, INSERT_RANGE, UNSHARE_RANGE, optionally with
 *   KEEP_SIZE. PUNCH_HOLE requires KEEP_SIZE; COLLAPSE_RANGE and
 *   INSERT_RANGE forbid it.
 *
 * param: offset
 *   type: int, input
 *   constraint-type: range(0, LLONG_MAX)
 *   desc: Must not be negative; block alignment is required for
 *   COLLAPSE_RANGE and INSERT_RANGE.
 *
 * param: len
 *   type: int, input
 *   constraint-type: range(1, LLONG_MAX)
 *   desc: Must be positive; offset + len must not overflow or exceed the
 *   maximum file size.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the range has been changed.
 *
 * error: EBADF, fd is not open or not open for writing
 * error: EFBIG, offset + len overflows or exceeds the maximum file size, or INSERT_RANGE would do so
 * error: EINTR, a signal arrived during the operation
 * error: EINVAL, offset is negative, len is not positive, or the range is not block aligned or reaches past end of file for COLLAPSE_RANGE or INSERT_RANGE
 * error: EIO, an I/O error
 * error: EISDIR, fd refers to a directory
 * error: ENODEV, fd is neither a regular file nor a block device
 * error: ENOSPC, not enough free space
 * error: EOPNOTSUPP, unknown or badly combined mode bits, or the file system does not support the mode
 * error: EPERM, the file is immutable, a non-allocate mode on an append-only file, or a seal forbids the change
 * error: ESPIPE, fd refers to a pipe or FIFO
 * error: ETXTBSY, the file is an active swap file
 *
 * since-version: 2.6.23
 *
 * notes: Unknown mode bits (including FALLOC_FL_NO_HIDE_STALE) give
 *   EOPNOTSUPP, not EINVAL. The manual page says ENODEV for "not a regular
 *   file or directory"; 6.12 returns EISDIR for directories and ENODEV
 *   for anything else that is not a regular file or block device.
 */
SYSCALL_DEFINE4(fallocate, int, fd, int, mode, loff_t, offset, loff_t, len)
{
	return 0;
}

/**
 * sys_getdents64 - Read directory entries
 * @fd: descriptor of an open directory
 * @dirent: user buffer that receives struct linux_dirent64 records
 * @count: size of the buffer in bytes
 *
 * long-desc: Fills the buffer with as many variable-length directory
 *   records as fit, starting at the directory's current position, and
 *   advances the position past them.
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
 *   desc: Records are 8-byte aligned; each holds d_ino, d_off,
 *   d_reclen, d_type and a NUL-terminated name.
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
 *
 * since-version: 2.4
 *
 * notes: glibc 2.30 and later wrap this as getdents64(); readdir() is the
 *   usual interface.
 */
SYSCALL_DEFINE3(getdents64, unsigned int, fd,
		struct linux_dirent64 __user *, dirent, unsigned int, count)
{
	return 0;
}
