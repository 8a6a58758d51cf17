// SPDX-License-Identifier: MIT
#include "kapi_test.h"

void kapi_test_group_db_stress(void)
{
}
