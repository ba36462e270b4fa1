/* kez-csv.c
 *
 * RFC 4180 with what real files add: a UTF-8 byte order mark, semicolons as separators (Excel
 * in a Russian locale), CRLF line ends, quoted fields with separators, quotes and line breaks
 * inside. Files that are not UTF-8 are read as Windows-1251, the other encoding Excel uses
 * for Cyrillic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-csv"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kez-csv.h"

G_DEFINE_QUARK (kez-csv-error-quark, kez_csv_error)

void
kez_csv_record_free (KezCsvRecord *record)
{
  g_strfreev (record->fields);
  g_free (record);
}

static char *
to_utf8 (const char  *data,
         gsize        length,
         GError     **error)
{
  char *converted;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (g_utf8_validate_len (data, length, NULL))
    return g_strndup (data, length);

  converted = g_convert (data, length, "UTF-8", "WINDOWS-1251", NULL, NULL, NULL);
  if (converted == NULL)
    g_set_error_literal (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_ENCODING,
                         _("The file is neither UTF-8 nor Windows-1251 text"));
  return converted;
}

/* The separator is whichever of comma and semicolon the header line uses more, outside quotes. */
static char
guess_separator (const char *text)
{
  guint commas = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0' && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == ';')
        semicolons++;
    }
  return semicolons > commas ? ';' : ',';
}

static gboolean
record_is_blank (GPtrArray *fields)
{
  return fields->len == 1 && ((char *) g_ptr_array_index (fields, 0))[0] == '\0';
}

static void
finish_record (GPtrArray *records,
               GPtrArray *fields,
               guint      line)
{
  KezCsvRecord *record;

  if (record_is_blank (fields))
    {
      g_ptr_array_set_size (fields, 0);
      return;
    }
  record = g_new0 (KezCsvRecord, 1);
  record->line = line;
  g_ptr_array_add (fields, NULL);
  record->fields = (GStrv) g_ptr_array_steal (fields, NULL);
  g_ptr_array_add (records, record);
}

/**
 * kez_csv_parse:
 *
 * Returns: (transfer full) (element-type KezCsvRecord): the records, blank lines left out,
 *   or %NULL with @error set when the file is empty, not text, or has a quote left open.
 */
GPtrArray *
kez_csv_parse (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;
  guint line = 1, record_line = 1, quote_line = 0;
  char separator;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!(text = to_utf8 (data, length, error)))
    return NULL;

  separator = guess_separator (text);
  records = g_ptr_array_new_with_free_func ((GDestroyNotify) kez_csv_record_free);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else if (*p == '\r' && p[1] == '\n')
            continue; /* a line break inside a field is kept as \n */
          else
            {
              if (*p == '\n')
                line++;
              g_string_append_c (field, *p);
            }
        }
      else if (*p == '"')
        {
          quoted = TRUE;
          quote_line = line;
        }
      else if (*p == separator)
        {
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*p == '\n' || *p == '\r')
        {
          if (*p == '\r' && p[1] == '\n')
            p++;
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          finish_record (records, fields, record_line);
          record_line = ++line;
        }
      else
        g_string_append_c (field, *p);
    }

  if (quoted)
    {
      g_set_error (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_UNCLOSED_QUOTE,
                   /* Translators: %1$u is a line number */
                   _("line %1$u: a quoted field is not closed"), quote_line);
      return NULL;
    }
  if (field->len > 0 || fields->len > 0)
    {
      g_ptr_array_add (fields, g_strdup (field->str));
      finish_record (records, fields, record_line);
    }
  if (records->len == 0)
    {
      g_set_error_literal (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_EMPTY, _("The file is empty"));
      return NULL;
    }
  return g_steal_pointer (&records);
}
