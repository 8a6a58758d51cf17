// SPDX-License-Identifier: MIT
/* Default KAPI specs for the x86-only process calls: arch_prctl (FS and GS
 * bases, CPUID faulting, AMX permissions), modify_ldt, ioperm, iopl and
 * uretprobe.  Facts come from the Linux 6.12 source
 * (arch/x86/kernel/process_64.c, process.c, ldt.c, ioport.c, uprobes.c and
 * the helpers they call) and the manual pages; the words are ours. */

/**
 * sys_arch_prctl - Set or read x86 thread state: FS and GS bases, CPUID faulting, XSTATE permissions
 * @option: the operation (ARCH_*)
 * @arg2: the value to set, or the address to store the value read
 *
 * long-desc: Sets or reads the FS or GS segment base of the calling
 *   thread, turns CPUID faulting on or off, reads or requests permission
 *   for dynamically enabled XSTATE features (AMX tile data), and, with
 *   the matching kernel options, maps a vDSO, controls linear address
 *   masking or the user shadow stack.
 *
 * contexts: process, sleepable
 *
 * param: option
 *   type: int, input
 *   constraint-type: none
 *   desc: ARCH_SET_GS, ARCH_SET_FS, ARCH_GET_FS, ARCH_GET_GS,
 *   ARCH_GET_CPUID, ARCH_SET_CPUID, ARCH_GET_XCOMP_SUPP,
 *   ARCH_GET_XCOMP_PERM, ARCH_REQ_XCOMP_PERM, ARCH_GET_XCOMP_GUEST_PERM,
 *   ARCH_REQ_XCOMP_GUEST_PERM; ARCH_MAP_VDSO_* with
 *   CONFIG_CHECKPOINT_RESTORE, the LAM options (0x4001..0x4004) with
 *   CONFIG_ADDRESS_MASKING and the ARCH_SHSTK_* options with
 *   CONFIG_X86_USER_SHADOW_STACK, none of which x86_64 defconfig has.
 *   The set depends on the configuration, so it is not an enum; the
 *   constraint lets through every option some 6.12 kernel takes.
 *
 * param: arg2
 *   type: uint, input
 *   constraint-type: none
 *   desc: The new base for ARCH_SET_FS and ARCH_SET_GS (EPERM when it
 *   is not below TASK_SIZE_MAX); a pointer to an unsigned long for the
 *   GET options; a feature number or flag for the others.
 *
 * constraint: known option
 *   desc: option is a case of do_arch_prctl_64() or
 *   do_arch_prctl_common() under some configuration; anything else is
 *   EINVAL
 *   expr: option == ARCH_SET_GS || option == ARCH_SET_FS || option == ARCH_GET_FS || option == ARCH_GET_GS || option == ARCH_GET_CPUID || option == ARCH_SET_CPUID || option == ARCH_GET_XCOMP_SUPP || option == ARCH_GET_XCOMP_PERM || option == ARCH_REQ_XCOMP_PERM || option == ARCH_GET_XCOMP_GUEST_PERM || option == ARCH_REQ_XCOMP_GUEST_PERM || option == ARCH_MAP_VDSO_X32 || option == ARCH_MAP_VDSO_32 || option == ARCH_MAP_VDSO_64 || option == ARCH_GET_UNTAG_MASK || option == ARCH_ENABLE_TAGGED_ADDR || option == ARCH_GET_MAX_TAG_BITS || option == ARCH_FORCE_TAGGED_SVA || option == ARCH_SHSTK_ENABLE || option == ARCH_SHSTK_DISABLE || option == ARCH_SHSTK_LOCK || option == ARCH_SHSTK_UNLOCK || option == ARCH_SHSTK_STATUS
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0; ARCH_GET_CPUID returns the CPUID setting (1 enabled, 0
 *   faulting); -1 and errno on failure.
 *
 * error: EFAULT, the address given to a GET option cannot be written
 * error: EINVAL, an unknown option, an XSTATE feature number of XFEATURE_MAX or more, or an option this kernel was built without
 * error: ENODEV, ARCH_SET_CPUID on a CPU without CPUID faulting
 * error: EOPNOTSUPP, ARCH_REQ_XCOMP_PERM or ARCH_REQ_XCOMP_GUEST_PERM for a feature that cannot be requested or that the CPU lacks
 * error: EPERM, ARCH_SET_FS or ARCH_SET_GS with an address not below TASK_SIZE_MAX
 * error: ENOSPC, ARCH_REQ_XCOMP_PERM while a thread's alternate signal stack is too small for the larger signal frame
 * error: EBUSY, ARCH_REQ_XCOMP_GUEST_PERM after the first vCPU locked the guest permissions
 *
 * since-version: 2.5.24
 *
 * notes: glibc 2.36 exports arch_prctl but no header declares it; programs
 *   declare it themselves or use syscall(SYS_arch_prctl, ...). Setting FS
 *   breaks glibc's thread pointer.
 */
