// SPDX-License-Identifier: MIT
/* Default KAPI specs for system calls of optional kernel features: bpf,
 * the Landlock sandbox (landlock_create_ruleset, landlock_add_rule,
 * landlock_restrict_self), kexec_file_load and x86 shadow stacks
 * (map_shadow_stack).  x86_64_defconfig compiles none of them; the
 * real-kernel test turns them on with test/integration/kernel-config.fragment.
 * Facts come from the Linux 6.12 source and its manual pages; the words
 * are ours. */

/* ---- bpf (kernel/bpf/syscall.c, CONFIG_BPF_SYSCALL) ------------------ */

/**
 * sys_bpf - Operate on eBPF maps, programs, links and BTF objects
 * @cmd: the operation (BPF_MAP_CREATE, BPF_PROG_LOAD, ...)
 * @uattr: the operation's attributes, a union bpf_attr
 * @size: the number of bytes of uattr the caller provides
 *
 * long-desc: One entry point for every eBPF operation: creating and
 *   accessing maps, loading, attaching and testing programs, pinning
 *   objects in bpffs, links, BTF, object ids and information. The member
 *   of the attribute union that cmd selects carries the arguments.
 *
 * contexts: process, sleepable
 *
 * param: cmd
 *   type: int, input
 *   constraint-type: enum(BPF_MAP_CREATE, BPF_MAP_LOOKUP_ELEM, BPF_MAP_UPDATE_ELEM, BPF_MAP_DELETE_ELEM, BPF_MAP_GET_NEXT_KEY, BPF_PROG_LOAD, BPF_OBJ_PIN, BPF_OBJ_GET, BPF_PROG_ATTACH, BPF_PROG_DETACH, BPF_PROG_TEST_RUN, BPF_PROG_GET_NEXT_ID, BPF_MAP_GET_NEXT_ID, BPF_PROG_GET_FD_BY_ID, BPF_MAP_GET_FD_BY_ID, BPF_OBJ_GET_INFO_BY_FD, BPF_PROG_QUERY, BPF_RAW_TRACEPOINT_OPEN, BPF_BTF_LOAD, BPF_BTF_GET_FD_BY_ID, BPF_TASK_FD_QUERY, BPF_MAP_LOOKUP_AND_DELETE_ELEM, BPF_MAP_FREEZE, BPF_BTF_GET_NEXT_ID, BPF_MAP_LOOKUP_BATCH, BPF_MAP_LOOKUP_AND_DELETE_BATCH, BPF_MAP_UPDATE_BATCH, BPF_MAP_DELETE_BATCH, BPF_LINK_CREATE, BPF_LINK_UPDATE, BPF_LINK_GET_FD_BY_ID, BPF_LINK_GET_NEXT_ID, BPF_ENABLE_STATS, BPF_ITER_CREATE, BPF_LINK_DETACH, BPF_PROG_BIND_MAP, BPF_TOKEN_CREATE)
 *   desc: The case labels of the switch in __sys_bpf(); any other value
 *   is EINVAL. BPF_PROG_RUN is another name of BPF_PROG_TEST_RUN.
 *
 * param: uattr
 *   type: user_ptr, inout
 *   constraint-type: none
 *   desc: The union bpf_attr member of cmd; some commands write results
 *   back into it. Fields the kernel does not use for cmd must be zero
 *   (EINVAL, checked per command).
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(0, PAGE_SIZE)
 *   desc: Usually sizeof(union bpf_attr). Above PAGE_SIZE is E2BIG; bytes
 *   beyond the kernel's own union bpf_attr must be zero (E2BIG
 *   otherwise); a shorter size is taken as the older, smaller union, the
 *   rest read as zero.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   failure: -1
 *   desc: 0, or a new descriptor for the commands that create or open an
 *   object (BPF_MAP_CREATE, BPF_PROG_LOAD, BPF_OBJ_GET, BPF_BTF_LOAD,
 *   BPF_*_GET_FD_BY_ID, BPF_LINK_CREATE, BPF_RAW_TRACEPOINT_OPEN,
 *   BPF_ITER_CREATE, BPF_ENABLE_STATS, BPF_TOKEN_CREATE).
 *
 * error: E2BIG, size above PAGE_SIZE, nonzero bytes beyond the kernel's union bpf_attr, or a map or program too large or full
 * error: EACCES, the verifier rejected the program as unsafe, or an LSM refused
 * error: EAGAIN, the verifier ran out of its memory or the call should be repeated
 * error: EBADF, a descriptor in the attributes is not open or not a BPF object of the right kind
 * error: EBUSY, the object is in use (e.g. a map frozen or being frozen)
 * error: EEXIST, an element exists and BPF_NOEXIST was given, or the object is already attached
 * error: EFAULT, uattr or a pointer inside it cannot be accessed
 * error: EINVAL, cmd is unknown, or attributes not valid for cmd (unused fields not zero, bad flags or types)
 * error: ENOENT, no element, id or pinned object of that name
 * error: ENOMEM, memory ran out (or the locked-memory accounting refused)
 * error: ENOSPC, the verifier log buffer is too small, or a map has no room
 * error: EOPNOTSUPP, the operation is not supported for this map or program type
 * error: EPERM, the command or object type needs CAP_BPF, CAP_SYS_ADMIN, CAP_NET_ADMIN or CAP_PERFMON, or unprivileged bpf is disabled (kernel.unprivileged_bpf_disabled)
 * error: ESRCH, BPF_TASK_FD_QUERY names a task that does not exist
 *
 * side-effect: resource_create | alloc_memory | modify_state
 *
 * since-version: 3.18
 *
 * notes: glibc has no wrapper; programs use syscall() or libbpf. Without
 *   CONFIG_BPF_SYSCALL the call fails with ENOSYS. Which attributes each
 *   command reads, and its own error causes, are beyond this spec; only
 *   the checks __sys_bpf() makes for every command are stated.
 */
