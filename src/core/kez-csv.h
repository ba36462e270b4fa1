/* kez-csv.h: comma- or semicolon-separated files as spreadsheets and other systems write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KEZ_CSV_ERROR (kez_csv_error_quark ())

typedef enum
{
  KEZ_CSV_ERROR_EMPTY,
  KEZ_CSV_ERROR_ENCODING,
  KEZ_CSV_ERROR_UNCLOSED_QUOTE,
} KezCsvError;

typedef struct
{
  guint  line;   /* the line of the file where the record starts, from 1 */
  GStrv  fields;
} KezCsvRecord;

GQuark     kez_csv_error_quark (void);
GPtrArray *kez_csv_parse       (const char  *data,
                                gsize        length,
                                GError     **error);
void       kez_csv_record_free (KezCsvRecord *record);

G_END_DECLS
