// SPDX-License-Identifier: MIT
/* Default KAPI specs for the memory-mapping syscalls (mmap .. mremap).
 * Facts come from the Linux 6.12 source and its manual pages; the words are ours. */

/**
 * sys_mmap - Map a file or anonymous memory into the address space
 * @addr: placement hint, or the exact address with MAP_FIXED
 * @len: length of the mapping in bytes
 * @prot: access protection of the new pages
 * @flags: mapping type and modifiers
 * @fd: descriptor of the file to map; ignored with MAP_ANONYMOUS
 * @off: byte offset into the file
 *
 * long-desc: Creates a new mapping of len bytes, either backed by the
 *   file open on fd starting at byte off, or anonymous zero-filled memory
 *   with MAP_ANONYMOUS. The type bits of flags choose private
 *   (copy-on-write), shared, validated-shared or droppable memory.
 *
 * contexts: process, sleepable
 *
 * param: addr
 *   type: uint, input, optional
 *   constraint-type: none
 *   desc: An address in an unsigned long (the C library passes a void *;
 *   NULL lets the kernel choose). Without MAP_FIXED or MAP_FIXED_NOREPLACE only a hint, rounded
 *   as the kernel likes; with either of them it is the exact address and
 *   must then be page aligned (not constrained here because it depends
 *   on flags).
 *
 * param: len
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: Rounded up to a whole page (to the huge page size for hugetlb
 *   mappings); 0 is rejected.
 *
 * param: prot
 *   type: uint, input
 *   constraint-type: mask(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM)
 *   arch-mask: arm64 = PROT_BTI | PROT_MTE
 *   arch-mask: powerpc = PROT_SAO
 *   arch-mask: sparc = PROT_ADI
 *   desc: PROT_NONE (0) or an OR of the protection bits.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(MAP_SHARED | MAP_PRIVATE | MAP_SHARED_VALIDATE | MAP_DROPPABLE | MAP_FIXED | MAP_ANONYMOUS | MAP_GROWSDOWN | MAP_DENYWRITE | MAP_EXECUTABLE | MAP_LOCKED | MAP_NORESERVE | MAP_POPULATE | MAP_NONBLOCK | MAP_STACK | MAP_HUGETLB | MAP_FIXED_NOREPLACE | ((unsigned long)MAP_HUGE_MASK << MAP_HUGE_SHIFT))
 *   arch-mask: x86 = MAP_32BIT | MAP_ABOVE4G | MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: arc = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: arm = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: arm64 = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: csky = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: hexagon = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: loongarch = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: m68k = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: microblaze = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: nios2 = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: openrisc = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: powerpc = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: riscv = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: s390 = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: sh = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: sparc = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: um = MAP_SYNC | MAP_UNINITIALIZED
 *   arch-mask: parisc = MAP_UNINITIALIZED
 *   arch-mask: xtensa = MAP_UNINITIALIZED
 *   desc: Exactly one type value (the MAP_TYPE bits) must be given:
 *   MAP_SHARED, MAP_PRIVATE, MAP_SHARED_VALIDATE or, for anonymous
 *   memory only, MAP_DROPPABLE. The bits at MAP_HUGE_SHIFT select a
 *   huge page size (MAP_HUGE_2MB, MAP_HUGE_1GB, ...) together with
 *   MAP_HUGETLB.
 *
 * param: fd
 *   type: fd, input, optional
 *   constraint-type: none
 *   desc: Must be an open descriptor readable by the caller unless
 *   MAP_ANONYMOUS is set; anonymous mappings conventionally pass -1 and
 *   the kernel never looks at the value then. The kernel receives it as
 *   an unsigned long (fget() truncates it to unsigned int), so no range
 *   is given here.
 *
 * param: off
 *   type: uint, input
 *   constraint-type: page_aligned
 *   desc: Byte offset into the file; must be a multiple of the page size.
 *   Ignored for anonymous mappings.
 *
 * return:
 *   type: uint
 *   check-type: custom
 *   failure: -1
 *   desc: The start address, in the long the kernel returns of the new mapping. The raw syscall reports
 *   failure as a value in [-4095, -1]; the C library wrapper returns
 *   MAP_FAILED ((void *)-1) and sets errno, so callers must compare
 *   with MAP_FAILED, never with NULL.
 *
 * error: EACCES, fd not opened for reading; or MAP_SHARED with PROT_WRITE on a descriptor not open for writing; or writable shared map of an append-only file; or an LSM refused
 * error: EAGAIN, MAP_LOCKED (or mlockall(MCL_FUTURE)) would exceed RLIMIT_MEMLOCK
 * error: EBADF, MAP_ANONYMOUS is not set and fd is not an open descriptor
 * error: EEXIST, MAP_FIXED_NOREPLACE and the range overlaps an existing mapping
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 * error: EINVAL, len is 0, off is not page aligned, the type bits are invalid, MAP_FIXED addr is not page aligned, MAP_HUGETLB with a non-hugetlb file, an unsupported huge page size, or MAP_GROWSDOWN on a shared or droppable mapping
 * error: ENODEV, the file's filesystem does not support mmap, or no hugetlb pool exists for the requested size
 * error: ENOENT, MAP_HUGETLB asked for a huge page size whose hugetlbfs is not mounted
 * error: ENOMEM, out of memory, address space or RLIMIT_DATA exhausted, too many mappings, or len rounds up past the address space
 * error: ENOSPC, no inode could be created for an anonymous hugetlb mapping
 * error: ENFILE, the system-wide file limit was hit while creating the hugetlb backing file
 * error: EOPNOTSUPP, MAP_SHARED_VALIDATE with a flag the file does not support (e.g. MAP_SYNC on a non-DAX file), or MAP_DROPPABLE on a kernel without it
 * error: EOVERFLOW, off plus len wraps, or exceeds what the file allows
 * error: EPERM, PROT_EXEC on a noexec mount, MAP_LOCKED without mlock permission, a file seal forbids the mapping, the MAP_FIXED range is sealed, or an LSM refused
 * error: ETXTBSY, MAP_SHARED with PROT_WRITE on an active swap file
 *
 * since-version: 1.0
 *
 * notes: The definition is the x86_64 one (arch/x86/kernel/sys_x86_64.c),
 *   which takes a byte offset; other architectures use mmap2/old_mmap
 *   variants with page or 4096-byte offsets.
 *
 *   With MAP_SHARED or MAP_PRIVATE the kernel silently ignores unknown
 *   flag bits; only MAP_SHARED_VALIDATE rejects them (EOPNOTSUPP). The
 *   mask lists the flags the kernel acts on. MAP_SYNC is defined only on
 *   architectures that use the generic mman.h (not alpha, mips, parisc,
 *   xtensa); MAP_UNINITIALIZED is missing on alpha and mips and only
 *   takes effect on no-MMU kernels built with
 *   CONFIG_MMAP_ALLOW_UNINITIALIZED. MAP_DENYWRITE and MAP_EXECUTABLE
 *   are accepted and ignored. MAP_FILE is 0. Legacy bits such as
 *   MAP_RENAME, MAP_AUTOGROW, MAP_LOCAL, MAP_AUTORSRV and MAP_INHERIT are
 *   defined on some architectures but never acted on, so they are left
 *   out of the mask.
 *
 *   Kernel and manual page disagree: the manual page lists ETXTBSY for
 *   MAP_DENYWRITE, but 6.12 ignores MAP_DENYWRITE and returns ETXTBSY only
 *   for a writable shared map of a swap file. It also lists EPERM for an
 *   unprivileged MAP_HUGETLB; for anonymous hugetlb mappings 6.12 does not
 *   check privilege (that EPERM is only for SysV SHM_HUGETLB). ENOENT and
 *   ENOSPC for anonymous hugetlb setup are kernel-only.
 */
