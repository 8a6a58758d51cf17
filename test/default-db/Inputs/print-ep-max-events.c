/* Prints the maxevents range do_epoll_wait() accepts, as "MIN MAX": 1 up
 * to EP_MAX_EVENTS.  The test takes the EP_MAX_EVENTS definition out of
 * the kernel's fs/eventpoll.c into ep-max.h and force-includes the
 * kernel's include/uapi/linux/eventpoll.h for struct epoll_event (packed
 * on x86_64: 12 bytes). */
#include <limits.h>
#include <stdio.h>

#include "ep-max.h"

int main(void)
{
	printf("1 %d\n", (int)(EP_MAX_EVENTS));
	return 0;
}
