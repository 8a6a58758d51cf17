// SPDX-License-Identifier: MIT
/* Default KAPI specs for System V IPC (message queues, semaphore sets,
 * shared memory) and POSIX message queues.  Facts come from the Linux 6.12
 * source (ipc/msg.c, ipc/sem.c, ipc/shm.c, ipc/util.c, ipc/mqueue.c and
 * the helpers they call) and the manual pages; the words are ours.
 *
 * The x86_64 msgctl, semctl and shmctl entries are the sys_*ctl below:
 * they always use the 64-bit structure layout and do not strip an IPC_64
 * bit from cmd (only the old_*ctl entries of other architectures do, via
 * ipc_parse_version()).  glibc 2.36 on x86_64 passes cmd unchanged, so the
 * cmd enums hold the plain command values. */

/**
 * sys_msgget - Get the identifier of a System V message queue
 * @key: the key of the queue, or IPC_PRIVATE for a new private queue
 * @msgflg: IPC_CREAT, IPC_EXCL and the permission bits of a new queue
 *
 * long-desc: Returns the identifier of the message queue with the given
 *   key, creating it when it does not exist and IPC_CREAT is given (or
 *   always creating a new one for IPC_PRIVATE). A new queue takes its
 *   permission bits from the low nine bits of msgflg.
 *
 * contexts: process, sleepable
 *
 * param: key
 *   type: int, input
 *   constraint-type: none
 *   desc: Any value; IPC_PRIVATE (0) always makes a new queue.
 *
 * param: msgflg
 *   type: int, input
 *   constraint-type: none
 *   desc: IPC_CREAT creates a missing queue, IPC_CREAT | IPC_EXCL fails
 *   when the key exists; the bits 0777 are the permissions of a new queue
 *   and, for an existing one, the access that is checked.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The queue identifier.
 *
 * error: EACCES, the queue exists and the caller lacks the access asked for in msgflg
 * error: EEXIST, IPC_CREAT and IPC_EXCL were given and the key exists
 * error: ENOENT, no queue has the key and IPC_CREAT was not given
 * error: ENOMEM, no memory for a new queue
 * error: ENOSPC, the limit on message queues (msgmni) was reached
 *
 * since-version: 1.0
 *
 * notes: The kernel looks only at IPC_CREAT, IPC_EXCL and the permission
 *   bits (ipcget_public() and newque()); every other bit of msgflg is
 *   ignored, so no mask is given.
 */
SYSCALL_DEFINE2(msgget, key_t, key, int, msgflg)
{
	return 0;
}

/**
 * sys_msgctl - Control a System V message queue
 * @msqid: the queue identifier (an index for MSG_STAT and MSG_STAT_ANY)
 * @cmd: the operation
 * @buf: the structure read or written by the operation
 *
 * long-desc: Reads or changes the state of a message queue, removes it,
 *   or returns system-wide limits and usage.
 *
 * contexts: process, sleepable
 *
 * param: msqid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A negative value is EINVAL for every command. IPC_INFO and
 *   MSG_INFO do not look at it otherwise.
 *
 * param: cmd
 *   type: int, input
 *   constraint-type: enum(IPC_RMID, IPC_SET, IPC_STAT, IPC_INFO, MSG_STAT, MSG_INFO, MSG_STAT_ANY)
 *   desc: Any other value is EINVAL (the switch in ksys_msgctl()).
 *
 * param: buf
 *   type: user_ptr, inout, optional
 *   constraint-type: none
 *   desc: A struct msqid_ds for IPC_STAT, MSG_STAT, MSG_STAT_ANY (written)
 *   and IPC_SET (read); a struct msginfo for IPC_INFO and MSG_INFO
 *   (written); not used by IPC_RMID.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0 for IPC_STAT, IPC_SET and IPC_RMID; the highest used index for
 *   IPC_INFO and MSG_INFO; the queue identifier for MSG_STAT and
 *   MSG_STAT_ANY.
 *
 * error: EACCES, IPC_STAT or MSG_STAT without read permission on the queue
 * error: EFAULT, buf cannot be read or written
 * error: EIDRM, the queue was removed
 * error: EINVAL, msqid is negative or names no queue, or cmd is not a known command
 * error: EPERM, IPC_SET or IPC_RMID by a caller that is neither the owner nor the creator and lacks CAP_SYS_ADMIN, or IPC_SET raising msg_qbytes above msgmnb without CAP_SYS_RESOURCE
 *
 * capability: CAP_SYS_ADMIN
 *   type: bypass_check
 *   allows: IPC_SET and IPC_RMID on a queue the caller does not own
 *   without: EPERM
 *
 * capability: CAP_SYS_RESOURCE
 *   type: increase_limit
 *   allows: IPC_SET of msg_qbytes above the msgmnb limit
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: The manual lists EOVERFLOW for IPC_STAT; 6.12 returns it only
 *   through the old structure layout, which x86_64 never uses.
 */
