/* proc family: prints, as unsigned 32-bit numbers, the values of the case
 * labels a test took out of the kernel tree (cases.inc holds one P(NAME) a
 * label; the names come from the header given with -include).  The
 * reboot commands need it: several are above INT_MAX. */
#include <stdio.h>

#define P(name) printf("%u\n", (unsigned int)(name));

int main(void)
{
#include "cases.inc"
	return 0;
}
