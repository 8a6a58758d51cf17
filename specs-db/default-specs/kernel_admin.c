// SPDX-License-Identifier: MIT
/* Default KAPI specs for kernel administration: the key management calls
 * (add_key, request_key, keyctl), loading and unloading modules
 * (init_module, finit_module, delete_module), kexec_load,
 * perf_event_open and the LSM attribute calls (lsm_get_self_attr,
 * lsm_set_self_attr, lsm_list_modules).  Facts come from the Linux 6.12
 * source (security/keys/keyctl.c, kernel/module/main.c, kernel/kexec.c,
 * kernel/events/core.c, security/lsm_syscalls.c, security/security.c and
 * the helpers they call) and the manual pages; the words are ours. */

/**
 * sys_add_key - Create or update a key and link it into a keyring
 * @_type: the key type name
 * @_description: the key description, or NULL to let the type derive one
 * @_payload: the key data
 * @plen: bytes of payload
 * @ringid: the keyring to link the key into
 *
 * long-desc: Creates a key of the given type and description with the
 *   payload, or updates the payload of a key of that type and description
 *   already in the keyring, and links it into ringid. Returns the key's
 *   serial number.
 *
 * contexts: process, sleepable
 *
 * param: _type
 *   type: user_ptr, input
 *   constraint-type: user_string
 *   desc: A type name such as "user", "logon" or "keyring", at most 31
 *   bytes; an empty name is EINVAL, one starting with '.' is EPERM, an
 *   unknown type ENODEV.
 *
 * param: _description
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: A string of up to 4095 bytes; NULL or "" asks the type to make
 *   one from the payload. A keyring whose description starts with '.' is
 *   EPERM.
 *
 * param: _payload
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: plen bytes of data; may be NULL when plen is 0.
 *
 * param: plen
 *   type: uint, input
 *   constraint-type: range(0, 1048575)
 *   desc: Below 1 MiB; larger is EINVAL.
 *
 * param: ringid
 *   type: int, input
 *   constraint-type: none
 *   desc: A keyring serial number or a special KEY_SPEC_* id (negative);
 *   the caller needs write permission on it.
 *
 * constraint: payload for a length
 *   desc: a nonzero plen is copied from _payload, so NULL fails (EFAULT)
 *   expr: plen == 0 || _payload != NULL
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 1
 *   desc: The serial number of the new or updated key.
 *
 * error: EINVAL, plen too large, an empty or too long type name, or a payload the type rejects
 * error: EPERM, a type or keyring description starting with '.'
 * error: ENODEV, no key type of that name
 * error: EFAULT, a string or the payload could not be read
 * error: ENOKEY, ringid names no key
 * error: EKEYEXPIRED, the keyring has expired
 * error: EKEYREVOKED, the keyring has been revoked
 * error: EACCES, the keyring cannot be written
 * error: ENOTDIR, ringid is not a keyring
 * error: EDQUOT, the caller's key quota would be exceeded
 * error: ENFILE, the keyring is full
 * error: EINTR, a signal arrived while waiting for the matching key to finish construction
 * error: ENOMEM, out of memory
 *
 * since-version: 2.6.10
 *
 * notes: glibc has no wrapper; libkeyutils declares add_key() in
 *   keyutils.h, or callers use syscall().
 */
SYSCALL_DEFINE5(add_key, const char __user *, _type,
		const char __user *, _description,
		const void __user *, _payload,
		size_t, plen,
		key_serial_t, ringid)
{
	return 0;
}

