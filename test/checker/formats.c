// --format json and sarif, --werror, and the exit status: 0 clean,
// 1 findings, 2 usage/database/set-up error (a file that does not compile
// is reported and the other files are still checked).
//
// RUN: rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: not %kapi-check --db %t.db --format=json %s -- -isystem %S/Inputs/include | FileCheck %s --check-prefix=JSON
// RUN: not %kapi-check --db %t.db --format sarif %s -- -isystem %S/Inputs/include | FileCheck %s --check-prefix=SARIF
// RUN: not %kapi-check --db %t.db --werror %s -- -isystem %S/Inputs/include | FileCheck %s --check-prefix=WERROR
//
// Exit status (through sh: lit's shell has no $?).
// RUN: sh -c '%kapi-check --db %t.db %s -- -isystem %S/Inputs/include -DCLEAN; echo "exit $?"' | FileCheck %s --check-prefix=EXIT0
// RUN: sh -c '%kapi-check --db %t.db %s -- -isystem %S/Inputs/include >/dev/null; echo "exit $?"' | FileCheck %s --check-prefix=EXIT1
// RUN: sh -c '%kapi-check --db %t.db --bogus %s 2>/dev/null; echo "exit $?"' | FileCheck %s --check-prefix=EXIT2
// RUN: sh -c '%kapi-check --db %t.db --format=xml %s 2>/dev/null; echo "exit $?"' | FileCheck %s --check-prefix=EXIT2
// RUN: sh -c '%kapi-check --db %t.missing.db %s 2>&1; echo "exit $?"' | FileCheck %s --check-prefixes=NODB,EXIT2
// RUN: env KAPI_DB=%t.db not %kapi-check %s -- -isystem %S/Inputs/include | FileCheck %s --check-prefix=STILL
// RUN: printf 'open sys_open bogus 0\n' > %t.bad.bindings
// RUN: sh -c '%kapi-check --db %t.db --bindings %t.bad.bindings %s 2>&1; echo "exit $?"' | FileCheck %s --check-prefixes=BADBIND,EXIT2
// RUN: printf 'int broken(void) { return }\n' > %t.broken.c
// RUN: sh -c '%kapi-check --db %t.db %t.broken.c %s -- -isystem %S/Inputs/include 2>%t.err3; echo "exit $?"' \
// RUN:   | FileCheck %s --check-prefixes=STILL,EXIT2
// RUN: FileCheck %s --check-prefix=BROKEN < %t.err3
#include <unistd.h>

void f(void)
{
#ifndef CLEAN
	close(3);
#endif
}

// JSON: "tool": "kapi-check"
// JSON: "diagnostics": [
// JSON: "file": "{{.*}}formats.c"
// JSON-NEXT: "line": 28
// JSON-NEXT: "column": 2
// JSON-NEXT: "severity": "warning"
// JSON-NEXT: "rule": "kapi-unchecked-return"
// JSON-NEXT: "message": "result of close is ignored, but it can fail with EBADF, EINTR, EIO; check it or cast the call to void"
// JSON: "message": "sys_close documents 3 errors"
// JSON-NEXT: "file": "{{.*}}Inputs/specs.c"

// SARIF: "version": "2.1.0"
// SARIF: "name": "kapi-check"
// SARIF: "rules": [
// SARIF: "id": "kapi-range"
// SARIF: "results": [
// SARIF: "ruleId": "kapi-unchecked-return"
// SARIF: "level": "warning"
// SARIF: "uri": "{{.*}}formats.c"
// SARIF: "startLine": 28
// SARIF: "relatedLocations"
// SARIF: "partialFingerprints"
// SARIF-NEXT: "kapiCheck/v1": "{{[0-9a-f]+}}"

// WERROR: formats.c:28:2: error: result of close is ignored{{.*}}[kapi-unchecked-return]

// NODB: kapi-check: error: {{.*}}missing.db

// BADBIND: kapi-check: error: {{.*}}bad.bindings:1: unknown convention

// BROKEN: error: expected expression
// BROKEN: kapi-check: error: {{.*}}broken.c does not compile; not checked
// STILL: formats.c:28:2: warning: result of close is ignored

// EXIT0: exit 0
// EXIT1: exit 1
// EXIT2: exit 2
