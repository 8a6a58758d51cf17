#include <fcntl.h>
#include <unistd.h>

int good(const char *path, void *p)
{
	int fd = open(path, O_RDWR);

	if (fd < 0 || read(fd, p, 16) < 0 || lseek(fd, 0, SEEK_SET) < 0)
		return -1;
	return fd;
}
