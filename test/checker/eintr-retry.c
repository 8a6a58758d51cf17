// kapi-eintr-retry: a call repeated while errno is EINTR although its spec
// says the effect already happened: close() (the default database's EINTR
// error of sys_close says `retry: no`; Linux releases the descriptor
// before it reports EINTR).  Loops written out and glibc's
// TEMP_FAILURE_RETRY fire; a retried read() (no such rule in its spec),
// a loop that retries another call, and a single close() stay silent.
//
// RUN: not %kapi-check --checks='-*,kapi-eintr-retry' %s -- -D_GNU_SOURCE \
// RUN:   | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check --checks='-*,kapi-eintr-retry' %s -- -D_GNU_SOURCE -DKT_GOOD | count 0
#include <errno.h>
#include <stddef.h>
#include <unistd.h>

#ifndef KT_GOOD
void fire_while(int fd)
{
	while (close(fd) == -1 && errno == EINTR)
		;
	// CHECK: eintr-retry.c:[[@LINE-2]]:9: warning: close is repeated after EINTR, but the call must not be retried: the flush was interrupted by a signal; fd is closed anyway [kapi-eintr-retry]
	// CHECK: fs_open.c:{{[0-9]+}}:{{[0-9]+}}: note: sys_close documents EINTR with retry: no
}

int fire_do(int fd)
{
	int r;

	do
		r = close(fd);
	while (r < 0 && EINTR == errno);
	// CHECK: eintr-retry.c:[[@LINE-2]]:7: warning: close is repeated after EINTR
	return r;
}

int fire_macro(int fd)
{
	return (int)TEMP_FAILURE_RETRY(close(fd));
	// CHECK: eintr-retry.c:[[@LINE-1]]:14: warning: close is repeated after EINTR
}
#endif

ssize_t good(int fd, int other, char *buf, size_t len)
{
	ssize_t n;

	do
		n = read(fd, buf, len);
	while (n < 0 && errno == EINTR);
	while (read(fd, buf, len) < 0 && errno == EINTR)
		(void)close(other); /* retried is read, not close */
	if (close(fd) == -1 && errno == EINTR)
		return 0; /* closed anyway: right */
	return n;
}
