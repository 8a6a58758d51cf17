// -j N checks files in parallel (one process per file) and prints exactly
// what -j1 prints, in input order: debug output, diagnostics of a file
// that does not compile, findings in every format.
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --debug-calls %S/range.c %S/mask.c %S/Inputs/broken.c %S/enum.c %S/null.c %S/nolint.c %s %S/success-check.c -- -isystem %S/Inputs/include > %t.1.out 2> %t.1.err
// RUN: not %kapi-check -j 4 --db %t.db --debug-calls %S/range.c %S/mask.c %S/Inputs/broken.c %S/enum.c %S/null.c %S/nolint.c %s %S/success-check.c -- -isystem %S/Inputs/include > %t.4.out 2> %t.4.err
// RUN: diff %t.1.out %t.4.out
// RUN: diff %t.1.err %t.4.err
// RUN: FileCheck %s < %t.4.out
// RUN: FileCheck %s --check-prefix=ERR < %t.4.err
// RUN: %kapi-check -j1 --format=sarif --db %t.db %S/range.c %S/mask.c %s -- -isystem %S/Inputs/include > %t.1.sarif || true
// RUN: %kapi-check -j3 --format=sarif --db %t.db %S/range.c %S/mask.c %s -- -isystem %S/Inputs/include > %t.3.sarif || true
// RUN: diff %t.1.sarif %t.3.sarif
// RUN: not %kapi-check -j 0 %s 2>&1 | FileCheck %s --check-prefix=BAD
#include <unistd.h>

void here(void)
{
	close(3);
}

// The calls of each file, in input order, then the findings.
// CHECK: call {{.*}} read -> sys_read
// CHECK: call {{.*}} close -> sys_close
// CHECK: range.c:{{[0-9]+}}:{{[0-9]+}}: warning:
// CHECK: mask.c:{{[0-9]+}}:{{[0-9]+}}: warning:
// CHECK: jobs.c:{{[0-9]+}}:2: warning: result of close is ignored
// CHECK: success-check.c:{{[0-9]+}}:{{[0-9]+}}: warning:
// ERR: broken.c:2:27: error: use of undeclared identifier 'undeclared_name'
// ERR: kapi-check: error: {{.*}}broken.c does not compile; not checked
// BAD: -j needs a number of jobs