SYSCALL_DEFINE6(mmap, unsigned long, addr, unsigned long, len,
		unsigned long, prot, unsigned long, flags,
		unsigned long, fd, unsigned long, off)
{
	return 0;
}

/**
 * sys_munmap - Remove mappings from the address space
 * @addr: start of the range
 * @len: length of the range in bytes
 *
 * long-desc: Unmaps every page in [addr, addr + len), splitting
 *   mappings at the edges when needed. Unmapped holes in the range are
 *   not an error.
 *
 * contexts: process, sleepable
 *
 * param: addr
 *   type: uint, input
 *   constraint-type: page_aligned
 *   desc: Must be a multiple of the page size.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: Rounded up to a whole page; 0 and ranges past the end of the
 *   user address space are rejected.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINVAL, addr is not page aligned, len is 0, or the range leaves the user address space
 * error: ENOMEM, splitting a mapping would exceed the mapping-count limit, or memory for the split ran out
 * error: EPERM, part of the range is sealed with mseal()
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 *
 * since-version: 1.0
 *
 * notes: EPERM (sealed memory, since 6.10) and EINTR are kernel-only; the
 *   manual page does not list them.
 */
SYSCALL_DEFINE2(munmap, unsigned long, addr, size_t, len)
{
	return 0;
}

/**
 * sys_mprotect - Change the access protection of a memory range
 * @start: start of the range
 * @len: length of the range in bytes
 * @prot: new protection
 *
 * long-desc: Sets the protection of every page in [start, start + len).
 *   The whole range must be mapped; mappings are split at the edges.
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: page_aligned
 *   desc: Must be a multiple of the page size.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded up to a whole page; 0 succeeds without doing anything.
 *
 * param: prot
 *   type: uint, input
 *   constraint-type: mask(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM | PROT_GROWSDOWN | PROT_GROWSUP)
 *   arch-mask: arm64 = PROT_BTI | PROT_MTE
 *   arch-mask: powerpc = PROT_SAO
 *   arch-mask: sparc = PROT_ADI
 *   desc: PROT_NONE (0) or an OR of protection bits; PROT_GROWSDOWN and
 *   PROT_GROWSUP extend the change to the edge of a stack-like mapping
 *   and may not both be set.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EACCES, the requested access exceeds what the mapping allows (e.g. PROT_WRITE on a read-only shared file map), or memory-deny-write-execute forbids it
 * error: EINVAL, start is not page aligned, prot has unknown bits, both PROT_GROWSDOWN and PROT_GROWSUP, a grows bit on a mapping that cannot grow, or an architecture check failed
 * error: ENOMEM, part of the range is unmapped, start + len wraps, or splitting would exceed the mapping-count limit or ran out of memory
 * error: EPERM, part of the range is sealed with mseal()
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 *
 * since-version: 1.0
 *
 * notes: EPERM (sealing, since 6.10) and EINTR are kernel-only. PROT_SAO
 *   (powerpc), PROT_BTI and PROT_MTE (arm64) and PROT_ADI (sparc) are
 *   accepted only when the CPU supports them.
 */
SYSCALL_DEFINE3(mprotect, unsigned long, start, size_t, len,
		unsigned long, prot)
{
	return 0;
}

/**
 * sys_madvise - Advise the kernel about the use of a memory range
 * @start: start of the range
 * @len_in: length of the range in bytes
 * @behavior: the advice
 *
 * long-desc: Tells the kernel how the range will be used so that it can
 *   choose readahead, paging and merging policies, or asks for an
 *   immediate action such as dropping, reclaiming, populating or
 *   collapsing the pages.
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: page_aligned
 *   desc: Must be a multiple of the page size.
 *
 * param: len_in
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded up to a whole page; 0 succeeds without doing anything,
 *   a length that wraps past the end of memory is rejected.
 *
 * param: behavior
 *   type: int, input
 *   constraint-type: enum(MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL, MADV_WILLNEED, MADV_DONTNEED, MADV_FREE, MADV_REMOVE, MADV_DONTFORK, MADV_DOFORK, MADV_MERGEABLE, MADV_UNMERGEABLE, MADV_HUGEPAGE, MADV_NOHUGEPAGE, MADV_DONTDUMP, MADV_DODUMP, MADV_WIPEONFORK, MADV_KEEPONFORK, MADV_COLD, MADV_PAGEOUT, MADV_POPULATE_READ, MADV_POPULATE_WRITE, MADV_DONTNEED_LOCKED, MADV_COLLAPSE, MADV_HWPOISON, MADV_SOFT_OFFLINE)
 *   desc: One advice value. MADV_MERGEABLE/MADV_UNMERGEABLE need
 *   CONFIG_KSM, MADV_HUGEPAGE/MADV_NOHUGEPAGE/MADV_COLLAPSE need
 *   CONFIG_TRANSPARENT_HUGEPAGE, MADV_HWPOISON/MADV_SOFT_OFFLINE need
 *   CONFIG_MEMORY_FAILURE; otherwise they fail with EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EACCES, MADV_REMOVE on a mapping that is not shared and writable
 * error: EAGAIN, a kernel resource was temporarily unavailable (e.g. memory while splitting a mapping)
 * error: EBADF, MADV_WILLNEED on anonymous memory in a kernel built without CONFIG_SWAP
 * error: EBUSY, MADV_COLLAPSE could not charge the huge page to the memory cgroup, or MADV_SOFT_OFFLINE could not offline a page
 * error: EFAULT, MADV_POPULATE_READ/WRITE hit an address that cannot be faulted in, or MADV_HWPOISON/MADV_SOFT_OFFLINE on an unmapped page
 * error: EHWPOISON, MADV_POPULATE_READ/WRITE hit a hardware-poisoned page
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock or while populating
 * error: EINVAL, unknown or unconfigured advice, start not page aligned, the length wraps, or the advice does not apply to this mapping (locked, VM_PFNMAP, hugetlb, shared, special)
 * error: EIO, reading ahead or populating hit an I/O error
 * error: ENOMEM, part of the range is unmapped, or memory ran out (MADV_WILLNEED, MADV_COLLAPSE, populate)
 * error: EOPNOTSUPP, MADV_REMOVE on a filesystem that cannot punch holes
 * error: EPERM, MADV_HWPOISON/MADV_SOFT_OFFLINE without CAP_SYS_ADMIN, or a destructive advice on sealed anonymous memory
 *
 * since-version: 2.4
 *
 * notes: The enum is exactly the set madvise_behavior_valid() in
 *   mm/madvise.c accepts in 6.12. MADV_SOFT_OFFLINE is not defined in the
 *   alpha, mips and xtensa UAPI headers, and MADV_HWPOISON not on alpha
 *   and xtensa.
 *
 *   Kernel and manual page disagree: the manual page gives EPERM only for
 *   MADV_HWPOISON without CAP_SYS_ADMIN; 6.12 also returns it for
 *   MADV_SOFT_OFFLINE and for discard-type advice on sealed memory, and
 *   EOPNOTSUPP from MADV_REMOVE, neither of which the page lists. The
 *   page says EINVAL for a "negative" length; the kernel only rejects
 *   lengths that wrap when rounded.
 */
