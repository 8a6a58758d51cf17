// SPDX-License-Identifier: MIT
/* Default KAPI specs for vectored and positional I/O, splicing between
 * pipes and files, syncing, readahead, access advice and whole-file locks
 * (preadv .. flock).
 * Facts come from the Linux 6.12 source (fs/read_write.c, fs/splice.c,
 * fs/sync.c, mm/readahead.c, mm/fadvise.c, fs/locks.c) and its manual pages;
 * the words are ours.  Signatures are x86-64's. */

/**
 * sys_preadv - Read into several buffers at a given offset
 * @fd: descriptor to read from
 * @vec: user array of struct iovec describing the buffers
 * @vlen: number of entries in vec
 * @pos_l: file offset (all of it on 64-bit architectures)
 * @pos_h: high half of the offset on 32-bit architectures
 *
 * long-desc: Like readv(), but reads at the offset given by pos_l and
 *   pos_h and leaves the file position unchanged. The file must be
 *   seekable.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for reading and support positioned reads.
 *
 * param: vec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: vlen iovec entries; each iov_base must be writable for its
 *   iov_len bytes. The lengths must not add up past SSIZE_MAX.
 *
 * param: vlen
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV (IOV_MAX, 1024) entries; 0 reads nothing.
 *
 * param: pos_l
 *   type: uint, input
 *   constraint-type: range(0, LLONG_MAX)
 *   desc: On 64-bit architectures the whole offset; an offset that is
 *   negative as loff_t is rejected before fd is looked at.
 *
 * param: pos_h
 *   type: uint, input
 *   desc: High 32 bits of the offset on 32-bit architectures; ignored on
 *   64-bit ones (the C library passes 0).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Total number of bytes read; 0 at or past end of file.
 *
 * error: EAGAIN, the descriptor is non-blocking and no data is available
 * error: EBADF, fd is not open or not open for reading
 * error: EFAULT, vec or one of the buffers is not accessible
 * error: EINTR, a signal arrived before any data was read
 * error: EINVAL, the offset is negative, vlen exceeds UIO_MAXIOV, an iov_len is negative as ssize_t, the total length overflows, the file cannot be read, or O_DIRECT alignment is not met
 * error: EIO, a low-level I/O error
 * error: EISDIR, fd refers to a directory
 * error: ENOMEM, the kernel copy of a long iovec array could not be allocated
 * error: EOVERFLOW, the offset plus the total length overflows on a file with unsigned offsets
 * error: ESPIPE, fd is a pipe, FIFO, socket or other unseekable file
 *
 * since-version: 2.6.30
 *
 * notes: The C library's preadv(fd, iov, iovcnt, offset) splits offset
 *   into pos_l and pos_h.
 */
SYSCALL_DEFINE5(preadv, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen, unsigned long, pos_l, unsigned long, pos_h)
{
	return 0;
}

/**
 * sys_pwritev - Write from several buffers at a given offset
 * @fd: descriptor to write to
 * @vec: user array of struct iovec describing the buffers
 * @vlen: number of entries in vec
 * @pos_l: file offset (all of it on 64-bit architectures)
 * @pos_h: high half of the offset on 32-bit architectures
 *
 * long-desc: Like writev(), but writes at the offset given by pos_l and
 *   pos_h and leaves the file position unchanged. The file must be
 *   seekable. On a file opened with O_APPEND the data still goes to the
 *   end of the file (a Linux quirk).
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for writing and support positioned writes.
 *
 * param: vec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: vlen iovec entries; each iov_base must be readable for its
 *   iov_len bytes. The lengths must not add up past SSIZE_MAX.
 *
 * param: vlen
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV (IOV_MAX, 1024) entries; 0 writes nothing.
 *
 * param: pos_l
 *   type: uint, input
 *   constraint-type: range(0, LLONG_MAX)
 *   desc: On 64-bit architectures the whole offset; an offset that is
 *   negative as loff_t is rejected before fd is looked at.
 *
 * param: pos_h
 *   type: uint, input
 *   desc: High 32 bits of the offset on 32-bit architectures; ignored on
 *   64-bit ones.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Total number of bytes written, possibly fewer than asked.
 *
 * error: EAGAIN, the descriptor is non-blocking and the write would block
 * error: EBADF, fd is not open or not open for writing
 * error: EDQUOT, the user's disk quota is exhausted
 * error: EFAULT, vec or one of the buffers is not accessible
 * error: EFBIG, the write would pass RLIMIT_FSIZE or the maximum file size
 * error: EINTR, a signal arrived before any data was written
 * error: EINVAL, the offset is negative, vlen exceeds UIO_MAXIOV, an iov_len is negative as ssize_t, the total length overflows, the file cannot be written, or O_DIRECT alignment is not met
 * error: EIO, a low-level I/O error
 * error: ENOMEM, the kernel copy of a long iovec array could not be allocated
 * error: ENOSPC, the device has no room for the data
 * error: EPERM, a file seal forbids the write, or the file is immutable
 * error: ESPIPE, fd is a pipe, FIFO, socket or other unseekable file
 * error: ETXTBSY, the file is an active swap file
 *
 * signal: SIGXFSZ
 *   direction: send
 *   action: coredump
 *   condition: the write would grow the file beyond RLIMIT_FSIZE
 *
 * since-version: 2.6.30
 */
