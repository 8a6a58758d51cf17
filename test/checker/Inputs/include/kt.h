/* A test-only library (bound through kt.bindings). */
#ifndef _KT_H
#define _KT_H
int kt_setname(const char *name);
#endif
