/* Prints one mask of the mm family, as the kernel defines or tests it:
 * kernel-defs.h holds the definitions a test took out of the kernel tree
 * (PKEY_ACCESS_MASK, MPOL_MF_VALID, SWAP_FLAGS_VALID, the enum of MPOL_*
 * modes) and the masks it took out of the code of the syscalls
 * (KERNEL_GET_MEMPOLICY_MASK, KERNEL_MOVE_PAGES_MASK).  No installed UAPI
 * header here: the installed one may be older than the kernel tree. */
#include <stdio.h>
#include <string.h>

#include "kernel-defs.h"

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";

	if (!strcmp(what, "pkey"))
		printf("%#lx\n", (unsigned long)(PKEY_ACCESS_MASK));
	else if (!strcmp(what, "mbind"))
		printf("%#lx\n", (unsigned long)(MPOL_MF_VALID));
	else if (!strcmp(what, "get_mempolicy"))
		printf("%#lx\n", (unsigned long)(KERNEL_GET_MEMPOLICY_MASK));
	else if (!strcmp(what, "move_pages"))
		printf("%#lx\n", (unsigned long)(KERNEL_MOVE_PAGES_MASK));
	else if (!strcmp(what, "swapon"))
		printf("%#lx\n", (unsigned long)(SWAP_FLAGS_VALID));
	/* The resolved forms of the "mode is a known policy" constraints. */
	else if (!strcmp(what, "set_mempolicy_mode"))
		printf("((mode - (mode & %#x)) >= 0) && "
		       "((mode - (mode & %#x)) <= %d)\n",
		       (unsigned)(MPOL_MODE_FLAGS), (unsigned)(MPOL_MODE_FLAGS),
		       (int)MPOL_MAX - 1);
	else if (!strcmp(what, "mbind_mode"))
		printf("(mode - (mode & %#x)) <= %d\n",
		       (unsigned)(MPOL_MODE_FLAGS), (int)MPOL_MAX - 1);
	else
		return 1;
	return 0;
}
