/**
 * sys_q - a well-formed spec
 * @fd: a descriptor
 *
 * contexts: process
 * param-count: 1
 * param: fd
 *   type: fd
 *   constraint-type: range(0, 1023)
 */