SYSCALL_DEFINE5(pwritev, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen, unsigned long, pos_l, unsigned long, pos_h)
{
	return 0;
}

/**
 * sys_preadv2 - Read into several buffers, with per-call flags
 * @fd: descriptor to read from
 * @vec: user array of struct iovec describing the buffers
 * @vlen: number of entries in vec
 * @pos_l: file offset (all of it on 64-bit architectures), or -1
 * @pos_h: high half of the offset on 32-bit architectures
 * @flags: RWF_* flags for this call
 *
 * long-desc: Like preadv(), but an offset of -1 reads at (and advances)
 *   the file position like readv(), and flags change how this one call
 *   is done (polled, non-blocking).
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for reading; positioned reads need a seekable file.
 *
 * param: vec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: vlen iovec entries; each iov_base must be writable for its
 *   iov_len bytes.
 *
 * param: vlen
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV (IOV_MAX, 1024) entries.
 *
 * param: pos_l
 *   type: uint, input
 *   desc: The offset; -1 (all bits set) means the file position. Any
 *   other offset that is negative as loff_t is EINVAL.
 *
 * param: pos_h
 *   type: uint, input
 *   desc: High 32 bits of the offset on 32-bit architectures; ignored on
 *   64-bit ones.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(RWF_HIPRI | RWF_DSYNC | RWF_SYNC | RWF_NOWAIT | RWF_APPEND | RWF_NOAPPEND | RWF_ATOMIC)
 *   desc: RWF_SUPPORTED of 6.12 (named bit by bit, since older installed
 *   headers define a smaller RWF_SUPPORTED); other bits are EOPNOTSUPP.
 *   The write-side flags are accepted by the mask test on a read and
 *   have no effect there.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Total number of bytes read; 0 at end of file.
 *
 * error: EAGAIN, RWF_NOWAIT was given and the data is not in the page cache, or the descriptor is non-blocking and no data is available
 * error: EBADF, fd is not open or not open for reading
 * error: EFAULT, vec or one of the buffers is not accessible
 * error: EINTR, a signal arrived before any data was read
 * error: EINVAL, the offset is negative other than -1, vlen exceeds UIO_MAXIOV, an iov_len is negative, the total length overflows, RWF_APPEND and RWF_NOAPPEND are both set, or the file cannot be read
 * error: EIO, a low-level I/O error
 * error: EISDIR, fd refers to a directory
 * error: ENOMEM, the kernel copy of a long iovec array could not be allocated
 * error: EOPNOTSUPP, flags has a bit outside RWF_SUPPORTED, RWF_ATOMIC is given (there are no atomic reads), RWF_NOWAIT is given on a file that does not support it, or a flag other than RWF_HIPRI on a file without read_iter
 * error: EOVERFLOW, the offset plus the total length overflows on a file with unsigned offsets
 * error: ESPIPE, an offset other than -1 was given for an unseekable file
 *
 * constraint: append and noappend exclude each other
 *   desc: RWF_APPEND and RWF_NOAPPEND together are EINVAL
 *   expr: (flags & RWF_APPEND) == 0 || (flags & RWF_NOAPPEND) == 0
 *
 * constraint: no atomic reads
 *   desc: RWF_ATOMIC is for writes only; a read with it is EOPNOTSUPP
 *   expr: (flags & RWF_ATOMIC) == 0
 *
 * since-version: 4.6
 *
 * notes: RWF_NOWAIT since 4.14, RWF_APPEND 4.16, RWF_NOAPPEND 6.9,
 *   RWF_ATOMIC 6.11. The manual page lists fewer flags than 6.12
 *   accepts; the kernel's RWF_SUPPORTED is used here.
 */