SYSCALL_DEFINE3(msgctl, int, msqid, int, cmd, struct msqid_ds __user *, buf)
{
	return 0;
}

/**
 * sys_msgsnd - Send a message to a System V message queue
 * @msqid: the queue identifier
 * @msgp: the message: a long type followed by msgsz bytes of text
 * @msgsz: the length of the text in bytes
 * @msgflg: IPC_NOWAIT or 0
 *
 * long-desc: Appends a copy of the message to the queue, waiting for room
 *   unless IPC_NOWAIT is given.
 *
 * contexts: process, sleepable
 *
 * param: msqid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A negative value is EINVAL.
 *
 * param: msgp
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: The mtype field must be at least 1 (EINVAL); msgsz bytes of
 *   text follow it.
 *
 * param: msgsz
 *   type: uint, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: At most msgmax (a sysctl, 8192 by default, never above
 *   INT_MAX); a larger value is EINVAL.
 *
 * param: msgflg
 *   type: int, input
 *   constraint-type: mask(IPC_NOWAIT)
 *   desc: IPC_NOWAIT fails with EAGAIN instead of waiting when the queue
 *   is full.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EACCES, the caller lacks write permission on the queue
 * error: EAGAIN, the queue is full and IPC_NOWAIT was given
 * error: EFAULT, msgp cannot be read
 * error: EIDRM, the queue was removed
 * error: EINTR, a signal arrived while waiting for room
 * error: EINVAL, msqid is negative or names no queue, mtype is below 1, or msgsz exceeds msgmax
 * error: ENOMEM, no memory for the copy of the message
 *
 * since-version: 1.0
 *
 * notes: Only IPC_NOWAIT is tested (do_msgsnd()); other bits of msgflg
 *   are ignored rather than rejected. The mask lists the one flag that
 *   has an effect.
 */
SYSCALL_DEFINE4(msgsnd, int, msqid, struct msgbuf __user *, msgp, size_t, msgsz,
		int, msgflg)
{
	return 0;
}

/**
 * sys_msgrcv - Receive a message from a System V message queue
 * @msqid: the queue identifier
 * @msgp: where the type and the text of the message are stored
 * @msgsz: room for text in msgp, in bytes
 * @msgtyp: which message: 0 the first, > 0 the first of that type, < 0 the first of the lowest type up to -msgtyp
 * @msgflg: IPC_NOWAIT, MSG_NOERROR, MSG_EXCEPT, MSG_COPY
 *
 * long-desc: Removes a message chosen by msgtyp from the queue and copies
 *   its type and text to msgp, waiting for one unless IPC_NOWAIT is
 *   given. MSG_COPY copies the message at position msgtyp without
 *   removing it.
 *
 * contexts: process, sleepable
 *
 * param: msqid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A negative value is EINVAL.
 *
 * param: msgp
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: Room for a long and msgsz bytes.
 *
 * param: msgsz
 *   type: uint, input
 *   constraint-type: range(0, LONG_MAX)
 *   desc: A value that is negative as a long is EINVAL. A longer message
 *   is E2BIG unless MSG_NOERROR truncates it.
 *
 * param: msgtyp
 *   type: int, input
 *   constraint-type: none
 *   desc: Any value; with MSG_COPY the 0-based position of the message.
 *
 * param: msgflg
 *   type: int, input
 *   constraint-type: mask(IPC_NOWAIT | MSG_NOERROR | MSG_EXCEPT | MSG_COPY)
 *   desc: MSG_EXCEPT takes the first message whose type differs from a
 *   positive msgtyp; MSG_COPY needs IPC_NOWAIT and excludes MSG_EXCEPT.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes of text copied.
 *
 * error: E2BIG, the message is longer than msgsz and MSG_NOERROR was not given
 * error: EACCES, the caller lacks read permission on the queue
 * error: EFAULT, msgp cannot be written
 * error: EIDRM, the queue was removed while waiting
 * error: EINTR, a signal arrived while waiting
 * error: EINVAL, msqid is negative or names no queue, msgsz is negative as a long, or MSG_COPY without IPC_NOWAIT or with MSG_EXCEPT
 * error: ENOMSG, IPC_NOWAIT was given and no message matches (also MSG_COPY with no message at that position)
 * error: ENOSYS, MSG_COPY on a kernel built without CONFIG_CHECKPOINT_RESTORE
 * error: ENOMEM, no memory for the MSG_COPY buffer
 *
 * constraint: MSG_COPY needs IPC_NOWAIT and no MSG_EXCEPT
 *   desc: MSG_COPY without IPC_NOWAIT, or together with MSG_EXCEPT, is
 *   EINVAL
 *   expr: (msgflg & MSG_COPY) == 0 || ((msgflg & IPC_NOWAIT) != 0 && (msgflg & MSG_EXCEPT) == 0)
 *
 * since-version: 1.0
 *
 * notes: Bits outside the mask are ignored, not rejected. MSG_COPY (3.8)
 *   works only with CONFIG_CHECKPOINT_RESTORE; without it (the x86_64
 *   defconfig) a valid MSG_COPY call fails with ENOSYS after the EINVAL
 *   checks above.
 */