SYSCALL_DEFINE3(madvise, unsigned long, start, size_t, len_in, int, behavior)
{
	return 0;
}

/**
 * sys_mlock - Lock a memory range into RAM
 * @start: start of the range
 * @len: length of the range in bytes
 *
 * long-desc: Makes every page touching [start, start + len) resident
 *   and keeps it from being paged out until unlocked.
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded down to a page boundary; need not be aligned.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Extended to cover whole pages; 0 succeeds without effect.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EAGAIN, some pages could not be faulted in and locked
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 * error: EINVAL, start + len wraps around
 * error: ENOMEM, part of the range is unmapped, the lock would exceed a nonzero RLIMIT_MEMLOCK without CAP_IPC_LOCK, or splitting a mapping failed
 * error: EPERM, RLIMIT_MEMLOCK is 0 and the caller lacks CAP_IPC_LOCK
 *
 * capability: CAP_IPC_LOCK
 *   type: bypass_check
 *   allows: Lock beyond RLIMIT_MEMLOCK
 *   without: RLIMIT_MEMLOCK applies and a zero limit means EPERM
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE2(mlock, unsigned long, start, size_t, len)
{
	return 0;
}

/**
 * sys_mlock2 - Lock a memory range into RAM, optionally on fault
 * @start: start of the range
 * @len: length of the range in bytes
 * @flags: 0 or MLOCK_ONFAULT
 *
 * long-desc: Like mlock(); with MLOCK_ONFAULT pages are locked as they
 *   are faulted in instead of being populated at once.
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded down to a page boundary; need not be aligned.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Extended to cover whole pages; 0 succeeds without effect.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(MLOCK_ONFAULT)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EAGAIN, some pages could not be faulted in and locked
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 * error: EINVAL, flags has a bit other than MLOCK_ONFAULT, or start + len wraps around
 * error: ENOMEM, part of the range is unmapped, the lock would exceed a nonzero RLIMIT_MEMLOCK without CAP_IPC_LOCK, or splitting a mapping failed
 * error: EPERM, RLIMIT_MEMLOCK is 0 and the caller lacks CAP_IPC_LOCK
 *
 * capability: CAP_IPC_LOCK
 *   type: bypass_check
 *   allows: Lock beyond RLIMIT_MEMLOCK
 *   without: RLIMIT_MEMLOCK applies and a zero limit means EPERM
 *
 * since-version: 4.4
 */
SYSCALL_DEFINE3(mlock2, unsigned long, start, size_t, len, int, flags)
{
	return 0;
}

/**
 * sys_munlock - Unlock a memory range
 * @start: start of the range
 * @len: length of the range in bytes
 *
 * long-desc: Clears the lock on every page touching [start, start + len)
 *   so that it can be paged out again.
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded down to a page boundary; need not be aligned.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Extended to cover whole pages; 0 succeeds without effect.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 * error: EINVAL, start + len wraps around
 * error: ENOMEM, part of the range is unmapped, or splitting a mapping failed
 *
 * since-version: 1.0
 *
 * notes: The manual page also lists EAGAIN and EPERM for munlock(); 6.12
 *   checks neither privilege nor limits here and never populates, so
 *   neither can happen.
 */
SYSCALL_DEFINE2(munlock, unsigned long, start, size_t, len)
{
	return 0;
}

/**
 * sys_mlockall - Lock the whole address space into RAM
 * @flags: which mappings to lock
 *
 * long-desc: Locks all current mappings (MCL_CURRENT), all future ones
 *   (MCL_FUTURE), or both; MCL_ONFAULT makes either lock pages only as
 *   they are faulted in.
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)
 *   desc: Must be nonzero and must contain MCL_CURRENT or MCL_FUTURE;
 *   MCL_ONFAULT alone is rejected.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINVAL, flags is 0, has unknown bits, or is MCL_ONFAULT alone
 * error: EPERM, RLIMIT_MEMLOCK is 0 and the caller lacks CAP_IPC_LOCK
 * error: ENOMEM, MCL_CURRENT and the total mapped size exceeds RLIMIT_MEMLOCK without CAP_IPC_LOCK
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 *
 * capability: CAP_IPC_LOCK
 *   type: bypass_check
 *   allows: Lock beyond RLIMIT_MEMLOCK
 *   without: RLIMIT_MEMLOCK applies and a zero limit means EPERM
 *
 * since-version: 1.0
 *
 * notes: Failures to lock individual mappings are ignored, and pages that
 *   cannot be populated do not produce an error; EAGAIN is never returned.
 */
SYSCALL_DEFINE1(mlockall, int, flags)
{
	return 0;
}

