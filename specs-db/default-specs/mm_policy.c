// SPDX-License-Identifier: MIT
/* Default KAPI specs for NUMA memory policy and page migration
 * (set_mempolicy .. move_pages).
 * Facts come from the Linux 6.12 source (mm/mempolicy.c, mm/migrate.c and
 * the helpers they call) and the manual pages; the words are ours.
 *
 * The mode argument of set_mempolicy and mbind is one MPOL_* policy with
 * optional MPOL_F_* mode flags OR-ed in (sanitize_mpol_flags()); neither
 * an enum nor a mask says that, so the rules are constraint blocks.
 * "mode - (mode & MPOL_MODE_FLAGS)" is the policy with the flags cleared,
 * written without ~ so that it stays exact for an unsigned mode.
 * All of these need CONFIG_NUMA (move_pages also CONFIG_MIGRATION); both
 * are in the x86_64 defconfig. */

/**
 * sys_set_mempolicy - Set the NUMA memory policy of the calling thread
 * @mode: policy, with optional mode flags OR-ed in
 * @nmask: bit mask of node numbers
 * @maxnode: number of bits in nmask, plus one
 *
 * long-desc: Sets the policy that decides on which NUMA nodes the
 *   thread's future page allocations are placed, where no mapping policy
 *   (mbind) applies: default, preferred node(s), bind to nodes,
 *   interleave (plain or weighted), or local.
 *
 * contexts: process, sleepable
 *
 * param: mode
 *   type: int, input
 *   constraint-type: none
 *   desc: One of MPOL_DEFAULT, MPOL_PREFERRED, MPOL_BIND,
 *   MPOL_INTERLEAVE, MPOL_LOCAL, MPOL_PREFERRED_MANY,
 *   MPOL_WEIGHTED_INTERLEAVE, optionally OR-ed with MPOL_F_STATIC_NODES
 *   or MPOL_F_RELATIVE_NODES (not both), and MPOL_F_NUMA_BALANCING with
 *   MPOL_BIND or MPOL_PREFERRED_MANY only.
 *
 * param: nmask
 *   type: user_ptr, input, const, optional
 *   constraint-type: user_ptr
 *   desc: An array of unsigned long holding maxnode - 1 bits; NULL is an
 *   empty set. MPOL_DEFAULT and MPOL_LOCAL need an empty set, MPOL_PREFERRED
 *   takes an empty one as local allocation, the other policies need at
 *   least one node allowed to the caller.
 *
 * param: maxnode
 *   type: uint, input
 *   constraint-type: none
 *   desc: One more than the number of bits in nmask; 0 or 1 with a NULL
 *   nmask means no nodes. Bits past the kernel's MAX_NUMNODES must be 0.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * constraint: mode is a known policy
 *   desc: with the MPOL_F_* mode flags cleared, mode is one of the seven policies (0 .. MPOL_WEIGHTED_INTERLEAVE)
 *   expr: mode - (mode & MPOL_MODE_FLAGS) >= 0 && mode - (mode & MPOL_MODE_FLAGS) <= MPOL_WEIGHTED_INTERLEAVE
 *
 * constraint: static and relative nodes exclude each other
 *   desc: MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES are not both set
 *   expr: (mode & MPOL_F_STATIC_NODES) == 0 || (mode & MPOL_F_RELATIVE_NODES) == 0
 *
 * constraint: numa balancing needs bind or preferred-many
 *   desc: MPOL_F_NUMA_BALANCING only with MPOL_BIND or MPOL_PREFERRED_MANY
 *   expr: (mode & MPOL_F_NUMA_BALANCING) == 0 || mode - (mode & MPOL_MODE_FLAGS) == MPOL_BIND || mode - (mode & MPOL_MODE_FLAGS) == MPOL_PREFERRED_MANY
 *
 * constraint: node mask size
 *   desc: with a node mask, maxnode is between 1 and one more than the bits in a page
 *   expr: nmask == NULL || (maxnode >= 1 && maxnode <= PAGE_SIZE * 8 + 1)
 *
 * error: EFAULT, nmask is not readable
 * error: EINVAL, mode is not a policy, bad mode flag combination, maxnode out of range, bits set past MAX_NUMNODES, an empty node set where one is needed (or a non-empty one for MPOL_DEFAULT or MPOL_LOCAL), or no node of the set is allowed by the cpuset
 * error: ENOMEM, no memory for the policy
 *
 * since-version: 2.6.7
 *
 * notes: The C library has no wrapper; libnuma's <numaif.h> declares
 *   one. MPOL_LOCAL, MPOL_PREFERRED_MANY (5.15), MPOL_WEIGHTED_INTERLEAVE
 *   (6.9) and MPOL_F_NUMA_BALANCING (5.12) are newer than the original
 *   call.
 */
