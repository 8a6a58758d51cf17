/* Checked with Inputs/config/.kapi-check (one directory up). */
#include <fcntl.h>
#include <ring.h>
#include <unistd.h>

void use(char *b)
{
	ring_create(8, 0);
	(void)open("f", 0x10000000);
	(void)read(-1, b, 1);
}
