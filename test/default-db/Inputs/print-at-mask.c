/* Prints KT_MASK, a flags mask the test extracts from a kernel function's
 * "flags & ~(...)" test and force-includes as a macro, evaluated with this
 * machine's UAPI <linux/fcntl.h> (as the default database is). */
#include <linux/fcntl.h>
#include <stdio.h>

int main(void)
{
	printf("%#lx\n", (unsigned long)(KT_MASK));
	return 0;
}
