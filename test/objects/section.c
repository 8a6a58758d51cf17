// The plugin puts the unit's spec record into .kapi.records: present (not
// allocated, SHF_EXCLUDE, one self-delimiting KAPIREC1 record) when the
// file has specs, absent when it has none -- that object stays
// byte-identical to one compiled without the plugin.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -c -O2 -I %S/../plugin/Inputs -fplugin=%kapi-plugin -o %t/one.o %S/Inputs/one.c 2>/dev/null
// RUN: llvm-readelf -S %t/one.o | FileCheck %s --check-prefix=SEC
// SEC: .kapi.records PROGBITS {{0+}} {{[0-9a-f]+}} {{[0-9a-f]+}} 00 E 0 0 1
// RUN: llvm-objcopy --dump-section .kapi.records=%t/one.rec %t/one.o %t/unused.o
// RUN: head -c 8 %t/one.rec | FileCheck %s --check-prefix=MAGIC
// MAGIC: KAPIREC1
// RUN: tail -c +21 %t/one.rec | FileCheck %s --check-prefix=PAYLOAD
// PAYLOAD: {"apis":[{"name":"sys_dup3",
// PAYLOAD-SAME: "kapi_clang":{
// PAYLOAD-SAME: "target":"{{[^"]+}}"
// PAYLOAD-SAME: [{"severity":"warning","file":"{{[^"]*}}one.c","line":19,"col":32,"rule":"kapi-unresolved",
//
// No specs: no section, and the same bytes as without the plugin.
// RUN: %clang -c -O2 -I %S/../plugin/Inputs -o %t/plain.o %S/Inputs/nospec.c
// RUN: %clang -c -O2 -I %S/../plugin/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t/none.db -o %t/plugin.o %S/Inputs/nospec.c
// RUN: cmp %t/plain.o %t/plugin.o
// RUN: llvm-readelf -S %t/plugin.o | FileCheck %s --check-prefix=NOSEC
// NOSEC-NOT: .kapi.records
//
// -fplugin-arg-kapi-no-records: the database still gets the specs, the
// object does not.
// RUN: %clang -c -O2 -I %S/../plugin/Inputs -fplugin=%kapi-plugin -fplugin-arg-kapi-no-records -fplugin-arg-kapi-db=%t/norec.db -o %t/norec.o %S/Inputs/one.c 2>/dev/null
// RUN: llvm-readelf -S %t/norec.o | FileCheck %s --check-prefix=NOSEC
// RUN: %kapi-db list --db %t/norec.db | FileCheck %s --check-prefix=LIST
// LIST: sys_dup3
//
// The record is module-level assembler: it is in the LLVM IR too (so it
// survives -flto), and nothing happens under -fsyntax-only.
// RUN: %clang -S -emit-llvm -I %S/../plugin/Inputs -fplugin=%kapi-plugin -o - %S/Inputs/one.c 2>/dev/null | FileCheck %s --check-prefix=IR
// IR: module asm "\09.pushsection .kapi.records,\22e\22,%progbits"
// IR: module asm "\09.popsection"
// RUN: %clang -fsyntax-only -I %S/../plugin/Inputs -fplugin=%kapi-plugin %S/Inputs/one.c 2>&1 | FileCheck %s --check-prefix=SYNTAX
// SYNTAX: warning: cannot resolve KT_NO_SUCH_LIMIT
//
// Not an ELF target: no record (and no error).
// RUN: %clang -target x86_64-windows-gnu -c -I %S/../plugin/Inputs -fplugin=%kapi-plugin -o %t/coff.o %S/Inputs/one.c 2>/dev/null
// RUN: llvm-readobj -S %t/coff.o | FileCheck %s --check-prefix=NOSEC