SYSCALL_DEFINE5(msgrcv, int, msqid, struct msgbuf __user *, msgp, size_t, msgsz,
		long, msgtyp, int, msgflg)
{
	return 0;
}

/**
 * sys_semget - Get the identifier of a System V semaphore set
 * @key: the key of the set, or IPC_PRIVATE for a new private set
 * @nsems: the number of semaphores (0 allowed when not creating)
 * @semflg: IPC_CREAT, IPC_EXCL and the permission bits of a new set
 *
 * long-desc: Returns the identifier of the semaphore set with the given
 *   key, creating one of nsems semaphores when it does not exist and
 *   IPC_CREAT is given (or always for IPC_PRIVATE).
 *
 * contexts: process, sleepable
 *
 * param: key
 *   type: int, input
 *   constraint-type: none
 *   desc: Any value; IPC_PRIVATE (0) always makes a new set.
 *
 * param: nsems
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Negative or above semmsl (a sysctl, 32000 by default) is
 *   EINVAL; creating a set needs at least 1, and an existing set must
 *   have at least nsems semaphores.
 *
 * param: semflg
 *   type: int, input
 *   constraint-type: none
 *   desc: IPC_CREAT, IPC_EXCL and the permission bits 0777, as for
 *   msgget().
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The set identifier.
 *
 * error: EACCES, the set exists and the caller lacks the access asked for in semflg
 * error: EEXIST, IPC_CREAT and IPC_EXCL were given and the key exists
 * error: EINVAL, nsems is negative or above semmsl, 0 when a set is created, or larger than the existing set
 * error: ENOENT, no set has the key and IPC_CREAT was not given
 * error: ENOMEM, no memory for a new set
 * error: ENOSPC, the limit on sets (semmni) or on semaphores in all sets (semmns) would be exceeded
 *
 * since-version: 1.0
 *
 * notes: As for msgget(), bits of semflg other than IPC_CREAT, IPC_EXCL
 *   and the permissions are ignored, so no mask is given.
 */
SYSCALL_DEFINE3(semget, key_t, key, int, nsems, int, semflg)
{
	return 0;
}

/**
 * sys_semctl - Control a System V semaphore set
 * @semid: the set identifier (an index for SEM_STAT and SEM_STAT_ANY)
 * @semnum: the semaphore, for GETVAL, SETVAL, GETPID, GETNCNT, GETZCNT
 * @cmd: the operation
 * @arg: a value (SETVAL), an array (GETALL, SETALL) or a structure, by the union semun of the caller
 *
 * long-desc: Reads or changes one semaphore or all of them, reads or
 *   changes the state of the set, removes it, or returns system-wide
 *   limits and usage.
 *
 * contexts: process, sleepable
 *
 * param: semid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A negative value is EINVAL for every command.
 *
 * param: semnum
 *   type: int, input
 *   constraint-type: none
 *   desc: Must be in [0, nsems - 1] for the single-semaphore commands
 *   (EINVAL); ignored by the others.
 *
 * param: cmd
 *   type: int, input
 *   constraint-type: enum(IPC_RMID, IPC_SET, IPC_STAT, IPC_INFO, GETPID, GETVAL, GETALL, GETNCNT, GETZCNT, SETVAL, SETALL, SEM_STAT, SEM_INFO, SEM_STAT_ANY)
 *   desc: Any other value is EINVAL (the switch in ksys_semctl()).
 *
 * param: arg
 *   type: uint, input
 *   constraint-type: none
 *   desc: For SETVAL the new value, in [0, SEMVMX] (ERANGE); for GETALL
 *   and SETALL an array of unsigned short; for IPC_STAT, IPC_SET,
 *   SEM_STAT and SEM_STAT_ANY a struct semid_ds; for IPC_INFO and
 *   SEM_INFO a struct seminfo. Not used by the other commands.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The value asked for by GETVAL, GETPID, GETNCNT and GETZCNT; the
 *   highest used index for IPC_INFO and SEM_INFO; the set identifier for
 *   SEM_STAT and SEM_STAT_ANY; 0 otherwise.
 *
 * error: EACCES, the caller lacks read or write permission for the command
 * error: EFAULT, the structure or array behind arg cannot be read or written
 * error: EIDRM, the set was removed
 * error: EINVAL, semid is negative or names no set, cmd is not a known command, or semnum is out of range
 * error: ENOMEM, no memory for a GETALL or SETALL buffer
 * error: EPERM, IPC_SET or IPC_RMID by a caller that is neither the owner nor the creator and lacks CAP_SYS_ADMIN
 * error: ERANGE, SETVAL or SETALL with a value above SEMVMX (or below 0 for SETVAL)
 *
 * capability: CAP_SYS_ADMIN
 *   type: bypass_check
 *   allows: IPC_SET and IPC_RMID on a set the caller does not own
 *   without: EPERM
 *
 * since-version: 1.0
 *
 * notes: The C library's semctl() takes arg as a variadic union semun and
 *   passes it on only for the commands that use it.
 */
