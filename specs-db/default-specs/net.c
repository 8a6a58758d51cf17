// SPDX-License-Identifier: MIT
/* Default KAPI specs for the socket syscalls (socket, bind, listen, accept4, connect, sendto, recvfrom, shutdown).
 * Facts come from the Linux 6.12 source and its manual pages; the words are ours. */

/**
 * sys_socket - Create a communication endpoint
 * @family: protocol family (AF_*)
 * @type: socket type, optionally ORed with SOCK_NONBLOCK and SOCK_CLOEXEC
 * @protocol: protocol within the family, 0 for the default
 *
 * long-desc: Creates a socket of the given family, type and protocol
 *   and returns a descriptor for it.
 *
 * contexts: process, sleepable
 *
 * param: family
 *   type: int, input
 *   constraint-type: enum(AF_UNIX, AF_INET, AF_AX25, AF_APPLETALK, AF_NETROM, AF_ATMPVC, AF_X25, AF_INET6, AF_ROSE, AF_KEY, AF_NETLINK, AF_PACKET, AF_ATMSVC, AF_RDS, AF_PPPOX, AF_LLC, AF_CAN, AF_TIPC, AF_BLUETOOTH, AF_IUCV, AF_RXRPC, AF_ISDN, AF_PHONET, AF_IEEE802154, AF_CAIF, AF_ALG, AF_NFC, AF_VSOCK, AF_KCM, AF_QIPCRTR, AF_SMC, AF_XDP, AF_MCTP)
 *   desc: The families for which 6.12 has a socket implementation; each
 *   one still depends on its kernel configuration or module. AF_LOCAL is
 *   AF_UNIX. AF_UNSPEC, AF_BRIDGE, AF_MPLS, AF_IB and removed families
 *   (AF_DECnet, AF_IPX, AF_IRDA, AF_ECONET ...) fail with EAFNOSUPPORT.
 *
 * param: type
 *   type: int, input
 *   constraint-type: mask(15 | SOCK_NONBLOCK | SOCK_CLOEXEC)
 *   desc: The low four bits hold one of SOCK_STREAM, SOCK_DGRAM,
 *   SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET, SOCK_DCCP or SOCK_PACKET; any
 *   other bit besides SOCK_NONBLOCK and SOCK_CLOEXEC is rejected.
 *
 * param: protocol
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: 0 picks the family's default for the type. Families check it
 *   further (AF_INET/AF_INET6 need it below IPPROTO_MAX, AF_PACKET takes
 *   a network-order ETH_P_* value).
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The new socket descriptor.
 *
 * error: EACCES, a security module refused to create the socket
 * error: EAFNOSUPPORT, family is out of range or has no implementation in this kernel
 * error: EINVAL, type has unknown flag bits or a type value of SOCK_MAX or more, or the protocol is out of range for the family
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached, or no socket inode could be allocated
 * error: ENOBUFS, socket buffers could not be allocated
 * error: ENOMEM, memory for the socket ran out
 * error: EPERM, a raw or packet socket without CAP_NET_RAW, or another family-specific privilege check failed
 * error: EPROTONOSUPPORT, the family does not support this protocol, or this protocol with this type
 * error: ESOCKTNOSUPPORT, the family does not support this socket type
 *
 * capability: CAP_NET_RAW
 *   type: grant_permission
 *   allows: Create SOCK_RAW and AF_PACKET sockets
 *   without: EPERM for raw and packet sockets
 *
 * since-version: 1.0
 *
 * notes: 15 in the type mask is the kernel-internal SOCK_TYPE_MASK (0xf),
 *   which has no UAPI name; type values must also be below the internal
 *   SOCK_MAX (11). SOCK_NONBLOCK and SOCK_CLOEXEC exist since 2.6.27.
 *   The manual page lists neither ESOCKTNOSUPPORT nor EPERM; 6.12 returns
 *   both (inet_create(), unix_create()). The socket calls date from Linux
 *   1.0, where i386 reached them only through socketcall(); separate
 *   syscall numbers came per architecture later (i386 only in 4.3).
 */
SYSCALL_DEFINE3(socket, int, family, int, type, int, protocol)
{
	return 0;
}

/**
 * sys_bind - Assign a local address to a socket
 * @fd: the socket
 * @umyaddr: address to bind
 * @addrlen: size of the address in bytes
 *
 * long-desc: Gives an unbound socket its local address (an IP address
 *   and port, a filesystem path or abstract name, ...).
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: umyaddr
 *   type: user_ptr, input
 *   constraint-type: buffer(2)
 *   desc: A sockaddr of the socket's family.
 *
 * param: addrlen
 *   type: int, input
 *   constraint-type: range(0, sizeof(struct sockaddr_storage))
 *   desc: Negative values and values above sizeof(struct
 *   sockaddr_storage) are rejected; families require at least their own
 *   address size.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EACCES, the address is protected (e.g. a port below ip_unprivileged_port_start without CAP_NET_BIND_SERVICE), or search or write permission is missing on a socket path
 * error: EADDRINUSE, the address is already in use, or the socket path already exists
 * error: EADDRNOTAVAIL, the address is not local to this host
 * error: EAFNOSUPPORT, the address family does not match the socket
 * error: EBADF, fd is not an open descriptor
 * error: EFAULT, umyaddr cannot be read
 * error: EINVAL, addrlen is out of range or too small for the family, or the socket is already bound
 * error: ELOOP, too many symbolic links in a socket path
 * error: ENAMETOOLONG, the socket path is too long
 * error: ENOENT, a directory in the socket path does not exist
 * error: ENOMEM, kernel memory ran out
 * error: ENOTDIR, a component of the socket path is not a directory
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket type cannot be bound
 * error: EPERM, a security module or a BPF cgroup hook refused the bind
 * error: EROFS, the socket path is on a read-only filesystem
 *
 * capability: CAP_NET_BIND_SERVICE
 *   type: grant_permission
 *   allows: Bind ports below net.ipv4.ip_unprivileged_port_start
 *   without: EACCES for those ports
 *
 * since-version: 1.0
 *
 * notes: The path errors apply to AF_UNIX. EOPNOTSUPP and EPERM are
 *   kernel-only (the manual page does not list them).
 */
SYSCALL_DEFINE3(bind, int, fd, struct sockaddr __user *, umyaddr, int, addrlen)
{
	return 0;
}

