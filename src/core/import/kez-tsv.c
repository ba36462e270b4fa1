/* kez-tsv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-tsv"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "kez-tsv.h"

struct _KezTsv
{
  GHashTable *columns; /* name → index + 1 */
  GPtrArray  *rows;    /* GStrv */
};

void
kez_tsv_free (KezTsv *self)
{
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self);
}

/**
 * kez_tsv_parse:
 * @name: the file's name, for messages
 * @required_columns: header names that must be present
 *
 * Reads a UTF-8 file whose first line names the columns. Blank lines are skipped; every other
 * line must have as many fields as the header.
 */
KezTsv *
kez_tsv_parse (GBytes              *bytes,
               const char          *name,
               const char * const  *required_columns,
               GError             **error)
{
  g_autoptr(KezTsv) self = g_new0 (KezTsv, 1);
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) header = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = g_strndup (data, length);
  guint n_columns;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is a file name */
                   _("%1$s is not UTF-8 text"), name);
      return NULL;
    }

  lines = g_strsplit (text, "\n", -1);
  header = g_strsplit (g_strchomp (lines[0]), "\t", -1);
  n_columns = g_strv_length (header);

  self->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint i = 0; i < n_columns; i++)
    g_hash_table_insert (self->columns, g_strdup (header[i]), GUINT_TO_POINTER (i + 1));

  for (guint i = 0; required_columns != NULL && required_columns[i] != NULL; i++)
    {
      if (!g_hash_table_contains (self->columns, required_columns[i]))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %1$s is a file name, %2$s a column name */
                       _("%1$s has no column “%2$s”"), name, required_columns[i]);
          return NULL;
        }
    }

  for (guint i = 1; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      GStrv fields;

      /* Tolerate CRLF from files edited on Windows, but keep trailing empty fields. */
      if (g_str_has_suffix (line, "\r"))
        line[strlen (line) - 1] = '\0';
      if (line[0] == '\0')
        continue;

      fields = g_strsplit (line, "\t", -1);
      if (g_strv_length (fields) != n_columns)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %1$s is a file name, %2$u a line number,
                          %3$u and %4$u numbers of fields */
                       _("%1$s, line %2$u: %3$u fields where the header has %4$u"),
                       name, i + 1, g_strv_length (fields), n_columns);
          g_strfreev (fields);
          return NULL;
        }
      g_ptr_array_add (self->rows, fields);
    }

  return g_steal_pointer (&self);
}

guint
kez_tsv_get_n_rows (KezTsv *self)
{
  return self->rows->len;
}

/* Returns the field, or "" when the file has no such column. */
const char *
kez_tsv_get (KezTsv     *self,
             guint       row,
             const char *column)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->columns, column));
  GStrv fields;

  g_return_val_if_fail (row < self->rows->len, "");

  if (index == 0)
    return "";
  fields = g_ptr_array_index (self->rows, row);
  return fields[index - 1];
}