SYSCALL_DEFINE4(semctl, int, semid, int, semnum, int, cmd, unsigned long, arg)
{
	return 0;
}

/**
 * sys_semtimedop - Operate on a System V semaphore set, with a timeout
 * @semid: the set identifier
 * @tsops: the operations
 * @nsops: the number of operations in tsops
 * @timeout: the longest time to wait (relative), or NULL to wait forever
 *
 * long-desc: Performs the nsops operations of tsops on the set as one
 *   atomic step, waiting until all of them can be done unless IPC_NOWAIT
 *   is set in an operation, or until timeout expires.
 *
 * contexts: process, sleepable
 *
 * param: semid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A negative value is EINVAL.
 *
 * param: tsops
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: An array of nsops struct sembuf; each sem_num must be below the
 *   size of the set (EFBIG).
 *
 * param: nsops
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: 0 is EINVAL; more than semopm (a sysctl, 500 by default) is
 *   E2BIG.
 *
 * param: timeout
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: A relative struct timespec; a tv_nsec outside [0, 999999999]
 *   or a negative tv_sec is EINVAL (checked before any waiting).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: E2BIG, nsops exceeds semopm
 * error: EACCES, the caller lacks the permission the operations need
 * error: EAGAIN, an operation would wait and has IPC_NOWAIT, or the timeout expired
 * error: EFAULT, tsops or timeout cannot be read
 * error: EFBIG, a sem_num is not below the number of semaphores in the set
 * error: EIDRM, the set was removed
 * error: EINTR, a signal arrived while waiting
 * error: EINVAL, semid is negative or names no set, nsops is 0, or timeout is invalid
 * error: ENOMEM, no memory for the operations or the SEM_UNDO structure
 * error: ERANGE, an operation would take a semaphore above SEMVMX, or its undo value out of range
 *
 * since-version: 2.5.52
 */
SYSCALL_DEFINE4(semtimedop, int, semid, struct sembuf __user *, tsops,
		unsigned int, nsops, const struct __kernel_timespec __user *, timeout)
{
	return 0;
}

/**
 * sys_semop - Operate on a System V semaphore set
 * @semid: the set identifier
 * @tsops: the operations
 * @nsops: the number of operations in tsops
 *
 * long-desc: semtimedop() without a timeout.
 *
 * contexts: process, sleepable
 *
 * param: semid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A negative value is EINVAL.
 *
 * param: tsops
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: An array of nsops struct sembuf.
 *
 * param: nsops
 *   type: uint, input
 *   constraint-type: nonzero
 *   desc: 0 is EINVAL; more than semopm (a sysctl, 500 by default) is
 *   E2BIG.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: E2BIG, nsops exceeds semopm
 * error: EACCES, the caller lacks the permission the operations need
 * error: EAGAIN, an operation would wait and has IPC_NOWAIT
 * error: EFAULT, tsops cannot be read
 * error: EFBIG, a sem_num is not below the number of semaphores in the set
 * error: EIDRM, the set was removed
 * error: EINTR, a signal arrived while waiting
 * error: EINVAL, semid is negative or names no set, or nsops is 0
 * error: ENOMEM, no memory for the operations or the SEM_UNDO structure
 * error: ERANGE, an operation would take a semaphore above SEMVMX, or its undo value out of range
 *
 * since-version: 1.0
 *
 * notes: glibc's semop() calls semtimedop with a NULL timeout.
 */
SYSCALL_DEFINE3(semop, int, semid, struct sembuf __user *, tsops,
		unsigned, nsops)
{
	return 0;
}