/**
 * sys_listen - Mark a socket as accepting connections
 * @fd: the socket
 * @backlog: requested length of the pending-connection queue
 *
 * long-desc: Turns a connection-oriented socket into a passive one that
 *   queues incoming connections for accept().
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket of a connection-oriented type.
 *
 * param: backlog
 *   type: int, input
 *   constraint-type: none
 *   desc: Any value is accepted; values above net.core.somaxconn, and
 *   negative values (compared as unsigned), are lowered to somaxconn.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EADDRINUSE, another socket listens on the same port, or automatic binding found no free port
 * error: EBADF, fd is not an open descriptor
 * error: EINVAL, the socket is connected, not bound where the family requires it (AF_UNIX), or in a state that cannot listen
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket type does not support listen (e.g. SOCK_DGRAM)
 * error: EPERM, a security module refused
 *
 * since-version: 1.0
 *
 * notes: EINVAL and EPERM are kernel-only; the manual page lists neither.
 */
SYSCALL_DEFINE2(listen, int, fd, int, backlog)
{
	return 0;
}

/**
 * sys_accept4 - Accept a connection with flags for the new descriptor
 * @fd: the listening socket
 * @upeer_sockaddr: receives the peer address, or NULL
 * @upeer_addrlen: in: size of upeer_sockaddr; out: real address size
 * @flags: SOCK_NONBLOCK, SOCK_CLOEXEC or 0
 *
 * long-desc: Takes the first pending connection of a listening socket,
 *   creates a new connected socket for it, and returns its descriptor.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be a listening socket.
 *
 * param: upeer_sockaddr
 *   type: user_ptr, output, optional
 *   constraint-type: user_ptr
 *   desc: Receives at most *upeer_addrlen bytes of the peer address
 *   (silently truncated). NULL skips the address.
 *
 * param: upeer_addrlen
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   size: sizeof(int)
 *   desc: Must be valid when upeer_sockaddr is not NULL; *upeer_addrlen
 *   must not be negative. On return it holds the full address size,
 *   which may exceed the value passed in.
 *
 * param: flags
 *   type: int, input
 *   constraint-type: mask(SOCK_NONBLOCK | SOCK_CLOEXEC)
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The descriptor of the accepted socket.
 *
 * error: EAGAIN, the socket is non-blocking and no connection is pending (EWOULDBLOCK is the same value)
 * error: EBADF, fd is not an open descriptor
 * error: ECONNABORTED, the connection was aborted before it could be accepted
 * error: ECONNRESET, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: EFAULT, upeer_addrlen or upeer_sockaddr is not accessible
 * error: EHOSTDOWN, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: EHOSTUNREACH, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: EINTR, a signal arrived while waiting for a connection
 * error: EINVAL, flags has other bits, the socket is not listening, or *upeer_addrlen is negative
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENETDOWN, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: ENETUNREACH, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: ENFILE, the system-wide file limit was reached, or no socket inode could be allocated
 * error: ENOBUFS, socket buffers could not be allocated
 * error: ENOMEM, memory for the new socket ran out
 * error: ENONET, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: ENOPROTOOPT, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket type does not accept connections (e.g. SOCK_DGRAM)
 * error: EPERM, a firewall rule or security module refused the connection
 * error: EPROTO, a protocol error occurred on the new connection
 * error: ETIMEDOUT, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 *
 * since-version: 2.6.28
 *
 * notes: The manual page advises retrying on the network errors of
 *   the new connection (ENETDOWN, EPROTO, ENOPROTOOPT, EHOSTDOWN, ENONET,
 *   EHOSTUNREACH, EOPNOTSUPP, ENETUNREACH); 6.12's TCP accept does not
 *   report them, AF_SMC does. The new socket does
 *   not inherit O_NONBLOCK from the listening one; only flags decides.
 */
SYSCALL_DEFINE4(accept4, int, fd, struct sockaddr __user *, upeer_sockaddr,
		int __user *, upeer_addrlen, int, flags)
{
	return 0;
}

/**
 * sys_connect - Connect a socket to a remote address
 * @fd: the socket
 * @uservaddr: address to connect to
 * @addrlen: size of the address in bytes
 *
 * long-desc: For connection-oriented sockets starts (and unless
 *   non-blocking waits for) a connection; for datagram sockets sets the
 *   default destination, and AF_UNSPEC dissolves the association.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: uservaddr
 *   type: user_ptr, input
 *   constraint-type: buffer(2)
 *   desc: A sockaddr of the socket's family (or AF_UNSPEC).
 *
 * param: addrlen
 *   type: int, input
 *   constraint-type: range(0, sizeof(struct sockaddr_storage))
 *   desc: Negative values and values above sizeof(struct
 *   sockaddr_storage) are rejected; families require at least their own
 *   address size.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EACCES, write permission on the AF_UNIX socket path is missing, a broadcast address without SO_BROADCAST, or a security module refused
 * error: EADDRINUSE, the local address is already in use
 * error: EADDRNOTAVAIL, no free local port for an unbound socket, or the remote address is unusable
 * error: EAFNOSUPPORT, the address family does not match the socket
 * error: EAGAIN, AF_UNIX: the listener's backlog is full on a non-blocking socket
 * error: EALREADY, a previous non-blocking connection attempt is still in progress
 * error: EBADF, fd is not an open descriptor
 * error: ECONNREFUSED, nobody listens at the remote address
 * error: ECONNRESET, the connection was reset during the attempt
 * error: EFAULT, uservaddr cannot be read
 * error: EHOSTUNREACH, the remote host is unreachable
 * error: EINPROGRESS, the socket is non-blocking and the connection cannot complete at once
 * error: EINTR, a signal interrupted a blocking connection attempt
 * error: EINVAL, addrlen is out of range or too small for the family
 * error: EISCONN, the socket is already connected
 * error: ENETUNREACH, the network is unreachable
 * error: ENOENT, AF_UNIX: the socket path does not exist
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket type cannot connect (e.g. a listening socket)
 * error: EPERM, a firewall rule or security module refused, or a broadcast without SO_BROADCAST
 * error: EPROTOTYPE, AF_UNIX: the peer socket has a different type
 * error: ETIMEDOUT, the connection attempt timed out
 *
 * since-version: 1.0
 *
 * notes: AF_UNIX path lookup can also yield ELOOP, ENAMETOOLONG and
 *   ENOTDIR. ECONNRESET, EHOSTUNREACH, ENOENT and EOPNOTSUPP are not in
 *   the manual page's list.
 */
SYSCALL_DEFINE3(connect, int, fd, struct sockaddr __user *, uservaddr,
		int, addrlen)
{
	return 0;
}

