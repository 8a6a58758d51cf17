// arch-mask: entries are evaluated only on their own architecture; on any
// other target they stay unresolved and say nothing (their macros may be
// missing there, or mean another number).
// RUN: rm -f %t.db %t-arm.db
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db --target=x86_64-linux-gnu -DKT_X86 -Xclang -verify %s
// RUN: %kapi-db show --db %t.db sys_kt_archmask | FileCheck %s --check-prefix=X86
// RUN: %clang -fsyntax-only -I %S/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t-arm.db --target=aarch64-linux-gnu -Xclang -verify=arm %s
// RUN: %kapi-db show --db %t-arm.db sys_kt_archmask | FileCheck %s --check-prefix=ARM
// expected-no-diagnostics
#include "kernel.h"

#ifdef KT_X86
#define KT_MAP_32BIT 0x40
#else
#define KT_PROT_BTI 0x10
#endif

/**
 * sys_kt_archmask - Flags with architecture-only bits
 * @flags: mapping flags
 *
 * contexts: process
 *
 * param: flags
 *   type: uint, input
 *   constraint-type: mask(0x3)
 *   arch-mask: x86 = KT_MAP_32BIT
 *   arch-mask: arm64 = KT_PROT_BTI
 */
SYSCALL_DEFINE1(kt_archmask, unsigned long, flags)
{
	return 0;
}

// X86: arch-mask[x86]=KT_MAP_32BIT = 0x40 arch-mask[arm64]=KT_PROT_BTI (unresolved)
// ARM: arch-mask[x86]=KT_MAP_32BIT (unresolved) arch-mask[arm64]=KT_PROT_BTI = 0x10

// On arm64 the arm64 entry must resolve; a missing macro there would warn:
// arm-no-diagnostics