/**
 * sys_request_key - Find a key, creating it through userspace if needed
 * @_type: the key type name
 * @_description: the key description
 * @_callout_info: data for the upcall that creates a missing key, or NULL
 * @destringid: the keyring to link the key into, or 0
 *
 * long-desc: Searches the caller's keyrings for a key of the type and
 *   description. When none is found and callout information is given,
 *   runs /sbin/request-key to create one and waits for it. The key found
 *   is linked into destringid when that is nonzero.
 *
 * contexts: process, sleepable
 *
 * param: _type
 *   type: user_ptr, input
 *   constraint-type: user_string
 *   desc: A type name of at most 31 bytes; empty is EINVAL, a leading '.'
 *   is EPERM.
 *
 * param: _description
 *   type: user_ptr, input
 *   constraint-type: user_string
 *   desc: The description to match, at most 4095 bytes; NULL is EFAULT.
 *
 * param: _callout_info
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: A string for the upcall; NULL means do not create a missing key
 *   (ENOKEY then).
 *
 * param: destringid
 *   type: int, input
 *   constraint-type: none
 *   desc: 0, a keyring serial number, or a KEY_SPEC_* id.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 1
 *   desc: The serial number of the key found or created.
 *
 * error: ENOKEY, no matching key and none could be created, or no key type of that name
 * error: EKEYEXPIRED, the key or a keyring has expired
 * error: EKEYREVOKED, the key or a keyring has been revoked
 * error: EKEYREJECTED, the upcall rejected the key
 * error: EACCES, the key or a keyring cannot be accessed
 * error: EINVAL, an empty or too long type name
 * error: EPERM, a type name starting with '.'
 * error: EFAULT, a string could not be read
 * error: EDQUOT, the caller's key quota would be exceeded
 * error: EINTR, a signal arrived while waiting for the upcall
 * error: ENOMEM, out of memory
 *
 * since-version: 2.6.10
 *
 * notes: glibc has no wrapper; libkeyutils declares request_key() in
 *   keyutils.h, or callers use syscall().
 */
SYSCALL_DEFINE4(request_key, const char __user *, _type,
		const char __user *, _description,
		const char __user *, _callout_info,
		key_serial_t, destringid)
{
	return 0;
}

