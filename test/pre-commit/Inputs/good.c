#include <fcntl.h>

int good(const char *path)
{
	return open(path, O_RDWR);
}
