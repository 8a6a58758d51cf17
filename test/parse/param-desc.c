// A param: block without desc: takes the kerneldoc @name: text (as the
// kernel's generator does), so show and the JSON export carry it; a
// desc: of its own wins.
// RUN: %kapi-db parse --format json %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:

/**
 * sys_pd - parameter descriptions
 * @fd: the descriptor to read from
 * @buf: where the bytes go
 *
 * contexts: process
 * param: fd
 *   type: fd, input
 * param: buf
 *   type: user_ptr, output
 *   desc: The caller's buffer.
 */
// CHECK: "name": "fd",
// CHECK-NEXT: "type_name": null,
// CHECK-NEXT: "description": "the descriptor to read from",
// CHECK: "name": "buf",
// CHECK-NEXT: "type_name": null,
// CHECK-NEXT: "description": "The caller's buffer.",