/**
 * sys_keyctl - Manipulate keys and keyrings
 * @option: the operation, a KEYCTL_* value
 * @arg2: first operand of the operation
 * @arg3: second operand of the operation
 * @arg4: third operand of the operation
 * @arg5: fourth operand of the operation
 *
 * long-desc: One entry point for the key operations: look up, update,
 *   revoke, describe, read, link, unlink, search, move, set permissions,
 *   ownership, timeouts and security labels, instantiate or reject keys
 *   under construction, join session keyrings and the public-key
 *   operations. The meaning of arg2 to arg5 depends on option.
 *
 * contexts: process, sleepable
 *
 * param: option
 *   type: int, input
 *   constraint-type: enum(KEYCTL_GET_KEYRING_ID, KEYCTL_JOIN_SESSION_KEYRING, KEYCTL_UPDATE, KEYCTL_REVOKE, KEYCTL_CHOWN, KEYCTL_SETPERM, KEYCTL_DESCRIBE, KEYCTL_CLEAR, KEYCTL_LINK, KEYCTL_UNLINK, KEYCTL_SEARCH, KEYCTL_READ, KEYCTL_INSTANTIATE, KEYCTL_NEGATE, KEYCTL_SET_REQKEY_KEYRING, KEYCTL_SET_TIMEOUT, KEYCTL_ASSUME_AUTHORITY, KEYCTL_GET_SECURITY, KEYCTL_SESSION_TO_PARENT, KEYCTL_REJECT, KEYCTL_INSTANTIATE_IOV, KEYCTL_INVALIDATE, KEYCTL_GET_PERSISTENT, KEYCTL_DH_COMPUTE, KEYCTL_PKEY_QUERY, KEYCTL_PKEY_ENCRYPT, KEYCTL_PKEY_DECRYPT, KEYCTL_PKEY_SIGN, KEYCTL_PKEY_VERIFY, KEYCTL_RESTRICT_KEYRING, KEYCTL_MOVE, KEYCTL_CAPABILITIES, KEYCTL_WATCH_KEY)
 *   desc: One of the case labels of the keyctl switch; any other value is
 *   EOPNOTSUPP. KEYCTL_GET_PERSISTENT, KEYCTL_DH_COMPUTE and
 *   KEYCTL_WATCH_KEY exist in every kernel but fail with EOPNOTSUPP when
 *   CONFIG_PERSISTENT_KEYRINGS, CONFIG_KEY_DH_OPERATIONS or
 *   CONFIG_KEY_NOTIFICATIONS is off (all three are off in x86_64
 *   defconfig).
 *
 * param: arg2
 *   type: uint, input
 *   constraint-type: none
 *   desc: Usually the key serial number (or a KEY_SPEC_* id) the
 *   operation acts on; a pointer for KEYCTL_JOIN_SESSION_KEYRING,
 *   KEYCTL_DH_COMPUTE, KEYCTL_CAPABILITIES and the KEYCTL_PKEY_ENCRYPT,
 *   DECRYPT, SIGN and VERIFY operations.
 *
 * param: arg3
 *   type: uint, input
 *   constraint-type: none
 *   desc: Depends on option: a buffer, a second serial number, a uid, a
 *   permission mask or a timeout. Must be 0 for KEYCTL_PKEY_QUERY.
 *
 * param: arg4
 *   type: uint, input
 *   constraint-type: none
 *   desc: Depends on option: usually a buffer length or a gid.
 *
 * param: arg5
 *   type: uint, input
 *   constraint-type: none
 *   desc: Depends on option: a destination keyring, or the flags of
 *   KEYCTL_MOVE (KEYCTL_MOVE_EXCL or 0).
 *
 * constraint: reserved operand of KEYCTL_PKEY_QUERY
 *   desc: the switch fails KEYCTL_PKEY_QUERY with EINVAL unless arg3 is 0
 *   expr: option != KEYCTL_PKEY_QUERY || arg3 == 0
 *
 * constraint: flags of KEYCTL_MOVE
 *   desc: keyctl_keyring_move() takes KEYCTL_MOVE_EXCL as its only flag
 *   in the low 32 bits of arg5; other bits are EINVAL
 *   expr: option != KEYCTL_MOVE || (arg5 & 0xffffffff) == (arg5 & KEYCTL_MOVE_EXCL)
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0, a key serial number, or a byte count (KEYCTL_DESCRIBE,
 *   KEYCTL_READ, KEYCTL_GET_SECURITY: the full size, which may exceed the
 *   buffer given), by operation.
 *
 * error: EOPNOTSUPP, an unknown option, or an operation the kernel was built without or the key type does not support
 * error: ENOKEY, a serial number names no key, a search found none, or KEYCTL_SEARCH or KEYCTL_RESTRICT_KEYRING named an unknown key type
 * error: EKEYEXPIRED, a key or keyring has expired
 * error: EKEYREVOKED, a key or keyring has been revoked
 * error: EKEYREJECTED, a key under construction was rejected
 * error: EACCES, the caller lacks the permission the operation needs on a key
 * error: EPERM, a privileged change (ownership, a keyring's restriction) or an operation on a key the caller may not instantiate
 * error: EINVAL, a bad operand: unknown permission bits, bad flags, an invalid public-key parameter, a nonzero reserved argument
 * error: EFAULT, a buffer could not be read or written
 * error: ENOTDIR, a serial number that must name a keyring does not
 * error: ENOENT, KEYCTL_UNLINK or KEYCTL_MOVE of a key the keyring does not hold, or KEYCTL_RESTRICT_KEYRING with a type that has no restrictions
 * error: ELOOP, a search went through keyrings nested too deep
 * error: EDEADLK, linking would make a keyring contain itself
 * error: ENFILE, the keyring is full
 * error: EEXIST, KEYCTL_MOVE with KEYCTL_MOVE_EXCL found a matching key in the target keyring, or KEYCTL_RESTRICT_KEYRING on a keyring already restricted
 * error: EDQUOT, the caller's key quota would be exceeded
 * error: ENOMEM, out of memory
 * error: EBUSY, KEYCTL_SESSION_TO_PARENT or KEYCTL_WATCH_KEY found the target busy
 *
 * since-version: 2.6.10
 *
 * notes: glibc has no wrapper; libkeyutils declares a variadic keyctl()
 *   in keyutils.h, or callers use syscall(). The manual page lists the
 *   operations; which of them work also depends on CONFIG_* options, as
 *   said above.
 */
