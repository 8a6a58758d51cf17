/* Prints, in hex, the value of a mask a test took out of the kernel tree:
 * mask.inc holds the expression (WNOHANG|WUNTRACED|...), and the names come
 * from the header the test includes with -include (the kernel's own UAPI
 * definitions). */
#include <stdio.h>

int main(void)
{
	printf("0x%x\n", (unsigned)(
#include "mask.inc"
	));
	return 0;
}