/**
 * sys_msync - Write back a file mapping
 * @start: start of the range
 * @len: length of the range in bytes
 * @flags: how to synchronise
 *
 * long-desc: Flushes changes made to a shared file mapping back to the
 *   file (MS_SYNC waits for the write-out, MS_ASYNC only schedules it)
 *   and with MS_INVALIDATE asks for other mappings of the file to be
 *   refreshed.
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: page_aligned
 *   desc: Must be a multiple of the page size.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded up to a whole page; 0 succeeds without effect.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(MS_ASYNC | MS_INVALIDATE | MS_SYNC)
 *   desc: MS_ASYNC and MS_SYNC are mutually exclusive.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBUSY, MS_INVALIDATE on a range containing locked pages
 * error: EINVAL, start is not page aligned, flags has unknown bits, or both MS_ASYNC and MS_SYNC are set
 * error: ENOMEM, part of the range is unmapped, or start + len wraps
 * error: EIO, writing the data back failed (MS_SYNC)
 * error: ENOSPC, the filesystem ran out of space during write-back (MS_SYNC)
 * error: EDQUOT, a disk quota was exceeded during write-back (MS_SYNC)
 *
 * since-version: 2.0
 *
 * notes: Neither MS_ASYNC nor MS_SYNC is required by 6.12 (flags 0 behaves
 *   like MS_ASYNC), although POSIX asks for one of them. MS_SYNC returns
 *   whatever vfs_fsync_range() returns; EIO, ENOSPC and EDQUOT are the
 *   usual ones and are kernel-only in the sense that the manual page does
 *   not list them.
 */
SYSCALL_DEFINE3(msync, unsigned long, start, size_t, len, int, flags)
{
	return 0;
}

/**
 * sys_mremap - Grow, shrink or move a mapping
 * @addr: start of the existing mapping range
 * @old_len: current length of the range
 * @new_len: wanted length
 * @flags: MREMAP_* flags
 * @new_addr: destination with MREMAP_FIXED
 *
 * long-desc: Resizes the mapping at addr in place when possible; with
 *   MREMAP_MAYMOVE it may move it, with MREMAP_FIXED it moves it to
 *   new_addr (replacing what is there), and with MREMAP_DONTUNMAP it
 *   moves the pages but leaves the old range mapped and empty.
 *
 * contexts: process, sleepable
 *
 * param: addr
 *   type: uint, input
 *   constraint-type: page_aligned
 *   desc: Must be a multiple of the page size (of the huge page size for
 *   hugetlb mappings) and lie inside a mapping.
 *
 * param: old_len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded up to a whole page. 0 is allowed only for a shared
 *   mapping and then creates a second mapping of the same pages.
 *
 * param: new_len
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: Rounded up to a whole page; must not round to 0. Must equal
 *   old_len with MREMAP_DONTUNMAP.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(MREMAP_MAYMOVE | MREMAP_FIXED | MREMAP_DONTUNMAP)
 *   desc: MREMAP_FIXED and MREMAP_DONTUNMAP each require MREMAP_MAYMOVE.
 *
 * param: new_addr
 *   type: uint, input, optional
 *   constraint-type: none
 *   desc: Used only with MREMAP_FIXED (required) or MREMAP_DONTUNMAP
 *   (as a hint); must then be page aligned and the new range must not
 *   overlap the old one.
 *
 * return:
 *   type: uint
 *   check-type: custom
 *   failure: -1
 *   desc: The address of the resized mapping, in the long the kernel
 *   returns. The C library wrapper
 *   returns MAP_FAILED ((void *)-1) on failure and sets errno.
 *
 * error: EAGAIN, growing a locked mapping would exceed RLIMIT_MEMLOCK
 * error: EFAULT, addr is not mapped, or the range to grow crosses unmapped memory or a special mapping
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 * error: EINVAL, unknown flags, MREMAP_FIXED or MREMAP_DONTUNMAP without MREMAP_MAYMOVE, MREMAP_DONTUNMAP with old_len != new_len, misaligned addr or new_addr, new_len of 0, overlapping old and new ranges, old_len 0 on a private mapping, or a hugetlb mapping asked to grow
 * error: ENOMEM, the mapping cannot grow in place and MREMAP_MAYMOVE is not set, no room in the address space, too many mappings, or overcommit refused
 * error: EPERM, the mapping is sealed with mseal()
 *
 * constraint: fixed is a move
 *   desc: MREMAP_FIXED only together with MREMAP_MAYMOVE
 *   expr: (flags & MREMAP_FIXED) == 0 || (flags & MREMAP_MAYMOVE) != 0
 *
 * constraint: dontunmap moves the same size
 *   desc: MREMAP_DONTUNMAP needs MREMAP_MAYMOVE and old_len == new_len
 *   expr: (flags & MREMAP_DONTUNMAP) == 0 || ((flags & MREMAP_MAYMOVE) != 0 && old_len == new_len)
 *
 * since-version: 2.0
 *
 * notes: On failure the kernel returns -errno as the unsigned long
 *   result. EPERM (sealing, since 6.10) and EINTR are kernel-only.
 */
SYSCALL_DEFINE5(mremap, unsigned long, addr, unsigned long, old_len,
		unsigned long, new_len, unsigned long, flags,
		unsigned long, new_addr)
{
	return 0;
}

/* ---- mm family additions: break, residency, sealing, protection keys,
 * remote memory, swap and page cache (Linux 6.12 mm/mmap.c, mincore.c,
 * mseal.c, mlock.c, secretmem.c, mprotect.c, madvise.c, oom_kill.c,
 * process_vm_access.c, swapfile.c, filemap.c) ---- */

/**
 * sys_brk - Move the end of the data segment (the program break)
 * @brk: wanted new program break
 *
 * long-desc: Grows or shrinks the heap that starts after the data
 *   segment so that it ends at brk, and reports the break in force
 *   afterwards. A request the kernel refuses leaves the break as it was.
 *
 * contexts: process, sleepable
 *
 * param: brk
 *   type: uint, input
 *   constraint-type: none
 *   desc: An address in an unsigned long. A value below the start of
 *   the heap (0, say) changes nothing and serves as a query; a value
 *   past RLIMIT_DATA, into another mapping or too close to the stack
 *   is refused the same way.
 *
 * return:
 *   type: uint
 *   check-type: custom
 *   desc: The raw syscall returns the program break in force after
 *   the call, that is brk on success and the unchanged old break on any refusal. It
 *   sets no error code; a caller compares the result with the value it
 *   asked for. The C library's brk() turns this into 0 or -1 with errno
 *   ENOMEM, and sbrk() into the old break or (void *)-1; neither is the
 *   kernel's convention.
 *
 * since-version: 1.0
 *
 * notes: No error is listed: the only error code the kernel function
 *   returns is EINTR, when a fatal signal arrives while it waits for the
 *   mmap lock, and then the caller is being killed and never sees it.
 *   No C library binding: glibc's brk() and sbrk() report failure
 *   with their own conventions, not the kernel's, so only a raw
 *   syscall(SYS_brk, ...) reaches this spec. With CONFIG_COMPAT_BRK
 *   (not in x86_64 defconfig) the lower bound is the end of the data
 *   segment instead of the randomized heap start.
 */
SYSCALL_DEFINE1(brk, unsigned long, brk)
{
	return 0;
}