SYSCALL_DEFINE6(preadv2, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen, unsigned long, pos_l, unsigned long, pos_h,
		rwf_t, flags)
{
	return 0;
}

/**
 * sys_pwritev2 - Write from several buffers, with per-call flags
 * @fd: descriptor to write to
 * @vec: user array of struct iovec describing the buffers
 * @vlen: number of entries in vec
 * @pos_l: file offset (all of it on 64-bit architectures), or -1
 * @pos_h: high half of the offset on 32-bit architectures
 * @flags: RWF_* flags for this call
 *
 * long-desc: Like pwritev(), but an offset of -1 writes at (and
 *   advances) the file position like writev(), and flags change how this
 *   one call is done (data sync, append, non-blocking, atomic).
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for writing; positioned writes need a seekable file.
 *
 * param: vec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: vlen iovec entries; each iov_base must be readable for its
 *   iov_len bytes.
 *
 * param: vlen
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV (IOV_MAX, 1024) entries.
 *
 * param: pos_l
 *   type: uint, input
 *   desc: The offset; -1 (all bits set) means the file position. Any
 *   other offset that is negative as loff_t is EINVAL.
 *
 * param: pos_h
 *   type: uint, input
 *   desc: High 32 bits of the offset on 32-bit architectures; ignored on
 *   64-bit ones.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(RWF_HIPRI | RWF_DSYNC | RWF_SYNC | RWF_NOWAIT | RWF_APPEND | RWF_NOAPPEND | RWF_ATOMIC)
 *   desc: RWF_SUPPORTED of 6.12 (named bit by bit); other bits are
 *   EOPNOTSUPP. RWF_APPEND writes at the end of the file whatever the
 *   offset; RWF_NOAPPEND undoes O_APPEND for this call.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Total number of bytes written, possibly fewer than asked.
 *
 * error: EAGAIN, RWF_NOWAIT was given and the write would block, or the descriptor is non-blocking and the write would block
 * error: EBADF, fd is not open or not open for writing
 * error: EDQUOT, the user's disk quota is exhausted
 * error: EFAULT, vec or one of the buffers is not accessible
 * error: EFBIG, the write would pass RLIMIT_FSIZE or the maximum file size
 * error: EINTR, a signal arrived before any data was written
 * error: EINVAL, the offset is negative other than -1, vlen exceeds UIO_MAXIOV, the total length overflows, RWF_APPEND and RWF_NOAPPEND are both set, RWF_ATOMIC is given for a length or offset the file cannot write atomically, or the file cannot be written
 * error: EIO, a low-level I/O error
 * error: ENOMEM, the kernel copy of a long iovec array could not be allocated
 * error: ENOSPC, the device has no room for the data
 * error: EOPNOTSUPP, flags has a bit outside RWF_SUPPORTED, RWF_NOWAIT or RWF_ATOMIC is given on a file that does not support it, or a flag other than RWF_HIPRI on a file without write_iter
 * error: EPERM, a file seal forbids the write, or RWF_NOAPPEND is given on an append-only inode
 * error: ESPIPE, an offset other than -1 was given for an unseekable file
 * error: ETXTBSY, the file is an active swap file
 *
 * constraint: append and noappend exclude each other
 *   desc: RWF_APPEND and RWF_NOAPPEND together are EINVAL
 *   expr: (flags & RWF_APPEND) == 0 || (flags & RWF_NOAPPEND) == 0
 *
 * signal: SIGXFSZ
 *   direction: send
 *   action: coredump
 *   condition: the write would grow the file beyond RLIMIT_FSIZE
 *
 * since-version: 4.6
 */
