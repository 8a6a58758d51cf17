// Input of failure-retry.c: a failure that is no literal, a retry that is
// no yes/no.
/**
 * sys_kt_bad - bad failure and retry
 * @len: how much
 *
 * contexts: process
 * param: len
 *   type: uint, input
 * return:
 *   type: ptr
 *   failure: MAP_FAILED
 * error: EINTR, interrupted
 *   retry: maybe
 */
