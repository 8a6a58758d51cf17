/* KAPI specs in the current (short-token) and older (enumerator) drafts,
 * for the source -> database -> JSON round trip. */
#define O_CLOEXEC 02000000
#define INT_MAX 2147483647
#define MADV_NORMAL 0
#define MADV_DONTNEED 4
#define MAP_32BIT 0x40
#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02

/**
 * sys_dup3 - Duplicate a file descriptor onto a chosen number
 * @oldfd: descriptor to duplicate
 * @newfd: number the duplicate must get
 * @flags: O_CLOEXEC or 0
 *
 * long-desc: Makes newfd refer to the same open file description as
 *   oldfd, closing newfd first if it was open.
 *
 * contexts: process, sleepable
 *
 * param: oldfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *
 * param: newfd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_CLOEXEC)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: newfd on success.
 *
 * error: EBADF, oldfd is not open or newfd is out of range
 * error: EINVAL, flags has a bit other than O_CLOEXEC, or oldfd equals newfd
 * error: EBUSY, race with open() or dup() on newfd
 */
SYSCALL_DEFINE3(dup3, unsigned int, oldfd, unsigned int, newfd, int, flags)
{
	return 0;
}

/**
 * sys_example_map - Map something
 * @addr: where
 * @len: how much
 * @prot: advice, really
 * @flags: map flags
 * @buf: user buffer
 *
 * contexts: process
 * param-count: 5
 *
 * param: addr
 *   type: uint, input
 *   constraint-type: page_aligned
 *
 * param: len
 *   type: uint, input
 *   constraint-type: range(1, UNKNOWN_LIMIT)
 *
 * param: prot
 *   type: int, input
 *   constraint-type: enum(MADV_NORMAL, MADV_DONTNEED, MADV_FUTURE)
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(MAP_SHARED | MAP_PRIVATE)
 *   arch-mask: x86 = MAP_32BIT
 *
 * param: buf
 *   type: user_ptr, output
 *   constraint-type: buffer(1)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EINVAL, bad arguments
 *   desc: Something was wrong.
 *   condition: always
 *
 * lock: mmap_lock
 *   type: rwlock
 *   scope: internal
 *   acquired: true
 *
 * side-effect: alloc_memory | modify_state
 *   target: the address space
 *   reversible: yes
 */
SYSCALL_DEFINE5(example_map, unsigned long, addr, unsigned long, len,
		int, prot, int, flags, char __user *, buf)
{
	return 0;
}