SYSCALL_DEFINE3(set_mempolicy, int, mode, const unsigned long __user *, nmask,
		unsigned long, maxnode)
{
	return 0;
}

/**
 * sys_mbind - Set the NUMA memory policy of an address range
 * @start: start of the range
 * @len: length of the range in bytes
 * @mode: policy, with optional mode flags OR-ed in
 * @nmask: bit mask of node numbers
 * @maxnode: number of bits in nmask, plus one
 * @flags: MPOL_MF_* flags
 *
 * long-desc: Sets the NUMA policy of the mappings in [start, start + len)
 *   and, with MPOL_MF_MOVE or MPOL_MF_MOVE_ALL, migrates the pages
 *   already there that do not follow it.
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
 *   desc: Rounded up to a whole page; 0 succeeds without effect. Unless
 *   the policy is MPOL_DEFAULT the range must be fully mapped.
 *
 * param: mode
 *   type: uint, input
 *   constraint-type: none
 *   desc: As for set_mempolicy(): one MPOL_* policy, optionally OR-ed
 *   with MPOL_F_STATIC_NODES or MPOL_F_RELATIVE_NODES (not both), and
 *   MPOL_F_NUMA_BALANCING with MPOL_BIND or MPOL_PREFERRED_MANY only.
 *
 * param: nmask
 *   type: user_ptr, input, const, optional
 *   constraint-type: user_ptr
 *   desc: As for set_mempolicy().
 *
 * param: maxnode
 *   type: uint, input
 *   constraint-type: none
 *   desc: One more than the number of bits in nmask.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(MPOL_MF_STRICT | MPOL_MF_MOVE | MPOL_MF_MOVE_ALL)
 *   desc: MPOL_MF_STRICT fails with EIO when pages do not follow the
 *   policy (and could not be moved); MPOL_MF_MOVE moves pages used only
 *   by this process, MPOL_MF_MOVE_ALL (CAP_SYS_NICE) all of them.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * constraint: mode is a known policy
 *   desc: with the MPOL_F_* mode flags cleared, mode is one of the seven policies (0 .. MPOL_WEIGHTED_INTERLEAVE)
 *   expr: mode - (mode & MPOL_MODE_FLAGS) <= MPOL_WEIGHTED_INTERLEAVE
 *
 * constraint: static and relative nodes exclude each other
 *   desc: MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES are not both set
 *   expr: (mode & MPOL_F_STATIC_NODES) == 0 || (mode & MPOL_F_RELATIVE_NODES) == 0
 *
 * constraint: numa balancing needs bind or preferred-many
 *   desc: MPOL_F_NUMA_BALANCING only with MPOL_BIND or MPOL_PREFERRED_MANY
 *   expr: (mode & MPOL_F_NUMA_BALANCING) == 0 || mode - (mode & MPOL_MODE_FLAGS) == MPOL_BIND || mode - (mode & MPOL_MODE_FLAGS) == MPOL_PREFERRED_MANY
 *
 * constraint: node mask size
 *   desc: with a node mask, maxnode is between 1 and one more than the bits in a page
 *   expr: nmask == NULL || (maxnode >= 1 && maxnode <= PAGE_SIZE * 8 + 1)
 *
 * error: EFAULT, nmask is not readable, or the range has unmapped holes (policies other than MPOL_DEFAULT)
 * error: EINVAL, start is not page aligned, start + len wraps, flags has unknown bits, mode is not a policy, bad mode flag combination, maxnode out of range, bits set past MAX_NUMNODES, or an empty node set where one is needed (or a non-empty one for MPOL_DEFAULT or MPOL_LOCAL)
 * error: EIO, MPOL_MF_STRICT and pages in the range are on other nodes and were not or could not be moved
 * error: ENOMEM, no memory for the policy, or splitting a mapping failed
 * error: EPERM, MPOL_MF_MOVE_ALL without CAP_SYS_NICE
 *
 * capability: CAP_SYS_NICE
 *   type: grant_permission
 *   allows: MPOL_MF_MOVE_ALL, moving pages shared with other processes
 *   without: EPERM for MPOL_MF_MOVE_ALL
 *
 * since-version: 2.6.7
 *
 * notes: The kernel takes mode as an unsigned long and converts it to
 *   int, so bits above bit 31 are dropped; the constraint reads the
 *   whole value and calls such a mode invalid. With MPOL_DEFAULT,
 *   MPOL_MF_STRICT is ignored. The C library has no wrapper; libnuma's
 *   <numaif.h> declares one.
 */
