// Default database, net.c specs: each syscall once misused (a finding with
// its rule) and once used correctly (silent).
// RUN: not %kapi-check %s -- -D_GNU_SOURCE 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check %s -- -D_GNU_SOURCE -DKT_GOOD 2>&1 | count 0
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/types.h>

int t_socket(void)
{
#ifdef KT_GOOD
	return socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
#else
	// AF_UNSPEC is for getaddrinfo hints; socket() says EAFNOSUPPORT.
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'family' of socket is 0, not one of the documented values{{.*}}[kapi-enum]
	return socket(AF_UNSPEC, SOCK_STREAM, 0);
#endif
}

int t_bind(int fd)
{
	struct sockaddr_in sin = { .sin_family = AF_INET };
#ifdef KT_GOOD
	if (bind(fd, (struct sockaddr *)&sin, sizeof(sin)) == -1 && errno == EADDRINUSE)
		return -1;
#else
	// Copied from connect's error path: bind never fails with ECONNREFUSED.
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with ECONNREFUSED (111), which bind never sets{{.*}}[kapi-impossible-errno]
	if (bind(fd, (struct sockaddr *)&sin, sizeof(sin)) == -1 && errno == ECONNREFUSED)
		return -1;
#endif
	return 0;
}

int t_listen(int fd)
{
#ifdef KT_GOOD
	if (listen(fd, SOMAXCONN) < 0)
		return -1;
#else
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of listen is ignored{{.*}}[kapi-unchecked-return]
	listen(fd, SOMAXCONN);
#endif
	return 0;
}

int t_accept4(int fd)
{
#ifdef KT_GOOD
	return accept4(fd, NULL, NULL, SOCK_CLOEXEC);
#else
	// FD_CLOEXEC (1) is the fcntl bit, not SOCK_CLOEXEC (EINVAL).
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of accept4 has bits 0x1 outside the documented mask 0x80800 [kapi-mask]
	return accept4(fd, NULL, NULL, FD_CLOEXEC);
#endif
}

int t_connect(int fd, const struct sockaddr *sa)
{
#ifdef KT_GOOD
	return connect(fd, sa, sizeof(struct sockaddr_in6));
#else
	// Longer than any socket address (EINVAL).
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'addrlen' of connect is 256, outside the documented range [0, 128]{{.*}}[kapi-range]
	return connect(fd, sa, 256);
#endif
}

long t_sendto(int fd, const void *b, size_t n, const struct sockaddr_in *to)
{
#ifdef KT_GOOD
	return sendto(fd, b, n, MSG_NOSIGNAL, (const struct sockaddr *)to, sizeof(*to));
#else
	// MSG_WAITALL is a receive flag; sendto ignores it.
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of sendto has bits 0x100 outside the documented mask {{.*}}[kapi-mask]
	return sendto(fd, b, n, MSG_WAITALL, (const struct sockaddr *)to, sizeof(*to));
#endif
}

long t_recvfrom(int fd)
{
	char b[16];
	struct sockaddr_in6 from;
	socklen_t len = sizeof(from);
#ifdef KT_GOOD
	return recvfrom(fd, b, sizeof(b), MSG_DONTWAIT, (struct sockaddr *)&from, &len);
#else
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'size' of recvfrom is 1500, larger than the 16-byte object 'b' passed as 'ubuf' [kapi-buffer-size]
	return recvfrom(fd, b, 1500, 0, (struct sockaddr *)&from, &len);
#endif
}

int t_shutdown(int fd)
{
#ifdef KT_GOOD
	return shutdown(fd, SHUT_RDWR);
#else
	// SHUT_* are values, not bits: SHUT_WR | SHUT_RDWR is 3 (EINVAL).
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'how' of shutdown is 3, not one of the documented values{{.*}}[kapi-enum]
	return shutdown(fd, SHUT_WR | SHUT_RDWR);
#endif
}

// ---- net family helper: socketpair, accept, getsockname, getpeername,
// setsockopt, getsockopt, sendmsg, recvmsg, sendmmsg, recvmmsg.

int t_socketpair(int sv[2])
{
#ifdef KT_GOOD
	return socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv);