SYSCALL_DEFINE3(bpf, int, cmd, union bpf_attr __user *, uattr, unsigned int, size)
{
	return 0;
}

/* ---- Landlock (security/landlock/syscalls.c, CONFIG_SECURITY_LANDLOCK) -- */

/**
 * sys_landlock_create_ruleset - Create a Landlock ruleset, or query the ABI
 * @attr: the access rights the ruleset handles, or NULL with flags
 * @size: sizeof(*attr), or 0 with flags
 * @flags: 0, LANDLOCK_CREATE_RULESET_VERSION or LANDLOCK_CREATE_RULESET_ERRATA
 *
 * long-desc: With flags 0, creates a ruleset that handles the access
 *   rights of attr and returns a descriptor for it; rules are then added
 *   with landlock_add_rule() and enforced with landlock_restrict_self().
 *   With LANDLOCK_CREATE_RULESET_VERSION it returns the highest Landlock
 *   ABI version the kernel supports, with LANDLOCK_CREATE_RULESET_ERRATA
 *   a bit mask of fixed issues.
 *
 * contexts: process, sleepable
 *
 * param: attr
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: A struct landlock_ruleset_attr (handled_access_fs,
 *   handled_access_net, scoped); each must hold only rights this kernel
 *   knows (EINVAL). NULL, with size 0, when flags is not 0.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: none
 *   desc: With flags 0, from 8 (the handled_access_fs field alone) to
 *   PAGE_SIZE; bytes beyond the kernel's structure must be zero (E2BIG).
 *   0 when flags is not 0.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(LANDLOCK_CREATE_RULESET_VERSION | LANDLOCK_CREATE_RULESET_ERRATA)
 *   desc: 0 to create a ruleset, or exactly one of the query flags.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   failure: -1
 *   desc: The new ruleset descriptor (opened close-on-exec), or with a
 *   query flag the ABI version or the errata mask.
 *
 * error: EOPNOTSUPP, Landlock is compiled in but not enabled at boot (not in the lsm= list)
 * error: EINVAL, unknown flags, both query flags, attr or size given with a query flag, size below 8, or an access right or scope the kernel does not know
 * error: E2BIG, size above PAGE_SIZE, or nonzero bytes beyond the kernel's structure
 * error: EFAULT, attr is NULL or cannot be read with flags 0
 * error: ENOMSG, the ruleset would handle no access right at all
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached
 * error: ENOMEM, memory for the ruleset ran out
 *
 * constraint: one query at a time
 *   desc: LANDLOCK_CREATE_RULESET_VERSION and LANDLOCK_CREATE_RULESET_ERRATA exclude each other
 *   expr: flags != (LANDLOCK_CREATE_RULESET_VERSION | LANDLOCK_CREATE_RULESET_ERRATA)
 *
 * constraint: queries take no attributes
 *   desc: with a query flag, attr is NULL and size is 0
 *   expr: flags == 0 || (attr == NULL && size == 0)
 *
 * constraint: a ruleset needs its attributes
 *   desc: with flags 0, attr is not NULL (EFAULT)
 *   expr: flags != 0 || attr != NULL
 *
 * constraint: attribute size
 *   desc: with flags 0, size is at least 8 (EINVAL) and at most PAGE_SIZE (E2BIG)
 *   expr: flags != 0 || (size >= 8 && size <= PAGE_SIZE)
 *
 * side-effect: resource_create | alloc_memory
 *
 * since-version: 5.13
 *
 * notes: glibc has no wrapper; programs use syscall(). The minimum size
 *   8 is offsetofend(struct landlock_ruleset_attr, handled_access_fs).
 *   LANDLOCK_CREATE_RULESET_ERRATA is in Debian's 6.12 source (a stable
 *   update) but not in the first 6.12 releases nor in older UAPI headers.
 *   Without CONFIG_SECURITY_LANDLOCK the call fails with ENOSYS.
 */
