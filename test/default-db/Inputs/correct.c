/* The same job done right: the default database has nothing to say. */
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

int copy_header(const char *path, char *out)
{
	char hdr[16];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	void *map;

	if (fd < 0)
		return -1;
	if (read(fd, hdr, sizeof(hdr)) < 0)
		return -1;
	map = mmap(0, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
	if (map == MAP_FAILED)
		return -1;
	if (madvise(map, 4096, MADV_SEQUENTIAL))
		return -1;
	out[0] = hdr[0];
	if (close(fd))
		return -1;
	return 0;
}
