// -p BUILD_DIR reads the file's command from compile_commands.json
// (directory and flags included); `--` arguments are appended to it.
//
// RUN: rm -rf %t && mkdir -p %t && rm -f %t.db && %kapi-db import --db %t.db %S/Inputs/specs.c
// RUN: printf '[{"directory": "%S", "file": "%s", "arguments": ["clang", "-c", "-isystem", "Inputs/include", "%s"]}]' > %t/compile_commands.json
// RUN: not %kapi-check --db %t.db -p %t %s | FileCheck %s
// RUN: not %kapi-check --db %t.db -p %t %s -- -DMORE | FileCheck %s --check-prefixes=CHECK,MORE
// -p alone checks every file the database compiles, each once (its first
// command), a relative "file" taken relative to its "directory".
// RUN: printf '[{"directory": "%S", "file": "compdb.c", "arguments": ["clang", "-c", "-isystem", "Inputs/include", "-DMORE", "compdb.c"]}, {"directory": "%S", "file": "%s", "arguments": ["clang", "-c", "-isystem", "Inputs/include", "%s"]}]' > %t/compile_commands.json
// RUN: not %kapi-check --db %t.db -p %t | FileCheck %s --check-prefixes=CHECK,MORE --implicit-check-not=warning:
// A file with no command (an empty database: nothing to infer it from).
// RUN: rm -rf %t.empty && mkdir -p %t.empty && printf '[]' > %t.empty/compile_commands.json
// RUN: sh -c '%kapi-check --db %t.db -p %t.empty 2>&1; echo "exit $?"' | FileCheck %s --check-prefix=NOFILE
// NOFILE: kapi-check: error: {{.*}}compile_commands.json names no file
// NOFILE: exit 2
// RUN: sh -c '%kapi-check --db %t.db -p %t.empty %s 2>&1; echo "exit $?"' | FileCheck %s --check-prefix=NOCMD
// RUN: sh -c '%kapi-check --db %t.db -p %t.nowhere %s 2>&1; echo "exit $?"' | FileCheck %s --check-prefix=NODIR
#include <unistd.h>

void f(void)
{
	close(3);
	// CHECK: compdb.c:[[@LINE-1]]:2: warning: result of close is ignored
#ifdef MORE
	close(4);
	// MORE: compdb.c:[[@LINE-1]]:2: warning: result of close is ignored
#endif
}

// NOCMD: kapi-check: error: no compile command for {{.*}}compdb.c in
// NOCMD: exit 2
// NODIR: kapi-check: error: cannot load {{.*}}nowhere/compile_commands.json
// NODIR: exit 2
