/* A user header that declares names the C library also has. */
int my_read(int fd, void *buf, unsigned long count);