SYSCALL_DEFINE6(mbind, unsigned long, start, unsigned long, len,
		unsigned long, mode, const unsigned long __user *, nmask,
		unsigned long, maxnode, unsigned int, flags)
{
	return 0;
}

/**
 * sys_get_mempolicy - Read a NUMA memory policy
 * @policy: receives the policy, or a node number
 * @nmask: receives a node mask
 * @maxnode: number of bits in nmask
 * @addr: address whose policy is asked for, with MPOL_F_ADDR
 * @flags: what to read
 *
 * long-desc: Reports the calling thread's policy, or with MPOL_F_ADDR
 *   the policy of the mapping at addr, as a mode (with its mode flags)
 *   and a node mask. MPOL_F_NODE asks for a node number instead of the
 *   mode, and MPOL_F_MEMS_ALLOWED for the nodes the cpuset allows.
 *
 * contexts: process, sleepable
 *
 * param: policy
 *   type: user_ptr, output, optional
 *   constraint-type: user_ptr
 *   desc: An int, or NULL when the mode is not wanted.
 *
 * param: nmask
 *   type: user_ptr, output, optional
 *   constraint-type: user_ptr
 *   desc: An array of unsigned long with room for maxnode bits, or NULL.
 *
 * param: maxnode
 *   type: uint, input
 *   constraint-type: none
 *   desc: With nmask, at least the number of possible nodes of the
 *   system (nr_node_ids).
 *
 * param: addr
 *   type: uint, input
 *   constraint-type: none
 *   desc: An address inside a mapping with MPOL_F_ADDR; must be 0
 *   otherwise (MPOL_F_MEMS_ALLOWED ignores it).
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(MPOL_F_NODE | MPOL_F_ADDR | MPOL_F_MEMS_ALLOWED)
 *   desc: MPOL_F_MEMS_ALLOWED stands alone. MPOL_F_NODE without
 *   MPOL_F_ADDR works only when the thread's policy interleaves.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * constraint: mems_allowed stands alone
 *   desc: MPOL_F_MEMS_ALLOWED excludes MPOL_F_NODE and MPOL_F_ADDR
 *   expr: (flags & MPOL_F_MEMS_ALLOWED) == 0 || (flags & (MPOL_F_NODE | MPOL_F_ADDR)) == 0
 *
 * constraint: address needs MPOL_F_ADDR
 *   desc: a nonzero addr only with MPOL_F_ADDR (or MPOL_F_MEMS_ALLOWED, which ignores it)
 *   expr: addr == 0 || (flags & (MPOL_F_ADDR | MPOL_F_MEMS_ALLOWED)) != 0
 *
 * constraint: node mask needs room
 *   desc: a node mask with maxnode 0 has no room for any node
 *   expr: nmask == NULL || maxnode != 0
 *
 * error: EFAULT, with MPOL_F_ADDR addr is not in a mapping; or policy or nmask is not writable
 * error: EINVAL, flags has unknown bits or a bad combination, addr is nonzero without MPOL_F_ADDR, maxnode is smaller than the number of possible nodes, or MPOL_F_NODE without MPOL_F_ADDR while the policy does not interleave
 *
 * since-version: 2.6.7
 *
 * notes: The C library has no wrapper; libnuma's <numaif.h> declares
 *   one.
 */
