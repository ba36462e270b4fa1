/* test-import.c: other systems' spellings, imports undone as one step, workbook dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "kez-import-batch.h"
#include "kez-import-value-map.h"
#include "kez-import-values.h"
#include "kez-question-import.h"
#include "kez-questions-bulk.h"
#include "kez-questions.h"
#include "kez-store-open.h"
#include "kez-store-private.h"
#include "kez-test-util.h"

static void
assert_resolves (KezImportValueMap  *map,
                 KezImportValueKind  kind,
                 const char         *value,
                 const char         *code,
                 KezImportMatch      match)
{
  GPtrArray *seen;
  const KezImportValue *last;

  g_assert_cmpstr (kez_import_value_map_resolve (map, kind, value, 1), ==, code);
  seen = kez_import_value_map_get_seen (map);
  last = g_ptr_array_index (seen, seen->len - 1);
  if (last->match != match)
    g_error ("“%s” was taken as %s by %d, not %d", value, code, last->match, match);
}

static void
test_spellings (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(KezImportValueMap) map = kez_import_value_map_new (store);

  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Жамбыл облысы", "zhambyl",
                   KEZ_IMPORT_MATCH_EXACT);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "astana", "astana", KEZ_IMPORT_MATCH_EXACT);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "г. Астана", "astana", KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Акмолинская обл.", "akmola",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Акмола облысы", "akmola",
                   KEZ_IMPORT_MATCH_GUESSED);  /* no Қ on the keyboard */
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "ВКО", "east-kz", KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Восточно Казахстанская обл", "east-kz",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Абайская область", "abai",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Нур-Султан", "astana",
                   KEZ_IMPORT_MATCH_GUESSED);
  /* Alone, Алматы is the city; with its oblast mark, the oblast. */
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Алматы", "almaty", KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Алматинская обл.", "almaty-obl",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Алматы обл.", "almaty-obl",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Марс", NULL, KEZ_IMPORT_MATCH_NONE);

  assert_resolves (map, KEZ_IMPORT_VALUE_CHANNEL, "е-Өтініш", "e-otinish",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_CHANNEL, "Портал eOtinish.kz", "e-otinish",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_CHANNEL, "Личный приём граждан", "reception",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_CHANNEL, "Личный приём", "reception",
                   KEZ_IMPORT_MATCH_EXACT);
  assert_resolves (map, KEZ_IMPORT_VALUE_CHANNEL, "Instagram", "social", KEZ_IMPORT_MATCH_GUESSED);

  assert_resolves (map, KEZ_IMPORT_VALUE_POSITION, "Председатель комитета", "committee-chair",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_POSITION, "Заместитель председателя комитета", "deputy",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_POSITION, "Вице-министр", "deputy",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_POSITION, "Министр", "head", KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_POSITION, "Бірінші басшы", "head",
                   KEZ_IMPORT_MATCH_EXACT);

  assert_resolves (map, KEZ_IMPORT_VALUE_BODY, "Министерство здравоохранения РК", "moh",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_BODY, "ҚР Денсаулық сақтау министрлігі", "moh",
                   KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_BODY, "МЗ РК", "moh", KEZ_IMPORT_MATCH_GUESSED);
  assert_resolves (map, KEZ_IMPORT_VALUE_BODY, "Ministry of Healthcare", "moh",
                   KEZ_IMPORT_MATCH_EXACT);
}

/* A value chosen by the planner is taken so in this import and, once saved, in the next. */
static void
test_choices_are_learned (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(KezImportValueMap) map = kez_import_value_map_new (store);
  g_autoptr(KezImportValueMap) next = NULL;
  g_autoptr(GError) error = NULL;

  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Столица", NULL, KEZ_IMPORT_MATCH_NONE);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Не указано", NULL, KEZ_IMPORT_MATCH_NONE);
  kez_import_value_map_choose (map, KEZ_IMPORT_VALUE_REGION, "Столица", "astana");
  kez_import_value_map_choose (map, KEZ_IMPORT_VALUE_REGION, "Не указано", "");
  kez_import_value_map_forget_seen (map);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "столица ", "astana", KEZ_IMPORT_MATCH_CHOSEN);
  assert_resolves (map, KEZ_IMPORT_VALUE_REGION, "Не указано", "", KEZ_IMPORT_MATCH_CHOSEN);

  g_assert_true (kez_store_begin (store, &error));
  g_assert_true (kez_import_value_map_remember (map, store, &error));
  g_assert_true (kez_store_commit (store, &error));
  g_assert_no_error (error);

  next = kez_import_value_map_new (store);
  assert_resolves (next, KEZ_IMPORT_VALUE_REGION, "СТОЛИЦА", "astana", KEZ_IMPORT_MATCH_LEARNED);
  assert_resolves (next, KEZ_IMPORT_VALUE_REGION, "Не указано", "", KEZ_IMPORT_MATCH_LEARNED);
}