SYSCALL_DEFINE5(keyctl, int, option, unsigned long, arg2, unsigned long, arg3,
		unsigned long, arg4, unsigned long, arg5)
{
	return 0;
}

/**
 * sys_delete_module - Unload a kernel module
 * @name_user: the module name
 * @flags: O_TRUNC to force the unload; other bits are ignored
 *
 * long-desc: Unloads the named module when no other module depends on it
 *   and nothing holds a reference to it. O_TRUNC in flags forces the
 *   unload of a module in use or without an exit function, on kernels
 *   built with CONFIG_MODULE_FORCE_UNLOAD, and taints the kernel.
 *
 * contexts: process, sleepable
 *
 * param: name_user
 *   type: user_ptr, input
 *   constraint-type: user_string
 *   desc: The module name, shorter than MODULE_NAME_LEN (56); an empty or
 *   too long name is ENOENT.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: none
 *   desc: O_TRUNC forces; O_NONBLOCK is accepted but changes nothing in
 *   6.12 (the call never waits for references to drop). No bit is
 *   rejected.
 *
 * capability: CAP_SYS_MODULE
 *   type: perform_operation
 *   allows: Unload modules
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the module is gone.
 *
 * error: EPERM, the caller lacks CAP_SYS_MODULE, or module loading and unloading are disabled
 * error: ENOENT, no module of that name, or an empty or too long name
 * error: EFAULT, the name could not be read
 * error: EAGAIN, (EWOULDBLOCK) other modules depend on it, or it is in use and O_TRUNC does not force it
 * error: EBUSY, the module is still initializing or already going away, or has no exit function and is not forced
 * error: EINTR, a signal arrived while waiting for the module lock
 *
 * since-version: 1.0
 *
 * notes: The manual page describes O_NONBLOCK as choosing between failing
 *   and waiting for the references to drop; try_stop_module() in 6.12
 *   never waits and never looks at O_NONBLOCK, so the flag has no effect. glibc 2.36 declares no delete_module(); callers use
 *   syscall().
 */
SYSCALL_DEFINE2(delete_module, const char __user *, name_user,
		unsigned int, flags)
{
	return 0;
}

/**
 * sys_init_module - Load a kernel module from a memory image
 * @umod: the ELF image of the module
 * @len: bytes in the image
 * @uargs: the module parameters, a string
 *
 * long-desc: Copies the module image from the caller's memory, checks
 *   and relocates it, runs its init function and makes it live.
 *
 * contexts: process, sleepable
 *
 * param: umod
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: len bytes of an ELF relocatable object.
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: The image size; shorter than an ELF header is ENOEXEC.
 *
 * param: uargs
 *   type: user_ptr, input
 *   constraint-type: user_string
 *   desc: Space-separated name=value parameters; "" for none. NULL cannot
 *   be read and fails with EFAULT.
 *
 * capability: CAP_SYS_MODULE
 *   type: perform_operation
 *   allows: Load modules
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the module is live.
 *
 * error: EPERM, the caller lacks CAP_SYS_MODULE, module loading is disabled, or signature enforcement rejected the module
 * error: ENOEXEC, the image is not a valid module for this kernel
 * error: EFAULT, the image or the parameters could not be read
 * error: EEXIST, a module of that name is already loaded
 * error: EBUSY, the module was being loaded concurrently and that load failed
 * error: ENOMEM, out of memory
 * error: EINVAL, a bad parameter or an inconsistent image
 * error: EKEYREJECTED, with CONFIG_MODULE_SIG, the module signature does not verify
 * error: ENOKEY, with CONFIG_MODULE_SIG, the module is signed with a key the kernel does not know
 *
 * since-version: 1.0
 *
 * notes: glibc 2.36 declares no init_module(); callers use syscall().
 *   The init function's own failure is returned as is.
 */
SYSCALL_DEFINE3(init_module, void __user *, umod,
		unsigned long, len, const char __user *, uargs)
{
	return 0;
}