/**
 * sys_mincore - Report which pages of a range are resident in memory
 * @start: start of the range
 * @len: length of the range in bytes
 * @vec: one byte per page, written by the kernel
 *
 * long-desc: For every page in [start, start + len) stores a byte in
 *   vec whose lowest bit tells whether the page is in the page cache or
 *   in RAM; the other bits are reserved and cleared.
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: page_aligned
 *   desc: Must be a multiple of the page size.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded up to a whole page; 0 succeeds and writes nothing. The
 *   range must lie in the user address space and be fully mapped.
 *
 * param: vec
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: At least (len + page size - 1) / page size writable bytes.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EAGAIN, the kernel could not get a page for its temporary buffer
 * error: EFAULT, vec is not writable for the number of pages
 * error: EINVAL, start is not page aligned
 * error: ENOMEM, the range leaves the user address space or contains unmapped pages
 *
 * since-version: 2.4
 */
SYSCALL_DEFINE3(mincore, unsigned long, start, size_t, len,
		unsigned char __user *, vec)
{
	return 0;
}

/**
 * sys_mseal - Seal mappings against later changes
 * @start: start of the range
 * @len: length of the range in bytes
 * @flags: reserved
 *
 * long-desc: Marks every mapping in [start, start + len) as sealed: it
 *   can no longer be unmapped, moved, shrunk, grown, remapped with
 *   MAP_FIXED, have its protection changed, or (when anonymous and not
 *   writable) have its pages discarded by madvise. Sealing is permanent
 *   for the life of the mapping.
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: page_aligned
 *   desc: Must be a multiple of the page size and lie in a mapping.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded up to a whole page; 0 succeeds without effect. The
 *   range must be fully mapped, without holes; a length whose rounding
 *   wraps, or whose end wraps past the top of memory, is rejected.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINVAL, flags is not 0, start is not page aligned, or the rounded length or the end address wraps
 * error: ENOMEM, part of the range is not mapped, or splitting a mapping ran out of memory or would exceed the mapping-count limit
 * error: EPERM, the kernel is 32-bit, where sealing is not supported
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 *
 * since-version: 6.10
 *
 * notes: Sealing an already sealed range succeeds and changes nothing.
 *   The syscall exists only on 64-bit kernels with an MMU (mm/mseal.c is
 *   built with CONFIG_MMU; CONFIG_64BIT selects the real check).
 */
SYSCALL_DEFINE3(mseal, unsigned long, start, size_t, len, unsigned long,
		flags)
{
	return 0;
}

/**
 * sys_munlockall - Unlock the whole address space
 *
 * long-desc: Clears the lock on every mapping of the calling process and
 *   cancels an earlier mlockall(MCL_FUTURE), so that all pages can be
 *   paged out again.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * since-version: 1.0
 *
 * notes: Failures to unlock individual mappings are ignored. No error is
 *   listed: the only error code is EINTR, when a fatal signal arrives
 *   while waiting for the mmap lock, and then the caller is being killed
 *   and never sees it; a program sees 0.
 */
SYSCALL_DEFINE0(munlockall)
{
	return 0;
}

/**
 * sys_memfd_secret - Create a file for memory hidden from the kernel
 * @flags: O_CLOEXEC or 0
 *
 * long-desc: Returns a descriptor for an anonymous file whose pages,
 *   once the file is sized with ftruncate() and mapped, are removed from
 *   the kernel's direct map so that neither the kernel nor other
 *   processes can read them through it.
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(O_CLOEXEC)
 *   desc: O_CLOEXEC sets close-on-exec on the new descriptor; there are
 *   no other flags.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new descriptor.
 *
 * error: EINVAL, flags has a bit other than O_CLOEXEC
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached, or the count of secret memory files overflowed
 * error: ENOMEM, no memory for the inode or file
 * error: ENOSYS, secret memory is disabled (secretmem.enable=0) or the kernel cannot change its direct map
 *
 * since-version: 5.14
 *
 * notes: Needs CONFIG_SECRETMEM (set in the x86_64 defconfig). The
 *   manual page gives EMFILE for the system-wide file limit; the kernel
 *   returns ENFILE for it.
 */
SYSCALL_DEFINE1(memfd_secret, unsigned int, flags)
{
	return 0;
}

/**
 * sys_pkey_mprotect - Change protection and protection key of a range
 * @start: start of the range
 * @len: length of the range in bytes
 * @prot: new protection
 * @pkey: protection key to assign, or -1
 *
 * long-desc: Like mprotect(), and also tags every page in
 *   [start, start + len) with the memory protection key pkey, whose
 *   access rights the thread then controls from user space.
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: page_aligned
 *   desc: Must be a multiple of the page size.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded up to a whole page; 0 succeeds without doing anything.
 *
 * param: prot
 *   type: uint, input
 *   constraint-type: mask(PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM | PROT_GROWSDOWN | PROT_GROWSUP)
 *   arch-mask: arm64 = PROT_BTI | PROT_MTE
 *   arch-mask: powerpc = PROT_SAO
 *   arch-mask: sparc = PROT_ADI
 *   desc: As for mprotect(): PROT_NONE (0) or an OR of protection bits,
 *   not both PROT_GROWSDOWN and PROT_GROWSUP.
 *
 * param: pkey
 *   type: int, input
 *   constraint-type: range(-1, INT_MAX)
 *   desc: A key returned by pkey_alloc() and not yet freed, or -1 for
 *   the behaviour of plain mprotect(). Key 0 is the default key every
 *   process owns.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EACCES, the requested access exceeds what the mapping allows, or memory-deny-write-execute forbids it
 * error: EINVAL, start is not page aligned, prot has unknown bits or both grows bits, pkey is neither -1 nor an allocated key, or a grows bit on a mapping that cannot grow
 * error: ENOMEM, part of the range is unmapped, start + len wraps, or splitting would exceed the mapping-count limit or ran out of memory
 * error: EPERM, part of the range is sealed with mseal()
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 *
 * since-version: 4.9
 *
 * notes: Needs CONFIG_ARCH_HAS_PKEYS (x86 with
 *   CONFIG_X86_INTEL_MEMORY_PROTECTION_KEYS, in the x86_64 defconfig;
 *   arm64, powerpc). On a CPU without protection keys only key 0 is ever
 *   allocated. With len 0 the call succeeds before pkey is looked at.
 */
SYSCALL_DEFINE4(pkey_mprotect, unsigned long, start, size_t, len,
		unsigned long, prot, int, pkey)
{
	return 0;
}