static void
test_workbook_dates_and_times (void)
{
  GDate date;
  int minute = -1;

  /* 46337.4375 is 11 November 2026, 10:30, as a spreadsheet keeps it. */
  g_assert_true (kez_import_parse_serial ("46337.4375", &date, &minute));
  kez_test_assert_date (&date, 2026, 11, 11);
  g_assert_cmpint (minute, ==, 10 * 60 + 30);
  g_assert_true (kez_import_parse_serial ("46387", &date, &minute));
  kez_test_assert_date (&date, 2026, 12, 31);
  g_assert_cmpint (minute, ==, 0);
  /* 23:59:59.9 rounds to the next day's midnight, not to minute 1440. */
  g_assert_true (kez_import_parse_serial ("46337.99999", &date, &minute));
  kez_test_assert_date (&date, 2026, 11, 12);
  g_assert_cmpint (minute, ==, 0);
  g_assert_false (kez_import_parse_serial ("12.11.2026", &date, &minute));
  g_assert_false (kez_import_parse_serial ("-5", &date, &minute));
  g_assert_false (kez_import_parse_serial ("1e9", &date, &minute));

  g_assert_true (kez_import_parse_time ("10:30:00", &minute));
  g_assert_cmpint (minute, ==, 630);
  g_assert_false (kez_import_parse_time ("10:30:", &minute));
  g_assert_false (kez_import_parse_time ("10:30:75", &minute));
  g_assert_false (kez_import_parse_time ("10:30 ", &minute));
}

static gint64
import_questions (KezStore   *store,
                  const char *csv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KezImportTable) table = kez_import_table_new (csv, strlen (csv), "q.csv", &error);
  g_autoptr(KezQuestionImport) import = kez_question_import_read (store, table, NULL, &error);
  gint64 id = -1;

  g_assert_no_error (error);
  g_assert_true (kez_question_import_commit (import, store, &id, &error));
  g_assert_no_error (error);
  return id;
}

static gint64
count_questions (KezStore *store)
{
  return kez_store_query_number (store, "SELECT count(*) FROM questions WHERE id > ?", 0, -1);
}