/**
 * sys_finit_module - Load a kernel module from a file descriptor
 * @fd: an open file holding the module image
 * @uargs: the module parameters, a string
 * @flags: MODULE_INIT_* flags
 *
 * long-desc: Like init_module, but reads the image from fd, which lets
 *   security modules judge the file it came from. Flags can skip the
 *   version checks or ask for a compressed image to be decompressed in
 *   the kernel.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A descriptor open for reading; otherwise EBADF.
 *
 * param: uargs
 *   type: user_ptr, input
 *   constraint-type: user_string
 *   desc: Space-separated name=value parameters; "" for none. NULL fails
 *   with EFAULT.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(MODULE_INIT_IGNORE_MODVERSIONS | MODULE_INIT_IGNORE_VERMAGIC | MODULE_INIT_COMPRESSED_FILE)
 *   desc: Other bits are EINVAL. MODULE_INIT_COMPRESSED_FILE passes the
 *   test but fails with EOPNOTSUPP in a kernel without
 *   CONFIG_MODULE_DECOMPRESS (x86_64 defconfig); the two IGNORE flags
 *   taint the kernel and fail on kernels that enforce signatures.
 *
 * capability: CAP_SYS_MODULE
 *   type: perform_operation
 *   allows: Load modules
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the module is live.
 *
 * error: EPERM, the caller lacks CAP_SYS_MODULE, module loading is disabled, or signature enforcement rejected the module
 * error: EINVAL, unknown flags, a bad parameter or an inconsistent image
 * error: EBADF, fd is not open for reading
 * error: ENOEXEC, the file is not a valid module for this kernel
 * error: EFAULT, the parameters could not be read
 * error: EEXIST, a module of that name is already loaded
 * error: EBUSY, the module was being loaded concurrently and that load failed
 * error: EOPNOTSUPP, MODULE_INIT_COMPRESSED_FILE on a kernel without in-kernel decompression
 * error: ETXTBSY, the file is open for writing
 * error: EFBIG, the file is too large
 * error: ENOMEM, out of memory
 * error: EKEYREJECTED, with CONFIG_MODULE_SIG, the module signature does not verify
 * error: ENOKEY, with CONFIG_MODULE_SIG, the module is signed with a key the kernel does not know
 *
 * since-version: 3.8
 *
 * notes: glibc 2.36 declares no finit_module(); callers use syscall().
 */
SYSCALL_DEFINE3(finit_module, int, fd, const char __user *, uargs, int, flags)
{
	return 0;
}

