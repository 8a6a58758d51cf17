// SPDX-License-Identifier: MIT
/*
 * Fuzz the object-file reader: ELF section tables, ar and thin-archive
 * member headers, and the spec records inside the section.  Input that is
 * neither ELF nor an archive is fed to the record splitter as the
 * contents of a record section.  No file is ever opened (thin archives
 * are refused).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "kapi_record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct kapi_record_units units = {0};
	struct kapi_diag_list diags = {0};
	char *err = NULL;

	if (size >= 4 && (data[0] == 0x7f || data[0] == '!'))
		kapi_record_read_mem(data, size, "fuzz.o", NULL, &units, &diags,
				     &err);
	else
		kapi_record_decode(data, size, "fuzz.o", &units, &diags, &err);
	free(err);
	kapi_record_units_free(&units);
	kapi_diag_list_free(&diags);
	return 0;
}