/**
 * sys_sendto - Send a message on a socket, optionally to an address
 * @fd: the socket
 * @buff: data to send
 * @len: number of bytes to send
 * @flags: MSG_* flags
 * @addr: destination address, or NULL
 * @addr_len: size of addr in bytes
 *
 * long-desc: Sends len bytes from buff. For unconnected datagram
 *   sockets addr names the destination; for connected sockets it must be
 *   NULL (or is ignored by some protocols).
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: buff
 *   type: user_ptr, input
 *   constraint-type: buffer(2)
 *
 * param: len
 *   type: uint, input
 *   constraint-type: none
 *   desc: Requests above MAX_RW_COUNT (INT_MAX rounded down to a page)
 *   are shortened to it; protocols limit datagram sizes further.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(MSG_OOB | MSG_DONTROUTE | 0x10 | MSG_DONTWAIT | MSG_EOR | MSG_CONFIRM | MSG_NOSIGNAL | MSG_MORE | MSG_BATCH | MSG_ZEROCOPY | MSG_FASTOPEN)
 *   desc: Flags the protocols act on when sending. The generic code
 *   ignores bits it does not know; a protocol may reject a flag it does
 *   not support with EOPNOTSUPP.
 *
 * param: addr
 *   type: user_ptr, input, optional
 *   constraint-type: buffer(5)
 *   desc: NULL for connected sockets.
 *
 * param: addr_len
 *   type: int, input
 *   constraint-type: range(0, sizeof(struct sockaddr_storage))
 *   desc: Checked only when addr is not NULL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes sent, which can be less than len for
 *   stream sockets.
 *
 * error: EACCES, a broadcast destination without SO_BROADCAST, or a security module refused
 * error: EAGAIN, the socket is non-blocking (or MSG_DONTWAIT) and the send buffer is full (EWOULDBLOCK is the same value)
 * error: EALREADY, MSG_FASTOPEN while a connection attempt is in progress
 * error: EBADF, fd is not an open descriptor
 * error: ECONNRESET, the peer reset the connection
 * error: EDESTADDRREQ, the socket is not connected and addr is NULL
 * error: EFAULT, buff or addr is not accessible
 * error: EINTR, a signal arrived before any data was sent
 * error: EINVAL, addr_len is out of range or too small, or a bad argument for the protocol
 * error: EISCONN, addr given for a connected connection-mode socket
 * error: EMSGSIZE, the message is too large to send atomically
 * error: ENOBUFS, the interface output queue is full
 * error: ENOMEM, memory ran out
 * error: ENOTCONN, the socket is not connected and no destination was given
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, a flag is not supported by this socket type
 * error: EPIPE, the local end was shut down for writing or the connection broke (SIGPIPE is sent unless MSG_NOSIGNAL)
 * error: EAFNOSUPPORT, addr has a family the socket cannot send to
 * error: EHOSTUNREACH, no route to the destination host
 * error: ENETUNREACH, the destination network is unreachable
 * error: EPERM, a firewall rule or security module refused
 *
 * signal: SIGPIPE
 *   direction: send
 *   action: terminate
 *   condition: writing to a stream socket whose connection is closed, without MSG_NOSIGNAL
 *
 * since-version: 1.0
 *
 * notes: 0x10 in the flags mask is MSG_PROBE, a kernel-internal name
 *   (glibc calls this bit MSG_PROXY) that makes UDP and raw sockets only
 *   probe the path. The internal bits MSG_SPLICE_PAGES,
 *   MSG_SENDPAGE_NOPOLICY and MSG_SENDPAGE_DECRYPTED are cleared before
 *   the protocol sees them. If the socket's O_NONBLOCK is set,
 *   MSG_DONTWAIT is implied. EAFNOSUPPORT, EHOSTUNREACH, ENETUNREACH and
 *   EPERM are not in the manual page's list.
 */
SYSCALL_DEFINE6(sendto, int, fd, void __user *, buff, size_t, len,
		unsigned int, flags, struct sockaddr __user *, addr,
		int, addr_len)
{
	return 0;
}

/**
 * sys_recvfrom - Receive a message from a socket and its source address
 * @fd: the socket
 * @ubuf: buffer for the data
 * @size: capacity of ubuf in bytes
 * @flags: MSG_* flags
 * @addr: receives the source address, or NULL
 * @addr_len: in: size of addr; out: real address size; NULL with addr NULL
 *
 * long-desc: Receives up to size bytes into ubuf, waiting for data
 *   unless non-blocking, and optionally reports where the data came
 *   from.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: ubuf
 *   type: user_ptr, output, optional
 *   constraint-type: buffer(2)
 *   desc: May be NULL when nothing is copied: a size of 0, or MSG_TRUNC
 *   on a TCP socket, which discards the data instead of copying it.
 *
 * param: size
 *   type: uint, input
 *   constraint-type: none
 *   desc: Requests above MAX_RW_COUNT are shortened to it.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(MSG_OOB | MSG_PEEK | MSG_TRUNC | MSG_DONTWAIT | MSG_WAITALL | MSG_ERRQUEUE | MSG_CMSG_CLOEXEC)
 *   desc: Flags the protocols act on when receiving; MSG_CMSG_CLOEXEC
 *   has no effect here because recvfrom carries no control data.
 *
 * param: addr
 *   type: user_ptr, output, optional
 *   constraint-type: user_ptr
 *   desc: Receives at most *addr_len bytes of the source address
 *   (silently truncated).
 *
 * param: addr_len
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   size: sizeof(int)
 *   desc: Required when addr is not NULL; *addr_len must not be
 *   negative. On return it holds the full address size.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes received (with MSG_TRUNC on datagram
 *   sockets, the real datagram length). 0 means the stream peer shut
 *   down in order, or an empty datagram arrived.
 *
 * error: EAGAIN, non-blocking (or MSG_DONTWAIT) and no data is ready, or a receive timeout expired (EWOULDBLOCK is the same value)
 * error: EBADF, fd is not an open descriptor
 * error: ECONNREFUSED, the remote host refused the connection
 * error: ECONNRESET, the peer reset the connection
 * error: EFAULT, ubuf, addr or addr_len is not accessible
 * error: EINTR, a signal arrived before any data was received
 * error: EINVAL, *addr_len is negative, MSG_OOB when out-of-band data is not available in this way, or another bad argument
 * error: ENOMEM, memory ran out
 * error: ENOTCONN, the connection-mode socket is not connected
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, a flag (e.g. MSG_OOB) is not supported by this socket type
 *
 * since-version: 1.0
 *
 * notes: MSG_ERRQUEUE reads queued errors. If the socket's O_NONBLOCK is
 *   set, MSG_DONTWAIT is implied. Pending asynchronous socket errors
 *   (ETIMEDOUT, EHOSTUNREACH ...) can be reported by a receive call.
 *   ECONNRESET and EOPNOTSUPP are not in the manual page's list.
 */
