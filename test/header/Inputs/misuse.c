#include <fcntl.h>
#include <stddef.h>
#include <unistd.h>

int misuse(const char *path, void *p)
{
	int fd = open(path, O_RDONLY | 0x80000000);

	if (read(fd, p, 16) < 0 || lseek(fd, 0, 17) < 0)
		return -1;
	return fd;
}
