/* kez-import-values.c
 *
 * The meeting and question imports read bodies, regions and dates the same way, whatever
 * tool wrote the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-import-values"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdio.h>

#include "kez-import-values.h"
#include "kez-text-encoding.h"
#include "kez-meetings.h"
#include "kez-region.h"

/* Names as people type them: case and surrounding spaces do not matter. */
char *
kez_import_normalise (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return g_utf8_casefold (stripped, -1);
}

/* code, Russian name and Kazakh name → code, for bodies and regions alike */
GHashTable *
kez_import_index_names (GListModel        *items,
                        KezImportCodeFunc  get_code,
                        KezImportNameFunc  get_name)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      const char *code = get_code (item);

      g_hash_table_insert (index, kez_import_normalise (code), g_strdup (code));
      g_hash_table_insert (index, kez_import_normalise (get_name (item, KEZ_LANGUAGE_RU)),
                           g_strdup (code));
      g_hash_table_insert (index, kez_import_normalise (get_name (item, KEZ_LANGUAGE_KK)),
                           g_strdup (code));
    }
  return index;
}

GHashTable *
kez_import_index_regions (KezStore *store)
{
  g_autoptr(GListModel) regions = kez_store_list_regions (store);

  return kez_import_index_names (regions, (KezImportCodeFunc) kez_region_get_code,
                                 (KezImportNameFunc) kez_region_get_name);
}

/* YYYY-MM-DD or DD.MM.YYYY */
gboolean
kez_import_parse_date (const char *text,
                       GDate      *date)
{
  guint day, month, year;
  int consumed = 0;

  if (kez_date_parse_iso (text, date))
    return TRUE;
  if (sscanf (text, "%2u.%2u.%4u%n", &day, &month, &year, &consumed) == 3 &&
      text[consumed] == '\0' && year >= 1000 && g_date_valid_dmy (day, month, year))
    {
      g_date_set_dmy (date, day, month, year);
      return TRUE;
    }
  return FALSE;
}

/* HH:MM, or HH:MM:SS as exports write it (the seconds dropped) */
gboolean
kez_import_parse_time (const char *text,
                       int        *minute)
{
  guint hours, minutes, seconds;
  int consumed = 0;

  if (sscanf (text, "%2u:%2u%n", &hours, &minutes, &consumed) != 2 || hours > 23 ||
      minutes > 59)
    return FALSE;
  if (text[consumed] == ':')
    {
      const char *rest = text + consumed + 1;

      consumed = 0;
      if (!g_ascii_isdigit (rest[0]) || sscanf (rest, "%2u%n", &seconds, &consumed) != 1 ||
          seconds > 59)
        return FALSE;
      text = rest;
    }
  if (text[consumed] != '\0')
    return FALSE;
  *minute = hours * 60 + minutes;
  return TRUE;
}

/**
 * kez_import_parse_serial:
 * @minute: (out) (optional): the time of day, rounded to the minute
 *
 * A worksheet keeps a date as the days since 30 December 1899 and the time as the day's
 * fraction: 46337.4375 is 11 November 2026, 10:30.
 *
 * Returns: whether @text is such a number, of a day from March 1900 to 9999
 */
gboolean
kez_import_parse_serial (const char *text,
                         GDate      *date,
                         int        *minute)
{
  char *end = NULL;
  double serial;
  guint days;
  int minutes;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  serial = g_ascii_strtod (text, &end);
  /* Before 1 March 1900 the count is off by Excel's 29 February 1900: no import has such. */
  if (*end != '\0' || serial < 61 || serial >= 2958466)
    return FALSE;
  days = (guint) serial;
  minutes = (int) ((serial - days) * 1440 + 0.5);
  if (minutes >= 1440)
    {
      days += 1;
      minutes -= 1440;
    }
  g_date_set_dmy (date, 30, G_DATE_DECEMBER, 1899);
  g_date_add_days (date, days);
  if (minute != NULL)
    *minute = minutes;
  return TRUE;
}

/* The field at @index, or "" when the column is absent or the record is short. */
const char *
kez_import_field (const KezCsvRecord *record,
                  int                 index)
{
  if (index < 0 || index >= (int) g_strv_length (record->fields))
    return "";
  return record->fields[index];
}

/**
 * kez_import_short:
 * @pool: the strings of one row's messages, freed with it
 *
 * Returns: (transfer none): @value cut to a length a message can quote
 */
const char *
kez_import_short (GPtrArray  *pool,
                  const char *value)
{
  char *shortened = kez_text_shorten (value);

  g_ptr_array_add (pool, shortened);
  return shortened;
}

/* A text longer than a workbook cell holds would be lost on the way to the authorised body:
 * it is refused at the door. */
void
kez_import_check_length (GPtrArray  *reasons,
                         const char *value)
{
  glong length = g_utf8_strlen (value, -1);

  if (length > KEZ_IMPORT_MAX_TEXT)
    g_ptr_array_add (reasons,
                     /* Translators: %1$ld is a number of characters, %2$d the most a
                        workbook cell holds (32767) */
                     g_strdup_printf (_("a text of %1$ld characters is longer than a workbook "
                                        "cell holds (%2$d)"), length, KEZ_IMPORT_MAX_TEXT));
}

/* CRLF and a lone CR as the one \n a text keeps, in place. */
static void
normalise_line_breaks (char *text)
{
  char *to = text;

  for (const char *from = text; *from != '\0'; from++)
    {
      if (*from == '\r')
        {
          *to++ = '\n';
          if (from[1] == '\n')
            from++;
        }
      else
        *to++ = *from;
    }
  *to = '\0';
}

/**
 * kez_import_next_row:
 * @broken: where the file breaks, when it does
 *
 * Returns: (transfer full) (nullable): the next row, its line breaks as the texts keep them,
 *   or %NULL at the end or where the file breaks
 */
KezCsvRecord *
kez_import_next_row (KezImportTable  *table,
                     GError         **broken)
{
  KezCsvRecord *record = kez_import_table_next (table, broken);

  if (record != NULL)
    for (guint i = 0; record->fields[i] != NULL; i++)
      normalise_line_breaks (record->fields[i]);
  return record;
}

/* The rows after the header, each given to @read_row; when the file breaks (an unclosed quote,
 * a field too long), its message joins @problems after those of the rows before it. */
void
kez_import_read_rows (KezImportTable  *table,
                      GPtrArray       *problems,
                      KezImportRowFunc read_row,
                      gpointer         user_data)
{
  g_autoptr(GError) broken = NULL;
  KezCsvRecord *record;

  while ((record = kez_import_next_row (table, &broken)) != NULL)
    {
      g_autofree char *reasons = read_row (record, user_data);


      if (reasons != NULL)
        g_ptr_array_add (problems, kez_import_table_where (table, record->line, reasons));
      kez_csv_record_free (record);
    }
  if (broken != NULL)
    g_ptr_array_add (problems, g_strdup (broken->message));
}

/* All or nothing: an import with any bad row saves none of them. */
gboolean
kez_import_refuse_problems (GPtrArray  *problems,
                            GError    **error)
{
  if (problems->len == 0)
    return FALSE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               g_dngettext (GETTEXT_PACKAGE,
                            "Nothing was imported: %1$u row has errors",
                            "Nothing was imported: %1$u rows have errors",
                            problems->len),
               problems->len);
  return TRUE;
}