SYSCALL_DEFINE6(recvfrom, int, fd, void __user *, ubuf, size_t, size,
		unsigned int, flags, struct sockaddr __user *, addr,
		int __user *, addr_len)
{
	return 0;
}

/**
 * sys_shutdown - Shut down part of a full-duplex connection
 * @fd: the socket
 * @how: which direction to shut down
 *
 * long-desc: Disables further receives (SHUT_RD), sends (SHUT_WR) or
 *   both (SHUT_RDWR) on the socket, regardless of other descriptors
 *   that refer to it.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: how
 *   type: int, input
 *   constraint-type: enum(SHUT_RD, SHUT_WR, SHUT_RDWR)
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBADF, fd is not an open descriptor
 * error: EINVAL, how is not SHUT_RD, SHUT_WR or SHUT_RDWR
 * error: ENOTCONN, the socket is not connected
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket type does not support shutdown
 * error: EPERM, a security module refused
 *
 * since-version: 1.0
 *
 * notes: EOPNOTSUPP and EPERM are kernel-only. An unconnected UDP socket
 *   reports ENOTCONN but is still marked shut down.
 */
SYSCALL_DEFINE2(shutdown, int, fd, int, how)
{
	return 0;
}

/* ---- net family helper: socketpair, accept, getsockname, getpeername,
 * setsockopt, getsockopt, sendmsg, recvmsg, sendmmsg, recvmmsg ---------- */

/**
 * sys_socketpair - Create a pair of connected sockets
 * @family: protocol family; only AF_UNIX and AF_TIPC implement pairs
 * @type: socket type, optionally ORed with SOCK_NONBLOCK and SOCK_CLOEXEC
 * @protocol: protocol within the family, 0 for the default
 * @usockvec: user array that receives the two descriptors
 *
 * long-desc: Creates two sockets of the same family, type and protocol,
 *   already connected to each other, and stores their descriptors in
 *   usockvec[0] and usockvec[1].
 *
 * contexts: process, sleepable
 *
 * param: family
 *   type: int, input
 *   constraint-type: enum(AF_UNIX, AF_TIPC)
 *   desc: The only families whose socket operations implement
 *   socketpair in 6.12; every other family that can create sockets
 *   fails with EOPNOTSUPP, the rest with EAFNOSUPPORT. AF_TIPC depends
 *   on CONFIG_TIPC. AF_LOCAL is AF_UNIX.
 *
 * param: type
 *   type: int, input
 *   constraint-type: mask(15 | SOCK_NONBLOCK | SOCK_CLOEXEC)
 *   desc: As for socket(): a type value in the low four bits, plus
 *   SOCK_NONBLOCK and SOCK_CLOEXEC for both new descriptors; other bits
 *   are rejected.
 *
 * param: protocol
 *   type: int, input
 *   constraint-type: range(0, 1)
 *   desc: AF_UNIX takes 0 or PF_UNIX (1), AF_TIPC only 0; anything else
 *   gives EPROTONOSUPPORT.
 *
 * param: usockvec
 *   type: user_ptr, output
 *   constraint-type: user_ptr
 *   size: 2 * sizeof(int)
 *   desc: Two int slots, written before the sockets are created.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EAFNOSUPPORT, family is out of range or has no socket implementation in this kernel
 * error: EFAULT, usockvec is not writable
 * error: EINVAL, type has unknown flag bits or a type value of SOCK_MAX or more
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached, or no socket inode could be allocated
 * error: ENOMEM, memory for the sockets ran out
 * error: EOPNOTSUPP, the family does not support socket pairs
 * error: EPERM, a security module refused
 * error: EPROTONOSUPPORT, the protocol is not supported by the family
 * error: ESOCKTNOSUPPORT, the family does not support this socket type
 *
 * since-version: 1.0
 *
 * notes: 15 in the type mask is the kernel-internal SOCK_TYPE_MASK, as
 *   for socket(). The descriptors are stored in usockvec before the
 *   sockets exist; on a later failure they are released again, so the
 *   array may hold numbers that are not open. The manual page lists
 *   EOPNOTSUPP and EPROTONOSUPPORT but not ESOCKTNOSUPPORT or EINVAL.
 */
SYSCALL_DEFINE4(socketpair, int, family, int, type, int, protocol,
		int __user *, usockvec)
{
	return 0;
}

/**
 * sys_accept - Accept a connection on a listening socket
 * @fd: the listening socket
 * @upeer_sockaddr: receives the peer address, or NULL
 * @upeer_addrlen: in: size of upeer_sockaddr; out: real address size
 *
 * long-desc: Takes the first pending connection of a listening socket,
 *   creates a new connected socket for it, and returns its descriptor.
 *   The same as accept4() with flags 0.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must be a listening socket.
 *
 * param: upeer_sockaddr
 *   type: user_ptr, output, optional
 *   constraint-type: user_ptr
 *   desc: Receives at most *upeer_addrlen bytes of the peer address
 *   (silently truncated). NULL skips the address.
 *
 * param: upeer_addrlen
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   size: sizeof(int)
 *   desc: Read only when upeer_sockaddr is not NULL; *upeer_addrlen
 *   must not be negative. On return it holds the full address size.
 *
 * return:
 *   type: fd
 *   check-type: fd
 *   desc: The descriptor of the accepted socket, without O_NONBLOCK or
 *   close-on-exec.
 *
 * error: EAGAIN, the socket is non-blocking and no connection is pending (EWOULDBLOCK is the same value)
 * error: EBADF, fd is not an open descriptor
 * error: ECONNABORTED, the connection was aborted before it could be accepted
 * error: ECONNRESET, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: EFAULT, upeer_addrlen or upeer_sockaddr is not accessible
 * error: EHOSTDOWN, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: EHOSTUNREACH, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: EINTR, a signal arrived while waiting for a connection
 * error: EINVAL, the socket is not listening, or *upeer_addrlen is negative
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENETDOWN, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: ENETUNREACH, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: ENFILE, the system-wide file limit was reached, or no socket inode could be allocated
 * error: ENOBUFS, socket buffers could not be allocated
 * error: ENOMEM, memory for the new socket ran out
 * error: ENONET, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: ENOPROTOOPT, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket type does not accept connections (e.g. SOCK_DGRAM)
 * error: EPERM, a firewall rule or security module refused the connection
 * error: EPROTO, a protocol error occurred on the new connection
 * error: ETIMEDOUT, the new connection carries this pending error, which some protocols pass on (AF_SMC in 6.12)
 *
 * since-version: 1.0
 *
 * notes: The address is copied out after the connection has been taken
 *   off the queue; if that copy fails (EFAULT, EINVAL) the new socket is
 *   closed and the connection is lost. The manual page advises retrying
 *   on network errors of the new connection; 6.12's TCP accept does not
 *   report them, AF_SMC does.
 */