/**
 * sys_kexec_load - Load a new kernel to boot with reboot() or on a crash
 * @entry: physical address to jump to in the new image
 * @nr_segments: number of entries in segments
 * @segments: the pieces of the image and where they go in memory
 * @flags: KEXEC_* flags and the architecture of the image
 *
 * long-desc: Loads a kernel image made of segments into reserved memory,
 *   to be started later by reboot(LINUX_REBOOT_CMD_KEXEC) or, with
 *   KEXEC_ON_CRASH, when the running kernel panics. nr_segments 0
 *   unloads the image instead.
 *
 * contexts: process, sleepable
 *
 * param: entry
 *   type: uint, input
 *   constraint-type: none
 *   desc: A physical address inside one of the segments.
 *
 * param: nr_segments
 *   type: uint, input
 *   constraint-type: range(0, KEXEC_SEGMENT_MAX)
 *   desc: 0 (unload) to KEXEC_SEGMENT_MAX (16); more is EINVAL.
 *
 * param: segments
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: nr_segments struct kexec_segment entries; unused when
 *   nr_segments is 0.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: none
 *   desc: In the low 16 bits only the flags KEXEC_FLAGS allows:
 *   KEXEC_ON_CRASH, KEXEC_UPDATE_ELFCOREHDR and
 *   KEXEC_CRASH_HOTPLUG_SUPPORT (KEXEC_PRESERVE_CONTEXT only with
 *   CONFIG_KEXEC_JUMP, off in x86_64 defconfig); in the high 16 bits
 *   (KEXEC_ARCH_MASK) KEXEC_ARCH_DEFAULT or this architecture's
 *   KEXEC_ARCH_* value. Anything else is EINVAL.
 *
 * constraint: segments for a load
 *   desc: nr_segments entries are copied from segments, so NULL fails
 *   (EFAULT) unless nr_segments is 0
 *   expr: nr_segments == 0 || segments != NULL
 *
 * constraint: known flags
 *   desc: below KEXEC_ARCH_MASK only the bits of KEXEC_FLAGS
 *   expr: (flags & 0xffff) == (flags & KEXEC_FLAGS)
 *
 * constraint: image of this architecture
 *   desc: the architecture field is KEXEC_ARCH_DEFAULT or the kernel's own
 *   KEXEC_ARCH
 *   expr: (flags & KEXEC_ARCH_MASK) == KEXEC_ARCH_DEFAULT || (flags & KEXEC_ARCH_MASK) == KEXEC_ARCH
 *
 * capability: CAP_SYS_BOOT
 *   type: perform_operation
 *   allows: Load a kexec image
 *   without: EPERM
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 once the image is loaded (or unloaded).
 *
 * error: EPERM, the caller lacks CAP_SYS_BOOT, kexec is disabled by sysctl, or a security module or lockdown refused
 * error: EINVAL, unknown flags, another architecture, too many segments, or segments that overlap or are misplaced
 * error: EBUSY, another kexec load or a kexec reboot is in progress
 * error: EFAULT, segments or their data could not be read
 * error: EADDRNOTAVAIL, a segment lies outside the memory a crash kernel may use
 * error: ENOMEM, out of memory
 *
 * since-version: 2.6.13
 *
 * notes: glibc has no wrapper; callers use syscall(). KEXEC_ARCH is the
 *   running kernel's (KEXEC_ARCH_X86_64 on x86_64).
 */
SYSCALL_DEFINE4(kexec_load, unsigned long, entry, unsigned long, nr_segments,
		struct kexec_segment __user *, segments, unsigned long, flags)
{
	return 0;
}

/**
 * sys_perf_event_open - Open a performance monitoring event
 * @attr_uptr: the event to count or sample
 * @pid: the task to measure, 0 for the caller, -1 for all tasks on cpu
 * @cpu: the CPU to measure on, or -1 for any
 * @group_fd: the group leader's descriptor, or -1 for a new group
 * @flags: PERF_FLAG_* flags
 *
 * long-desc: Creates a counting or sampling event on a PMU, attached to a
 *   task, a CPU or a cgroup on a CPU, and returns a descriptor to read,
 *   control and map it.
 *
 * contexts: process, sleepable
 *
 * param: attr_uptr
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: A struct perf_event_attr whose size field says how much of it
 *   the caller knows: 0 means PERF_ATTR_SIZE_VER0 (64 bytes); a size
 *   below that, or above a page, or larger than the kernel's structure
 *   with nonzero bytes past it, is E2BIG. Reserved bits and fields must
 *   be 0 (EINVAL).
 *
 * param: pid
 *   type: int, input
 *   constraint-type: range(-1, INT_MAX)
 *   desc: A thread id, 0 for the caller, or -1 for every task on cpu.
 *   With PERF_FLAG_PID_CGROUP a descriptor of a cgroup directory.
 *
 * param: cpu
 *   type: int, input
 *   constraint-type: range(-1, INT_MAX)
 *   desc: A CPU number, or -1 for any CPU; a CPU that does not exist is
 *   EINVAL, and so is -1 together with pid -1.
 *
 * param: group_fd
 *   type: int, input
 *   constraint-type: range(-1, INT_MAX)
 *   desc: -1, or a perf event descriptor that leads the group.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(PERF_FLAG_FD_NO_GROUP | PERF_FLAG_FD_OUTPUT | PERF_FLAG_PID_CGROUP | PERF_FLAG_FD_CLOEXEC)
 *   desc: PERF_FLAG_ALL of kernel/events/core.c; other bits are EINVAL.
 *
 * constraint: some task or some CPU
 *   desc: pid -1 and cpu -1 together would measure everything everywhere,
 *   which is EINVAL
 *   expr: pid != -1 || cpu != -1
 *
 * constraint: cgroup needs a cgroup and a CPU
 *   desc: with PERF_FLAG_PID_CGROUP neither pid nor cpu may be -1
 *   expr: (flags & PERF_FLAG_PID_CGROUP) == 0 || (pid != -1 && cpu != -1)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: A new perf event descriptor.
 *
 * error: E2BIG, attr's size field is too small, too large, or covers unknown nonzero bytes
 * error: EACCES, perf_event_paranoid or a missing capability forbids the event
 * error: EPERM, a security module or lockdown refused, or the event needs a privilege the caller lacks
 * error: EBADF, group_fd or the cgroup descriptor is not open
 * error: EINVAL, unknown flags, a bad attr field, a CPU that does not exist, pid and cpu both -1, or a group that cannot hold the event
 * error: EFAULT, attr could not be read
 * error: ENOENT, no PMU knows the event type or config
 * error: ENXIO, the event needs an extra PMU register the machine does not let the kernel access
 * error: ENODEV, the PMU does not support the event, or the group leader is gone
 * error: EOPNOTSUPP, the PMU cannot sample or lacks a feature attr asks for
 * error: ESRCH, pid names no task
 * error: EMFILE, the caller's descriptor table is full
 * error: ENOSPC, no hardware breakpoint slot is free
 * error: EOVERFLOW, sample_max_stack is above the system limit
 * error: EBUSY, the PMU is used exclusively by another event
 * error: EINTR, a signal arrived while waiting for the task's exec lock
 * error: ENOMEM, out of memory
 *
 * since-version: 2.6.31
 *
 * notes: glibc has no wrapper; callers use syscall(). The manual page's
 *   note that PERF_FLAG_FD_OUTPUT is broken is stale: 6.12 redirects the
 *   event's output to group_fd's buffer.
 */
