/* Prints the advice values madvise_behavior_valid() accepts: cases.inc is
 * made by the test from the case labels of that function in the kernel's
 * mm/madvise.c (every CONFIG_ branch included, as the spec documents them
 * all), evaluated with this machine's UAPI <linux/mman.h>. */
#include <linux/mman.h>
#include <stdio.h>

#define P(advice) printf("%d\n", (int)(advice));

int main(void)
{
#include "cases.inc"
	return 0;
}
