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
 * error: EFAULT, upeer_addrlen or upeer_sockaddr is not accessible
 * error: EINTR, a signal arrived while waiting for a connection
 * error: EINVAL, flags has other bits, the socket is not listening, or *upeer_addrlen is negative
 * error: EMFILE, the per-process descriptor limit was reached
 * error: ENFILE, the system-wide file limit was reached, or no socket inode could be allocated
 * error: ENOBUFS, socket buffers could not be allocated
 * error: ENOMEM, memory for the new socket ran out
 * error: ENOTSOCK, fd does not refer to a socket
 * error: EOPNOTSUPP, the socket type does not accept connections (e.g. SOCK_DGRAM)
 * error: EPERM, a firewall rule or security module refused the connection
 * error: EPROTO, a protocol error occurred on the new connection
 *
 * since-version: 2.6.28
 *
 * notes: Pending network errors of the new connection (ENETDOWN,
 *   EHOSTUNREACH, ...) may be reported here as well. The new socket does
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
