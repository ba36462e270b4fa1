/* test-demo.c: the demo database shows a whole year, and never touches an existing file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "kez-actions.h"
#include "kez-demo.h"
#include "kez-store-open.h"
#include "kez-store-private.h"
#include "kez-test-util.h"

static gint64
count (KezStore   *store,
       const char *sql)
{
  return kez_store_query_number (store, sql, 0, -1);
}

static void
test_demo_shows_a_year (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autofree char *part = g_strconcat (path, ".demo-part", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = NULL;
  g_autoptr(GArray) actions = NULL;
  guint overdue = 0;
  GDate today;

  g_assert_true (kez_demo_create (path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));

  store = kez_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (store, "SELECT count(*) FROM meetings"), ==, 26);
  g_assert_cmpint (count (store, "SELECT count(*) FROM meetings WHERE status = 'held'"), ==, 21);
  g_assert_cmpint (count (store, "SELECT count(*) FROM meetings WHERE status = 'proposed' "
                                 "AND starts_at >= '2027'"), ==, 4);
  /* Every held meeting has its clock record, and some broke the quarter rule. */
  g_assert_cmpint (count (store, "SELECT count(DISTINCT meeting_id) FROM clock_events "
                                 "WHERE kind = 'finish'"), ==, 21);
  g_assert_cmpint (count (store, "SELECT count(*) FROM clock_events "
                                 "WHERE kind = 'back-to-presentation'"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM questions"), >=, 1400);
  g_assert_cmpint (count (store, "SELECT count(*) FROM questions WHERE status = 'new'"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM receptions"), ==, 63);
  g_assert_cmpint (count (store, "SELECT count(*) FROM problems"), >, 5);
  g_assert_cmpint (count (store, "SELECT count(*) FROM problem_questions"), >, 5);
  g_assert_cmpint (count (store, "SELECT count(*) FROM meetings "
                                 "WHERE published_on IS NOT NULL"), >, 15);

  /* As seen from the demo's day, some actions are done and some are overdue. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 25, 11, 2026);
  actions = kez_actions_list_all (store, &today);
  for (guint i = 0; i < actions->len; i++)
    overdue += kez_action_is_overdue (&g_array_index (actions, KezActionFields, i), &today);
  g_assert_cmpuint (overdue, >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM actions WHERE status = 'done'"), >, 5);

  /* The history is dated through the year, so that each quarter's progress has its own:
     actions made and done from June on, not all on the day the demo was made. */
  g_assert_cmpint (count (store, "SELECT count(DISTINCT substr (recorded_at, 1, 7)) "
                                 "FROM action_history"), >=, 5);
  g_assert_cmpint (count (store, "SELECT count(*) FROM actions "
                                 "WHERE created_at < '2026-10-01'"), >, 5);
  g_assert_cmpint (count (store, "SELECT count(*) FROM action_history WHERE kind = 'status' "
                                 "AND recorded_at < '2026-10-01'"), >, 0);
  /* A health action belongs to a health problem; the others go to the akimat. */
  g_assert_cmpint (count (store, "SELECT count(*) FROM actions a JOIN problems p "
                                 "ON p.id = a.problem_id WHERE p.topic NOT IN "
                                 "('Здравоохранение', 'Денсаулық сақтау') AND "
                                 "(a.executor_org LIKE '%здравоохранения%' OR "
                                 "a.executor_org LIKE '%Денсаулық%')"), ==, 0);
}

static void
test_demo_never_touches_a_file (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  if (kez_test_on_server ())
    {
      /* On a server: a database with a ministry's questions in it. */
      g_autoptr(KezStore) store = kez_store_open (path, &error);

      g_assert_no_error (error);
      g_assert_true (kez_store_exec (store, "INSERT INTO questions (received_on, channel, text) "
                                            "VALUES ('2026-03-02', 'website', 'My question')",
                                     &error));
      g_assert_false (kez_demo_create (path, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      g_assert_cmpint (count (store, "SELECT count(*) FROM questions"), ==, 1);
      g_assert_cmpint (count (store, "SELECT count(*) FROM meetings"), ==, 0);
      return;
    }
  g_assert_true (g_file_set_contents (path, "my year of work", -1, NULL));
  g_assert_false (kez_demo_create (path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "my year of work");
}

/* The demo in @language: the schedule's places, venues and topics as a planner writing in it
 * writes them. */
static KezStore *
demo_in (const char *language)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  KezStore *store;

  g_setenv ("LANGUAGE", language, TRUE);
  g_assert_true (kez_demo_create (path, &error));
  g_assert_no_error (error);
  g_unsetenv ("LANGUAGE");
  store = kez_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

static void
test_demo_speaks_the_language (void)
{
  g_autoptr(KezStore) kazakh = demo_in ("kk");
  g_autoptr(KezStore) russian = demo_in ("ru");

  g_assert_cmpint (count (kazakh, "SELECT count(*) FROM meetings WHERE locality = 'Орал' "
                                  "AND venue = 'Достық үйі'"), ==, 2);
  g_assert_cmpint (count (russian, "SELECT count(*) FROM meetings WHERE locality = 'Уральск' "
                                   "AND venue = 'Дом дружбы'"), ==, 2);
  g_assert_cmpint (count (kazakh, "SELECT count(*) FROM meetings WHERE topic = "
                                  "'Дәрі-дәрмекпен қамтамасыз ету'"), ==, 3);
  g_assert_cmpint (count (russian, "SELECT count(*) FROM meetings WHERE topic = "
                                   "'Лекарственное обеспечение'"), ==, 3);
  /* No place, venue or topic of one language's demo is in the other's unless both write it
   * so ("Тараз", "Астана"). */
  g_assert_cmpint (count (kazakh, "SELECT count(*) FROM meetings WHERE locality IN "
                                  "('Уральск', 'Усть-Каменогорск', 'Караганда', 'Кокшетау', "
                                  "'Петропавловск', 'Актобе', 'Костанай') OR venue LIKE "
                                  "'%больница%' OR venue LIKE '%акимат%' OR topic LIKE "
                                  "'%помощь%' OR topic LIKE '%обеспечение%'"), ==, 0);
  g_assert_cmpint (count (russian, "SELECT count(*) FROM meetings WHERE locality IN "
                                   "('Орал', 'Өскемен', 'Қарағанды', 'Көкшетау', 'Петропавл', "
                                   "'Ақтөбе', 'Қостанай') OR venue LIKE '%аурухана%' OR venue "
                                   "LIKE '%әкімдік%' OR topic LIKE '%жәрдем%' OR topic LIKE "
                                   "'%қамтамасыз%'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo/shows-a-year", test_demo_shows_a_year);
  g_test_add_func ("/demo/never-touches-a-file", test_demo_never_touches_a_file);
  g_test_add_func ("/demo/speaks-the-language", test_demo_speaks_the_language);
  return g_test_run ();
}