SYSCALL_DEFINE6(pwritev2, unsigned long, fd, const struct iovec __user *, vec,
		unsigned long, vlen, unsigned long, pos_l, unsigned long, pos_h,
		rwf_t, flags)
{
	return 0;
}

/**
 * sys_sendfile64 - Copy data between two descriptors inside the kernel
 * @out_fd: descriptor to write to
 * @in_fd: descriptor to read from
 * @offset: where to read in in_fd, or NULL for its file position
 * @count: maximum number of bytes to copy
 *
 * long-desc: Reads up to count bytes from in_fd and writes them to
 *   out_fd without a copy through user space. With offset, reading
 *   starts at *offset, *offset is updated to the byte after the last one
 *   read, and in_fd's file position is untouched; without it, in_fd's
 *   position is used and advanced.
 *
 * contexts: process, sleepable
 *
 * param: out_fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for writing; any file (since 2.6.33), a pipe, or a
 *   socket.
 *
 * param: in_fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for reading and support mmap-like page reads
 *   (splice_read); with offset it must be seekable.
 *
 * param: offset
 *   type: user_ptr, input, output, optional
 *   constraint-type: user_ptr
 *   desc: NULL, or a loff_t that is read, used as the start offset, and
 *   written back. A negative value is EINVAL.
 *
 * param: count
 *   type: uint, input
 *   constraint-type: range(0, SSIZE_MAX)
 *   desc: Values with the top bit set are EINVAL (rw_verify_area());
 *   otherwise at most MAX_RW_COUNT (INT_MAX rounded down to a page)
 *   bytes are copied in one call, larger counts being clamped.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Number of bytes written to out_fd; 0 at end of file of in_fd.
 *
 * error: EAGAIN, out_fd is non-blocking and the write would block
 * error: EBADF, in_fd is not open for reading or out_fd is not open for writing
 * error: EFAULT, offset is not a readable and writable loff_t
 * error: EINVAL, count is larger than SSIZE_MAX, *offset is negative, out_fd was opened with O_APPEND, or the files do not support this transfer
 * error: EIO, a low-level I/O error while reading in_fd
 * error: ENOMEM, the kernel ran out of memory
 * error: EOVERFLOW, the range to read passes the largest offset of the input or output file
 * error: ESPIPE, offset is given but in_fd is not seekable
 *
 * since-version: 2.4
 *
 * notes: The C library calls this sendfile() (and sendfile64()); on
 *   64-bit architectures both reach this syscall.
 */
SYSCALL_DEFINE4(sendfile64, int, out_fd, int, in_fd, loff_t __user *, offset, size_t, count)
{
	return 0;
}

/**
 * sys_splice - Move data between a pipe and a file descriptor
 * @fd_in: descriptor to read from
 * @off_in: offset in fd_in, or NULL
 * @fd_out: descriptor to write to
 * @off_out: offset in fd_out, or NULL
 * @len: maximum number of bytes to move
 * @flags: SPLICE_F_* flags
 *
 * long-desc: Moves up to len bytes from fd_in to fd_out; at least one of
 *   them must be a pipe. For the side that is not a pipe an offset
 *   pointer may give the file offset, which is then updated and the file
 *   position is left alone.
 *
 * contexts: process, sleepable
 *
 * param: fd_in
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for reading.
 *
 * param: off_in
 *   type: user_ptr, input, output, optional
 *   constraint-type: user_ptr
 *   desc: Must be NULL when fd_in is a pipe (ESPIPE); otherwise NULL
 *   for the file position, or a loff_t to read at and update.
 *
 * param: fd_out
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be open for writing.
 *
 * param: off_out
 *   type: user_ptr, input, output, optional
 *   constraint-type: user_ptr
 *   desc: Must be NULL when fd_out is a pipe (ESPIPE); otherwise NULL for
 *   the file position, or a loff_t to write at and update.
 *
 * param: len
 *   type: uint, input
 *   desc: 0 returns 0 at once. Between a file and a pipe a len with the
 *   top bit set is EINVAL (rw_verify_area()); between two pipes it is
 *   only clamped, so no range is given.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(SPLICE_F_MOVE | SPLICE_F_NONBLOCK | SPLICE_F_MORE | SPLICE_F_GIFT)
 *   desc: SPLICE_F_ALL; other bits are EINVAL (checked after a zero len
 *   returns). SPLICE_F_MOVE and SPLICE_F_GIFT are accepted but have no
 *   effect here.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Number of bytes moved; 0 when there was nothing to move (end of
 *   input, or an empty pipe with no writers).
 *
 * error: EAGAIN, SPLICE_F_NONBLOCK was given (or a pipe is non-blocking) and the operation would block
 * error: EBADF, a descriptor is not open, fd_in is not open for reading, or fd_out is not open for writing
 * error: EFAULT, off_in or off_out is not an accessible loff_t
 * error: EINVAL, flags has an unknown bit, neither descriptor is a pipe, both ends are the same pipe, the file does not support splicing, an offset is given for a file without positioned I/O, the offset is negative, len is larger than SSIZE_MAX with a file on one side, or fd_out was opened with O_APPEND
 * error: EINTR, a signal arrived while waiting on a pipe
 * error: EIO, the file's file system failed to read or write it
 * error: ENODATA, the file's file system had no data to give (FUSE and network file systems pass on what their server answers)
 * error: ENOMEM, the kernel ran out of memory
 * error: ESPIPE, an offset pointer was given for a pipe
 *
 * since-version: 2.6.17
 *
 * notes: EINTR (a signal while waiting on the pipe) and the errors of the
 *   file's own splice methods are possible too.
 */
