// SPDX-License-Identifier: MIT
/* Default KAPI spec for ioctl (fs/ioctl.c): the generic file commands that
 * the VFS answers itself, before any driver sees the call.  Facts come from
 * the Linux 6.12 source; the words are ours. */

/**
 * sys_ioctl - Perform a control operation on an open file
 * @fd: descriptor of the file, device or socket
 * @cmd: request code, generic or defined by the driver behind fd
 * @arg: integer or user pointer, depending on cmd
 *
 * long-desc: A multiplexer. After the security hook, do_vfs_ioctl() answers
 *   a fixed set of generic requests for every kind of file: FIOCLEX and
 *   FIONCLEX (close-on-exec), FIONBIO and FIOASYNC (O_NONBLOCK and
 *   O_ASYNC), FIOQSIZE (bytes used), FIFREEZE and FITHAW (freeze the
 *   filesystem), FS_IOC_FIEMAP (extent map), FIGETBSZ (block size),
 *   FICLONE, FICLONERANGE and FIDEDUPERANGE (share extents with another
 *   file), FIONREAD on a regular file (bytes left to read),
 *   FS_IOC_GETFLAGS, FS_IOC_SETFLAGS, FS_IOC_FSGETXATTR and
 *   FS_IOC_FSSETXATTR (inode attribute flags), FS_IOC_GETFSUUID and
 *   FS_IOC_GETFSSYSFSPATH (filesystem identity). On a regular file
 *   file_ioctl() also takes FIBMAP and the XFS-style preallocation
 *   requests FS_IOC_RESVSP, FS_IOC_RESVSP64, FS_IOC_UNRESVSP,
 *   FS_IOC_UNRESVSP64 and FS_IOC_ZERO_RANGE. Every other request goes to
 *   the driver or filesystem behind fd (its unlocked_ioctl), and ENOTTY
 *   when it has none or does not know the request.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An open descriptor; one opened with O_PATH is EBADF, even for
 *   the generic requests.
 *
 * param: cmd
 *   type: uint, input
 *   constraint-type: none
 *   desc: The set is open: each driver, filesystem and socket family
 *   defines its own requests, so no value is invalid in itself. The
 *   generic ones listed above are taken before the driver is asked, on
 *   any kind of file; FIBMAP and the preallocation requests only on a
 *   regular file, and FIONREAD is the driver's on anything but a regular
 *   file.
 *
 * param: arg
 *   type: uint, input, optional
 *   constraint-type: none
 *   desc: Passed on unchanged. Ignored by FIOCLEX, FIONCLEX, FIFREEZE and
 *   FITHAW; a source descriptor for FICLONE; otherwise a user pointer: an
 *   int read by FIONBIO, FIOASYNC and FIBMAP (which writes it back); an
 *   int written by FIGETBSZ and FIONREAD; a 64-bit byte count written by
 *   FIOQSIZE; an unsigned int read or written by FS_IOC_SETFLAGS and
 *   FS_IOC_GETFLAGS (4 bytes, although the request code says long);
 *   struct fiemap, struct file_clone_range, struct file_dedupe_range,
 *   struct fsxattr, struct fsuuid2, struct fs_sysfs_path and struct
 *   space_resv for the requests that name them.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0 for the generic requests; a driver may return any
 *   non-negative value as its result.
 *
 * constraint: FIONBIO reads an int
 *   desc: FIONBIO reads the new non-blocking state through arg; a null
 *   arg fails with EFAULT
 *   expr: cmd != FIONBIO || arg != 0
 *
 * constraint: FIOASYNC reads an int
 *   desc: FIOASYNC reads the new O_ASYNC state through arg; a null arg
 *   fails with EFAULT
 *   expr: cmd != FIOASYNC || arg != 0
 *
 * constraint: FIOQSIZE writes a size
 *   desc: FIOQSIZE stores the bytes used by a file, directory or symlink
 *   through arg (EFAULT for a null one; other files fail with ENOTTY)
 *   expr: cmd != FIOQSIZE || arg != 0
 *
 * constraint: FIGETBSZ writes an int
 *   desc: FIGETBSZ stores the filesystem block size through arg; a null
 *   arg fails with EFAULT (or EINVAL on a filesystem without one)
 *   expr: cmd != FIGETBSZ || arg != 0
 *
 * constraint: FIONREAD writes an int
 *   desc: FIONREAD stores a byte count through arg: the VFS for a
 *   regular file, the driver (pipe, socket, terminal) for the others
 *   expr: cmd != FIONREAD || arg != 0
 *
 * constraint: FS_IOC_GETFLAGS writes the flags
 *   desc: FS_IOC_GETFLAGS stores the inode flags through arg
 *
 * constraint: FS_IOC_SETFLAGS reads the flags
 *   desc: FS_IOC_SETFLAGS reads the new inode flags through arg before
 *   anything else; a null arg fails with EFAULT
 *
 * constraint: FS_IOC_FSGETXATTR writes a struct fsxattr
 *   desc: FS_IOC_FSGETXATTR stores the extended attribute flags through
 *   arg
 *
 * constraint: FS_IOC_FSSETXATTR reads a struct fsxattr
 *   desc: FS_IOC_FSSETXATTR reads a struct fsxattr through arg before
 *   anything else; a null arg fails with EFAULT
 *
 * constraint: FS_IOC_FIEMAP needs a struct fiemap
 *   desc: FS_IOC_FIEMAP reads and updates a struct fiemap through arg
 *   (EFAULT for a null one, EOPNOTSUPP where the filesystem has no
 *   extent map)
 *
 * constraint: FICLONE takes a descriptor
 *   desc: FICLONE's arg is the source descriptor itself, not a pointer;
 *   a negative one is EBADF
 *
 * constraint: FICLONERANGE reads a struct file_clone_range
 *   desc: FICLONERANGE reads the source descriptor and ranges through
 *   arg; a null arg fails with EFAULT
 *
 * constraint: FIDEDUPERANGE needs a struct file_dedupe_range
 *   desc: FIDEDUPERANGE reads and updates a struct file_dedupe_range
 *   through arg; a null arg fails with EFAULT
 *
 * since-version: 1.0
 *
 * notes: Error codes are deliberately not listed: the set is open. The
 *   generic requests fail with EBADF (fd, or FICLONE's source, not open
 *   or opened with O_PATH), EFAULT (arg not accessible), EINVAL
 *   (FIGETBSZ without a block size, FIBMAP with a negative block, FIEMAP
 *   with too many extents, clone ranges the filesystem refuses, FITHAW
 *   of a filesystem that is not frozen, a bad l_whence for the
 *   preallocation requests), ENOTTY (FIOQSIZE on a special file, FIOASYNC
 *   where the file has no fasync support, FS_IOC_GETFSUUID and
 *   FS_IOC_GETFSSYSFSPATH where the filesystem has none, and any request
 *   nobody knows), EOPNOTSUPP (FIFREEZE, FIEMAP or cloning where the
 *   filesystem cannot), EPERM (FIFREEZE and FITHAW without CAP_SYS_ADMIN,
 *   FIBMAP without CAP_SYS_RAWIO, attribute changes by a non-owner),
 *   EXDEV (cloning across mounts), EBUSY (freezing a frozen filesystem),
 *   EISDIR, ETXTBSY, EROFS and ENOSPC from the clone and preallocation
 *   paths, ERANGE (a FIBMAP result above INT_MAX) and ENOMEM
 *   (FIDEDUPERANGE with too many destinations); a security module may
 *   refuse any request (EACCES, EPERM). A driver may return any code at
 *   all for its own requests, so no errno test after ioctl() can be
 *   called impossible.
 *
 *   FIONREAD goes to the driver on anything but a regular file; its
 *   constraint assumes the driver writes the count through arg, as the
 *   in-tree ones (pipes, sockets, terminals, inotify) do.
 *   FS_IOC_GETFLAGS and FS_IOC_FSGETXATTR also reach the driver when the
 *   inode has no attribute operations. The requests whose number encodes
 *   an argument size (_IOR, _IOW, _IOWR: FS_IOC_*, FICLONE,
 *   FICLONERANGE, FIDEDUPERANGE) state their rule as prose only: inside
 *   the kernel those macros go through _IOC_TYPECHECK, which the plugin
 *   cannot yet reduce to a number. FIBMAP and the preallocation requests
 *   have no constraint: on other than regular files their numbers belong
 *   to drivers. glibc's ioctl() takes request as an unsigned long (the
 *   kernel keeps its low 32 bits) and arg as a variadic argument, and
 *   passes both on as they are.
 */
SYSCALL_DEFINE3(ioctl, unsigned int, fd, unsigned int, cmd, unsigned long, arg)
{
	return 0;
}