/**
 * sys_shmget - Get the identifier of a System V shared memory segment
 * @key: the key of the segment, or IPC_PRIVATE for a new private one
 * @size: the size of a new segment in bytes; an upper bound for an existing one
 * @shmflg: IPC_CREAT, IPC_EXCL, SHM_HUGETLB and its size bits, SHM_NORESERVE and the permission bits
 *
 * long-desc: Returns the identifier of the segment with the given key,
 *   creating one of size bytes when it does not exist and IPC_CREAT is
 *   given (or always for IPC_PRIVATE).
 *
 * contexts: process, sleepable
 *
 * param: key
 *   type: int, input
 *   constraint-type: none
 *   desc: Any value; IPC_PRIVATE (0) always makes a new segment.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: none
 *   desc: A new segment needs 1 to shmmax bytes (EINVAL); an existing
 *   segment must be at least size bytes long (EINVAL), so 0 is fine when
 *   only opening.
 *
 * param: shmflg
 *   type: int, input
 *   constraint-type: none
 *   desc: IPC_CREAT and IPC_EXCL as for msgget(); SHM_HUGETLB with a page
 *   size in the bits at SHM_HUGE_SHIFT (SHM_HUGE_2MB, ...) backs a new
 *   segment with huge pages; SHM_NORESERVE skips swap reservation;
 *   0777 are the permissions.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The segment identifier.
 *
 * error: EACCES, the segment exists and the caller lacks the access asked for in shmflg
 * error: EEXIST, IPC_CREAT and IPC_EXCL were given and the key exists
 * error: EINVAL, a new segment's size is 0 or above shmmax, an existing segment is smaller than size, or SHM_HUGETLB names an unsupported page size
 * error: ENFILE, the system-wide limit on open files was reached while creating the backing file
 * error: ENOENT, no segment has the key and IPC_CREAT was not given
 * error: ENOMEM, no memory for the segment or its accounting
 * error: ENOSPC, the limit on segments (shmmni) or on shared memory in all (shmall) would be exceeded
 * error: EPERM, SHM_HUGETLB by a caller outside the hugetlb_shm_group without CAP_IPC_LOCK
 *
 * since-version: 1.0
 *
 * notes: Bits of shmflg the kernel does not test are ignored, so no mask
 *   is given.
 */
SYSCALL_DEFINE3(shmget, key_t, key, size_t, size, int, shmflg)
{
	return 0;
}

/**
 * sys_shmctl - Control a System V shared memory segment
 * @shmid: the segment identifier (an index for SHM_STAT and SHM_STAT_ANY)
 * @cmd: the operation
 * @buf: the structure read or written by the operation
 *
 * long-desc: Reads or changes the state of a segment, marks it for
 *   removal, locks or unlocks its pages in memory, or returns
 *   system-wide limits and usage.
 *
 * contexts: process, sleepable
 *
 * param: shmid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A negative value is EINVAL for every command.
 *
 * param: cmd
 *   type: int, input
 *   constraint-type: enum(IPC_RMID, IPC_SET, IPC_STAT, IPC_INFO, SHM_LOCK, SHM_UNLOCK, SHM_STAT, SHM_INFO, SHM_STAT_ANY)
 *   desc: Any other value is EINVAL (the switch in ksys_shmctl()).
 *
 * param: buf
 *   type: user_ptr, inout, optional
 *   constraint-type: none
 *   desc: A struct shmid_ds for IPC_STAT, SHM_STAT, SHM_STAT_ANY
 *   (written) and IPC_SET (read); a struct shminfo for IPC_INFO and a
 *   struct shm_info for SHM_INFO (written); not used by IPC_RMID,
 *   SHM_LOCK and SHM_UNLOCK.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The highest used index for IPC_INFO and SHM_INFO; the segment
 *   identifier for SHM_STAT and SHM_STAT_ANY; 0 otherwise.
 *
 * error: EACCES, IPC_STAT or SHM_STAT without read permission on the segment
 * error: EFAULT, buf cannot be read or written
 * error: EIDRM, the segment was removed
 * error: EINVAL, shmid is negative or names no segment, or cmd is not a known command
 * error: ENOMEM, SHM_LOCK would exceed RLIMIT_MEMLOCK
 * error: EPERM, IPC_SET or IPC_RMID by a caller that is neither the owner nor the creator and lacks CAP_SYS_ADMIN, or SHM_LOCK or SHM_UNLOCK by a non-owner (or with RLIMIT_MEMLOCK 0) without CAP_IPC_LOCK
 *
 * capability: CAP_IPC_LOCK
 *   type: bypass_check
 *   allows: SHM_LOCK and SHM_UNLOCK on any segment, without the memlock limit
 *   without: EPERM or ENOMEM
 *
 * since-version: 1.0
 *
 * notes: The manual lists EOVERFLOW for IPC_STAT; 6.12 returns it only
 *   through the old structure layout, which x86_64 never uses.
 */
SYSCALL_DEFINE3(shmctl, int, shmid, int, cmd, struct shmid_ds __user *, buf)
{
	return 0;
}