#else
	// Only AF_UNIX (and AF_TIPC) implement pairs; AF_INET says EOPNOTSUPP.
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'family' of socketpair is 2, not one of the documented values{{.*}}[kapi-enum]
	return socketpair(AF_INET, SOCK_STREAM, 0, sv);
#endif
}

int t_accept(int lfd)
{
	int fd = accept(lfd, NULL, NULL);
#ifdef KT_GOOD
	if (fd < 0 && errno == ECONNABORTED)
		return -1;
#else
	// ECONNREFUSED belongs to connect(); accept never reports it.
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: errno is compared with ECONNREFUSED (111), which accept never sets{{.*}}[kapi-impossible-errno]
	if (fd < 0 && errno == ECONNREFUSED)
		return -1;
#endif
	return fd;
}

int t_getsockname(int fd)
{
	struct sockaddr_in6 sin6;
#ifdef KT_GOOD
	socklen_t len = sizeof(sin6);
	return getsockname(fd, (struct sockaddr *)&sin6, &len);
#else
	// The length is always read (EFAULT).
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'usockaddr_len' of getsockname, which is not optional{{.*}}[kapi-null]
	return getsockname(fd, (struct sockaddr *)&sin6, NULL);
#endif
}

int t_getpeername(int fd)
{
	struct sockaddr_in6 sin6;
	socklen_t len = sizeof(sin6);
#ifdef KT_GOOD
	if (getpeername(fd, (struct sockaddr *)&sin6, &len) < 0)
		return -1;
#else
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of getpeername is ignored{{.*}}[kapi-unchecked-return]
	getpeername(fd, (struct sockaddr *)&sin6, &len);
#endif
	return len;
}

int t_setsockopt(int fd)
{
	int one = 1;
#ifdef KT_GOOD
	return setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
#else
	// SO_RCVTIMEO takes a struct timeval; the kernel reads 16 bytes of 'one'.
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'optlen' of setsockopt is 16, larger than the 4-byte object 'one' passed as 'optval' [kapi-buffer-size]
	return setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &one, 16);
#endif
}

int t_getsockopt(int fd)
{
	int err = 0;
#ifdef KT_GOOD
	socklen_t len = sizeof(err);
	if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
		return -1;
#else
	// optlen is read and written (EFAULT).
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'optlen' of getsockopt, which is not optional{{.*}}[kapi-null]
	if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, NULL) < 0)
		return -1;
#endif
	return err;
}

long t_sendmsg(int fd, const struct msghdr *m)
{
#ifdef KT_GOOD
	return sendmsg(fd, m, MSG_NOSIGNAL | MSG_DONTWAIT);
#else
	// Bit 31 is the kernel's internal MSG_CMSG_COMPAT marker (EINVAL).
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of sendmsg has bits 0x80000000 outside the documented mask 0x7fffffff [kapi-mask]
	return sendmsg(fd, m, MSG_NOSIGNAL | 0x80000000);
#endif
}

long t_recvmsg(int fd, struct msghdr *m)
{
#ifdef KT_GOOD
	return recvmsg(fd, m, MSG_CMSG_CLOEXEC);
#else
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: null pointer passed as 'msg' of recvmsg, which is not optional{{.*}}[kapi-null]
	return recvmsg(fd, NULL, MSG_CMSG_CLOEXEC);
#endif
}

int t_sendmmsg(int fd, struct mmsghdr *v, unsigned n)
{
#ifdef KT_GOOD
	return sendmmsg(fd, v, n, 0);
#else
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: argument 'flags' of sendmmsg has bits 0x80000000 outside the documented mask 0x7fffffff [kapi-mask]
	return sendmmsg(fd, v, n, ~0u);
#endif
}

int t_recvmmsg(int fd, struct mmsghdr *v, unsigned n)
{
#ifdef KT_GOOD
	if (recvmmsg(fd, v, n, MSG_WAITFORONE, NULL) < 0)
		return -1;
#else
	// CHECK: net.c:[[@LINE+1]]:{{[0-9]+}}: warning: result of recvmmsg is ignored{{.*}}[kapi-unchecked-return]
	recvmmsg(fd, v, n, MSG_WAITFORONE, NULL);
#endif
	return 0;
}