SYSCALL_DEFINE3(accept, int, fd, struct sockaddr __user *, upeer_sockaddr,
		int __user *, upeer_addrlen)
{
	return 0;
}

/**
 * sys_getsockname - Get the local address of a socket
 * @fd: the socket
 * @usockaddr: receives the address
 * @usockaddr_len: in: size of usockaddr; out: real address size
 *
 * long-desc: Stores the address the socket is bound to (all zero, or
 *   an empty AF_UNIX name, for an unbound socket).
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: usockaddr
 *   type: user_ptr, output, optional
 *   constraint-type: user_ptr
 *   desc: Receives at most *usockaddr_len bytes (silently truncated); it
 *   is not touched when *usockaddr_len is 0.
 *
 * param: usockaddr_len
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   size: sizeof(int)
 *   desc: Always read; *usockaddr_len must not be negative. On return it
 *   holds the full address size, which may exceed the value passed in.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBADF, fd is not an open descriptor
 * error: EFAULT, usockaddr_len or usockaddr is not accessible
 * error: EINVAL, *usockaddr_len is negative
 * error: ENOMEM, the audit record of the address could not be allocated
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket type has no local address
 * error: EPERM, a security module refused
 *
 * since-version: 1.0
 *
 * notes: EOPNOTSUPP and EPERM are kernel-only.
 */
SYSCALL_DEFINE3(getsockname, int, fd, struct sockaddr __user *, usockaddr,
		int __user *, usockaddr_len)
{
	return 0;
}

/**
 * sys_getpeername - Get the address of the peer of a connected socket
 * @fd: the socket
 * @usockaddr: receives the address
 * @usockaddr_len: in: size of usockaddr; out: real address size
 *
 * long-desc: Stores the address of the socket the given one is
 *   connected to.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a connected socket.
 *
 * param: usockaddr
 *   type: user_ptr, output, optional
 *   constraint-type: user_ptr
 *   desc: Receives at most *usockaddr_len bytes (silently truncated); it
 *   is not touched when *usockaddr_len is 0.
 *
 * param: usockaddr_len
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   size: sizeof(int)
 *   desc: Always read; *usockaddr_len must not be negative. On return it
 *   holds the full address size, which may exceed the value passed in.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * error: EBADF, fd is not an open descriptor
 * error: EFAULT, usockaddr_len or usockaddr is not accessible
 * error: EINVAL, *usockaddr_len is negative
 * error: ENOMEM, the audit record of the address could not be allocated
 * error: ENOTCONN, the socket is not connected
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket type has no peer address
 * error: EPERM, a security module refused
 *
 * since-version: 1.0
 *
 * notes: EOPNOTSUPP and EPERM are kernel-only.
 */
SYSCALL_DEFINE3(getpeername, int, fd, struct sockaddr __user *, usockaddr,
		int __user *, usockaddr_len)
{
	return 0;
}

/**
 * sys_setsockopt - Set an option of a socket
 * @fd: the socket
 * @level: SOL_SOCKET or the protocol level the option belongs to
 * @optname: the option, interpreted within level
 * @optval: the option's value
 * @optlen: size of optval in bytes
 *
 * long-desc: Sets a socket-level (SOL_SOCKET) or protocol-level option.
 *   What optval holds, and how long it must be, depends on level and
 *   optname.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: level
 *   type: int, input
 *   constraint-type: none
 *   desc: SOL_SOCKET, or a protocol number (IPPROTO_TCP, IPPROTO_IPV6,
 *   ...) or SOL_* value the socket's family understands. The set is
 *   protocol-specific; unknown levels fail with ENOPROTOOPT or
 *   EOPNOTSUPP.
 *
 * param: optname
 *   type: int, input
 *   constraint-type: none
 *   desc: Meaningful only within level; unknown options give
 *   ENOPROTOOPT.
 *
 * param: optval
 *   type: user_ptr, input, optional
 *   constraint-type: buffer(4)
 *   desc: optlen bytes that the option reads (most take an int). NULL
 *   only for options that read nothing.
 *
 * param: optlen
 *   type: int, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Negative values are rejected with EINVAL before the option is
 *   looked at. Options need at least their value's size.
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * constraint: SOL_SOCKET options take an int
 *   desc: at level SOL_SOCKET every option but SO_BINDTODEVICE needs
 *   optlen of at least sizeof(int) and fails with EINVAL otherwise; the
 *   check is skipped when a cgroup BPF program handles the call, and
 *   MPTCP, vsock and some UDP tunnel sockets route SOL_SOCKET to their
 *   own handlers
 *
 * constraint: SOL_SOCKET read-only options
 *   desc: SO_TYPE, SO_PROTOCOL, SO_DOMAIN and SO_ERROR cannot be set: the
 *   generic SOL_SOCKET code fails them with ENOPROTOOPT
 *
 * error: EADDRINUSE, a protocol option conflicts with an existing state (e.g. IP_ADD_MEMBERSHIP for a group already joined)
 * error: EADDRNOTAVAIL, a protocol option names an address or group that is not available (e.g. IP_DROP_MEMBERSHIP for a group not joined)
 * error: EBADF, fd is not an open descriptor
 * error: EBUSY, a protocol option cannot be changed now (e.g. TCP_CONGESTION to an algorithm that cannot be taken)
 * error: EDOM, a timeout value (SO_RCVTIMEO, SO_SNDTIMEO) is out of range
 * error: EEXIST, a protocol option is already set and cannot be set twice (e.g. TCP_ULP)
 * error: EFAULT, optval is not readable for the size the option needs
 * error: EINVAL, optlen is negative or too small for the option, or the value is invalid for the option or the socket state
 * error: ENOBUFS, a protocol limit or kernel memory for the option was exhausted (e.g. multicast memberships)
 * error: ENODEV, SO_BINDTODEVICE names no existing interface
 * error: ENOENT, a protocol option names something unknown (e.g. TCP_CONGESTION or TCP_ULP with an unknown name)
 * error: ENOMEM, kernel memory ran out
 * error: ENOPROTOOPT, the option is unknown at this level, or cannot be set
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket's protocol has no options at this level, or does not support this one
 * error: EPERM, the option needs a privilege the caller lacks (e.g. CAP_NET_ADMIN, CAP_NET_RAW), or a security module or BPF program refused
 *
 * capability: CAP_NET_ADMIN
 *   type: override_restriction
 *   allows: Set options such as SO_RCVBUFFORCE, SO_SNDBUFFORCE, SO_MARK and priorities above 6
 *   without: EPERM for those options
 *
 * since-version: 1.0
 *
 * notes: level and optname are open-ended: every protocol family adds
 *   its own, so the spec does not enumerate them, and protocol options
 *   can fail with further codes of their own; the list names the ones
 *   common protocols use. Many options read only
 *   the first sizeof(int) bytes and ignore the rest. The manual page
 *   lists neither ENOBUFS, ENODEV, ENOMEM, EOPNOTSUPP nor EPERM; 6.12
 *   returns them from the socket and protocol code.
 */
