/* kez-csv-dump.c: a CSV file's records as JSON, for comparing the reader with other suites
 *
 *   kez-csv-dump FILE.csv   prints [["field", …], …] (the header is the first record)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "kez-csv.h"

static void
print_string (GString    *out,
              const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GString) out = g_string_new ("[");
  g_autofree char *contents = NULL;
  gsize length;

  if (argc != 2)
    {
      g_printerr ("usage: %s FILE.csv\n", argv[0]);
      return EXIT_FAILURE;
    }
  if (!(contents = kez_csv_load_file (argv[1], &length, &error)) ||
      !(records = kez_csv_parse (contents, length, &error)))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return EXIT_FAILURE;
    }
  for (guint i = 0; i < records->len; i++)
    {
      KezCsvRecord *record = g_ptr_array_index (records, i);

      g_string_append (out, i > 0 ? ",\n [" : "\n [");
      for (guint f = 0; record->fields[f] != NULL; f++)
        {
          if (f > 0)
            g_string_append (out, ", ");
          print_string (out, record->fields[f]);
        }
      g_string_append_c (out, ']');
    }
  g_string_append (out, "\n]\n");
  /* As bytes: g_print() would convert to the C locale's charset. */
  fputs (out->str, stdout);
  return EXIT_SUCCESS;
}