/**
 * sys_shmat - Attach a System V shared memory segment
 * @shmid: the segment identifier
 * @shmaddr: where to attach it, or NULL to let the kernel choose
 * @shmflg: SHM_RDONLY, SHM_RND, SHM_REMAP, SHM_EXEC
 *
 * long-desc: Maps the whole segment into the caller's address space,
 *   read-write unless SHM_RDONLY is given, at shmaddr (rounded down to
 *   SHMLBA with SHM_RND) or at an address the kernel picks.
 *
 * contexts: process, sleepable
 *
 * param: shmid
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: A negative value is EINVAL.
 *
 * param: shmaddr
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: NULL, or an address aligned to SHMLBA (the page size on x86_64);
 *   with SHM_RND an unaligned address is rounded down. Without SHM_REMAP
 *   the range must not overlap an existing mapping.
 *
 * param: shmflg
 *   type: int, input
 *   constraint-type: mask(SHM_RDONLY | SHM_RND | SHM_REMAP | SHM_EXEC)
 *   desc: SHM_REMAP replaces mappings in the range and needs an address.
 *
 * return:
 *   type: uint
 *   check-type: custom
 *   failure: -1
 *   desc: The address of the attached segment, in the long the kernel
 *   returns. The raw syscall reports failure as a value in [-4095, -1];
 *   the C library wrapper
 *   returns (void *) -1 on failure and sets errno; compare with
 *   (void *) -1, never with NULL.
 *
 * error: EACCES, the caller lacks the permission the access mode needs
 * error: EIDRM, the segment was removed
 * error: EINVAL, shmid is negative or names no segment, shmaddr is unaligned without SHM_RND, SHM_REMAP without an address (or one that rounds down to 0), or the range overlaps a mapping without SHM_REMAP
 * error: ENOMEM, no memory or address space for the mapping
 * error: EPERM, an LSM refused, or the address is below mmap_min_addr
 *
 * constraint: SHM_REMAP needs an address
 *   desc: SHM_REMAP with a NULL shmaddr is EINVAL
 *   expr: shmaddr != NULL || (shmflg & SHM_REMAP) == 0
 *
 * constraint: aligned address
 *   desc: without SHM_RND a non-NULL shmaddr must be a multiple of SHMLBA
 *   (the page size on x86_64; some architectures use a larger SHMLBA but
 *   test only page alignment here)
 *
 * since-version: 1.0
 *
 * notes: Bits of shmflg outside the mask are ignored, not rejected.
 */
SYSCALL_DEFINE3(shmat, int, shmid, char __user *, shmaddr, int, shmflg)
{
	return 0;
}

/**
 * sys_shmdt - Detach a System V shared memory segment
 * @shmaddr: the address shmat() returned
 *
 * long-desc: Unmaps the segment attached at shmaddr.
 *
 * contexts: process, sleepable
 *
 * param: shmaddr
 *   type: user_ptr, input
 *   constraint-type: page_aligned
 *   desc: Must be page aligned (EINVAL, tested first) and the start of an
 *   attached segment (EINVAL otherwise).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EINVAL, no segment is attached at shmaddr, or shmaddr is not page aligned
 *
 * since-version: 1.0
 */
SYSCALL_DEFINE1(shmdt, char __user *, shmaddr)
{
	return 0;
}

/**
 * sys_mq_open - Open or create a POSIX message queue
 * @u_name: the queue's name, without the leading '/'
 * @oflag: access mode plus O_CREAT, O_EXCL, O_NONBLOCK, O_CLOEXEC
 * @mode: permission bits of a new queue
 * @u_attr: the size limits of a new queue, or NULL for the defaults
 *
 * long-desc: Returns a descriptor for the message queue of that name,
 *   creating it with O_CREAT when it does not exist.
 *
 * contexts: process, sleepable
 *
 * param: u_name
 *   type: path, input
 *   constraint-type: user_string
 *   desc: One name component: not empty, no '/', not "." or "..", at most
 *   NAME_MAX bytes. The C library's mq_open() takes the name with a
 *   leading '/' and strips it.
 *
 * param: oflag
 *   type: int, input
 *   constraint-type: mask(O_RDONLY | O_WRONLY | O_RDWR | O_CREAT | O_EXCL | O_NONBLOCK | O_CLOEXEC)
 *   desc: One access mode ORed with the other bits. O_NONBLOCK makes
 *   sends and receives fail with EAGAIN instead of waiting.
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: none
 *   desc: Used only when O_CREAT creates the queue; the umask is applied.
 *
 * param: u_attr
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Read when given; used only when O_CREAT creates the queue.
 *   mq_maxmsg and mq_msgsize must be positive and within the msg_max and
 *   msgsize_max sysctls (the hard limits with CAP_SYS_RESOURCE).
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: A new descriptor for the queue, close-on-exec.
 *
 * error: EACCES, the queue exists and the access mode is not allowed, or the name is empty, ".", ".." or contains '/'
 * error: EEXIST, O_CREAT and O_EXCL were given and the queue exists
 * error: EFAULT, u_name or u_attr cannot be read
 * error: EINVAL, u_attr has a non-positive or too large mq_maxmsg or mq_msgsize, or the access mode of an existing queue is O_WRONLY | O_RDWR
 * error: EMFILE, the caller has RLIMIT_NOFILE descriptors open, or the queue would exceed RLIMIT_MSGQUEUE
 * error: ENAMETOOLONG, the name is too long
 * error: ENFILE, the system-wide limit on open files was reached
 * error: ENOENT, the queue does not exist and O_CREAT was not given
 * error: ENOMEM, no memory for the queue
 * error: ENOSPC, the limit on queues (queues_max) was reached without CAP_SYS_RESOURCE
 * error: EOVERFLOW, mq_maxmsg times mq_msgsize overflows
 *
 * constraint: creation attributes
 *   desc: with O_CREAT, mode and u_attr must be supplied (u_attr may be
 *   NULL for the defaults); without it both are ignored
 *
 * since-version: 2.6.6
 *
 * notes: The kernel tests only the access mode, O_CREAT and O_EXCL and
 *   hands oflag to the open file, where O_NONBLOCK takes effect; other
 *   bits are ignored, and the descriptor is close-on-exec whether or not
 *   O_CLOEXEC is given. The mask lists the flags POSIX and the manual
 *   give. glibc's mq_open() fails with EINVAL itself when the name does
 *   not start with '/', and passes mode and attr only with O_CREAT.
 */