SYSCALL_DEFINE5(setsockopt, int, fd, int, level, int, optname,
		char __user *, optval, int, optlen)
{
	return 0;
}

/**
 * sys_getsockopt - Get an option of a socket
 * @fd: the socket
 * @level: SOL_SOCKET or the protocol level the option belongs to
 * @optname: the option, interpreted within level
 * @optval: receives the option's value
 * @optlen: in: size of optval; out: size of the value stored
 *
 * long-desc: Reads a socket-level (SOL_SOCKET) or protocol-level option
 *   into optval and stores its size in *optlen.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: level
 *   type: int, input
 *   constraint-type: none
 *   desc: SOL_SOCKET, or a protocol level the socket's family
 *   understands; the set is protocol-specific.
 *
 * param: optname
 *   type: int, input
 *   constraint-type: none
 *   desc: Meaningful only within level; unknown options give
 *   ENOPROTOOPT.
 *
 * param: optval
 *   type: user_ptr, output, optional
 *   constraint-type: user_ptr
 *   desc: Room for *optlen bytes. Values longer than that are usually
 *   truncated; some options need a minimum size and fail with EINVAL.
 *
 * param: optlen
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   size: sizeof(int)
 *   desc: Always read; *optlen must not be negative. On return it holds
 *   the number of bytes stored (for some options the size needed).
 *
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *
 * constraint: SOL_SOCKET length
 *   desc: at level SOL_SOCKET a negative *optlen fails with EINVAL; for
 *   most options a shorter buffer gets the value truncated to *optlen
 *   bytes, while SO_PEERNAME fails with EINVAL when *optlen exceeds the
 *   peer address size and SO_PEERGROUPS with ERANGE when the buffer is
 *   too small
 *
 * error: EBADF, fd is not an open descriptor
 * error: EFAULT, optlen or optval is not accessible
 * error: EINVAL, *optlen is negative or does not fit the option, or the option is not valid in the socket's state
 * error: ENODATA, SO_PEERGROUPS on a socket without peer credentials
 * error: ENOPROTOOPT, the option is unknown at this level
 * error: ENOTCONN, SO_PEERNAME (or a protocol's peer option) on a socket that is not connected
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket's protocol has no options at this level
 * error: EPERM, a security module or BPF program refused
 * error: ERANGE, the value does not fit the buffer (e.g. SO_PEERGROUPS), with the size needed in *optlen
 *
 * since-version: 1.0
 *
 * notes: level and optname are open-ended, as for setsockopt(). ENODATA,
 *   ENOTCONN, EOPNOTSUPP, EPERM and ERANGE are kernel-only; the manual
 *   page does not list them.
 */
SYSCALL_DEFINE5(getsockopt, int, fd, int, level, int, optname,
		char __user *, optval, int __user *, optlen)
{
	return 0;
}

/**
 * sys_sendmsg - Send a message with scatter-gather data and control data
 * @fd: the socket
 * @msg: message header: address, iovec array, control data
 * @flags: MSG_* flags
 *
 * long-desc: Sends the data described by msg->msg_iov, optionally to
 *   msg->msg_name and with ancillary data (SCM_RIGHTS, SCM_CREDENTIALS,
 *   ...) from msg->msg_control.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: msg
 *   type: user_ptr, input
 *   constraint-type: user_ptr
 *   desc: A struct msghdr. msg_namelen must not be negative (larger
 *   values are cut to sizeof(struct sockaddr_storage)); msg_iovlen is at
 *   most UIO_MAXIOV; msg_controllen at most INT_MAX.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(~MSG_CMSG_COMPAT)
 *   desc: The generic code rejects only MSG_CMSG_COMPAT, the kernel's
 *   internal marker for 32-bit callers; other bits go to the protocol,
 *   which acts on those it knows (MSG_DONTWAIT, MSG_NOSIGNAL, MSG_MORE,
 *   MSG_ZEROCOPY ...) and may reject some with EOPNOTSUPP.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes sent, which can be less than the total
 *   for stream sockets.
 *
 * error: EACCES, a broadcast destination without SO_BROADCAST, no write permission on an AF_UNIX destination path, or a security module refused
 * error: EAFNOSUPPORT, msg_name has a family the socket cannot send to
 * error: EAGAIN, the socket is non-blocking (or MSG_DONTWAIT) and the send buffer is full (EWOULDBLOCK is the same value)
 * error: EBADF, fd is not an open descriptor, or a descriptor passed with SCM_RIGHTS is not open
 * error: ECONNREFUSED, a connected datagram socket has a pending ICMP port-unreachable error, or no AF_UNIX socket is bound at the destination
 * error: ECONNRESET, the peer reset the connection
 * error: EDESTADDRREQ, the socket is not connected and msg_name is NULL
 * error: EFAULT, msg, the iovec array, a buffer, the address or the control data is not accessible
 * error: EHOSTUNREACH, no route to the destination host
 * error: EINTR, a signal arrived before any data was sent
 * error: EINVAL, flags has MSG_CMSG_COMPAT, msg_namelen is negative or too small, an iov_len is negative as ssize_t or the total overflows, or the control data is malformed
 * error: EISCONN, msg_name given for a connected connection-mode socket
 * error: EMSGSIZE, msg_iovlen exceeds UIO_MAXIOV, or the message is too large to send atomically
 * error: ENETUNREACH, the destination network is unreachable
 * error: ENOBUFS, msg_controllen exceeds INT_MAX, memory for the control data could not be allocated, or the interface output queue is full
 * error: ENOENT, AF_UNIX: the destination path does not exist
 * error: ENOMEM, memory ran out
 * error: ENOTCONN, the socket is not connected and no destination was given
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, a flag is not supported by this socket type
 * error: EPERM, a firewall rule or security module refused, or SCM_CREDENTIALS names ids the caller may not use
 * error: EPIPE, the local end was shut down for writing or the connection broke (SIGPIPE is sent unless MSG_NOSIGNAL)
 * error: EPROTOTYPE, AF_UNIX: the destination socket has a different type
 * error: ETIMEDOUT, the connection timed out (a pending error of the socket)
 * error: ETOOMANYREFS, SCM_RIGHTS would exceed the limit of descriptors in flight
 *
 * signal: SIGPIPE
 *   direction: send
 *   action: terminate
 *   condition: sending on a stream socket whose connection is closed, without MSG_NOSIGNAL
 *
 * since-version: 1.0
 *
 * notes: The kernel does not reject unknown MSG_* bits; it clears its
 *   internal MSG_SPLICE_PAGES, MSG_SENDPAGE_NOPOLICY and
 *   MSG_SENDPAGE_DECRYPTED and passes the rest on. MSG_CMSG_COMPAT is
 *   0x80000000 on kernels with 32-bit compat support (x86_64 defconfig)
 *   and 0, rejecting nothing, without it. If the socket's O_NONBLOCK is
 *   set, MSG_DONTWAIT is implied. AF_UNIX path lookup can also yield
 *   ELOOP, ENAMETOOLONG and ENOTDIR. The manual page does not list EBADF
 *   for SCM_RIGHTS, ECONNREFUSED, ENOENT, EPROTOTYPE, ETIMEDOUT,
 *   ETOOMANYREFS, EHOSTUNREACH or ENETUNREACH.
 */
