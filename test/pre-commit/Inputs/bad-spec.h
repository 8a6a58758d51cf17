/**
 * sys_p - a spec with mistakes
 * @fd: a descriptor
 *
 * contexts: process
 * param-count: 3
 * param: fd
 *   type: fd
 * param: fd
 *   type: int
 */
