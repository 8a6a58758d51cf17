/* No spec: the plugin leaves the object alone. */
#include "kernel.h"

SYSCALL_DEFINE2(kt_nospec, int __user *, p, int, flags)
{
	return p ? flags : -EFAULT;
}
