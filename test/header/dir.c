// kapi-db header --dir: one wrapper per C library header, used with
// -isystem.  Each wrapper includes the real header (#include_next) and then
// redeclares its functions, so a file pays only for what it includes and
// its own feature macros are in force.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kapi-db header --dir %t/kd 2>&1 | FileCheck %s --check-prefix=GEN
// GEN: kapi-db: header: {{[0-9]+}} functions annotated
// RUN: FileCheck %s --check-prefix=FCNTL < %t/kd/fcntl.h
// FCNTL: #include_next <fcntl.h>
// FCNTL: #include <kapi-diagnose-defs.h>
// FCNTL: extern int open(
// FCNTL-NOT: extern {{.*}} mmap(
// RUN: test -f %t/kd/sys/mman.h && test -f %t/kd/kapi-diagnose-defs.h
//
// The misuse of the -include tests, found the same way.
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -isystem %t/kd %S/default-db.c
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -isystem %t/kd -x c++ -std=c++17 %S/default-db.c
// Correct code stays silent under -Werror, C and C++, fortified or not.
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -isystem %t/kd %S/correct-code.c
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -isystem %t/kd -std=c11 -pedantic %S/correct-code.c
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -isystem %t/kd -O2 -D_FORTIFY_SOURCE=3 -D_FILE_OFFSET_BITS=64 %S/correct-code.c
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -isystem %t/kd -x c++ -std=c++98 %S/correct-code.c
// RUN: %clang -fsyntax-only -Xclang -verify -Wall -Wextra -Werror -isystem %t/kd -x c++ -std=c++20 -O2 -D_FORTIFY_SOURCE=2 %S/correct-code.c
//
// Every wrapper at once, with and without _GNU_SOURCE: no redeclaration
// conflicts with glibc's own (that would be a hard error).
// RUN: cd %t/kd && find . -name '*.h' ! -name kapi-diagnose-defs.h | sort | sed 's|^\./\(.*\)|#include <\1>|' > %t/all.c
// RUN: grep -c include %t/all.c | FileCheck %s --check-prefix=COUNT
// COUNT: {{^[1-9][0-9]$}}
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -isystem %t/kd -D_GNU_SOURCE %t/all.c
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -isystem %t/kd %t/all.c
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -isystem %t/kd -D_GNU_SOURCE -O2 -D_FORTIFY_SOURCE=3 -D_FILE_OFFSET_BITS=64 %t/all.c
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror -isystem %t/kd -x c++ -std=c++17 %t/all.c
//
// A file's own _GNU_SOURCE is honoured (no -include comes before it):
// renameat2 is declared only under it, and checked then.
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -isystem %t/kd %s
// RUN: not %kapi-db header --dir %t/kd -o %t/x.h 2>&1 | FileCheck %s --check-prefix=USAGE
// USAGE: usage: kapi-db header
#define _GNU_SOURCE
#include <stdio.h>

int move(const char *a, const char *b)
{
	return renameat2(-100, a, -100, b, 0x40); // expected-warning-re {{argument 'flags' of renameat2 has bits outside the documented mask 0x{{[0-9a-f]+}} [kapi-mask]}}
}
