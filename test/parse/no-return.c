// A no_return return says in prose that nothing comes back on success:
// no report, and the prose becomes the return's description instead of
// a success value nobody can evaluate.
// RUN: %kapi-db parse %s 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
// RUN: %kapi-db parse --format json %s | FileCheck %s --check-prefix=JSON

/**
 * sys_exit_group - end every thread of the process
 * @error_code: the exit status
 *
 * contexts: process
 * param: error_code
 *   type: int, input
 * return:
 *   type: int
 *   check-type: no_return
 *   success: does not return on success
 */

/**
 * sys_execve2 - older draft, its own description kept
 * @filename: the program
 *
 * context-flags: KAPI_CTX_PROCESS
 * param: filename
 *   type: KAPI_TYPE_PATH
 * return:
 *   type: KAPI_TYPE_INT
 *   check-type: KAPI_RETURN_NO_RETURN
 *   success: Does not return on success
 *   desc: The new program runs.
 */
// CHECK: spec sys_exit_group
// CHECK: return: type int, check no_return{{$}}
// CHECK: spec sys_execve2
// CHECK: return: type int, check no_return{{$}}
// JSON: "description": "does not return on success",
// JSON-NOT: "text": "does not return on success"
// JSON: "check_type": "no_return",
// JSON: "description": "The new program runs.",
// JSON: "check_type": "no_return",