/**
 * sys_pkey_alloc - Allocate a memory protection key
 * @flags: reserved
 * @init_val: initial access rights of the key for the calling thread
 *
 * long-desc: Reserves a free protection key of the process and sets the
 *   calling thread's access rights for it to init_val.
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * param: init_val
 *   type: uint, input
 *   constraint-type: mask(PKEY_DISABLE_ACCESS | PKEY_DISABLE_WRITE)
 *   arch-mask: arm64 = PKEY_DISABLE_EXECUTE | PKEY_DISABLE_READ
 *   arch-mask: powerpc = PKEY_DISABLE_EXECUTE
 *   desc: 0 (full access) or an OR of PKEY_DISABLE_* bits: the
 *   architecture's PKEY_ACCESS_MASK.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The new key.
 *
 * error: EINVAL, flags is not 0 or init_val has a bit outside PKEY_ACCESS_MASK
 * error: ENOSPC, every key is in use, or the CPU or kernel has no protection keys
 *
 * since-version: 4.9
 *
 * notes: The mask is PKEY_ACCESS_MASK of the target: on x86 (and the
 *   generic header) PKEY_DISABLE_ACCESS | PKEY_DISABLE_WRITE; arm64 adds
 *   PKEY_DISABLE_EXECUTE and PKEY_DISABLE_READ, powerpc
 *   PKEY_DISABLE_EXECUTE. x86 has 16 keys when the CPU supports them
 *   (OSPKE), with key 0 preallocated and one possibly taken for
 *   execute-only mappings.
 */
SYSCALL_DEFINE2(pkey_alloc, unsigned long, flags, unsigned long, init_val)
{
	return 0;
}

/**
 * sys_pkey_free - Free a memory protection key
 * @pkey: the key to free
 *
 * long-desc: Returns a key allocated with pkey_alloc() to the free pool.
 *   Pages still tagged with it keep the tag.
 *
 * contexts: process, sleepable
 *
 * param: pkey
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A key currently allocated in this process; negative values,
 *   values past the architecture's key count and the execute-only key
 *   are rejected.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINVAL, pkey is not an allocated key of the process
 *
 * since-version: 4.9
 *
 * notes: The kernel does not check whether mappings still use the key;
 *   a later pkey_alloc() may hand it out again with new rights.
 */
SYSCALL_DEFINE1(pkey_free, int, pkey)
{
	return 0;
}

/**
 * sys_remap_file_pages - Rebuild a shared file mapping with new offsets
 * @start: start of the range inside a shared file mapping
 * @size: length of the range in bytes
 * @prot: must be 0
 * @pgoff: file offset, in pages, that the range should map
 * @flags: MAP_NONBLOCK or 0
 *
 * long-desc: Deprecated. Makes [start, start + size) of a shared file
 *   mapping show the file from page pgoff on. Since Linux 3.16 the
 *   kernel emulates it by creating a new mapping over the range, with
 *   the protection of the existing one.
 *
 * contexts: process, sleepable
 *
 * param: start
 *   type: uint, input
 *   constraint-type: none
 *   desc: Rounded down to a page boundary; must lie in a MAP_SHARED
 *   file mapping.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(PAGE_SIZE, ULONG_MAX)
 *   desc: Rounded down to a whole page, so less than one page is EINVAL;
 *   the range may span several adjacent mappings of the same file with
 *   the same flags.
 *
 * param: prot
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Must be 0; the protection of the existing mapping is kept.
 *
 * param: pgoff
 *   type: uint, input
 *   constraint-type: none
 *   desc: Offset into the file in units of the page size; pgoff plus the
 *   number of pages must not wrap.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: none
 *   desc: Only MAP_NONBLOCK is acted on; the kernel masks off every
 *   other bit without an error.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINVAL, prot is not 0, size rounds down to 0, the range or pgoff wraps, start is not in a shared mapping, the range has holes or other files, or the mapping changed during the call
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 * error: ENOMEM, the new mapping could not be created
 * error: EPERM, an LSM refused the mapping, or the range is sealed
 *
 * since-version: 2.6
 *
 * notes: The emulation maps the file again with mmap's checks, so the
 *   errors of mmap with MAP_SHARED | MAP_FIXED can also come back. The
 *   flags bits other than MAP_NONBLOCK are ignored, not rejected, so no
 *   mask is given. The kernel logs a deprecation warning on first use.
 */
SYSCALL_DEFINE5(remap_file_pages, unsigned long, start, unsigned long, size,
		unsigned long, prot, unsigned long, pgoff, unsigned long, flags)
{
	return 0;
}

/**
 * sys_process_madvise - Give memory advice for another process
 * @pidfd: PID file descriptor of the target process
 * @vec: user array of struct iovec naming the address ranges
 * @vlen: number of entries in vec
 * @behavior: the advice
 * @flags: reserved
 *
 * long-desc: Applies one advice value to each range of vec in the
 *   address space of the process pidfd refers to (which may be the
 *   caller), range by range until one fails.
 *
 * contexts: process, sleepable
 *
 * param: pidfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A PID file descriptor (pidfd_open(), clone(CLONE_PIDFD)).
 *
 * param: vec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: vlen iovec entries; each iov_base must be page aligned (the
 *   madvise() rules apply per range).
 *
 * param: vlen
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV (IOV_MAX, 1024) entries.
 *
 * param: behavior
 *   type: int, input
 *   constraint-type: enum(MADV_COLD, MADV_PAGEOUT, MADV_WILLNEED, MADV_COLLAPSE)
 *   desc: Only the non-destructive advice values are accepted here;
 *   MADV_COLLAPSE needs CONFIG_TRANSPARENT_HUGEPAGE.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes advised. When a range fails after others
 *   succeeded, the bytes done so far are returned, not the error.
 *
 * error: EACCES, the caller may not read the target's memory maps (ptrace read access denied)
 * error: EAGAIN, MADV_COLLAPSE could not collapse a range for the moment
 * error: EBADF, pidfd is not an open PID file descriptor
 * error: EFAULT, vec is not readable
 * error: EINTR, a fatal signal arrived while waiting for a lock
 * error: EINVAL, flags is not 0, vlen exceeds UIO_MAXIOV, the lengths overflow, behavior is not one of the accepted values, or a range is not page aligned or wraps
 * error: ENOMEM, the iovec copy could not be allocated, or a range is not fully mapped
 * error: EPERM, the target is another process and the caller lacks CAP_SYS_NICE
 * error: ESRCH, the target process has exited or has no memory
 *
 * capability: CAP_SYS_NICE
 *   type: grant_permission
 *   allows: Advise the memory of another process
 *   without: Only the caller's own address space (EPERM otherwise)
 *
 * since-version: 5.10
 *
 * notes: The enum is exactly the set process_madvise_behavior_valid()
 *   in mm/madvise.c accepts in 6.12. Kernel and manual page disagree:
 *   the page gives EPERM for a denied access check, but 6.12 returns
 *   EACCES from mm_access() for it and EPERM only for the missing
 *   CAP_SYS_NICE. The C library wrapper exists since glibc 2.36.
 */