SYSCALL_DEFINE5(perf_event_open,
		struct perf_event_attr __user *, attr_uptr,
		pid_t, pid, int, cpu, int, group_fd, unsigned long, flags)
{
	return 0;
}

/**
 * sys_lsm_set_self_attr - Set one of the caller's security module attributes
 * @attr: which attribute, an LSM_ATTR_* value
 * @ctx: the new value, with the id of the security module it is for
 * @size: bytes at ctx
 * @flags: reserved, 0
 *
 * long-desc: Hands the attribute value in ctx to the security module
 *   whose id ctx names, for the calling task.
 *
 * contexts: process, sleepable
 *
 * param: attr
 *   type: uint, input
 *   constraint-type: enum(LSM_ATTR_CURRENT, LSM_ATTR_EXEC, LSM_ATTR_FSCREATE, LSM_ATTR_KEYCREATE, LSM_ATTR_SOCKCREATE)
 *   desc: An LSM_ATTR_* value the module supports; modules refuse others
 *   (EOPNOTSUPP or EINVAL). LSM_ATTR_PREV can be read but no module of
 *   6.12 (SELinux, Smack, AppArmor) sets it.
 *
 * param: ctx
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: A struct lsm_ctx followed by its value; its len must not
 *   exceed size and must hold the header and ctx_len bytes (EINVAL).
 *
 * param: size
 *   type: uint, input
 *   constraint-type: range(sizeof(struct lsm_ctx), PAGE_SIZE)
 *   desc: At least the header (EINVAL below it), at most a page (E2BIG
 *   above).
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
 *   desc: 0 once the module has set the attribute.
 *
 * error: EINVAL, flags not 0, size too small, an inconsistent ctx, or a value the module rejects
 * error: E2BIG, size above a page
 * error: EFAULT, ctx could not be read
 * error: EOPNOTSUPP, no active module has the id in ctx, or it cannot set attr
 * error: EPERM, the module does not let the caller set this attribute
 * error: EACCES, the module's policy forbids the change
 * error: EINTR, a signal arrived while waiting for the exec lock
 *
 * since-version: 6.8
 *
 * notes: glibc has no wrapper; callers use syscall().
 */
