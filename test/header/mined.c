// A spec of source "mined" (facts read off the kernel's code, no contract)
// gives no redeclaration: the header stays silent on calls bound to it,
// even when its parameters carry a constraint.  The same spec with a
// comment's source is annotated, so the silence is the skip.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kapi-db import --db %t/mined.db %src_root/test/checker/Inputs/mined-open.json
// RUN: %kapi-db header --db %t/mined.db -o %t/mined.h 2>&1 | FileCheck %s --check-prefix=GEN
// GEN: kapi-db: header: 0 functions annotated
// RUN: FileCheck %s --check-prefix=HDR < %t/mined.h
// HDR-NOT: sys_open
// HDR-NOT: of open has
// RUN: %clang -fsyntax-only -Xclang -verify -include %t/mined.h %s
//
// RUN: sed 's/"source": "mined"/"source": "comment-short"/' %src_root/test/checker/Inputs/mined-open.json > %t/spec.json
// RUN: %kapi-db import --db %t/spec.db %t/spec.json
// RUN: %kapi-db header --db %t/spec.db -o %t/spec.h 2>/dev/null
// RUN: FileCheck %s --check-prefix=SPEC < %t/spec.h
// SPEC: /* open -> sys_open */
// RUN: not %clang -fsyntax-only -Werror -include %t/spec.h %s 2>&1 | FileCheck %s --check-prefix=FIRES
// FIRES: argument 'flags' of open has bits outside the documented mask 0x3 [kapi-mask]
#include <fcntl.h>

// expected-no-diagnostics
int use(void)
{
	return open("x", 0x20000000);
}
