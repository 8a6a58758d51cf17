// The C library's failure result (`failure:` in a return block) and
// whether a call may be repeated after an error (`retry:` in an error
// block): parsed, shown, written to JSON under kapi_clang and read back.
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: %kapi-db parse --format json %s > %t.json
// RUN: FileCheck %s --check-prefix=JSON < %t.json
// RUN: rm -f %t.db && %kapi-db import --db %t.db %t.json
// RUN: %kapi-db show --db %t.db sys_kt_close sys_kt_map | FileCheck %s
// RUN: not %kapi-db parse %S/Inputs/failure-bad.c 2>&1 | FileCheck %s --check-prefix=BAD

/**
 * sys_kt_close - release a descriptor
 * @fd: the descriptor
 *
 * contexts: process
 * param: fd
 *   type: fd, input
 * return:
 *   type: int
 *   check-type: exact
 *   success: 0
 *   failure: -1
 * error: EBADF, not open
 * error: EINTR, interrupted; the descriptor is gone anyway
 *   retry: no
 * error: EAGAIN, try again
 *   retry: yes
 */

/**
 * sys_kt_map - map something
 * @len: how much
 *
 * contexts: process
 * param: len
 *   type: uint, input
 * return:
 *   type: ptr
 *   check-type: custom
 *   failure: NULL
 * error: ENOMEM, no room
 */
// CHECK-LABEL: spec sys_kt_close
// CHECK: return: type int, check exact success=0 failure=-1
// CHECK: error EBADF ({{.*}}): not open
// CHECK: error EINTR ({{.*}}), retry no: interrupted; the descriptor is gone anyway
// CHECK: error EAGAIN ({{.*}}), retry yes: try again
// CHECK-LABEL: spec sys_kt_map
// CHECK: return: type ptr, check custom failure=NULL
// JSON-LABEL: "name": "sys_kt_close",
// JSON: "failure": {
// JSON: "value": -1
// JSON: "name": "EINTR",
// JSON: "retry": false
// JSON: "name": "EAGAIN",
// JSON: "retry": true
// JSON-LABEL: "name": "sys_kt_map",
// JSON: "failure": {
// JSON-NEXT: "text": "NULL",
// BAD: failure-bad.c:12:{{[0-9]+}}: error: failure takes a number or NULL (the C library's failure result, e.g. -1), not 'MAP_FAILED'
// BAD: failure-bad.c:14:{{[0-9]+}}: error: expected true or false (also yes/no, 1/0), not 'maybe'