SYSCALL_DEFINE3(sendmsg, int, fd, struct user_msghdr __user *, msg, unsigned int, flags)
{
	return 0;
}

/**
 * sys_recvmsg - Receive a message with scatter-gather data and control data
 * @fd: the socket
 * @msg: message header: address buffer, iovec array, control buffer
 * @flags: MSG_* flags
 *
 * long-desc: Receives data into the buffers of msg->msg_iov, the source
 *   address into msg->msg_name and ancillary data into msg->msg_control,
 *   and reports message flags (MSG_TRUNC, MSG_CTRUNC, ...) in
 *   msg->msg_flags.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: msg
 *   type: user_ptr, inout
 *   constraint-type: user_ptr
 *   desc: A struct msghdr. msg_namelen must not be negative; msg_iovlen
 *   is at most UIO_MAXIOV. msg_namelen, msg_controllen and msg_flags are
 *   written back.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(~MSG_CMSG_COMPAT)
 *   desc: The generic code rejects only MSG_CMSG_COMPAT; MSG_PEEK,
 *   MSG_TRUNC, MSG_DONTWAIT, MSG_WAITALL, MSG_ERRQUEUE, MSG_CMSG_CLOEXEC
 *   and others are passed to the protocol, which may reject some (e.g.
 *   MSG_OOB) with EOPNOTSUPP or EINVAL.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of bytes received (with MSG_TRUNC on datagram
 *   sockets, the real datagram length). 0 means the stream peer shut
 *   down in order, or an empty datagram arrived.
 *
 * error: EAGAIN, non-blocking (or MSG_DONTWAIT) and no data is ready, or a receive timeout expired (EWOULDBLOCK is the same value)
 * error: EBADF, fd is not an open descriptor
 * error: ECONNREFUSED, the remote host refused the connection
 * error: ECONNRESET, the peer reset the connection
 * error: EFAULT, msg, the iovec array, a buffer, the address or the control buffer is not accessible
 * error: EHOSTUNREACH, a pending ICMP error of the socket is reported
 * error: EINTR, a signal arrived before any data was received
 * error: EINVAL, flags has MSG_CMSG_COMPAT, msg_namelen is negative, an iov_len is negative as ssize_t or the total overflows, or MSG_OOB when out-of-band data is not available in this way
 * error: EMSGSIZE, msg_iovlen exceeds UIO_MAXIOV
 * error: ENETUNREACH, a pending ICMP error of the socket is reported
 * error: ENOMEM, memory ran out
 * error: ENOTCONN, the connection-mode socket is not connected
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, a flag (e.g. MSG_OOB) is not supported by this socket type
 * error: ETIMEDOUT, the connection timed out (a pending error of the socket)
 *
 * since-version: 1.0
 *
 * notes: Unknown MSG_* bits are not rejected. MSG_CMSG_COMPAT is
 *   0x80000000 on kernels with 32-bit compat support (x86_64 defconfig)
 *   and 0 without it. If the socket's O_NONBLOCK is set, MSG_DONTWAIT is
 *   implied. Pending asynchronous socket errors can be reported here.
 *   ECONNRESET, EMSGSIZE and EOPNOTSUPP are not in the manual page's
 *   list.
 */
SYSCALL_DEFINE3(recvmsg, int, fd, struct user_msghdr __user *, msg,
		unsigned int, flags)
{
	return 0;
}

