/* Prints the values of the case labels a test took out of a switch in the
 * kernel tree: cases.inc holds one P(NAME) a label, and the names come
 * from the header the test includes with -include (the kernel's own UAPI
 * definitions, or this machine's). */
#include <stdio.h>

#define P(name) printf("%d\n", (int)(name));

int main(void)
{
#include "cases.inc"
	return 0;
}
