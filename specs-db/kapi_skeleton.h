/* SPDX-License-Identifier: MIT */
/*
 * A draft spec comment, in the current short-token draft, for a syscall a
 * build saw without a spec (source "mined"): the parameters with the type
 * class the signature implies, the constraint each parameter's mined facts
 * imply and the error codes the code returns, each mined line saying where
 * the code tests it and asking a human to review it.  Prose is left as
 * TODO.  The draft parses as a spec.
 */
#ifndef KAPI_SKELETON_H
#define KAPI_SKELETON_H

#include "kapi_spec.h"

/* The comment text, ending in a newline; caller frees. */
char *kapi_skeleton(const struct kapi_spec *s);

#endif