/**
 * sys_sendmmsg - Send several messages with one call
 * @fd: the socket
 * @mmsg: array of struct mmsghdr
 * @vlen: number of entries in mmsg
 * @flags: MSG_* flags
 *
 * long-desc: Sends the messages of mmsg in order, as sendmsg() would,
 *   storing each one's byte count in its msg_len, and stops at the first
 *   failure.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: mmsg
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   desc: vlen struct mmsghdr entries; each msg_hdr follows the sendmsg()
 *   rules, and msg_len is written for every message sent. MSG_EOR in a
 *   msg_hdr's msg_flags applies to that message. Not read when vlen is
 *   0.
 *
 * param: vlen
 *   type: uint, input
 *   constraint-type: none
 *   desc: Values above UIO_MAXIOV (1024) are lowered to it; 0 sends
 *   nothing and returns 0.
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(~MSG_CMSG_COMPAT)
 *   desc: As for sendmsg(): only MSG_CMSG_COMPAT is rejected. All but
 *   the last message are sent with MSG_BATCH added.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of messages sent; fewer than vlen when one failed
 *   after at least one was sent.
 *
 * constraint: an array for a nonzero count
 *   desc: mmsg may be NULL only when vlen is 0 (EFAULT otherwise)
 *   expr: vlen == 0 || mmsg != 0
 *
 * error: EACCES, a broadcast destination without SO_BROADCAST, no write permission on an AF_UNIX destination path, or a security module refused
 * error: EAFNOSUPPORT, the first message's msg_name has a family the socket cannot send to
 * error: EAGAIN, the socket is non-blocking (or MSG_DONTWAIT) and the send buffer is full before the first message (EWOULDBLOCK is the same value)
 * error: EBADF, fd is not an open descriptor, or a descriptor passed with SCM_RIGHTS in the first message is not open
 * error: ECONNREFUSED, a connected datagram socket has a pending ICMP port-unreachable error, or no AF_UNIX socket is bound at the destination
 * error: ECONNRESET, the peer reset the connection
 * error: EDESTADDRREQ, the socket is not connected and msg_name is NULL
 * error: EFAULT, mmsg or a part of the first message is not accessible
 * error: EHOSTUNREACH, no route to the destination host
 * error: EINTR, a signal arrived before the first message was sent
 * error: EINVAL, flags has MSG_CMSG_COMPAT, or the first message is invalid as for sendmsg()
 * error: EISCONN, msg_name given for a connected connection-mode socket
 * error: EMSGSIZE, the first message has too many iovec entries or is too large to send atomically
 * error: ENETUNREACH, the destination network is unreachable
 * error: ENOBUFS, the first message's control data could not be allocated, or the interface output queue is full
 * error: ENOENT, AF_UNIX: the destination path does not exist
 * error: ENOMEM, memory ran out
 * error: ENOTCONN, the socket is not connected and no destination was given
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, a flag is not supported by this socket type
 * error: EPERM, a firewall rule or security module refused, or SCM_CREDENTIALS names ids the caller may not use
 * error: EPIPE, the connection broke before the first message (SIGPIPE is sent unless MSG_NOSIGNAL)
 * error: EPROTOTYPE, AF_UNIX: the destination socket has a different type
 * error: ETIMEDOUT, the connection timed out (a pending error of the socket)
 * error: ETOOMANYREFS, SCM_RIGHTS in the first message would exceed the limit of descriptors in flight
 *
 * signal: SIGPIPE
 *   direction: send
 *   action: terminate
 *   condition: sending on a stream socket whose connection is closed, without MSG_NOSIGNAL
 *
 * since-version: 3.0
 *
 * notes: An error is returned only when no message was sent; a later
 *   failure shortens the count and is otherwise lost (the manual page
 *   says it can be read later; 6.12 does not keep it for sendmmsg).
 *   A positive return value counts messages, not bytes.
 */
SYSCALL_DEFINE4(sendmmsg, int, fd, struct mmsghdr __user *, mmsg,
		unsigned int, vlen, unsigned int, flags)
{
	return 0;
}

/**
 * sys_recvmmsg - Receive several messages with one call
 * @fd: the socket
 * @mmsg: array of struct mmsghdr
 * @vlen: number of entries in mmsg
 * @flags: MSG_* flags
 * @timeout: upper bound on the time spent, or NULL
 *
 * long-desc: Receives up to vlen messages into mmsg, as recvmsg()
 *   would, storing each one's byte count in its msg_len.
 *   MSG_WAITFORONE makes it stop blocking after the first message.
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 *   constraint-type: range(0, INT_MAX)
 *   desc: Must refer to a socket.
 *
 * param: mmsg
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   desc: vlen struct mmsghdr entries; each msg_hdr follows the
 *   recvmsg() rules. Not read when vlen is 0.
 *
 * param: vlen
 *   type: uint, input
 *   constraint-type: none
 *   desc: Not limited; 0 receives nothing and returns 0 (after any
 *   pending socket error is reported).
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(~MSG_CMSG_COMPAT)
 *   desc: As for recvmsg(), plus MSG_WAITFORONE; only MSG_CMSG_COMPAT is
 *   rejected.
 *
 * param: timeout
 *   type: user_ptr, inout, optional
 *   constraint-type: user_ptr
 *   size: sizeof(struct __kernel_timespec)
 *   desc: Checked only between messages, so it does not bound a blocking
 *   wait for one. tv_nsec must be in [0, 999999999] and tv_sec not
 *   negative. Updated with the time left when at least one message
 *   arrived.
 *
 * return:
 *   type: int
 *   check-type: range
 *   success: >= 0
 *   desc: The number of messages received.
 *
 * constraint: an array for a nonzero count
 *   desc: mmsg may be NULL only when vlen is 0 (EFAULT otherwise)
 *   expr: vlen == 0 || mmsg != 0
 *
 * error: EAGAIN, non-blocking (or MSG_DONTWAIT) and no message is ready, or a receive timeout expired (EWOULDBLOCK is the same value)
 * error: EBADF, fd is not an open descriptor
 * error: ECONNREFUSED, the remote host refused the connection
 * error: ECONNRESET, the peer reset the connection
 * error: EFAULT, mmsg, timeout or a part of the first message is not accessible
 * error: EHOSTUNREACH, a pending ICMP error of the socket is reported
 * error: EINTR, a signal arrived before the first message
 * error: EINVAL, flags has MSG_CMSG_COMPAT, timeout is not a valid timespec, or the first message is invalid as for recvmsg()
 * error: EMSGSIZE, the first message has more than UIO_MAXIOV iovec entries
 * error: ENETUNREACH, a pending ICMP error of the socket is reported
 * error: ENOMEM, memory ran out
 * error: ENOTCONN, the connection-mode socket is not connected
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, a flag is not supported by this socket type
 * error: ETIMEDOUT, the connection timed out (a pending error of the socket)
 *
 * since-version: 2.6.33
 *
 * notes: An error after at least one message is not returned: it is
 *   kept as the socket's pending error (except EAGAIN) and reported by
 *   the next call or SO_ERROR. Unless MSG_ERRQUEUE is given, a pending
 *   socket error fails the call before anything is received. The
 *   definition is the 64-bit-time one; 32-bit architectures also have
 *   recvmmsg_time32.
 */
SYSCALL_DEFINE5(recvmmsg, int, fd, struct mmsghdr __user *, mmsg,
		unsigned int, vlen, unsigned int, flags,
		struct __kernel_timespec __user *, timeout)
{
	return 0;
}
