// -p and -j runs print "[N/TOTAL] file" lines on stderr when it is a
// terminal (script(1) gives the run one), never on stdout, never with
// --format=json or sarif, and nothing at all when stderr is not a terminal.
//
// RUN: rm -rf %t && mkdir -p %t && rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: printf '[{"directory": "%S", "file": "progress.c", "arguments": ["clang", "-c", "-isystem", "Inputs/include", "progress.c"]}, {"directory": "%t", "file": "two.c", "arguments": ["clang", "-c", "-isystem", "%S/Inputs/include", "two.c"]}]' > %t/compile_commands.json
// RUN: printf '#include <unistd.h>\nint g(void) { return close(4); }\n' > %t/two.c
//
// Not a terminal: stderr stays empty.
// RUN: not %kapi-check --db %t.db -p %t > %t.out 2> %t.err
// RUN: count 0 < %t.err
// RUN: FileCheck %s --check-prefix=FIND < %t.out
// FIND: progress.c:{{[0-9]+}}:2: warning: result of close is ignored
//
// A terminal: one line per file, in order, on stderr only.
// RUN: script -qc '%kapi-check --db %t.db -p %t > %t.tty.out' /dev/null > %t.tty
// RUN: FileCheck %s --check-prefix=TTY < %t.tty
// RUN: FileCheck %s --check-prefix=FIND --implicit-check-not='[1/2]' < %t.tty.out
// TTY: [1/2] {{.*}}progress.c
// TTY-NEXT: [2/2] {{.*}}two.c
// RUN: script -qc '%kapi-check --db %t.db -j2 %s %t/two.c -- -isystem %S/Inputs/include > %t.tty.out' /dev/null > %t.tty
// RUN: FileCheck %s --check-prefix=JOBS < %t.tty
// JOBS: [1/2] {{.*}}progress.c
// JOBS-NEXT: [2/2] {{.*}}two.c
//
// Machine-readable output: no progress even on a terminal.
// RUN: script -qc '%kapi-check --db %t.db -p %t --format=json > %t.tty.out' /dev/null > %t.tty
// RUN: script -qc '%kapi-check --db %t.db -p %t --format=sarif > %t.tty.out' /dev/null >> %t.tty
// RUN: count 0 < %t.tty
//
// kapi-db import of several sources, the same way.
// RUN: rm -f %t.import.db
// RUN: script -qc '%kapi-db import --db %t.import.db %S/Inputs/specs.c %S/Inputs/resolved.json' /dev/null > %t.tty
// RUN: FileCheck %s --check-prefix=IMPORT < %t.tty
// IMPORT: [1/2] {{.*}}Inputs/specs.c
// IMPORT-NEXT: [2/2] {{.*}}Inputs/resolved.json
// RUN: rm -f %t.import.db
// RUN: %kapi-db import --db %t.import.db %S/Inputs/specs.c %S/Inputs/resolved.json 2> %t.err
// RUN: count 0 < %t.err
#include <unistd.h>

void f(void)
{
	close(3);
}
