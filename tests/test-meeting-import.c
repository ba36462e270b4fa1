/* test-meeting-import.c: meetings read from a file (CSV), checked row by row, and written all
 * or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kez-meeting-import.h"
#include "kez-meetings.h"
#include "kez-store-private.h"
#include "kez-test-util.h"

#define HEADER "organ,leader,position,date,time,duration_minutes,region,status\n"

static guint
count_meetings (KezStore *store)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, "SELECT count(*) FROM meetings", NULL);

  g_assert_cmpint (kez_db_step (stmt), ==, KEZ_DB_ROW);
  return kez_db_column_int (stmt, 0);
}

static KezMeetingImport *
read_import (KezStore    *store,
             const char  *text,
             GError     **error)
{
  g_autoptr(KezImportTable) table = kez_import_table_new (text, strlen (text), "test.csv", error);

  return table != NULL ? kez_meeting_import_read (store, table, NULL, error) : NULL;
}

static void
assert_problem (KezMeetingImport *import,
                guint             index,
                const char       *starts_with,
                const char       *contains)
{
  GPtrArray *problems = kez_meeting_import_get_problems (import);
  const char *problem;

  g_assert_cmpuint (index, <, problems->len);
  problem = g_ptr_array_index (problems, index);
  g_assert_true (g_str_has_prefix (problem, starts_with));
  g_assert_nonnull (strstr (problem, contains));
}

static void
test_import_good_file (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeetingImport) import = NULL;
  g_autoptr(GListModel) year = NULL;
  g_autoptr(KezMeeting) first = NULL;
  /* Names in Russian and Kazakh, any case, columns in another order, an unknown column. */
  const char *text =
    "\xEF\xBB\xBF" "date;time;organ;leader;duration_minutes;region;extra;status;position\r\n"
    "2027-04-02;11:00;Министерство здравоохранения;Ә. Ахметова;90;ОБЛАСТЬ АБАЙ;x;approved;head\r\n"
    "01.03.2027;10:00;Денсаулық сақтау министрлігі;Б. Сейітов;120;Астана қаласы;;;deputy\r\n"
    "15.05.2027;09:30;moh;В. Ким;60;shymkent;;proposed;committee-chair\r\n";

  import = read_import (store, text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kez_meeting_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (kez_meeting_import_get_n_meetings (import), ==, 3);
  g_assert_true (kez_meeting_import_commit (import, store, NULL, &error));
  g_assert_no_error (error);

  year = kez_meetings_list_year (store, 2027);
  g_assert_cmpuint (g_list_model_get_n_items (year), ==, 3);
  first = g_list_model_get_item (year, 0); /* in date order */
  g_assert_cmpstr (kez_meeting_get_fields (first)->leader_name, ==, "Б. Сейітов");
  g_assert_cmpstr (kez_meeting_get_fields (first)->region_code, ==, "astana");
  g_assert_cmpint (kez_meeting_get_fields (first)->leader_position, ==, KEZ_LEADER_DEPUTY);
}

static void
test_import_bad_rows_import_nothing (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeetingImport) import = NULL;
  const char *text =
    HEADER
    "moh,A,head,2027-03-01,10:00,90,abai,\n"      /* good */
    "moh,B,head,2027-02-30,10:00,90,abai,\n"      /* line 3: no such date */
    "moh,C,head,2027-03-02,10:00,90,Atlantis,\n"  /* line 4: unknown region */
    "mod,D,head,2027-03-03,10:00,90,abai,\n"      /* line 5: exempt body */
    "moh,E,head,2027-03-04,10:00,5,abai,\n"       /* line 6: too short */
    "moh,F,boss,2027-03-04,25:00,90,abai,held\n"; /* line 7: three reasons */

  import = read_import (store, text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kez_meeting_import_get_n_meetings (import), ==, 1);
  g_assert_cmpuint (kez_meeting_import_get_problems (import)->len, ==, 5);
  assert_problem (import, 0, "line 3: ", "2027-02-30");
  assert_problem (import, 1, "line 4: ", "Atlantis");
  assert_problem (import, 2, "line 5: ", "exempt");
  assert_problem (import, 3, "line 6: ", "15 minutes");
  assert_problem (import, 4, "line 7: ", "boss");
  assert_problem (import, 4, "line 7: ", "25:00");
  assert_problem (import, 4, "line 7: ", "held");

  g_assert_false (kez_meeting_import_commit (import, store, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpuint (count_meetings (store), ==, 0);
}

static void
test_import_line_numbers_follow_multiline_fields (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeetingImport) import = NULL;
  const char *text =
    "organ,leader,date,time,duration_minutes,venue\n"
    "moh,A,2027-03-01,10:00,90,\"Hall\nsecond floor\"\n"
    "moh,B,01/03/2027,10:00,90,Hall\n";

  import = read_import (store, text, &error);
  g_assert_no_error (error);
  assert_problem (import, 0, "line 4: ", "01/03/2027");
}

static void
test_import_file_problems (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  static const char *files[] = {
    "",                                    /* empty */
    HEADER,                                /* a header and nothing else */
    "organ,leader,date\nmoh,A,2027-03-01\n", /* columns missing */
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KezMeetingImport) import = read_import (store, files[i], &error);

      g_assert_null (import);
      g_assert_nonnull (error);
    }
}

static void
count_changes (KezStore   *store,
               const char *what,
               guint      *count)
{
  (*count)++;
}

static void
test_changed_once_per_transaction (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeetingImport) import = NULL;
  guint changes = 0;
  const char *text = HEADER
    "moh,A,head,2027-03-01,10:00,90,abai,\n"
    "moh,B,head,2027-03-02,10:00,90,abai,\n"
    "moh,C,head,2027-03-03,10:00,90,abai,\n";

  g_signal_connect (store, "changed::meetings", G_CALLBACK (count_changes), &changes);
  import = read_import (store, text, &error);
  g_assert_true (kez_meeting_import_commit (import, store, NULL, &error));
  g_assert_cmpuint (changes, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/good-file", test_import_good_file);
  g_test_add_func ("/import/bad-rows", test_import_bad_rows_import_nothing);
  g_test_add_func ("/import/line-numbers", test_import_line_numbers_follow_multiline_fields);
  g_test_add_func ("/import/file-problems", test_import_file_problems);
  g_test_add_func ("/meetings/changed-once", test_changed_once_per_transaction);

  return g_test_run ();
}
