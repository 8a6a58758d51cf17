/* Prints VALID_OPEN_FLAGS, whose definition the test extracts from the
 * kernel's include/linux/fcntl.h and force-includes, evaluated with this
 * machine's UAPI <linux/fcntl.h> (as the default database is). */
#include <linux/fcntl.h>
#include <stdio.h>

int main(void)
{
	printf("%#lx\n", (unsigned long)(VALID_OPEN_FLAGS));
	return 0;
}
