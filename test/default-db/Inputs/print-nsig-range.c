/* Prints the signal numbers valid_signal() accepts, as "MIN MAX": 0 up to
 * and including _NSIG, whose definition the test takes from the kernel's
 * arch/x86/include/asm/signal.h and force-includes. */
#include <stdio.h>

int main(void)
{
	printf("0 %d\n", (int)(_NSIG));
	return 0;
}