SYSCALL_DEFINE2(arch_prctl, int, option, unsigned long, arg2)
{
	return 0;
}

/**
 * sys_modify_ldt - Read or write the process's local descriptor table
 * @func: 0 read, 1 write, 2 read the default LDT, 0x11 write in the new mode
 * @ptr: the buffer to read into, or the struct user_desc to write
 * @bytecount: the size of ptr
 *
 * long-desc: Reads the LDT of the process into ptr, or installs or
 *   clears one entry of it described by a struct user_desc. 16-bit and
 *   segmented code (Wine, DOSEMU) needs it.
 *
 * contexts: process, sleepable
 *
 * param: func
 *   type: int, input
 *   constraint-type: enum(0, 1, 2, 0x11)
 *   desc: 0 reads the LDT, 1 writes an entry (old mode), 2 reads the
 *   zeroed default LDT, 0x11 writes an entry (new mode, honouring
 *   useable). Anything else is ENOSYS.
 *
 * param: ptr
 *   type: user_ptr, inout, optional
 *   constraint-type: none
 *   desc: For reads, bytecount bytes to fill; for writes, one struct
 *   user_desc. A read of a process without an LDT (or of 0 bytes of the
 *   default one) does not touch it, so NULL is not always a failure.
 *
 * param: bytecount
 *   type: uint, input
 *   constraint-type: none
 *   desc: For reads, the buffer size (the result is cut to the LDT's
 *   size); for writes, exactly sizeof(struct user_desc) (16), EINVAL
 *   otherwise.
 *
 * constraint: a write takes one user_desc
 *   desc: funcs 1 and 0x11 need bytecount == sizeof(struct user_desc),
 *   16 on x86
 *   expr: (func != 1 && func != 0x11) || bytecount == 16
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: For reads, the number of bytes stored; 0 for writes; -1 and
 *   errno on failure.
 *
 * error: EFAULT, ptr cannot be read or written
 * error: EINVAL, a write with the wrong bytecount, an entry number of LDT_ENTRIES or more, or a descriptor the kernel refuses (contents 3 in old mode, a code segment with conforming cleared and not present, ...)
 * error: ENOMEM, the new LDT could not be allocated
 * error: ENOSYS, func is none of 0, 1, 2 and 0x11
 *
 * since-version: 1.0
 *
 * notes: No glibc declaration; use syscall(SYS_modify_ldt, ...). The
 *   kernel returns an int (the syscall casts its result to unsigned int
 *   so that the 64-bit register holds the 32-bit value), so the raw
 *   syscall() result of a failure is a large positive long, not -1;
 *   compare (int)syscall(...) instead.
 */
SYSCALL_DEFINE3(modify_ldt, int , func , void __user * , ptr ,
		unsigned long , bytecount)
{
	return 0;
}

