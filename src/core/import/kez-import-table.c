/* kez-import-table.c
 *
 * e-Otinish and the ministries' own systems export CSV files and Excel workbooks; the planner
 * should not have to convert one into the other. A table is what both have in common: a
 * header, then records, each with the number a person finds it under (the line of a CSV
 * file, the row of a worksheet). A workbook is read whole by the hardened reader
 * (kez-xlsx-reader.c), and its first worksheet with anything in it is the table; a CSV file
 * streams.
 *
 * The header is the first line (row) that is not blank.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-import-table"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kez-import-table.h"
#include "kez-xlsx-reader.h"

struct _KezImportTable
{
  const char   *data;    /* the file's bytes, or NULL for a CSV file read from @path */
  gsize         length;
  char         *owned;   /* @data, when the table read the file */
  char         *path;    /* a CSV file that streams */
  guint64       version; /* of the file at @path when last opened */
  KezCsvReader *csv;
  KezXlsxBook  *book;
  KezXlsxSheet *sheet;   /* in @book */
  guint         next_row;
  GStrv         header;
};

/* Every .xlsx file is a zip, and a zip starts so; no CSV file does. */
static gboolean
is_zip (const char *data,
        gsize       length)
{
  return length >= 4 && memcmp (data, "PK\x03\x04", 4) == 0;
}

static KezCsvRecord *
sheet_row (KezXlsxSheet *sheet,
           guint         row)
{
  guint n_columns = kez_xlsx_sheet_get_n_columns (sheet);
  KezCsvRecord *record = g_new0 (KezCsvRecord, 1);
  gboolean blank = TRUE;

  record->line = row + 1;
  record->fields = g_new0 (char *, n_columns + 1);
  for (guint column = 0; column < n_columns; column++)
    {
      const char *text = kez_xlsx_sheet_get (sheet, row, column);

      record->fields[column] = g_strdup (text != NULL ? text : "");
      blank &= text == NULL;
    }
  if (!blank)
    return record;
  kez_csv_record_free (record);
  return NULL;
}

/* The next row that is not blank. */
static KezCsvRecord *
next_sheet_row (KezImportTable *self)
{
  while (self->next_row < kez_xlsx_sheet_get_n_rows (self->sheet))
    {
      KezCsvRecord *record = sheet_row (self->sheet, self->next_row++);

      if (record != NULL)
        return record;
    }
  return NULL;
}

/* What changes when the file is saved again: its size, time of change and inode. */
static guint64
file_version (const char *path)
{
  GStatBuf info;

  if (g_stat (path, &info) != 0)
    return 0;
  return (guint64) info.st_size * G_GUINT64_CONSTANT (1000003) ^
         ((guint64) info.st_mtim.tv_sec * 1000000000 + info.st_mtim.tv_nsec) ^
         ((guint64) info.st_ino << 32) ^ (guint64) info.st_ctim.tv_nsec;
}

static gboolean
open_rows (KezImportTable  *self,
           GError         **error)
{
  g_autoptr(GError) broken = NULL;
  KezCsvRecord *header;

  if (self->book != NULL)
    {
      self->next_row = 0;
      header = next_sheet_row (self);
    }
  else
    {
      g_clear_pointer (&self->csv, kez_csv_reader_free);
      if (self->path != NULL)
        self->version = file_version (self->path);
      self->csv = self->path != NULL ? kez_csv_reader_new_for_path (self->path, error)
                                     : kez_csv_reader_new_for_data (self->data, self->length,
                                                                    error);
      if (self->csv == NULL)
        return FALSE;
      header = kez_csv_reader_next (self->csv, &broken);
    }
  if (header == NULL)
    {
      if (broken != NULL)
        g_propagate_error (error, g_steal_pointer (&broken));
      else
        g_set_error_literal (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_EMPTY, _("The file is empty"));
      return FALSE;
    }
  g_strfreev (self->header);
  self->header = g_steal_pointer (&header->fields);
  kez_csv_record_free (header);
  return TRUE;
}

/**
 * kez_import_table_new:
 * @data: the file's bytes, which must outlive the table
 * @name: the file's name, for messages
 *
 * Returns: (transfer full): the table past its header, or %NULL with @error set when the file
 *   cannot be read as a table at all (empty, not text, a broken or hostile workbook)
 */
