// Spec lint in a build: the model-level rules of kapi_lint.c run on every
// spec the plugin reads, with terms evaluated for the target.  A mask of
// SEEK_* constants is an enumeration (kapi-spec-mask-enum), which kapi-db
// parse cannot tell without the macros; a real mask of flag bits is not.
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -Xclang -verify %s
// RUN: %kapi-db parse %s 2>&1 >/dev/null | FileCheck %s --check-prefix=PARSE --allow-empty
// PARSE-NOT: kapi-spec-mask-enum
#include "kernel.h"

#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2

// expected-warning@+13 {{mask of 'whence' ORs consecutive values (SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2), not distinct bits: an enumeration was probably meant; write enum(SEEK_SET, SEEK_CUR, SEEK_END) [kapi-spec-mask-enum]}}
/**
 * sys_kt_seek - Move an offset
 * @fd: descriptor
 * @whence: where to count from
 * @flags: O_CLOEXEC or O_NONBLOCK
 *
 * contexts: process, sleepable
 *
 * param: fd
 *   type: fd, input
 * param: whence
 *   type: int, input
 *   constraint-type: mask(SEEK_SET | SEEK_CUR | SEEK_END)
 * param: flags
 *   type: int, input
 *   constraint-type: mask(O_RDONLY | O_CLOEXEC | O_NONBLOCK)
 */
SYSCALL_DEFINE3(kt_seek, unsigned int, fd, int, whence, int, flags)
{
	return 0;
}