/* Undone as one step, and only while nothing has been built on it. */
static void
test_undo (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  const char *first = "received;channel;text\n02.11.2026;hall;Первый\n03.11.2026;hall;Второй\n";
  const char *second = "received;channel;text\n04.11.2026;hall;Третий\n";
  gint64 a = import_questions (store, first);
  gint64 b = import_questions (store, second);

  g_assert_cmpint (a, >, 0);
  g_assert_cmpint (count_questions (store), ==, 3);
  /* The same file again saves nothing, and there is nothing to undo. */
  g_assert_cmpint (import_questions (store, first), ==, 0);
  g_assert_cmpint (count_questions (store), ==, 3);

  g_assert_true (kez_import_undo (store, b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_questions (store), ==, 2);
  g_assert_false (kez_import_undo (store, b, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (kez_store_exec (store, "UPDATE questions SET status = 'accepted' "
                                        "WHERE text = 'Первый'", &error));
  g_assert_false (kez_import_undo (store, a, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (count_questions (store), ==, 2);

  g_assert_true (kez_store_exec (store, "UPDATE questions SET status = 'new'", &error));
  g_assert_true (kez_import_undo (store, a, &error));
  g_assert_cmpint (count_questions (store), ==, 0);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM imports "
                                                  "WHERE undone_at IS NOT NULL AND id > ?",
                                           0, -1), ==, 2);
}

/* A bulk load drops the search index's trigger for its rows and fills the index after them:
 * the imported questions are found, the questions added later too, and a load that fails
 * leaves the schema as it was. */
static void
test_bulk_load_keeps_the_search_index (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  const char *file = "received;channel;text\n02.11.2026;hall;Дорога в село разбита\n"
                     "03.11.2026;hall;Мектепте жылу жоқ\n";
  g_autoptr(KezQuestionsBulk) bulk = NULL;
  KezQuestionFields fields = { 0 };
  const char *count_trigger = "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND "
                              "name = 'questions_fts_after_insert' AND ? IS NOT NULL";

  if (kez_test_skip_on_server ("SQLite's search index and its trigger (the server's search "
                               "words: /questions/search-…)"))
    return;
  g_assert_cmpint (import_questions (store, file), >, 0);
  g_assert_cmpint (kez_store_query_number (store, count_trigger, 0, -1), ==, 1);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM questions_fts WHERE "
                                           "questions_fts MATCH 'дорог*' AND ? IS NOT NULL",
                                           0, -1), ==, 1);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM questions_fts WHERE "
                                           "questions_fts MATCH 'мектеп' AND ? IS NOT NULL",
                                           0, -1), ==, 1);

  /* A failure inside the load: the transaction's rollback brings the trigger back. */
  g_assert_true (kez_store_begin (store, &error));
  bulk = kez_questions_bulk_begin (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_query_number (store, count_trigger, 0, -1), ==, 0);
  fields.received_on = (char *) "2026-11-05";
  fields.channel = KEZ_CHANNEL_HALL;
  fields.text = (char *) "   ";
  g_assert_false (kez_questions_bulk_add (bulk, &fields, &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  kez_store_rollback (store);
  g_assert_cmpint (kez_store_query_number (store, count_trigger, 0, -1), ==, 1);

  /* A question added alone afterwards is indexed by the trigger. */
  fields.text = (char *) "Нет воды в посёлке";
  g_assert_cmpint (kez_questions_add (store, &fields, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM questions_fts WHERE "
                                           "questions_fts MATCH 'вод*' AND ? IS NOT NULL",
                                           0, -1), ==, 1);
}

static char *
write_questions_file (const char *dir,
                      guint       n,
                      guint       repeat_every)
{
  g_autoptr(GString) csv = g_string_new ("received,channel,text\n");
  char *path = g_build_filename (dir, "questions.csv", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      guint number = repeat_every > 0 && i % repeat_every == 1 ? i - 1 : i;

      g_string_append_printf (csv, "2026-03-%02u,website,Просим отремонтировать дорогу номер "
                              "%u\n", 1 + number % 28, number);
    }
  g_file_set_contents (path, csv->str, csv->len, &error);
  g_assert_no_error (error);
  return path;
}

/* A file streams from its path: the import keeps the first rows to show and reads the file
 * again to save it, with the rows present earlier in the file left out exactly. */
static void
test_file_streams_and_is_read_again (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kezdesu-import-XXXXXX", &error);
  g_autofree char *path = write_questions_file (dir, 3000, 10);
  g_autoptr(KezImportTable) table = kez_import_table_new_for_path (path, "questions.csv",
                                                                  &error);
  g_autoptr(KezQuestionImport) import = NULL;
  gint64 id;

  g_assert_no_error (error);
  import = kez_question_import_read (store, table, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&table, kez_import_table_free);
  /* Every tenth row but the first repeats the row before it. */
  g_assert_cmpuint (kez_question_import_get_n_questions (import), ==, 2700);
  g_assert_cmpuint (kez_question_import_get_present (import)->len, ==, 300);
  g_assert_cmpuint (g_array_index (kez_question_import_get_present (import), guint, 0), ==, 3);
  g_assert_cmpuint (kez_question_import_get_n_preview (import), ==, 200);
  g_assert_cmpstr (kez_question_import_get_question (import, 199)->text, ==,
                   "Просим отремонтировать дорогу номер 222");

  g_assert_true (kez_question_import_commit (import, store, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM questions "
                                           "WHERE import_id = ?", id, -1), ==, 2700);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(DISTINCT text) FROM questions "
                                           "WHERE ? IS NOT NULL", 0, -1), ==, 2700);
  g_unlink (path);
  g_rmdir (dir);
}

/* What was read is what is saved: a file saved again between the preview and Import saves
 * nothing and says so, even when it has as many rows as before. */
static void
test_file_changed_after_reading_saves_nothing (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kezdesu-import-XXXXXX", &error);
  g_autofree char *path = write_questions_file (dir, 50, 0);
  g_autoptr(KezImportTable) table = kez_import_table_new_for_path (path, "questions.csv",
                                                                  &error);
  g_autoptr(KezQuestionImport) import = NULL;
  KezQuestionImportOptions options = KEZ_QUESTION_IMPORT_OPTIONS_INIT;
  g_autofree char *other = NULL;

  g_assert_no_error (error);
  options.file_name = "questions.csv";
  import = kez_question_import_read (store, table, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kez_question_import_get_n_questions (import), ==, 50);

  g_free (write_questions_file (dir, 50, 2));
  g_assert_false (kez_question_import_commit (import, store, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "questions.csv"));
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM questions "
                                           "WHERE ? IS NOT NULL", 0, -1), ==, 0);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/spellings", test_spellings);
  g_test_add_func ("/import/choices-are-learned", test_choices_are_learned);
  g_test_add_func ("/import/workbook-dates-and-times", test_workbook_dates_and_times);
  g_test_add_func ("/import/undo", test_undo);
  g_test_add_func ("/import/bulk-load-keeps-the-search-index",
                   test_bulk_load_keeps_the_search_index);
  g_test_add_func ("/import/file-streams-and-is-read-again", test_file_streams_and_is_read_again);
  g_test_add_func ("/import/file-changed-after-reading-saves-nothing",
                   test_file_changed_after_reading_saves_nothing);

  return g_test_run ();
}