SYSCALL_DEFINE3(landlock_create_ruleset,
		const struct landlock_ruleset_attr __user *const, attr,
		const size_t, size, const __u32, flags)
{
	return 0;
}

/**
 * sys_landlock_add_rule - Add a rule to a Landlock ruleset
 * @ruleset_fd: a ruleset descriptor open for writing
 * @rule_type: LANDLOCK_RULE_PATH_BENEATH or LANDLOCK_RULE_NET_PORT
 * @rule_attr: the rule, a structure that rule_type selects
 * @flags: must be 0
 *
 * long-desc: Adds to the ruleset the access rights allowed beneath a
 *   file hierarchy (LANDLOCK_RULE_PATH_BENEATH with a struct
 *   landlock_path_beneath_attr) or for a TCP port
 *   (LANDLOCK_RULE_NET_PORT with a struct landlock_net_port_attr).
 *
 * contexts: process, sleepable
 *
 * param: ruleset_fd
 *   type: fd, input
 *   constraint-type: none
 *   desc: From landlock_create_ruleset(); another file is EBADFD.
 *
 * param: rule_type
 *   type: uint, input
 *   constraint-type: enum(LANDLOCK_RULE_PATH_BENEATH, LANDLOCK_RULE_NET_PORT)
 *   desc: Any other value is EINVAL (the switch of landlock_add_rule).
 *
 * param: rule_attr
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: The rule; its allowed_access must not be empty (ENOMSG) and
 *   must be among the rights the ruleset handles (EINVAL); a port above
 *   65535 is EINVAL. NULL is EFAULT.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: No flag is defined; anything else is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   failure: -1
 *   desc: 0 on success.
 *
 * error: EOPNOTSUPP, Landlock is not enabled at boot
 * error: EINVAL, flags is not 0, an unknown rule_type, rights the ruleset does not handle, or a port above 65535
 * error: ENOMSG, the rule allows no access right
 * error: EBADF, ruleset_fd or the rule's parent_fd is not an open descriptor
 * error: EBADFD, ruleset_fd is not a ruleset, or parent_fd is not a usable file (a ruleset, an internal mount, a deleted file)
 * error: EPERM, ruleset_fd is not open for writing
 * error: EFAULT, rule_attr cannot be read
 * error: ENOMEM, memory for the rule ran out
 *
 * side-effect: modify_state | alloc_memory
 *
 * since-version: 5.13
 *
 * notes: glibc has no wrapper; programs use syscall(). The kernel takes
 *   rule_type as an enum landlock_rule_type; LANDLOCK_RULE_NET_PORT is
 *   new in 6.7.
 */
SYSCALL_DEFINE4(landlock_add_rule, const int, ruleset_fd,
		const enum landlock_rule_type, rule_type,
		const void __user *const, rule_attr, const __u32, flags)
{
	return 0;
}