SYSCALL_DEFINE6(splice, int, fd_in, loff_t __user *, off_in,
		int, fd_out, loff_t __user *, off_out,
		size_t, len, unsigned int, flags)
{
	return 0;
}

/**
 * sys_tee - Duplicate pipe contents into another pipe
 * @fdin: pipe to read from
 * @fdout: pipe to write to
 * @len: maximum number of bytes to duplicate
 * @flags: SPLICE_F_* flags
 *
 * long-desc: Copies up to len bytes from the pipe fdin to the pipe fdout
 *   without consuming them from fdin, so they can be read again.
 *
 * contexts: process, sleepable
 *
 * param: fdin
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A pipe open for reading.
 *
 * param: fdout
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Another pipe open for writing.
 *
 * param: len
 *   type: uint, input
 *   desc: 0 returns 0 at once.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(SPLICE_F_MOVE | SPLICE_F_NONBLOCK | SPLICE_F_MORE | SPLICE_F_GIFT)
 *   desc: SPLICE_F_ALL; other bits are EINVAL. Only SPLICE_F_NONBLOCK has
 *   an effect.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Number of bytes duplicated; 0 when fdin is empty and has no
 *   writers.
 *
 * error: EAGAIN, SPLICE_F_NONBLOCK was given (or a pipe is non-blocking) and the operation would block
 * error: EBADF, a descriptor is not open, fdin is not open for reading, or fdout is not open for writing
 * error: EINVAL, flags has an unknown bit, a descriptor is not a pipe, or both refer to the same pipe
 * error: ENOMEM, the kernel ran out of memory
 *
 * since-version: 2.6.17
 */
SYSCALL_DEFINE4(tee, int, fdin, int, fdout, size_t, len, unsigned int, flags)
{
	return 0;
}

/**
 * sys_vmsplice - Splice user memory into a pipe, or a pipe into user memory
 * @fd: pipe descriptor
 * @uiov: user array of struct iovec describing the memory
 * @nr_segs: number of entries in uiov
 * @flags: SPLICE_F_* flags
 *
 * long-desc: If fd is open for writing, maps or copies the user memory
 *   described by uiov into the pipe; if it is open only for reading,
 *   copies data out of the pipe into that memory.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A pipe; the direction comes from its open mode (write end:
 *   memory into pipe, read end: pipe into memory).
 *
 * param: uiov
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: nr_segs iovec entries; the buffers are read (write end) or
 *   written (read end).
 *
 * param: nr_segs
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV (IOV_MAX, 1024) entries.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(SPLICE_F_MOVE | SPLICE_F_NONBLOCK | SPLICE_F_MORE | SPLICE_F_GIFT)
 *   desc: SPLICE_F_ALL; other bits are EINVAL. SPLICE_F_GIFT hands the
 *   pages to the pipe (the caller must not change them afterwards).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Number of bytes transferred.
 *
 * error: EAGAIN, SPLICE_F_NONBLOCK was given (or the pipe is non-blocking) and the operation would block
 * error: EBADF, fd is not open, is open neither for reading nor for writing, or is not a pipe
 * error: EFAULT, uiov or one of its buffers is not accessible
 * error: EINVAL, flags has an unknown bit, nr_segs exceeds UIO_MAXIOV, or the total length overflows
 * error: ENOMEM, the kernel ran out of memory
 *
 * since-version: 2.6.17
 *
 * notes: The manual page lists EINVAL for memory that is not page-aligned
 *   with SPLICE_F_GIFT; 6.12 makes no such test (the kernel wins, so it
 *   is not listed). EINTR and EPIPE (no readers, with SIGPIPE) come
 *   from the pipe code.
 */
