// The current series' layout read on its own (no comment for the API): the
// pointer in .kapi_specs leads to the object, every array is read (signal
// masks and struct specs too, which only compiled specs carry), and the
// encodings of this header are decoded by what it defines: INOUT is
// IN | OUT, size_param_idx is stored plus one, strings are const char *.
// RUN: rm -f %t.db
// RUN: %clang -c -o %t.o -I %S/Inputs -I %S/Inputs/series -include %S/Inputs/series/kt_series.apispec.h -fplugin=%kapi-plugin -fplugin-arg-kapi-db=%t.db -Xclang -verify %s
// RUN: %kapi-db show --db %t.db --format json sys_kt_series | FileCheck %s
// expected-no-diagnostics

SYSCALL_DEFINE5(kt_series, int, fd, char __user *, buf, size_t, count,
		unsigned int, flags, int, advice)
{
	return count;
}

// CHECK: "name": "sys_kt_series"
// CHECK: "description": "Read records into a buffer"
// CHECK: "context_flags": [
// CHECK-NEXT: "process",
// CHECK-NEXT: "sleepable"
// CHECK: "name": "buf"
// CHECK: "flags": "0x43"
// CHECK: "constraint_type": "buffer"
// CHECK: "size_param_idx": 2
// CHECK: "name": "advice"
// CHECK: "enum_values": [
// CHECK-NEXT: 0,
// CHECK-NEXT: 1,
// CHECK-NEXT: 2
// CHECK: "errors": [
// CHECK: "error_code": -9
// CHECK: "name": "EBADF"
// CHECK: "locks": [
// CHECK: "lock_name": "kt_lock"
// CHECK: "lock_type": "mutex"
// CHECK: "scope": "caller_held"
// CHECK: "signals": [
// CHECK: "signal_num": 2
// CHECK: "signal_name": "SIGINT"
// CHECK: "action": "return"
// CHECK: "timing": "during"
// CHECK: "restartable": true
// CHECK: "error_on_signal": -4
// CHECK: "signal_masks": [
// CHECK: "name": "blocked"
// CHECK: "signals": [
// CHECK-NEXT: 2,
// CHECK-NEXT: 15
// CHECK: "side_effects": [
// CHECK: "effect_type": "0x14"
// CHECK: "target": "file->f_pos"
// CHECK: "reversible": false
// CHECK: "state_transitions": [
// CHECK: "to_state": "offset + bytes read"
// CHECK: "capabilities": [
// CHECK: "capability": 21
// CHECK: "name": "CAP_SYS_ADMIN"
// CHECK: "action": "bypass_check"
// CHECK: "priority": 1
// CHECK: "constraints": [
// CHECK: "expression": "count <= PAGE_SIZE"
// CHECK: "struct_specs": [
// CHECK: "name": "kt_record"
// CHECK: "size": 16
// CHECK: "alignment": 8
// CHECK: "fields": [
// CHECK: "name": "flags"
// CHECK: "type": "u32"
// CHECK: "constraint_type": "mask"
// CHECK: "valid_mask": "0xff"
// CHECK: "source": "compiled"