SYSCALL_DEFINE4(lsm_set_self_attr, unsigned int, attr, struct lsm_ctx __user *,
		ctx, u32, size, u32, flags)
{
	return 0;
}

/**
 * sys_lsm_get_self_attr - Read one of the caller's security module attributes
 * @attr: which attribute, an LSM_ATTR_* value
 * @ctx: buffer for struct lsm_ctx entries, or NULL to ask for the size
 * @size: in, the bytes at ctx; out, the bytes needed
 * @flags: 0, or LSM_FLAG_SINGLE to ask the one module ctx->id names
 *
 * long-desc: Fills ctx with one struct lsm_ctx per active security module
 *   that has the attribute for the caller (or only the module named in
 *   ctx->id with LSM_FLAG_SINGLE), and stores the total size in size.
 *
 * contexts: process, sleepable
 *
 * param: attr
 *   type: uint, input
 *   constraint-type: enum(LSM_ATTR_CURRENT, LSM_ATTR_EXEC, LSM_ATTR_FSCREATE, LSM_ATTR_KEYCREATE, LSM_ATTR_PREV, LSM_ATTR_SOCKCREATE)
 *   desc: An LSM_ATTR_* value; LSM_ATTR_UNDEF (0) is EINVAL, and a value
 *   no active module knows fails with EOPNOTSUPP or EINVAL.
 *
 * param: ctx
 *   type: user_ptr, inout, optional
 *   constraint-type: none
 *   desc: *size bytes to fill; NULL only asks for the size (E2BIG when
 *   there is something to report). With LSM_FLAG_SINGLE it is read
 *   first for the module id and must not be NULL.
 *
 * param: size
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   desc: A u32 with the buffer size, overwritten with the size needed;
 *   NULL is EINVAL.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(LSM_FLAG_SINGLE)
 *   desc: 0 or LSM_FLAG_SINGLE; other values are EINVAL.
 *
 * constraint: single needs ctx
 *   desc: with LSM_FLAG_SINGLE, ctx holds the id of the module to ask
 *   expr: flags == 0 || ctx != NULL
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of struct lsm_ctx entries written.
 *
 * error: EINVAL, attr LSM_ATTR_UNDEF, size NULL, bad flags, LSM_FLAG_SINGLE without ctx or without a module id, or an attribute the module does not know
 * error: E2BIG, *size is too small; it now holds the size needed
 * error: EFAULT, ctx or size could not be accessed
 * error: EOPNOTSUPP, no active module has the attribute
 * error: ENOMEM, out of memory
 *
 * since-version: 6.8
 *
 * notes: glibc has no wrapper; callers use syscall().
 */
SYSCALL_DEFINE4(lsm_get_self_attr, unsigned int, attr, struct lsm_ctx __user *,
		ctx, u32 __user *, size, u32, flags)
{
	return 0;
}

/**
 * sys_lsm_list_modules - List the ids of the active security modules
 * @ids: buffer for one u64 LSM_ID_* value per active module
 * @size: in, the bytes at ids; out, the bytes needed
 * @flags: reserved, 0
 *
 * long-desc: Writes the LSM_ID_* values of the active security modules,
 *   in the order they were initialized, and stores the size they take in
 *   size.
 *
 * contexts: process, sleepable
 *
 * param: ids
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: *size bytes to fill; may be NULL when *size is too small, to
 *   ask for the size (E2BIG).
 *
 * param: size
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   desc: A u32 with the buffer size, overwritten with the size needed;
 *   NULL is EFAULT.
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
 *   desc: The number of ids written.
 *
 * error: EINVAL, flags not 0
 * error: E2BIG, *size is too small; it now holds the size needed
 * error: EFAULT, size or ids could not be accessed
 *
 * since-version: 6.8
 *
 * notes: glibc has no wrapper; callers use syscall().
 */
SYSCALL_DEFINE3(lsm_list_modules, u64 __user *, ids, u32 __user *, size,
		u32, flags)
{
	return 0;
}