SYSCALL_DEFINE4(mq_open, const char __user *, u_name, int, oflag, umode_t, mode,
		struct mq_attr __user *, u_attr)
{
	return 0;
}

/**
 * sys_mq_unlink - Remove a POSIX message queue
 * @u_name: the queue's name, without the leading '/'
 *
 * long-desc: Removes the name; the queue goes away when the last
 *   descriptor to it is closed.
 *
 * contexts: process, sleepable
 *
 * param: u_name
 *   type: path, input
 *   constraint-type: user_string
 *   desc: One name component, as for mq_open().
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EACCES, the caller cannot write the queue directory, or the name is empty, ".", ".." or contains '/'
 * error: EFAULT, u_name cannot be read
 * error: ENAMETOOLONG, the name is too long
 * error: ENOENT, no queue has the name
 * error: EPERM, the queue belongs to another user (the queue directory is sticky) and the caller lacks CAP_FOWNER
 *
 * since-version: 2.6.6
 *
 * notes: glibc's mq_unlink() strips the leading '/', fails with EINVAL
 *   itself when there is none, and reports the kernel's EPERM as EACCES.
 */
SYSCALL_DEFINE1(mq_unlink, const char __user *, u_name)
{
	return 0;
}

/**
 * sys_mq_timedsend - Send a message to a POSIX message queue
 * @mqdes: the queue descriptor, open for writing
 * @u_msg_ptr: the message
 * @msg_len: its length in bytes
 * @msg_prio: its priority
 * @u_abs_timeout: absolute CLOCK_REALTIME deadline, or NULL to wait forever
 *
 * long-desc: Queues the message by priority, waiting for room when the
 *   queue is full unless the descriptor is non-blocking, or until the
 *   deadline passes.
 *
 * contexts: process, sleepable
 *
 * param: mqdes
 *   type: fd, input
 *   constraint-type: none
 *   desc: A message queue descriptor open for writing.
 *
 * param: u_msg_ptr
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: msg_len readable bytes.
 *
 * param: msg_len
 *   type: uint, input
 *   constraint-type: none
 *   desc: At most the queue's mq_msgsize (EMSGSIZE).
 *
 * param: msg_prio
 *   type: uint, input
 *   constraint-type: range(0, MQ_PRIO_MAX - 1)
 *   desc: MQ_PRIO_MAX (32768) or more is EINVAL.
 *
 * param: u_abs_timeout
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: tv_nsec must be in [0, 999999999] and tv_sec non-negative
 *   (EINVAL).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EAGAIN, the queue is full and the descriptor is non-blocking
 * error: EBADF, mqdes is not a message queue descriptor open for writing
 * error: EFAULT, u_msg_ptr or u_abs_timeout cannot be read
 * error: EINTR, a signal arrived while waiting
 * error: EINVAL, msg_prio is MQ_PRIO_MAX or more, or u_abs_timeout is invalid
 * error: EMSGSIZE, msg_len exceeds the queue's mq_msgsize
 * error: ENOMEM, no memory for the message
 * error: ETIMEDOUT, the deadline passed before room appeared
 *
 * since-version: 2.6.6
 *
 * notes: The kernel checks u_abs_timeout on entry, even when the call
 *   would not wait (the manual says only when it would). glibc's
 *   mq_send() is this call with a NULL timeout.
 */
SYSCALL_DEFINE5(mq_timedsend, mqd_t, mqdes, const char __user *, u_msg_ptr,
		size_t, msg_len, unsigned int, msg_prio,
		const struct __kernel_timespec __user *, u_abs_timeout)
{
	return 0;
}

