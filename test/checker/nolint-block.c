// NOLINTBEGIN / NOLINTEND suppress every line between them, both
// included, for the rules their list names; an END closes the latest BEGIN
// with the same list; a BEGIN never closed suppresses nothing.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --checks='-*,kapi-unchecked-return,kapi-range' %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning:
#include <unistd.h>

void f(char *b)
{
	// NOLINTBEGIN(kapi-unchecked-return)
	close(3);
	close(4);
	// NOLINTEND(kapi-unchecked-return)
	close(5);
	// CHECK: nolint-block.c:[[@LINE-1]]:2: warning: result of close is ignored{{.*}}[kapi-unchecked-return]
	close(6); // NOLINTBEGIN
	(void)read(-1, b, 1);
	close(7); // NOLINTEND
	// NOLINTBEGIN(kapi-range)
	read(-1, b, 1);
	// CHECK: nolint-block.c:[[@LINE-1]]:2: warning: result of read is ignored{{.*}}[kapi-unchecked-return]
	// NOLINTBEGIN(kapi-*)
	read(-1, b, 1);
	// NOLINTEND(kapi-*)
	// NOLINTEND(kapi-range)
	// NOLINTBEGIN(kapi-mask)
	close(8);
	// CHECK: nolint-block.c:[[@LINE-1]]:2: warning: result of close is ignored{{.*}}[kapi-unchecked-return]
	// NOLINTEND(kapi-mask)
	// NOLINTBEGIN(kapi-unchecked-return)
	close(9);
	// CHECK: nolint-block.c:[[@LINE-1]]:2: warning: result of close is ignored{{.*}}[kapi-unchecked-return]
	// NOLINTEND(kapi-range)
	// (the END above closes a different list; this BEGIN stays open)
}
