#include <fcntl.h>

int misuse(const char *path)
{
	return open(path, O_RDWR | O_CREAT, 0600);
}
