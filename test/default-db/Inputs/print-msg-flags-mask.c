/* Prints the flags mask sendmsg, recvmsg, sendmmsg and recvmmsg accept:
 * every bit except MSG_CMSG_COMPAT, whose CONFIG_COMPAT definition (x86_64
 * defconfig has CONFIG_COMPAT=y) the test takes out of the kernel's
 * include/linux/socket.h into cmsg-compat.h. */
#include <stdio.h>

#include "cmsg-compat.h"

int main(void)
{
	printf("%#x\n", ~(unsigned)(MSG_CMSG_COMPAT));
	return 0;
}