/**
 * sys_landlock_restrict_self - Enforce a Landlock ruleset on the calling thread
 * @ruleset_fd: a ruleset descriptor open for reading
 * @flags: must be 0
 *
 * long-desc: Adds the ruleset as a new layer of the calling thread's
 *   Landlock domain; the restriction is inherited by children and cannot
 *   be undone.
 *
 * contexts: process, sleepable
 *
 * param: ruleset_fd
 *   type: fd, input
 *   constraint-type: none
 *   desc: From landlock_create_ruleset(); another file is EBADFD.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: range(0, 0)
 *   desc: No flag is defined in 6.12; anything else is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   failure: -1
 *   desc: 0 on success.
 *
 * error: EOPNOTSUPP, Landlock is not enabled at boot
 * error: EPERM, the thread has neither no_new_privs (prctl(PR_SET_NO_NEW_PRIVS)) nor CAP_SYS_ADMIN in its user namespace, or ruleset_fd is not open for reading
 * error: EINVAL, flags is not 0
 * error: EBADF, ruleset_fd is not an open descriptor
 * error: EBADFD, ruleset_fd is not a ruleset
 * error: E2BIG, the domain already has the maximum number of layers (16)
 * error: ENOMEM, memory for the new domain ran out
 *
 * side-effect: process_state | irreversible
 *
 * since-version: 5.13
 *
 * notes: glibc has no wrapper; programs use syscall(). The permission
 *   test comes before the flags test.
 */
SYSCALL_DEFINE2(landlock_restrict_self, const int, ruleset_fd, const __u32,
		flags)
{
	return 0;
}

/* ---- kexec_file_load (kernel/kexec_file.c, CONFIG_KEXEC_FILE) -------- */

/**
 * sys_kexec_file_load - Load a new kernel from files for a later kexec reboot
 * @kernel_fd: descriptor of the kernel image
 * @initrd_fd: descriptor of the initramfs, unless KEXEC_FILE_NO_INITRAMFS
 * @cmdline_len: length of the command line including its final NUL, or 0
 * @cmdline_ptr: the command line, or NULL when cmdline_len is 0
 * @flags: KEXEC_FILE_UNLOAD, KEXEC_FILE_ON_CRASH, KEXEC_FILE_NO_INITRAMFS, KEXEC_FILE_DEBUG
 *
 * long-desc: Reads a kernel image (and an initramfs) from open files,
 *   verifies and prepares it, and keeps it to be started by
 *   reboot(LINUX_REBOOT_CMD_KEXEC), or after a panic with
 *   KEXEC_FILE_ON_CRASH. KEXEC_FILE_UNLOAD drops the loaded image instead.
 *
 * contexts: process, sleepable
 *
 * param: kernel_fd
 *   type: fd, input
 *   constraint-type: none
 *   desc: Not read with KEXEC_FILE_UNLOAD.
 *
 * param: initrd_fd
 *   type: fd, input
 *   constraint-type: none
 *   desc: Not read with KEXEC_FILE_NO_INITRAMFS or KEXEC_FILE_UNLOAD.
 *
 * param: cmdline_len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Includes the terminating NUL (the last byte must be NUL,
 *   EINVAL); the architecture's image loader limits it (the x86 bzImage
 *   loader to the image's cmdline_size).
 *
 * param: cmdline_ptr
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Read only when cmdline_len is not 0.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(KEXEC_FILE_UNLOAD | KEXEC_FILE_ON_CRASH | KEXEC_FILE_NO_INITRAMFS | KEXEC_FILE_DEBUG)
 *   desc: Any other bit is EINVAL.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   failure: -1
 *   desc: 0 on success.
 *
 * error: EPERM, the caller lacks CAP_SYS_BOOT, kexec loading is disabled (kernel.kexec_load_disabled) or its load limit is used up, or the image is not signed as required
 * error: EINVAL, flags has an unknown bit, the command line does not end in NUL or is too long, or the image cannot be placed
 * error: EBUSY, another kexec load is in progress
 * error: EBADF, kernel_fd or initrd_fd is not an open descriptor
 * error: ENOEXEC, no loader recognises the kernel image
 * error: EKEYREJECTED, the image's signature was rejected
 * error: EFBIG, the kernel or initramfs file is too large
 * error: EFAULT, cmdline_ptr cannot be read
 * error: ENOMEM, memory for the image ran out
 *
 * constraint: command line pointer
 *   desc: a command line length needs a command line, unless unloading
 *   expr: (flags & KEXEC_FILE_UNLOAD) != 0 || cmdline_len == 0 || cmdline_ptr != NULL
 *
 * side-effect: alloc_memory | modify_state
 *
 * since-version: 3.17
 *
 * notes: The flags mask is KEXEC_FILE_FLAGS of include/linux/kexec.h;
 *   KEXEC_FILE_DEBUG is new in 6.6. glibc has no wrapper; programs use
 *   syscall().
 */