KezImportTable *
kez_import_table_new (const char  *data,
                      gsize        length,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(KezImportTable) self = g_atomic_rc_box_new0 (KezImportTable);

  self->data = data;
  self->length = length;
  if (is_zip (data, length))
    {
      if (!(self->book = kez_xlsx_book_read_data (data, length, name, error)))
        return NULL;
      for (guint i = 0; i < kez_xlsx_book_get_n_sheets (self->book) && self->sheet == NULL; i++)
        if (kez_xlsx_sheet_get_n_rows (kez_xlsx_book_get_sheet (self->book, i)) > 0)
          self->sheet = kez_xlsx_book_get_sheet (self->book, i);
      if (self->sheet == NULL)
        {
          g_set_error_literal (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_EMPTY,
                               _("The workbook has no sheet with anything in it"));
          return NULL;
        }
    }
  if (!open_rows (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * kez_import_table_new_for_path:
 * @name: the file's name, for messages
 *
 * A CSV file streams from its path, however large, each time it is read; a workbook is read
 * into memory, as a zip must be.
 *
 * Returns: (transfer full): the table past its header, or %NULL with @error set
 */
KezImportTable *
kez_import_table_new_for_path (const char  *path,
                               const char  *name,
                               GError     **error)
{
  g_autoptr(KezImportTable) self = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = NULL;
  char magic[4];
  gsize n = 0;

  /* A pipe or a device is refused by the CSV reader, before anything is read from it. */
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
      (stream = g_file_read (file, NULL, NULL)) != NULL)
    g_input_stream_read_all (G_INPUT_STREAM (stream), magic, sizeof magic, &n, NULL, NULL);
  if (is_zip (magic, n))
    {
      g_autofree char *data = NULL;
      gsize length;

      if (!(data = kez_csv_load_file (path, &length, error)) ||
          !(self = kez_import_table_new (data, length, name, error)))
        return NULL;
      self->owned = g_steal_pointer (&data);
      return g_steal_pointer (&self);
    }
  self = g_atomic_rc_box_new0 (KezImportTable);
  self->path = g_strdup (path);
  if (!open_rows (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * kez_import_table_new_for_file:
 *
 * kez_import_table_new_for_path() for a file chosen in a file chooser, which in a sandbox
 * may have no local path: such a file is read into memory.
 */
KezImportTable *
kez_import_table_new_for_file (GFile       *file,
                               const char  *name,
                               GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *data = NULL;
  KezImportTable *self;
  gsize length;

  if (path != NULL)
    return kez_import_table_new_for_path (path, name, error);
  if (!(data = kez_csv_load_gfile (file, &length, error)) ||
      !(self = kez_import_table_new (data, length, name, error)))
    return NULL;
  self->owned = g_steal_pointer (&data);
  return self;
}

/* Returns: a number that changes when the file is saved again between two readings (0 for
 * a table read from memory) */
guint64
kez_import_table_get_version (KezImportTable *self)
{
  return self->version;
}

/* Returns: (transfer none): the names in the header, %NULL-terminated */
const char * const *
kez_import_table_get_header (KezImportTable *self)
{
  return (const char * const *) self->header;
}

/* Whether the table is a worksheet: its dates may be numbers (days since 1900). */
gboolean
kez_import_table_is_workbook (KezImportTable *self)
{
  return self->book != NULL;
}

/**
 * kez_import_table_next:
 * @broken: where the file breaks, when it does (a CSV file only)
 *
 * Returns: (transfer full) (nullable): the next record that is not blank, or %NULL at the end
 *   or where the file breaks
 */
KezCsvRecord *
kez_import_table_next (KezImportTable  *self,
                       GError         **broken)
{
  if (self->book != NULL)
    return next_sheet_row (self);
  return kez_csv_reader_next (self->csv, broken);
}

/* Back to the first record after the header, to read the file again with other choices. */
gboolean
kez_import_table_rewind (KezImportTable  *self,
                         GError         **error)
{
  return open_rows (self, error);
}

/**
 * kez_import_table_where:
 * @line: a record's line
 * @reasons: what is wrong there
 *
 * Returns: (transfer full): "line N: reasons" for a CSV file, "row N: reasons" for a sheet
 */
char *
kez_import_table_where (KezImportTable *self,
                        guint           line,
                        const char     *reasons)
{
  if (self->book != NULL)
    /* Translators: %1$u is a row number of a worksheet, %2$s what is wrong there */
    return g_strdup_printf (_("row %1$u: %2$s"), line, reasons);
  /* Translators: %1$u is a line number of the file, %2$s what is wrong there */
  return g_strdup_printf (_("line %1$u: %2$s"), line, reasons);
}

/**
 * kez_import_table_lines:
 * @lines: (element-type guint): records' lines
 *
 * Returns: (transfer full): "lines 2, 5, 9" (the first twenty, then how many more), "rows …"
 *   for a worksheet
 */
char *
kez_import_table_lines (KezImportTable *self,
                        GArray         *lines)
{
  g_autoptr(GString) numbers = g_string_new (NULL);
  guint shown = MIN (lines->len, 20);

  for (guint i = 0; i < shown; i++)
    g_string_append_printf (numbers, "%s%u", i > 0 ? ", " : "", g_array_index (lines, guint, i));
  if (lines->len > shown)
    /* Translators: after a list of numbers; %1$u is how many more there are */
    g_string_append_printf (numbers, _(" and %1$u more"), lines->len - shown);
  /* A list of numbers reads as one or several, whatever the count's plural form. */
  if (self->book != NULL)
    return g_strdup_printf (lines->len == 1
                              /* Translators: %1$s is a row number of a worksheet */
                              ? _("row %1$s")
                              /* Translators: %1$s is a list of row numbers of a worksheet */
                              : _("rows %1$s"), numbers->str);
  return g_strdup_printf (lines->len == 1
                            /* Translators: %1$s is a line number of a file */
                            ? _("line %1$s")
                            /* Translators: %1$s is a list of line numbers of a file */
                            : _("lines %1$s"), numbers->str);
}

static void
table_clear (gpointer data)
{
  KezImportTable *self = data;

  g_clear_pointer (&self->csv, kez_csv_reader_free);
  g_clear_pointer (&self->book, kez_xlsx_book_free);
  g_strfreev (self->header);
  g_free (self->owned);
  g_free (self->path);
}

/* An import keeps the table it read, to read it again when it saves. */
KezImportTable *
kez_import_table_ref (KezImportTable *self)
{
  return g_atomic_rc_box_acquire (self);
}

/* Gives up a reference: the last one frees the table. */
void
kez_import_table_free (KezImportTable *self)
{
  if (self == NULL)
    return;
  g_atomic_rc_box_release_full (self, table_clear);
}