SYSCALL_DEFINE4(vmsplice, int, fd, const struct iovec __user *, uiov,
		unsigned long, nr_segs, unsigned int, flags)
{
	return 0;
}

/**
 * sys_copy_file_range - Copy a range of data from one file to another
 * @fd_in: descriptor to read from
 * @off_in: offset in fd_in, or NULL for its file position
 * @fd_out: descriptor to write to
 * @off_out: offset in fd_out, or NULL for its file position
 * @len: number of bytes to copy
 * @flags: must be 0
 *
 * long-desc: Copies up to len bytes between two regular files inside the
 *   kernel, letting the filesystem share extents or copy on the server
 *   where it can. Offset pointers, when given, are read, used and updated
 *   and the file positions are left alone.
 *
 * contexts: process, sleepable
 *
 * param: fd_in
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A regular file open for reading.
 *
 * param: off_in
 *   type: user_ptr, input, output, optional
 *   constraint-type: user_ptr
 *   desc: NULL, or a loff_t to read at and update.
 *
 * param: fd_out
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A regular file open for writing, not with O_APPEND.
 *
 * param: off_out
 *   type: user_ptr, input, output, optional
 *   constraint-type: user_ptr
 *   desc: NULL, or a loff_t to write at and update.
 *
 * param: len
 *   type: uint, input
 *   desc: 0 copies nothing; one call copies less than 4 GiB at most
 *   (the result is clamped so it fits a 32-bit ssize_t).
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL. The syscall tests
 *   flags != 0 before calling vfs_copy_file_range(), whose own mask
 *   admits the kernel-internal COPY_FILE_SPLICE; a range, not a mask,
 *   so the mined mask of that helper is not taken for the syscall's.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: Number of bytes copied; 0 when off_in is at or past end of
 *   file.
 *
 * error: EBADF, a descriptor is not open, fd_in is not open for reading, or fd_out is not open for writing or has O_APPEND
 * error: EFAULT, off_in or off_out is not an accessible loff_t
 * error: EFBIG, the copy would pass RLIMIT_FSIZE or the maximum file size
 * error: EINVAL, flags is not 0, a file is not a regular file, an offset is negative, or the ranges overlap within one file
 * error: EIO, a low-level I/O error
 * error: EISDIR, fd_in or fd_out is a directory
 * error: ENOMEM, the kernel ran out of memory
 * error: ENOSPC, the destination has no room
 * error: EOPNOTSUPP, the filesystem does not support the copy
 * error: EOVERFLOW, a range passes the largest offset of its file
 * error: EPERM, fd_out refers to an immutable file
 * error: ETXTBSY, one of the files is an active swap file
 * error: EXDEV, the files are on different filesystems that cannot copy between each other
 *
 * since-version: 4.5
 *
 * notes: Since 5.19 a copy between different filesystems of the same
 *   type may succeed when the filesystem implements it; the manual page
 *   tracks the older rules.
 */
SYSCALL_DEFINE6(copy_file_range, int, fd_in, loff_t __user *, off_in,
		int, fd_out, loff_t __user *, off_out,
		size_t, len, unsigned int, flags)
{
	return 0;
}