SYSCALL_DEFINE5(get_mempolicy, int __user *, policy,
		unsigned long __user *, nmask, unsigned long, maxnode,
		unsigned long, addr, unsigned long, flags)
{
	return 0;
}

/**
 * sys_set_mempolicy_home_node - Set the home node of an mbind policy
 * @start: start of the range
 * @len: length of the range in bytes
 * @home_node: preferred node for allocations
 * @flags: reserved
 *
 * long-desc: For the mappings in [start, start + len) whose policy is
 *   MPOL_BIND or MPOL_PREFERRED_MANY, makes allocations try home_node
 *   first, falling back to the policy's other nodes.
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
 * param: home_node
 *   type: uint, input
 *   constraint-type: none
 *   desc: An online node, below MAX_NUMNODES (64 in the x86_64
 *   defconfig).
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
 * error: EINVAL, start is not page aligned, flags is not 0, home_node is not an online node, or start + len wraps
 * error: ENOENT, no mapping in the range has a policy of its own (a range with no mapping at all also gives ENOENT)
 * error: ENOMEM, no memory for the new policy, or splitting a mapping failed
 * error: EOPNOTSUPP, a mapping in the range has a policy other than MPOL_BIND or MPOL_PREFERRED_MANY
 *
 * since-version: 5.17
 *
 * notes: Mappings in the range without a policy are skipped, not
 *   changed. No C library wrapper; syscall() only.
 */
SYSCALL_DEFINE4(set_mempolicy_home_node, unsigned long, start, unsigned long, len,
		unsigned long, home_node, unsigned long, flags)
{
	return 0;
}

/**
 * sys_migrate_pages - Move the pages of a process to other nodes
 * @pid: the process, 0 for the caller
 * @maxnode: number of bits in old_nodes and new_nodes, plus one
 * @old_nodes: nodes to move pages from
 * @new_nodes: nodes to move them to
 *
 * long-desc: Moves the pages of process pid that are on the nodes of
 *   old_nodes to the nodes of new_nodes, keeping the relative node
 *   positions where the sets differ in size.
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: none
 *   desc: A process id in the caller's PID namespace, or 0 for the
 *   caller.
 *
 * param: maxnode
 *   type: uint, input
 *   constraint-type: none
 *   desc: One more than the number of bits in each mask.
 *
 * param: old_nodes
 *   type: user_ptr, input, const, optional
 *   constraint-type: user_ptr
 *   desc: An array of unsigned long holding maxnode - 1 bits; NULL is an
 *   empty set.
 *
 * param: new_nodes
 *   type: user_ptr, input, const, optional
 *   constraint-type: user_ptr
 *   desc: As old_nodes; after it is limited to the caller's cpuset it
 *   must not be empty.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of pages that could not be moved.
 *
 * constraint: node mask size
 *   desc: with a node mask, maxnode is between 1 and one more than the bits in a page
 *   expr: (old_nodes == NULL && new_nodes == NULL) || (maxnode >= 1 && maxnode <= PAGE_SIZE * 8 + 1)
 *
 * error: EFAULT, old_nodes or new_nodes is not readable
 * error: EINVAL, maxnode out of range, bits set past MAX_NUMNODES, no node of new_nodes is allowed by the caller's cpuset, or the process has no memory
 * error: ENOMEM, no memory for the node masks
 * error: EPERM, the caller may not ptrace-read the process, or new_nodes has nodes outside the target's cpuset and the caller lacks CAP_SYS_NICE, or an LSM refused
 * error: ESRCH, no process pid exists
 *
 * capability: CAP_SYS_NICE
 *   type: grant_permission
 *   allows: Move pages to nodes outside the target's cpuset, and pages shared with other processes
 *   without: EPERM for such nodes; shared pages stay
 *
 * since-version: 2.6.16
 *
 * notes: The C library has no wrapper; libnuma's <numaif.h> declares
 *   one. Needs CONFIG_MIGRATION for any page to move.
 */