SYSCALL_DEFINE5(kexec_file_load, int, kernel_fd, int, initrd_fd,
		unsigned long, cmdline_len, const char __user *, cmdline_ptr,
		unsigned long, flags)
{
	return 0;
}

/* ---- map_shadow_stack (arch/x86/kernel/shstk.c, CONFIG_X86_USER_SHADOW_STACK) */

/**
 * sys_map_shadow_stack - Map a new shadow stack
 * @addr: where to map it (at or above 4 GiB, page aligned), or 0 to let the kernel choose
 * @size: the size in bytes
 * @flags: 0 or SHADOW_STACK_SET_TOKEN
 *
 * long-desc: Creates a shadow stack mapping of size bytes (rounded up to
 *   whole pages), above 4 GiB, for a thread the caller will switch to;
 *   with SHADOW_STACK_SET_TOKEN a restore token is written at its top so
 *   that RSTORSSP can switch to it.
 *
 * contexts: process, sleepable
 *
 * param: addr
 *   type: uint, input
 *   constraint-type: page_aligned
 *   desc: 0, or a page-aligned address at or above 4 GiB (ERANGE below)
 *   where no mapping exists yet (EEXIST).
 *
 * param: size
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: Rounded up to whole pages; 0 is EINVAL. With
 *   SHADOW_STACK_SET_TOKEN at least 8 (ENOSPC) and a multiple of 8 (the
 *   token's address is the mapping's start plus size, EINVAL).
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(SHADOW_STACK_SET_TOKEN)
 *   desc: Any other bit is EINVAL.
 *
 * return:
 *   type: uint
 *   check-type: custom
 *   failure: -1
 *   desc: The start address of the new shadow stack. Through syscall(),
 *   failure is -1 with errno set.
 *
 * error: EOPNOTSUPP, the CPU or the kernel does not support user shadow stacks
 * error: EINVAL, flags has an unknown bit, size is 0, addr is not page aligned, or the token cannot be placed (size not a multiple of 8)
 * error: ENOSPC, SHADOW_STACK_SET_TOKEN with size below 8
 * error: ERANGE, addr is not 0 and below 4 GiB
 * error: EOVERFLOW, size rounded up to pages wraps around
 * error: EEXIST, addr overlaps an existing mapping
 * error: ENOMEM, no room in the address space, too many mappings, or memory ran out
 *
 * constraint: above 4 GiB
 *   desc: addr is 0 or at least 4 GiB
 *   expr: addr == 0 || addr >= 0x100000000
 *
 * constraint: room for the token
 *   desc: SHADOW_STACK_SET_TOKEN needs size of at least 8 (ENOSPC)
 *   expr: (flags & SHADOW_STACK_SET_TOKEN) == 0 || size >= 8
 *
 * constraint: aligned token
 *   desc: SHADOW_STACK_SET_TOKEN needs size to be a multiple of 8 (EINVAL)
 *   expr: (flags & SHADOW_STACK_SET_TOKEN) == 0 || size % 8 == 0
 *
 * side-effect: alloc_memory | modify_state
 *
 * since-version: 6.6
 *
 * notes: x86_64 only. The flags mask is what 6.12 tests
 *   (~SHADOW_STACK_SET_TOKEN); SHADOW_STACK_SET_MARKER of other
 *   architectures is not accepted on x86. glibc has no wrapper; programs
 *   use syscall().
 */
SYSCALL_DEFINE3(map_shadow_stack, unsigned long, addr, unsigned long, size, unsigned int, flags)
{
	return 0;
}
