/* A user library's header (not a system header): ring_create binds only
 * through ring.bindings, which names this header. */
#ifndef RING_H
#define RING_H
int ring_create(unsigned int entries, int advice);
int ring_create_errno(unsigned int entries, int advice);
#endif
