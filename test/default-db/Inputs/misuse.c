/* Real misuses the default database documents; checker.test expects one
 * finding for each. */
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

int copy_header(const char *path, char *out)
{
	char hdr[16];
	int fd = open(path, O_RDONLY | 0x40000000); /* not an open flag */
	void *map;

	if (fd < 0)
		return -1;
	if (read(fd, hdr, 64) < 0) /* 64 bytes into a 16-byte buffer */
		return -1;
	map = mmap(0, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
	if (map == MAP_FAILED)
		return -1;
	if (madvise(map, 4096, 42)) /* 42 is no advice */
		return -1;
	out[0] = hdr[0];
	close(fd); /* a failed close (EIO) goes unnoticed */
	return 0;
}
