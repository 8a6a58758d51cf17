// A spec of source "mined" holds facts read off the kernel's code, not a
// contract: kapi-check stays silent on calls bound to it, even when (as
// here, on purpose) its parameters carry a constraint and it lists errors.
// The same spec with a comment's source fires, so the silence is the skip.
//
// RUN: rm -rf %t && mkdir -p %t
// RUN: %kapi-db import --db %t/mined.db %S/Inputs/mined-open.json
// RUN: %kapi-check --db %t/mined.db %s -- -isystem %S/Inputs/include -target x86_64-linux-gnu \
// RUN:   | count 0
// RUN: sed 's/"source": "mined"/"source": "comment-short"/' %S/Inputs/mined-open.json > %t/spec.json
// RUN: %kapi-db import --db %t/spec.db %t/spec.json
// RUN: not %kapi-check --db %t/spec.db %s -- -isystem %S/Inputs/include -target x86_64-linux-gnu \
// RUN:   | FileCheck %s
#include <fcntl.h>

void use(void)
{
	open("x", 0x20000000);
	// CHECK: mined.c:[[@LINE-1]]:12: warning: argument 'flags' of open has bits 0x20000000 outside the documented mask 0x3 [kapi-mask]
	// CHECK: mined.c:[[@LINE-2]]:2: warning: {{.*}}[kapi-unchecked-return]
}