/**
 * sys_ioperm - Allow or deny the calling thread access to a range of I/O ports
 * @from: the first port
 * @num: the number of ports
 * @turn_on: nonzero to allow, 0 to deny
 *
 * long-desc: Sets the bits of ports from .. from + num - 1 in the
 *   thread's I/O permission bitmap, so that in and out instructions on
 *   them from user mode work (or fault again). The bitmap is shared
 *   with children made by fork or clone (copied when either changes it)
 *   and kept across execve.
 *
 * contexts: process, sleepable
 *
 * param: from
 *   type: uint, input
 *   constraint-type: range(0, IO_BITMAP_BITS - 1)
 *   desc: A port number below 65536.
 *
 * param: num
 *   type: uint, input
 *   constraint-type: range(1, IO_BITMAP_BITS)
 *   desc: At least 1; from + num must not exceed 65536 (EINVAL).
 *
 * param: turn_on
 *   type: int, input
 *   constraint-type: none
 *   desc: Nonzero grants access (CAP_SYS_RAWIO needed), 0 removes it.
 *
 * constraint: ports inside the bitmap
 *   desc: from + num must not exceed IO_BITMAP_BITS (65536); the kernel
 *   tests from + num <= from || from + num > IO_BITMAP_BITS, num == 0
 *   being the range above
 *   expr: from <= IO_BITMAP_BITS && num <= IO_BITMAP_BITS - from
 *
 * capability: CAP_SYS_RAWIO
 *   type: grant_permission
 *   allows: Grant port access (turn_on nonzero)
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0, or -1 and errno.
 *
 * error: EINVAL, num is 0 or from + num wraps or exceeds 65536
 * error: EPERM, turn_on without CAP_SYS_RAWIO, or the kernel is locked down
 * error: ENOMEM, the bitmap could not be allocated
 * error: ENOSYS, the kernel was built without CONFIG_X86_IOPL_IOPERM
 *
 * since-version: 1.0
 *
 * notes: glibc's ioperm() in <sys/io.h> is the syscall. Before Linux 2.6.8
 *   only the first 1024 ports could be given; 6.12 takes the whole 16-bit
 *   port space. fork and clone children share the bitmap
 *   (io_bitmap_share() in copy_thread()).
 */
SYSCALL_DEFINE3(ioperm, unsigned long, from, unsigned long, num, int, turn_on)
{
	return 0;
}

/**
 * sys_iopl - Change the I/O privilege level of the calling thread
 * @level: the new level, 0 to 3
 *
 * long-desc: Emulates the I/O privilege level: level 3 lets the thread
 *   use in and out on every port (through a full I/O bitmap); cli, sti
 *   and the interrupt flag are not granted, unlike on real hardware.
 *   Level 0 withdraws the access.
 *
 * contexts: process, sleepable
 *
 * param: level
 *   type: uint, input
 *   constraint-type: range(0, 3)
 *   desc: 0..3; above 3 is EINVAL. 1 and 2 act like 0 for port access.
 *
 * capability: CAP_SYS_RAWIO
 *   type: grant_permission
 *   allows: Raise the level
 *   without: EPERM (lowering is always allowed)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0, or -1 and errno.
 *
 * error: EINVAL, level is above 3
 * error: EPERM, raising the level without CAP_SYS_RAWIO, or the kernel is locked down
 * error: ENOSYS, the kernel was built without CONFIG_X86_IOPL_IOPERM
 *
 * since-version: 1.0
 *
 * notes: glibc's iopl() in <sys/io.h> is the syscall; its int level
 *   reaches the kernel as an unsigned int, so a negative level is
 *   EINVAL. Since Linux 5.5 the level is emulated per thread and the
 *   real IOPL stays 0.
 */
SYSCALL_DEFINE1(iopl, unsigned int, level)
{
	return 0;
}

/**
 * sys_uretprobe - Return trampoline of uprobes on function returns
 *
 * long-desc: Called only by the trampoline code the kernel maps for a
 *   return uprobe: it runs the uprobe consumers of the returning function
 *   and resumes at the original return address with the function's own
 *   result in rax. It is not meant to be called by programs.
 *
 * contexts: process, sleepable
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: From the trampoline, the probed function's return value in
 *   rax, whatever it is. Called from anywhere else it forces SIGILL
 *   (whose default action ends the process) and returns -1.
 *
 * error: EPERM, called from anywhere but the trampoline of a return uprobe; only a caller that handles SIGILL sees it (the raw -1 reads as EPERM)
 *
 * since-version: 6.11
 *
 * notes: x86_64 only. No glibc wrapper; seccomp policies and sandboxes
 *   meet its number 335, since a probed program issues it.
 */
SYSCALL_DEFINE0(uretprobe)
{
	return 0;
}