SYSCALL_DEFINE4(migrate_pages, pid_t, pid, unsigned long, maxnode,
		const unsigned long __user *, old_nodes,
		const unsigned long __user *, new_nodes)
{
	return 0;
}

/**
 * sys_move_pages - Move individual pages of a process to other nodes
 * @pid: the process, 0 for the caller
 * @nr_pages: number of entries in pages, nodes and status
 * @pages: addresses of the pages
 * @nodes: target node of each page, or NULL to only query
 * @status: receives the node or an error code for each page
 * @flags: MPOL_MF_MOVE or MPOL_MF_MOVE_ALL
 *
 * long-desc: Moves each page pages[i] of process pid to node nodes[i],
 *   or with nodes NULL reports on which node each page is, and stores
 *   the outcome for each page in status[i].
 *
 * contexts: process, sleepable
 *
 * param: pid
 *   type: int, input
 *   constraint-type: none
 *   desc: A process id in the caller's PID namespace, or 0 for the
 *   caller.
 *
 * param: nr_pages
 *   type: uint, input
 *   constraint-type: none
 *   desc: Entries in each of the three arrays.
 *
 * param: pages
 *   type: user_ptr, input, const
 *   constraint-type: user_ptr
 *   desc: nr_pages addresses (void pointers) in the target process.
 *
 * param: nodes
 *   type: user_ptr, input, const, optional
 *   constraint-type: user_ptr
 *   desc: nr_pages node numbers (int), each online with memory and
 *   allowed by the target's cpuset; NULL to query.
 *
 * param: status
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   desc: nr_pages ints: the node a page is on, or a negative error
 *   code for that page.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(MPOL_MF_MOVE | MPOL_MF_MOVE_ALL)
 *   desc: MPOL_MF_MOVE moves pages used only by the target,
 *   MPOL_MF_MOVE_ALL (CAP_SYS_NICE) also shared ones; 0 behaves like
 *   MPOL_MF_MOVE.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: 0, or the number of pages that could not be moved; the reason
 *   for each is in status.
 *
 * error: EACCES, a target node is not allowed by the target's cpuset
 * error: EFAULT, pages, nodes or status is not accessible
 * error: EINVAL, flags has unknown bits, or the process has no memory
 * error: ENODEV, a target node is out of range or has no memory
 * error: ENOMEM, no memory for the migration
 * error: EPERM, MPOL_MF_MOVE_ALL without CAP_SYS_NICE, the caller may not ptrace-read the process, or an LSM refused
 * error: ESRCH, no process pid exists
 *
 * capability: CAP_SYS_NICE
 *   type: grant_permission
 *   allows: MPOL_MF_MOVE_ALL
 *   without: EPERM
 *
 * since-version: 2.6.18
 *
 * notes: The C library has no wrapper; libnuma's <numaif.h> declares
 *   one. Per-page failures (EBUSY, EFAULT, ENOENT, ENOMEM, EACCES...)
 *   go to status, not to errno. E2BIG is gone since 2.6.29. EACCES
 *   is judged against the target's cpuset (the manual page says the
 *   caller's).
 */
SYSCALL_DEFINE6(move_pages, pid_t, pid, unsigned long, nr_pages,
		const void __user * __user *, pages,
		const int __user *, nodes,
		int __user *, status, int, flags)
{
	return 0;
}
