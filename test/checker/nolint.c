// NOLINT, NOLINT(rule,...) and NOLINTNEXTLINE(rule,...) suppress findings
// the clang-tidy way; --checks= globs enable and disable rules.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
// RUN: not %kapi-check --db %t.db --checks='-kapi-unchecked-return' %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --check-prefix=NOUNCHECKED --implicit-check-not=warning:
// RUN: %kapi-check --db %t.db --checks='-*,kapi-enum' --list-checks | FileCheck %s --check-prefix=LIST
// RUN: %kapi-check --checks='kapi-*,-kapi-m*' --list-checks | FileCheck %s --check-prefix=LIST2
#include <fcntl.h>
#include <unistd.h>

void f(char *b)
{
	close(3);
	// CHECK: nolint.c:[[@LINE-1]]:2: warning: result of close is ignored{{.*}}[kapi-unchecked-return]
	close(3); // NOLINT
	close(3); // NOLINT(kapi-unchecked-return)
	close(3); // NOLINT(kapi-*)
	close(3); // NOLINT(kapi-mask)
	// CHECK: nolint.c:[[@LINE-1]]:2: warning: result of close is ignored{{.*}}[kapi-unchecked-return]
	// NOLINTNEXTLINE(kapi-range, kapi-unchecked-return)
	read(-1, b, 1);
	// NOLINTNEXTLINE(kapi-range)
	read(-1, b, 1);
	// CHECK: nolint.c:[[@LINE-1]]:2: warning: result of read is ignored{{.*}}[kapi-unchecked-return]
	(void)read(-1, b, 1);
	// CHECK: nolint.c:[[@LINE-1]]:13: warning: argument 'fd' of read is -1{{.*}}[kapi-range]
	// NOUNCHECKED: nolint.c:[[@LINE-2]]:13: warning: argument 'fd' of read is -1{{.*}}[kapi-range]
	(void)open("f", 0x10000000); // NOLINTNEXTLINE does not apply to its own line
	// CHECK: nolint.c:[[@LINE-1]]:18: warning: argument 'flags'{{.*}}[kapi-mask]
	// NOUNCHECKED: nolint.c:[[@LINE-2]]:18: warning: argument 'flags'{{.*}}[kapi-mask]
}

// LIST: Enabled checks:
// LIST-NEXT: kapi-enum
// LIST-NOT: kapi-
// LIST2: Enabled checks:
// LIST2-NEXT: kapi-range
// LIST2-NEXT: kapi-enum
// LIST2-NEXT: kapi-null
// LIST2-NEXT: kapi-buffer-size
// LIST2-NEXT: kapi-unchecked-return
// LIST2-NEXT: kapi-alignment
// LIST2-NEXT: kapi-error-convention
// LIST2-NEXT: kapi-success-check
