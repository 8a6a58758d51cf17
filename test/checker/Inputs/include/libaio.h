/* Stand-in for libaio's <libaio.h>: negative errno, errno untouched. */
#ifndef __LIBAIO_H
#define __LIBAIO_H
typedef struct io_context *io_context_t;
int io_setup(int maxevents, io_context_t *ctxp);
int io_destroy(io_context_t ctx);
struct iocb;
struct io_event;
int io_cancel(io_context_t ctx, struct iocb *iocb, struct io_event *evt);
#endif
