/* Prints RWF_SUPPORTED and SPLICE_F_ALL, whose definitions the test takes
 * out of the kernel's include/uapi/linux/fs.h and include/linux/splice.h
 * into kernel-defs.h.  No UAPI <linux/fs.h> here: the installed one may
 * define an older RWF_SUPPORTED. */
#include <stdio.h>

#define __force
typedef int __kernel_rwf_t;
#include "kernel-defs.h"

int main(int argc, char **argv)
{
	(void)argv;
	if (argc > 1)
		printf("%#x\n", (unsigned)(SPLICE_F_ALL));
	else
		printf("%#x\n", (unsigned)(RWF_SUPPORTED));
	return 0;
}
