// SPDX-License-Identifier: MIT
/* STUB: being written. */
#include "kapi_parse.h"