/**
 * sys_mq_timedreceive - Receive a message from a POSIX message queue
 * @mqdes: the queue descriptor, open for reading
 * @u_msg_ptr: where the message is stored
 * @msg_len: the room in u_msg_ptr, in bytes
 * @u_msg_prio: where the message's priority is stored, or NULL
 * @u_abs_timeout: absolute CLOCK_REALTIME deadline, or NULL to wait forever
 *
 * long-desc: Removes the oldest message of the highest priority and
 *   copies it out, waiting for one when the queue is empty unless the
 *   descriptor is non-blocking, or until the deadline passes.
 *
 * contexts: process, sleepable
 *
 * param: mqdes
 *   type: fd, input
 *   constraint-type: none
 *   desc: A message queue descriptor open for reading.
 *
 * param: u_msg_ptr
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: msg_len writable bytes.
 *
 * param: msg_len
 *   type: uint, input
 *   constraint-type: none
 *   desc: At least the queue's mq_msgsize (EMSGSIZE), whatever the size
 *   of the waiting message.
 *
 * param: u_msg_prio
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL when the priority is not wanted.
 *
 * param: u_abs_timeout
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: tv_nsec must be in [0, 999999999] and tv_sec non-negative
 *   (EINVAL).
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The length of the message in bytes.
 *
 * error: EAGAIN, the queue is empty and the descriptor is non-blocking
 * error: EBADF, mqdes is not a message queue descriptor open for reading
 * error: EFAULT, a buffer cannot be read or written
 * error: EINTR, a signal arrived while waiting
 * error: EINVAL, u_abs_timeout is invalid
 * error: EMSGSIZE, msg_len is smaller than the queue's mq_msgsize
 * error: ETIMEDOUT, the deadline passed before a message arrived
 *
 * since-version: 2.6.6
 *
 * notes: The kernel checks u_abs_timeout on entry, even when a message is
 *   waiting. glibc's mq_receive() is this call with a NULL timeout.
 */
SYSCALL_DEFINE5(mq_timedreceive, mqd_t, mqdes, char __user *, u_msg_ptr,
		size_t, msg_len, unsigned int __user *, u_msg_prio,
		const struct __kernel_timespec __user *, u_abs_timeout)
{
	return 0;
}

/**
 * sys_mq_notify - Ask for a notification when a message arrives
 * @mqdes: the queue descriptor
 * @u_notification: how to notify, or NULL to remove the caller's registration
 *
 * long-desc: Registers the calling process to be notified once when a
 *   message arrives on an empty queue and nobody is waiting in a receive:
 *   by a signal (SIGEV_SIGNAL), through a netlink socket (SIGEV_THREAD,
 *   used by the C library) or not at all (SIGEV_NONE).
 *
 * contexts: process, sleepable
 *
 * param: mqdes
 *   type: fd, input
 *   constraint-type: none
 *   desc: A message queue descriptor.
 *
 * param: u_notification
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: sigev_notify must be SIGEV_NONE, SIGEV_SIGNAL or SIGEV_THREAD;
 *   with SIGEV_SIGNAL, sigev_signo must be a valid signal or 0. For
 *   SIGEV_THREAD the kernel expects a netlink socket descriptor in
 *   sigev_signo and a cookie at sigev_value.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EBADF, mqdes is not a message queue descriptor, or (SIGEV_THREAD) the socket descriptor is not open
 * error: EBUSY, another process is already registered on the queue
 * error: EFAULT, u_notification or the cookie cannot be read
 * error: EINVAL, sigev_notify is not a known method, or sigev_signo is not a valid signal
 * error: ENOMEM, no memory for the netlink message
 *
 * since-version: 2.6.6
 *
 * notes: The C library's mq_notify() implements SIGEV_THREAD itself
 *   (a helper thread and a netlink socket) and can fail in ways the
 *   kernel never does; it has no binding here.
 */
SYSCALL_DEFINE2(mq_notify, mqd_t, mqdes,
		const struct sigevent __user *, u_notification)
{
	return 0;
}

/**
 * sys_mq_getsetattr - Read and change the attributes of a POSIX message queue
 * @mqdes: the queue descriptor
 * @u_mqstat: the new attributes, or NULL to change nothing
 * @u_omqstat: where the previous attributes are stored, or NULL
 *
 * long-desc: Stores the queue's attributes (flags, limits, number of
 *   messages) in u_omqstat and sets the O_NONBLOCK flag of the open queue
 *   from u_mqstat->mq_flags; the other fields of u_mqstat are ignored.
 *
 * contexts: process, sleepable
 *
 * param: mqdes
 *   type: fd, input
 *   constraint-type: none
 *   desc: A message queue descriptor.
 *
 * param: u_mqstat
 *   type: user_ptr, input, optional
 *   constraint-type: none
 *   desc: Its mq_flags may hold only O_NONBLOCK (EINVAL otherwise).
 *
 * param: u_omqstat
 *   type: user_ptr, output, optional
 *   constraint-type: none
 *   desc: NULL when the old attributes are not wanted.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   desc: 0 on success.
 *
 * error: EBADF, mqdes is not a message queue descriptor
 * error: EFAULT, u_mqstat cannot be read or u_omqstat cannot be written
 * error: EINVAL, u_mqstat->mq_flags has a bit other than O_NONBLOCK
 *
 * since-version: 2.6.6
 *
 * notes: glibc's mq_getattr(mqdes, attr) is this call with u_mqstat NULL;
 *   mq_setattr(mqdes, new, old) maps one to one.
 */
SYSCALL_DEFINE3(mq_getsetattr, mqd_t, mqdes,
		const struct mq_attr __user *, u_mqstat,
		struct mq_attr __user *, u_omqstat)
{
	return 0;
}
