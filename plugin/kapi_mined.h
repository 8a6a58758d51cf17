/* SPDX-License-Identifier: MIT */
/*
 * The spec of a syscall that has none: what its signature implies, to
 * which the plugin adds the facts it mines from the body.  Stored with
 * source "mined"; `kapi-db skeleton` turns it into a draft comment.
 */
#ifndef KAPI_MINED_H
#define KAPI_MINED_H

#include "kapi_spec.h"
#include "kapi_verify.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The parameters with the type class their C type implies: a `__user`
 * pointer is user_ptr (path when it is `const char __user *` named like a
 * path), an integer named fd or *fd is fd, other integers int or uint,
 * other pointers ptr.  Input unless a user pointer is not const (then its
 * direction is left for a human).  Caller frees.
 */
struct kapi_spec *kapi_mined_spec(const struct kapi_fn_facts *fn);

#ifdef __cplusplus
}
#endif

#endif