/**
 * sys_sync - Write all dirty file data and metadata to storage
 *
 * long-desc: Starts writeback of all dirty inodes and pages of all
 *   mounted filesystems and waits for it, then flushes the block
 *   devices. Always succeeds.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: Always 0; writeback errors are not reported here.
 *
 * since-version: 1.0
 *
 * notes: POSIX lets sync() return once the writes are scheduled; Linux
 *   waits for them to complete.
 */
SYSCALL_DEFINE0(sync)
{
	return 0;
}

/**
 * sys_syncfs - Write the dirty data of one filesystem to storage
 * @fd: any descriptor on that filesystem
 *
 * long-desc: Like sync(), but only for the filesystem that holds the file
 *   referred to by fd. Reports writeback errors of that filesystem that
 *   happened since the descriptor last saw one.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Any open descriptor on the filesystem; an O_PATH one counts
 *   as not open.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EBADF, fd is not open, or was opened with O_PATH
 * error: EDQUOT, a writeback failed for lack of quota
 * error: EIO, a writeback or flush failed
 * error: ENOSPC, a writeback failed for lack of space
 *
 * since-version: 2.6.39
 */
SYSCALL_DEFINE1(syncfs, int, fd)
{
	return 0;
}

/**
 * sys_sync_file_range - Write back a range of a file's dirty pages
 * @fd: descriptor of the file
 * @offset: first byte of the range
 * @nbytes: length of the range; 0 means to the end of the file
 * @flags: SYNC_FILE_RANGE_* steps to perform
 *
 * long-desc: Starts and/or waits for writeback of the file's dirty pages
 *   in the range, as selected by flags. It neither writes metadata nor
 *   flushes the disk cache, so it gives no durability guarantee.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A regular file, block device, directory or symlink (others are
 *   ESPIPE).
 *
 * param: offset
 *   type: int, input
 *   constraint-type: range(0, LLONG_MAX)
 *   desc: Negative offsets are EINVAL.
 *
 * param: nbytes
 *   type: int, input
 *   constraint-type: range(0, LLONG_MAX)
 *   desc: 0 means up to the end of the file. offset + nbytes must not
 *   overflow (EINVAL).
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER)
 *   desc: The kernel's VALID_FLAGS; other bits are EINVAL. 0 does
 *   nothing (after the argument checks).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EBADF, fd is not open
 * error: EINVAL, flags has an unknown bit, offset or nbytes is negative, or offset + nbytes overflows
 * error: EIO, a writeback error was found while waiting
 * error: ENOMEM, the kernel ran out of memory
 * error: ENOSPC, a writeback failed for lack of space
 * error: ESPIPE, fd is a pipe, FIFO, socket or other file without a page cache range
 *
 * since-version: 2.6.17
 *
 * notes: The flag and range checks come before the file type check;
 *   EBADF comes first of all. Some architectures (arm, powerpc) have
 *   sync_file_range2 with flags second instead.
 */
SYSCALL_DEFINE4(sync_file_range, int, fd, loff_t, offset, loff_t, nbytes,
				unsigned int, flags)
{
	return 0;
}

/**
 * sys_readahead - Start reading a file range into the page cache
 * @fd: descriptor of the file
 * @offset: first byte of the range
 * @count: number of bytes to read ahead
 *
 * long-desc: Starts reading the range into the page cache so later reads
 *   find it there; it does not wait for the I/O (POSIX_FADV_WILLNEED on
 *   the range).
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A regular file or block device open for reading.
 *
 * param: offset
 *   type: int, input
 *   desc: Start of the range; the kernel does not reject a negative one.
 *
 * param: count
 *   type: uint, input
 *   constraint-type: range(0, LLONG_MAX)
 *   desc: Taken as a loff_t length; a value that is negative that way is
 *   EINVAL. Reading ahead past end of file is silently cut short.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success, whatever was read ahead.
 *
 * error: EBADF, fd is not open or not open for reading
 * error: EINVAL, fd is not a regular file or block device, has no page cache, or count is too large to be a loff_t
 *
 * since-version: 2.4.13
 */
SYSCALL_DEFINE3(readahead, int, fd, loff_t, offset, size_t, count)
{
	return 0;
}

