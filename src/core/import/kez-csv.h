/* kez-csv.h: comma- or semicolon-separated files as spreadsheets and other systems write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KEZ_CSV_ERROR (kez_csv_error_quark ())

typedef enum
{
  KEZ_CSV_ERROR_EMPTY,
  KEZ_CSV_ERROR_ENCODING,
  KEZ_CSV_ERROR_UNCLOSED_QUOTE,
  KEZ_CSV_ERROR_TOO_LONG,
  KEZ_CSV_ERROR_NOT_A_FILE,
} KezCsvError;

/* The longest field read: a workbook cell holds 32,767 characters, which are at most four
 * bytes each in UTF-8. A longer field is a damaged file, not a question. */
#define KEZ_CSV_MAX_FIELD_BYTES (4 * 32767)
#define KEZ_CSV_MAX_FIELDS 1000
/* The largest file imported: a million questions are well under it. */
#define KEZ_CSV_MAX_FILE_BYTES (G_GINT64_CONSTANT (2) * 1024 * 1024 * 1024)

typedef struct
{
  guint  line;   /* the line of the file where the record starts, from 1 */
  GStrv  fields;
} KezCsvRecord;

typedef struct _KezCsvReader KezCsvReader;

GQuark        kez_csv_error_quark         (void);
KezCsvReader *kez_csv_reader_new_for_data (const char    *data,
                                           gsize          length,
                                           GError       **error);
KezCsvReader *kez_csv_reader_new_for_path (const char    *path,
                                           GError       **error);
KezCsvRecord *kez_csv_reader_next         (KezCsvReader  *self,
                                           GError       **error);
guint64       kez_csv_reader_get_position (KezCsvReader  *self);
guint64       kez_csv_reader_get_size     (KezCsvReader  *self);
const char   *kez_csv_reader_get_encoding (KezCsvReader  *self);
void          kez_csv_reader_free         (KezCsvReader  *self);

GPtrArray    *kez_csv_parse               (const char    *data,
                                           gsize          length,
                                           GError       **error);
void          kez_csv_record_free         (KezCsvRecord  *record);

char         *kez_csv_load_file           (const char    *path,
                                           gsize         *length,
                                           GError       **error);
char         *kez_csv_load_gfile          (GFile         *file,
                                           gsize         *length,
                                           GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezCsvReader, kez_csv_reader_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezCsvRecord, kez_csv_record_free)

G_END_DECLS
