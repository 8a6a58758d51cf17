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
