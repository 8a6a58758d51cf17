// .kapi-check: the nearest one above a source file applies to it
// (checks, bindings relative to it, werror); command-line flags win:
// --checks globs come after its own, --no-werror undoes its werror.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db %S/Inputs/config/sub/use.c %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
// RUN: not %kapi-check -j2 --db %t.db %S/Inputs/config/sub/use.c %s -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
// RUN: not %kapi-check --db %t.db --checks=kapi-range,-kapi-mask --no-werror %S/Inputs/config/sub/use.c -- -isystem %S/Inputs/include \
// RUN:   | FileCheck %s --check-prefix=CLI --implicit-check-not=warning: --implicit-check-not=error:
// RUN: cd %S/Inputs/config/sub && %kapi-check --list-checks | FileCheck %s --check-prefix=LIST
// RUN: not %kapi-check --db %t.db %S/Inputs/config-bad/use.c -- -isystem %S/Inputs/include 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD
// RUN: %kapi-check --help | FileCheck %s --check-prefix=HELP
#include <unistd.h>

void here(void)
{
	close(3);
}

// The config's rules only, its bindings (ring_create binds), as errors.
// CHECK: use.c:8:2: error: result of ring_create is ignored{{.*}}[kapi-unchecked-return]
// CHECK: use.c:9:18: error: argument 'flags' of open{{.*}}[kapi-mask]
// No config above this file: every rule, warnings.
// CHECK: config.c:20:2: warning: result of close is ignored{{.*}}[kapi-unchecked-return]

// CLI: use.c:8:2: warning: result of ring_create is ignored{{.*}}[kapi-unchecked-return]
// CLI: use.c:10:13: warning: argument 'fd' of read is -1{{.*}}[kapi-range]

// LIST: Enabled checks:
// LIST-NEXT: kapi-mask
// LIST-NEXT: kapi-unchecked-return
// LIST-NOT: kapi-

// BAD: kapi-check: error: {{.*}}config-bad/.kapi-check:2: unknown key 'warnings-as-errors' (known: checks, bindings, werror, unchecked-return-ignore)

// HELP: .kapi-check
// HELP: checks: kapi-*,-kapi-unchecked-return