SYSCALL_DEFINE5(process_madvise, int, pidfd, const struct iovec __user *, vec,
		size_t, vlen, int, behavior, unsigned int, flags)
{
	return 0;
}

/**
 * sys_process_mrelease - Reap the memory of a dying process
 * @pidfd: PID file descriptor of the target process
 * @flags: reserved
 *
 * long-desc: Frees the anonymous and otherwise reclaimable memory of a
 *   process that is already exiting (killed), without waiting for its
 *   own exit path to do so.
 *
 * contexts: process, sleepable
 *
 * param: pidfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A PID file descriptor of a process that has been sent SIGKILL
 *   or is otherwise exiting.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EAGAIN, the memory could not be reaped completely for the moment
 * error: EBADF, pidfd is not an open PID file descriptor
 * error: EINTR, a fatal signal arrived while waiting for the mmap lock
 * error: EINVAL, flags is not 0, or the target is not exiting and its memory has not been reaped already
 * error: ESRCH, the target process has already released its memory or is gone
 *
 * since-version: 5.15
 *
 * notes: The C library wrapper exists since glibc 2.36.
 */
SYSCALL_DEFINE2(process_mrelease, int, pidfd, unsigned int, flags)
{
	return 0;
}

/**
 * sys_process_vm_readv - Copy memory from another process
 * @pid: process to read from
 * @lvec: local buffers to fill
 * @liovcnt: number of entries in lvec
 * @rvec: ranges of the remote process to read
 * @riovcnt: number of entries in rvec
 * @flags: reserved
 *
 * long-desc: Reads the ranges rvec of process pid, in order, into the
 *   local buffers lvec, in order, without going through a pipe or
 *   ptrace peeks.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: none
 *   desc: A process id in the caller's PID namespace.
 *
 * param: lvec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: liovcnt iovec entries; each buffer must be writable.
 *
 * param: liovcnt
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV (IOV_MAX, 1024) entries.
 *
 * param: rvec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: riovcnt iovec entries naming ranges in the other process;
 *   the array itself is in the caller's memory.
 *
 * param: riovcnt
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV entries.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes read, which may be less than asked for
 *   when a remote range is partly inaccessible.
 *
 * error: EFAULT, lvec, rvec or a local buffer is not accessible, or a remote range could not be read before any byte was copied
 * error: EINTR, a fatal signal arrived while waiting for a lock
 * error: EINVAL, flags is not 0, liovcnt or riovcnt exceeds UIO_MAXIOV, or the lengths of either array overflow
 * error: ENOMEM, the iovec copies or the page array could not be allocated
 * error: EPERM, the caller may not ptrace-attach to pid
 * error: ESRCH, no process pid exists, or it has no memory
 *
 * capability: CAP_SYS_PTRACE
 *   type: bypass_check
 *   allows: Access the memory of a process of another user
 *   without: The usual ptrace attach rules apply (EPERM)
 *
 * since-version: 3.2
 *
 * notes: When the local buffers add up to 0 bytes the call returns 0
 *   before rvec and riovcnt are looked at, so an oversized riovcnt is
 *   rejected only when there is something to copy. The kernel turns the
 *   EACCES of its access check into EPERM here. Needs
 *   CONFIG_CROSS_MEMORY_ATTACH (in the x86_64 defconfig).
 */
SYSCALL_DEFINE6(process_vm_readv, pid_t, pid, const struct iovec __user *, lvec,
		unsigned long, liovcnt, const struct iovec __user *, rvec,
		unsigned long, riovcnt,	unsigned long, flags)
{
	return 0;
}

/**
 * sys_process_vm_writev - Copy memory into another process
 * @pid: process to write to
 * @lvec: local buffers to copy from
 * @liovcnt: number of entries in lvec
 * @rvec: ranges of the remote process to write
 * @riovcnt: number of entries in rvec
 * @flags: reserved
 *
 * long-desc: Writes the local buffers lvec, in order, into the ranges
 *   rvec of process pid, in order.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: none
 *   desc: A process id in the caller's PID namespace.
 *
 * param: lvec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: liovcnt iovec entries; each buffer must be readable.
 *
 * param: liovcnt
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV (IOV_MAX, 1024) entries.
 *
 * param: rvec
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: riovcnt iovec entries naming ranges in the other process;
 *   the array itself is in the caller's memory.
 *
 * param: riovcnt
 *   type: uint, input
 *   constraint-type: range(0, UIO_MAXIOV)
 *   desc: At most UIO_MAXIOV entries.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes written, which may be less than asked for
 *   when a remote range is partly inaccessible.
 *
 * error: EFAULT, lvec, rvec or a local buffer is not accessible, or a remote range could not be written before any byte was copied
 * error: EINTR, a fatal signal arrived while waiting for a lock
 * error: EINVAL, flags is not 0, liovcnt or riovcnt exceeds UIO_MAXIOV, or the lengths of either array overflow
 * error: ENOMEM, the iovec copies or the page array could not be allocated
 * error: EPERM, the caller may not ptrace-attach to pid
 * error: ESRCH, no process pid exists, or it has no memory
 *
 * capability: CAP_SYS_PTRACE
 *   type: bypass_check
 *   allows: Access the memory of a process of another user
 *   without: The usual ptrace attach rules apply (EPERM)
 *
 * since-version: 3.2
 *
 * notes: As for process_vm_readv(): an oversized riovcnt is rejected
 *   only when the local buffers hold at least one byte. Remote pages
 *   must be writable in the target; read-only ones end the copy.
 */
SYSCALL_DEFINE6(process_vm_writev, pid_t, pid,
		const struct iovec __user *, lvec,
		unsigned long, liovcnt, const struct iovec __user *, rvec,
		unsigned long, riovcnt,	unsigned long, flags)
{
	return 0;
}

