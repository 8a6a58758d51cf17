// kapi-alignment: page_aligned, alignment(N), power_of_two and nonzero on
// constants.  The page size is 4096 unless the TU defines PAGE_SIZE.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-alignment' --bindings %S/Inputs/ring.bindings %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --check-prefixes=CHECK,DEFAULT --implicit-check-not=warning:
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-alignment' --bindings %S/Inputs/ring.bindings %s -- -isystem %S/Inputs/include -DBIG_PAGES \
// RUN:   | FileCheck %s --check-prefixes=CHECK,BIG --implicit-check-not=warning:
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <ring.h>

#ifdef BIG_PAGES
#define PAGE_SIZE (1UL << 14)
#endif

int fire(void)
{
	int n = 0;

	n += madvise((void *)0x1001, 4096, MADV_DONTNEED);
	// DEFAULT: alignment.c:[[@LINE-1]]:15: warning: argument 'start' of madvise is 0x1001, not aligned to the page size 4096 (assumed: the translation unit defines no PAGE_SIZE that evaluates) [kapi-alignment]
	// BIG: alignment.c:[[@LINE-2]]:15: warning: argument 'start' of madvise is 0x1001, not aligned to the page size 16384 (PAGE_SIZE at {{.*}}alignment.c:15) [kapi-alignment]
	// CHECK-NEXT: {{^}}	n += madvise((void *)0x1001, 4096, MADV_DONTNEED);
	// CHECK-NEXT: {{^}}	             ^
	// CHECK-NEXT: Inputs/specs.c:126:6: note: sys_madvise documents 'start' as page_aligned
	n += madvise((void *)0x2000, 4096, MADV_DONTNEED);
	// BIG: alignment.c:[[@LINE-1]]:15: warning: argument 'start' of madvise is 0x2000, not aligned to the page size 16384
	n += syscall(SYS_rseq, (void *)0x1010, 32, 0, 0);
	// CHECK: alignment.c:[[@LINE-1]]:25: warning: argument 'rseq' of syscall(SYS_rseq) is 0x1010, not a multiple of 32 [kapi-alignment]
	n += syscall(SYS_rseq, (void *)0x1000, 0, 0, 0);
	// CHECK: alignment.c:[[@LINE-1]]:41: warning: argument 'rseq_len' of syscall(SYS_rseq) is 0x0, zero [kapi-alignment]
	n += ring_create(12, 0);
	// CHECK: alignment.c:[[@LINE-1]]:19: warning: argument 'entries' of ring_create is 0xc, not a power of two [kapi-alignment]
	n += ring_create(0, 0);
	// CHECK: alignment.c:[[@LINE-1]]:19: warning: argument 'entries' of ring_create is 0x0, not a power of two [kapi-alignment]
	return n;
}

int silent(void *p, unsigned entries)
{
	int n = 0;

	n += madvise((void *)0x10000, 4096, MADV_DONTNEED);
	n += madvise(p, 4096, MADV_DONTNEED);
	n += madvise((void *)0, 4096, MADV_DONTNEED);
	n += syscall(SYS_rseq, (void *)0x1020, 32, 0, 0);
	n += ring_create(16, 0);
	n += ring_create(entries, 0);
	return n;
}
