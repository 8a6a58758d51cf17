/* Prints one mask of the config family (fanotify, userfaultfd, kexec_file,
 * map_shadow_stack), as the 6.12 kernel defines or tests it: kernel-defs.h
 * holds the definitions config-masks.test took out of the kernel tree
 * (include/linux/fanotify.h's FANOTIFY_* masks over the tree's UAPI
 * fanotify.h, FANOTIFY_INIT_ALL_EVENT_F_BITS of fanotify_user.c over the
 * tree's asm-generic/fcntl.h, UFFD_SHARED_FCNTL_FLAGS, KEXEC_FILE_FLAGS,
 * SHADOW_STACK_SET_TOKEN).  No installed UAPI header for these: it may be
 * older than the kernel tree. */
#include <stdio.h>
#include <string.h>

#include "kernel-defs.h"

#define M(x) printf("%#llx\n", (unsigned long long)(x))

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";

	/* fanotify_init() tests flags against these under CONFIG_AUDITSYSCALL. */
	if (!strcmp(what, "fanotify_init"))
		M(FANOTIFY_INIT_FLAGS | FAN_ENABLE_AUDIT);
	else if (!strcmp(what, "fanotify_event_f_flags"))
		M(FANOTIFY_INIT_ALL_EVENT_F_BITS);
	else if (!strcmp(what, "fanotify_mark_flags"))
		M(FANOTIFY_MARK_FLAGS);
	/* valid_mask of do_fanotify_mark() with CONFIG_FANOTIFY_ACCESS_PERMISSIONS. */
	else if (!strcmp(what, "fanotify_mark_mask"))
		M(FANOTIFY_EVENTS | FANOTIFY_EVENT_FLAGS | FANOTIFY_PERM_EVENTS);
	else if (!strcmp(what, "userfaultfd"))
		M(UFFD_SHARED_FCNTL_FLAGS | UFFD_USER_MODE_ONLY);
	else if (!strcmp(what, "kexec_file_load"))
		M(KEXEC_FILE_FLAGS);
	else if (!strcmp(what, "map_shadow_stack"))
		M(SHADOW_STACK_SET_TOKEN);
	else
		return 1;
	return 0;
}