/**
 * sys_swapon - Start swapping to a file or block device
 * @specialfile: path of the swap file or device
 * @swap_flags: priority and discard options
 *
 * long-desc: Opens the file or block device at specialfile, checks its
 *   swap signature (made by mkswap) and adds it to the swap areas, with
 *   the priority and discard policy given in swap_flags.
 *
 * contexts: process, sleepable
 *
 * param: specialfile
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A regular file or block device holding a swap signature.
 *
 * param: swap_flags
 *   type: int, input
 *   constraint-type: mask(SWAP_FLAG_PRIO_MASK | SWAP_FLAG_PREFER | SWAP_FLAG_DISCARD | SWAP_FLAG_DISCARD_ONCE | SWAP_FLAG_DISCARD_PAGES)
 *   desc: With SWAP_FLAG_PREFER the low 15 bits (SWAP_FLAG_PRIO_MASK)
 *   are the priority; without it the kernel assigns a decreasing
 *   negative one. SWAP_FLAG_DISCARD enables discard;
 *   SWAP_FLAG_DISCARD_ONCE or SWAP_FLAG_DISCARD_PAGES narrow it to the
 *   whole area at swapon time or to freed page clusters.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBUSY, the file is already a swap area, or the block device is in use exclusively
 * error: EFAULT, specialfile is not a readable string
 * error: EINVAL, swap_flags has a bit outside SWAP_FLAGS_VALID, the file has no valid swap signature or a bad header, is neither a regular file nor a block device that can swap, is encrypted, or is a zoned block device
 * error: ENOENT, specialfile does not exist or was unlinked
 * error: ENOMEM, memory for the swap map could not be allocated
 * error: EPERM, the caller lacks CAP_SYS_ADMIN, or all MAX_SWAPFILES swap areas are in use
 * error: ENFILE, the system-wide file limit was reached while opening specialfile
 *
 * capability: CAP_SYS_ADMIN
 *   type: grant_permission
 *   allows: Enable swapping
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: The mask is SWAP_FLAGS_VALID of include/linux/swap.h (a
 *   kernel-internal header; the C library's <sys/swap.h> defines only
 *   SWAP_FLAG_PREFER, SWAP_FLAG_PRIO_MASK and SWAP_FLAG_DISCARD). Unknown
 *   bits are rejected before the privilege check. Needs CONFIG_SWAP.
 *   The path is opened like open(), so its errors (EACCES, ELOOP,
 *   ENAMETOOLONG, ENOTDIR) can come back too; the manual page's EINVAL
 *   for a file with holes comes from the filesystem's swap activation.
 */
SYSCALL_DEFINE2(swapon, const char __user *, specialfile, int, swap_flags)
{
	return 0;
}

/**
 * sys_swapoff - Stop swapping to a file or block device
 * @specialfile: path of the active swap file or device
 *
 * long-desc: Moves every page swapped out to the area specialfile back
 *   into memory (or to other swap areas) and removes the area.
 *
 * contexts: process, sleepable
 *
 * param: specialfile
 *   type: path, input
 *   constraint-type: user_path
 *   desc: A file or block device currently used as swap.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EFAULT, specialfile is not a readable string
 * error: EINTR, a signal arrived while the pages were being brought back
 * error: EINVAL, specialfile is not an active swap area
 * error: ENOENT, specialfile does not exist
 * error: ENOMEM, there is not enough memory to take the swapped pages back
 * error: EPERM, the caller lacks CAP_SYS_ADMIN
 *
 * capability: CAP_SYS_ADMIN
 *   type: grant_permission
 *   allows: Disable swapping
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: Needs CONFIG_SWAP. The path is opened before the area is
 *   looked up, so the usual open errors (EACCES, ELOOP, ENAMETOOLONG,
 *   ENOTDIR) can come back too.
 */
SYSCALL_DEFINE1(swapoff, const char __user *, specialfile)
{
	return 0;
}

/**
 * sys_cachestat - Page cache statistics of a file range
 * @fd: the file
 * @cstat_range: the byte range to look at
 * @cstat: filled with the counts
 * @flags: reserved
 *
 * long-desc: Counts, for the pages of the range (off, len) of the file,
 *   how many are in the page cache, dirty, under writeback, evicted, and
 *   recently evicted, and stores the counts in cstat.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: An open file, not on hugetlbfs; the caller must have it open
 *   for writing, own it, or be allowed to write it.
 *
 * param: cstat_range
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: A struct cachestat_range; len 0 means to the end of the file.
 *
 * param: cstat
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: A struct cachestat.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: Reserved; anything but 0 is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBADF, fd is not an open descriptor
 * error: EFAULT, cstat_range is not readable or cstat not writable
 * error: EINVAL, flags is not 0
 * error: EOPNOTSUPP, fd refers to a hugetlbfs file
 * error: EPERM, the file is not open for writing and the caller neither owns it nor may write it
 *
 * since-version: 6.5
 *
 * notes: The kernel checks the descriptor, the range, hugetlbfs and the
 *   permission before flags, so a bad descriptor with bad flags is
 *   EBADF. Needs CONFIG_CACHESTAT_SYSCALL (in the x86_64 defconfig). No
 *   C library wrapper in glibc 2.36.
 */
SYSCALL_DEFINE4(cachestat, unsigned int, fd,
		struct cachestat_range __user *, cstat_range,
		struct cachestat __user *, cstat, unsigned int, flags)
{
	return 0;
}

/**
 * sys_userfaultfd - Create a descriptor for handling page faults in userspace
 * @flags: O_CLOEXEC, O_NONBLOCK and UFFD_USER_MODE_ONLY
 *
 * long-desc: Creates a userfaultfd object for the calling process's
 *   address space and returns a descriptor for it. After the UFFDIO_API
 *   handshake (ioctl), ranges registered with UFFDIO_REGISTER report
 *   their page faults as messages read from the descriptor.
 *
 * contexts: process, sleepable
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC | O_NONBLOCK | UFFD_USER_MODE_ONLY)
 *   desc: O_CLOEXEC and O_NONBLOCK apply to the new descriptor;
 *   UFFD_USER_MODE_ONLY limits the object to faults taken in user mode.
 *   Without that flag the caller needs CAP_SYS_PTRACE unless the sysctl
 *   vm.unprivileged_userfaultfd is 1 (EPERM).
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   failure: -1
 *   desc: The new userfaultfd descriptor.
 *
 * error: EINVAL, flags has a bit other than O_CLOEXEC, O_NONBLOCK and UFFD_USER_MODE_ONLY
 * error: EPERM, no UFFD_USER_MODE_ONLY, no CAP_SYS_PTRACE and vm.unprivileged_userfaultfd is 0
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENOMEM, memory for the object ran out
 *
 * side-effect: resource_create | alloc_memory
 *
 * since-version: 4.3
 *
 * notes: The mask is UFFD_SHARED_FCNTL_FLAGS | UFFD_USER_MODE_ONLY of
 *   new_userfaultfd() in fs/userfaultfd.c (UFFD_CLOEXEC and UFFD_NONBLOCK
 *   equal O_CLOEXEC and O_NONBLOCK). The permission test comes first, so
 *   an unprivileged call with an unknown bit and without
 *   UFFD_USER_MODE_ONLY may fail with EPERM rather than EINVAL. Without
 *   CONFIG_USERFAULTFD the call fails with ENOSYS. glibc has no wrapper:
 *   programs use syscall() (or, since 6.1, the /dev/userfaultfd device).
 */
SYSCALL_DEFINE1(userfaultfd, int, flags)
{
	return 0;
}
