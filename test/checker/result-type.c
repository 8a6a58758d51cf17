// kapi-result-type: a result kept in a type that cannot hold the failure
// value (-1, or a negative errno) and then tested for it.  Unsigned int
// and wider still compare equal to -1 (the -1 is converted too), so
// `== -1` there is silent; narrower unsigned types are promoted to int
// first and never equal -1.  Signed holders and untested results stay
// silent.
//
// RUN: not %kapi-check --checks='-*,kapi-result-type' %s -- -D_GNU_SOURCE \
// RUN:   | FileCheck %s --implicit-check-not=warning:
// RUN: %kapi-check --checks='-*,kapi-result-type' %s -- -D_GNU_SOURCE -DKT_GOOD | count 0
#include <stddef.h>
#include <stdint.h>
#include <unistd.h>

#ifndef KT_GOOD
int fire_local(int fd, char *buf, size_t len)
{
	size_t n = read(fd, buf, len);

	if (n < 0)
		return -1;
	// CHECK: result-type.c:[[@LINE-2]]:6: warning: 'n' is size_t, which cannot hold the failure result of read (-1): this test is never true; keep the result in a ssize_t [kapi-result-type]
	// CHECK: note: read is bound with the libc convention
	return (int)n;
}

int fire_assign(int fd, const char *buf, size_t len)
{
	unsigned int n;

	while ((n = write(fd, buf, len)) >= 0)
		len -= n;
	// CHECK: result-type.c:[[@LINE-2]]:9: warning: 'n' is unsigned int, which cannot hold the failure result of write (-1): this test is always true; keep the result in a ssize_t [kapi-result-type]
	return 0;
}

int fire_narrow(int fd, char *buf)
{
	uint8_t c;

	c = read(fd, buf, 1);
	if (c == -1)
		return -1;
	// CHECK: result-type.c:[[@LINE-2]]:6: warning: 'c' is uint8_t, which cannot hold the failure result of read (-1): this test is never true (the value is promoted to int first); keep the result in a ssize_t [kapi-result-type]
	return c;
}
#endif

int good(int fd, char *buf, size_t len)
{
	ssize_t r = read(fd, buf, len);
	size_t n;
	unsigned int u;

	if (r < 0)
		return -1;
	n = read(fd, buf, len);
	if (n == (size_t)-1) /* compares what the -1 became: works */
		return -1;
	u = write(fd, buf, len);
	if (u == -1) /* -1 converted to UINT_MAX: works */
		return -1;
	n = read(fd, buf, len);
	n = 0; /* changed before the test */
	if (n < 1)
		return 0;
	return (int)r;
}
