#include <fcntl.h>
#include <stddef.h>
#include <unistd.h>

int misuse(const char *path, void *p)
{
	/* bit 0x40 (O_CREAT) is outside the test spec's mask 0x3 */
	int fd = open(path, O_RDWR | O_CREAT, 0600);

	(void)read(fd, NULL, 16);
	(void)read(fd, p, 16);
	(void)lseek(fd, 0, 7);
	read(fd, p, 1);
	return fd;
}