/**
 * sys_fadvise64 - Announce an access pattern for a file range
 * @fd: descriptor of the file
 * @offset: first byte of the range
 * @len: length of the range; 0 means to the end of the file
 * @advice: POSIX_FADV_* advice
 *
 * long-desc: Tells the kernel how the range will be accessed so it can
 *   tune readahead, start reading (WILLNEED) or drop clean cached pages
 *   (DONTNEED). Only advice; the file's contents never change.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Any open file; a pipe or FIFO is ESPIPE.
 *
 * param: offset
 *   type: int, input
 *   desc: Start of the range; not range-checked by the generic code.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: range(0, LLONG_MAX)
 *   desc: Taken as a loff_t; a value that is negative that way is
 *   EINVAL. 0 means up to the end of the file.
 *
 * param: advice
 *   type: int, input
 *   constraint-type: enum(POSIX_FADV_NORMAL, POSIX_FADV_RANDOM, POSIX_FADV_SEQUENTIAL, POSIX_FADV_WILLNEED, POSIX_FADV_DONTNEED, POSIX_FADV_NOREUSE)
 *   desc: One of the six POSIX_FADV_* values; anything else is EINVAL.
 *   The names are resolved for the target: on 64-bit s390
 *   POSIX_FADV_DONTNEED and POSIX_FADV_NOREUSE are 6 and 7 (4 and 5
 *   elsewhere), and there 4 and 5 are EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EBADF, fd is not open
 * error: EINVAL, advice is not a known value, len is negative as loff_t, or the file has no page cache mapping
 * error: ESPIPE, fd is a pipe or FIFO
 *
 * since-version: 2.5.60
 *
 * notes: The C library's posix_fadvise() returns the error number instead
 *   of setting errno. XFS, F2FS and overlayfs have their own fadvise
 *   methods that end in the generic checks. Files without a real backing
 *   device (DAX, tmpfs-like) still validate advice but ignore it.
 */
SYSCALL_DEFINE4(fadvise64, int, fd, loff_t, offset, size_t, len, int, advice)
{
	return 0;
}

/**
 * sys_flock - Apply or remove an advisory lock on a whole open file
 * @fd: descriptor of the file
 * @cmd: LOCK_SH, LOCK_EX or LOCK_UN, optionally with LOCK_NB
 *
 * long-desc: Places a shared or exclusive BSD-style lock on the open file
 *   description behind fd, or removes it. The lock is tied to the open
 *   file description, is released when its last descriptor closes, and
 *   is independent of fcntl() record locks.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Not an O_PATH descriptor (EBADF). To take a lock it must be
 *   open for reading or writing; one opened with access mode 3 (neither)
 *   can only unlock.
 *
 * param: cmd
 *   type: uint, input
 *   desc: Exactly one of LOCK_SH, LOCK_EX, LOCK_UN, optionally ORed with
 *   LOCK_NB to fail instead of waiting. A value with the old LOCK_MAND
 *   bit is ignored (returns 0 and logs a warning once).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EBADF, fd is not open or was opened with O_PATH, or (to take a lock) is open neither for reading nor for writing
 * error: EINTR, a signal arrived while waiting for the lock
 * error: EINVAL, cmd without LOCK_NB is not exactly LOCK_SH, LOCK_EX or LOCK_UN
 * error: EIO, a network file system could not take or release the lock (NFS emulates flock with POSIX locks and reports its RPC failures so)
 * error: ENOLCK, the kernel ran out of memory for lock records
 * error: EWOULDBLOCK, LOCK_NB was given and a conflicting lock is held
 *
 * constraint: one lock operation
 *   desc: cmd without LOCK_NB must be exactly LOCK_SH, LOCK_EX or LOCK_UN
 *   (the kernel ignores requests with LOCK_MAND before this test)
 *   expr: (cmd & LOCK_MAND) != 0 || (cmd & ~LOCK_NB) == LOCK_SH || (cmd & ~LOCK_NB) == LOCK_EX || (cmd & ~LOCK_NB) == LOCK_UN
 *
 * since-version: 1.0
 *
 * notes: The manual page does not mention LOCK_MAND, which 6.12 accepts
 *   and ignores. EWOULDBLOCK is EAGAIN on Linux. Over NFS the lock is
 *   emulated with a whole-file fcntl() lock.
 */
SYSCALL_DEFINE2(flock, unsigned int, fd, unsigned int, cmd)
{
	return 0;
}
