/* test-csv.c: reading CSV as spreadsheets write it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kez-csv.h"

static GPtrArray *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = kez_csv_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (records);
  return records;
}

static const char *
cell (GPtrArray *records,
      guint      record,
      guint      field)
{
  KezCsvRecord *r = g_ptr_array_index (records, record);

  g_assert_cmpuint (field, <, g_strv_length (r->fields));
  return r->fields[field];
}

static void
test_plain_comma (void)
{
  g_autoptr(GPtrArray) records = parse_ok ("a,b,c\n1,2,3\n");

  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (cell (records, 1, 2), ==, "3");
  g_assert_cmpuint (((KezCsvRecord *) g_ptr_array_index (records, 1))->line, ==, 2);
}

static void
test_bom_is_dropped (void)
{
  g_autoptr(GPtrArray) records = parse_ok ("\xEF\xBB\xBForgan,leader\nmoh,A\n");

  g_assert_cmpstr (cell (records, 0, 0), ==, "organ");
}

static void
test_semicolons (void)
{
  /* Excel in a Russian locale: semicolons, and commas inside values. */
  g_autoptr(GPtrArray) records = parse_ok ("organ;leader;venue\nmoh;Ахметова, А.;Зал, 2 этаж\n");

  g_assert_cmpuint (g_strv_length (((KezCsvRecord *) g_ptr_array_index (records, 1))->fields),
                    ==, 3);
  g_assert_cmpstr (cell (records, 1, 1), ==, "Ахметова, А.");
  g_assert_cmpstr (cell (records, 1, 2), ==, "Зал, 2 этаж");
}

static void
test_quotes_with_newlines (void)
{
  g_autoptr(GPtrArray) records =
    parse_ok ("a,b\r\n\"first line\r\nsecond, with comma\",\"say \"\"hi\"\"\"\r\nx,y\r\n");

  g_assert_cmpuint (records->len, ==, 3);
  /* The field's own line break, as written: the importers make it one \n. */
  g_assert_cmpstr (cell (records, 1, 0), ==, "first line\r\nsecond, with comma");
  g_assert_cmpstr (cell (records, 1, 1), ==, "say \"hi\"");
  /* The record after a two-line field starts on line 4 of the file. */
  g_assert_cmpuint (((KezCsvRecord *) g_ptr_array_index (records, 2))->line, ==, 4);
  g_assert_cmpstr (cell (records, 2, 1), ==, "y");
}

static void
test_crlf_and_blank_lines (void)
{
  g_autoptr(GPtrArray) records = parse_ok ("a,b\r\n\r\n1,2\r\n\r\n");

  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (cell (records, 1, 1), ==, "2");
  g_assert_cmpuint (((KezCsvRecord *) g_ptr_array_index (records, 1))->line, ==, 3);
}

static void
test_last_line_without_newline (void)
{
  g_autoptr(GPtrArray) records = parse_ok ("a,b\n1,");

  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (cell (records, 1, 1), ==, "");
}

static void
test_windows_1251 (void)
{
  /* "орган\nМЗ" in Windows-1251, as Excel saves "CSV (разделители-запятые)" in Russian. */
  const char text[] = "\xEE\xF0\xE3\xE0\xED\n\xCC\xC7\n";
  g_autoptr(GPtrArray) records = parse_ok (text);

  g_assert_cmpstr (cell (records, 0, 0), ==, "орган");
  g_assert_cmpstr (cell (records, 1, 0), ==, "МЗ");
}

static void
test_unclosed_quote (void)
{
  g_autoptr(GError) error = NULL;
  const char *text = "a,b\n1,2\n\"open,3\n4,5\n";
  g_autoptr(GPtrArray) records = kez_csv_parse (text, strlen (text), &error);

  g_assert_null (records);
  g_assert_error (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_UNCLOSED_QUOTE);
  g_assert_nonnull (strstr (error->message, "3"));
}

static void
test_empty (void)
{
  static const char *empties[] = { "", "\xEF\xBB\xBF", "\r\n\n" };

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) records = kez_csv_parse (empties[i], strlen (empties[i]), &error);

      g_assert_null (records);
      g_assert_error (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_EMPTY);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/comma", test_plain_comma);
  g_test_add_func ("/csv/bom", test_bom_is_dropped);
  g_test_add_func ("/csv/semicolons", test_semicolons);
  g_test_add_func ("/csv/quotes-with-newlines", test_quotes_with_newlines);
  g_test_add_func ("/csv/crlf-and-blank-lines", test_crlf_and_blank_lines);
  g_test_add_func ("/csv/no-final-newline", test_last_line_without_newline);
  g_test_add_func ("/csv/windows-1251", test_windows_1251);
  g_test_add_func ("/csv/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/csv/empty", test_empty);

  return g_test_run ();
}
