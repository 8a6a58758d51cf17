// SPDX-License-Identifier: MIT
#include "kapi_test.h"

void kapi_test_group_parse(void)
{
}
