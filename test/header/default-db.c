// With the default database (no --db), the header catches the same kind
// of misuse kapi-check does; values vary with the curated specs, so the
// messages are matched loosely.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kapi-db header -o %t/kapi-diagnose.h 2>&1 | FileCheck %s --check-prefix=GEN
// GEN: kapi-db: header: {{[0-9]+}} functions annotated
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h %s
// RUN: %clang -fsyntax-only -Xclang -verify -Xclang -verify-ignore-unexpected=note -include %t/kapi-diagnose.h -x c++ -std=c++17 %s
// Every rule the header implements names itself.
// RUN: FileCheck %s --check-prefix=RULES < %t/kapi-diagnose.h
// RULES-DAG: [kapi-mask]
// RULES-DAG: [kapi-null]
// RULES-DAG: [kapi-enum]
// RULES-DAG: [kapi-alignment]
// RULES-DAG: [kapi-unchecked-return]
// RULES-DAG: [kapi-arg-constraint]
// RULES-DAG: #if defined(__clang__) && defined(__has_attribute)
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

int misuse(const char *path, void *p, int fd)
{
#ifdef O_TMPFILE /* glibc defines it under _GNU_SOURCE */
	(void)open(path, O_TMPFILE | O_RDONLY, 0600); // expected-warning {{the arguments of open break the constraint 'tmpfile needs write access' of sys_open: O_TMPFILE creates a file to write: O_WRONLY or O_RDWR, unless O_PATH drops it [kapi-arg-constraint]}}
	(void)open(path, O_TMPFILE | O_RDWR, 0600); // silent: the constraint holds
#endif
	(void)open(path, O_RDONLY | 0x80000000); // expected-warning-re {{argument 'flags' of open has bits outside the documented mask 0x{{[0-9a-f]+}}{{( \(with the [a-z0-9]+ bits\))?}} [kapi-mask]}}
	(void)lseek(fd, 0, 17); // expected-warning {{argument 'whence' of lseek is not one of the documented values [kapi-enum]}}
	(void)madvise(p, 4096, 12345); // expected-warning {{of madvise is not one of the documented values [kapi-enum]}}
	(void)mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 100); // expected-warning {{argument 'off' of mmap is not aligned to the page size 4096 [kapi-alignment]}}
	(void)munmap((void *)0x1001, 4096); // expected-warning {{argument 'addr' of munmap is not aligned to the page size 4096 [kapi-alignment]}}
	(void)read(fd, NULL, 10); // expected-warning {{null pointer passed as 'buf' of read, which is not optional [kapi-null]}}
	close(fd); // expected-warning-re {{result of close is ignored, but it can fail with {{.*}}[kapi-unchecked-return]}}
	return 0;
}
