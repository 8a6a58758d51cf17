// SPDX-License-Identifier: MIT
/* Fuzz the JSON importer, and export whatever it accepted. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "kapi_json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kapi_spec_list specs = {0};
	struct kapi_diag_list diags = {0};

	if (kapi_json_read((const char *)data, size, "fuzz.json", &specs,
			   &diags) > 0)
		free(kapi_json_list_to_string(
			(const struct kapi_spec *const *)specs.items,
			specs.count));
	kapi_spec_list_free(&specs);
	kapi_diag_list_free(&diags);
	return 0;
}
