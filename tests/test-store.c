/* test-store.c: the database file, its schema, migrations and reference data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "kez-body.h"
#include "kez-db-engine.h"
#include "kez-expected-schema.h"
#include "kez-migrations.h"
#include "kez-reference.h"
#include "kez-region.h"
#include "kez-search-words.h"
#include "kez-store-open.h"
#include "kez-store-private.h"
#include "kez-test-util.h"
#include "kez-text.h"

static int
count_rows (KezStore   *store,
            const char *sql)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (kez_db_step (stmt), ==, KEZ_DB_ROW);
  return kez_db_column_int (stmt, 0);
}

static void
assert_exec_fails (KezStore   *store,
                   const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kez_store_exec (store, sql, &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
}

static void
assert_exec (KezStore   *store,
             const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kez_store_exec (store, sql, &error));
  g_assert_no_error (error);
}

static KezStore *
open_new (char **out_path)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  KezStore *store = kez_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
  return store;
}

static void
test_new_file_is_private_and_wal (void)
{
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autoptr(KezStore) store = open_new (&path);
  g_autoptr(KezDbStmt) mode = NULL;
  g_autoptr(KezDbStmt) fk = NULL;
  GStatBuf st;

  if (kez_test_skip_on_server ("a store's file on disk: the server keeps its own files"))
    return;
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  wal = g_strconcat (path, "-wal", NULL);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  mode = kez_store_prepare (store, "PRAGMA journal_mode", NULL);
  g_assert_cmpint (kez_db_step (mode), ==, KEZ_DB_ROW);
  g_assert_cmpstr (kez_db_column_text (mode, 0), ==, "wal");
  g_assert_cmpint (count_rows (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (kez_store_get_schema_version (store), ==, kez_store_latest_schema_version ());
  g_assert_cmpint (kez_store_latest_schema_version (), >=, 2);
}

static void
test_existing_file_made_private (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = NULL;
  GStatBuf st;

  if (kez_test_skip_on_server ("a store's file on disk: the server keeps its own files"))
    return;
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  store = kez_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_tables_are_strict (void)
{
  g_autoptr(KezStore) store = open_new (NULL);

  if (kez_test_skip_on_server ("SQLite's STRICT tables: a server's columns have their types always"))
    return;
  /* Every table but the FTS index's own is STRICT. */
  g_assert_cmpint (count_rows (store,
                               "SELECT count(*) FROM pragma_table_list "
                               "WHERE schema = 'main' AND type = 'table' AND NOT strict "
                               "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'questions_fts%'"),
                   ==, 0);
  assert_exec_fails (store,
                     "INSERT INTO meetings (body_code, leader_name, leader_position, starts_at, "
                     "planned_minutes) VALUES ('moh', 'A', 'head', '2027-03-01T10:00', 'ninety')");
}

static void
test_schema_rules (void)
{
  g_autoptr(KezStore) store = open_new (NULL);

  /* Planned duration between 15 minutes and 8 hours. */
  assert_exec_fails (store,
                     "INSERT INTO meetings (body_code, leader_name, leader_position, starts_at, "
                     "planned_minutes) VALUES ('moh', 'A', 'head', '2027-03-01T10:00', 10)");
  assert_exec_fails (store,
                     "INSERT INTO meetings (body_code, leader_name, leader_position, starts_at, "
                     "planned_minutes) VALUES ('moh', 'A', 'head', '2027-03-01T10:00', 481)");
  /* Off-schedule needs a reason; a deputy PM's attendance needs one. */
  assert_exec_fails (store,
                     "INSERT INTO meetings (body_code, leader_name, leader_position, starts_at, "
                     "planned_minutes, off_schedule) "
                     "VALUES ('moh', 'A', 'head', '2027-03-01T10:00', 90, 1)");
  assert_exec_fails (store,
                     "INSERT INTO meetings (body_code, leader_name, leader_position, starts_at, "
                     "planned_minutes, deputy_pm_attending) "
                     "VALUES ('moh', 'A', 'head', '2027-03-01T10:00', 90, 1)");
  /* An unknown body or region. */
  assert_exec_fails (store,
                     "INSERT INTO meetings (body_code, leader_name, leader_position, starts_at, "
                     "planned_minutes) VALUES ('nope', 'A', 'head', '2027-03-01T10:00', 90)");
  assert_exec (store,
               "INSERT INTO meetings (id, body_code, leader_name, leader_position, starts_at, "
               "planned_minutes, region_code, off_schedule, off_schedule_reason) "
               "VALUES (1, 'moh', 'A', 'head', '2027-03-01T10:00', 90, 'abai', 1, 'Flood risk')");
  /* An IIN column holds twelve digits or nothing. */
  assert_exec (store,
               "INSERT INTO meeting_events (id, meeting_id, kind, starts_at) "
               "VALUES (1, 1, 'reception', '2027-03-01T14:00')");
  assert_exec_fails (store,
                     "INSERT INTO receptions (event_id, received_at, iin) "
                     "VALUES (1, '2027-03-01T14:05', '79102830272X')");
  /* A merged question names the one it was merged into, and only then. */
  assert_exec (store,
               "INSERT INTO questions (id, received_on, channel, text) "
               "VALUES (1, '2027-02-01', 'website', 'Q')");
  assert_exec_fails (store,
                     "INSERT INTO questions (received_on, channel, text, status) "
                     "VALUES ('2027-02-01', 'website', 'Q2', 'merged')");
  assert_exec_fails (store,
                     "INSERT INTO questions (received_on, channel, text) "
                     "VALUES ('2027-02-01', 'fax', 'Q2')");
}

static void
test_history_is_append_only (void)
{
  g_autoptr(KezStore) store = open_new (NULL);

  assert_exec (store,
               "INSERT INTO meetings (id, body_code, leader_name, leader_position, starts_at, "
               "planned_minutes) VALUES (1, 'moh', 'A', 'head', '2027-03-01T10:00', 90);"
               "INSERT INTO problems (id, meeting_id, title_ru) VALUES (1, 1, 'Дороги');"
               "INSERT INTO actions (id, problem_id, description, deadline) "
               "VALUES (1, 1, 'Repair', '2027-06-30');");
  /* The database itself records the creation. */
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM action_history "
                                      "WHERE kind = 'created'"), ==, 1);

  /* A note is dated now and signed by whoever writes it; a backdated one, or one signed
   * by somebody else, is refused. */
  assert_exec (store, "INSERT INTO action_history (action_id, recorded_at, author, note) "
                      "VALUES (1, kez_now (), kez_actor (), 'Started')");
  assert_exec_fails (store, "INSERT INTO action_history (action_id, recorded_at, author, note) "
                            "VALUES (1, '2027-03-10T09:00:00Z', kez_actor (), 'Backdated')");
  assert_exec_fails (store, "INSERT INTO action_history (action_id, recorded_at, author, note) "
                            "VALUES (1, kez_now (), 'somebody else', 'Signed for')");
  assert_exec_fails (store, "UPDATE action_history SET note = 'Rewritten'");
  assert_exec_fails (store, "DELETE FROM action_history");
  /* A row put in another's place: SQLite's INSERT OR REPLACE, the server's upsert. */
  assert_exec_fails (store, kez_test_on_server ()
                              ? "INSERT INTO action_history (id, action_id, recorded_at, author, "
                                "note) SELECT id, 1, kez_now (), kez_actor (), 'Replaced' "
                                "FROM action_history LIMIT 1 "
                                "ON CONFLICT (id) DO UPDATE SET note = excluded.note"
                              : "INSERT OR REPLACE INTO action_history (id, action_id, "
                                "recorded_at, author, note) SELECT id, 1, kez_now (), "
                                "kez_actor (), 'Replaced' FROM action_history LIMIT 1");
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM action_history"), ==, 2);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM action_history "
                                      "WHERE note IN ('Rewritten', 'Replaced')"), ==, 0);

  /* Moving a deadline leaves a trace in the history and the audit log. */
  assert_exec (store, "UPDATE actions SET deadline = '2027-12-31' WHERE id = 1");
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM action_history WHERE kind = "
                                      "'deadline' AND old_value = '2027-06-30' AND "
                                      "new_value = '2027-12-31'"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit_log "
                                      "WHERE action = 'change-deadline'"), ==, 1);

  /* The audit log cannot be rewritten either. */
  assert_exec (store, "INSERT INTO audit_log (at, actor, action) "
                      "VALUES (kez_now (), kez_actor (), 'export')");
  assert_exec_fails (store, "INSERT INTO audit_log (at, actor, action) "
                            "VALUES (kez_now (), 'somebody else', 'export')");
  assert_exec_fails (store, "DELETE FROM audit_log");
  assert_exec_fails (store, kez_test_on_server ()
                              ? "INSERT INTO audit_log (id, at, actor, action) SELECT id, "
                                "kez_now (), kez_actor (), 'replaced' FROM audit_log LIMIT 1 "
                                "ON CONFLICT (id) DO UPDATE SET action = excluded.action"
                              : "INSERT OR REPLACE INTO audit_log (id, at, actor, action) "
                                "SELECT id, kez_now (), kez_actor (), 'replaced' FROM audit_log "
                                "LIMIT 1");

  /* Deleting the whole meeting takes its actions and their history with it, and the audit
   * log keeps what they were. */
  assert_exec (store, "DELETE FROM meetings WHERE id = 1");
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM action_history"), ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit_log WHERE action = "
                                      "'delete-action' AND subject_id = 1 AND "
                                      "json_extract (details, '$.description') = 'Repair' AND "
                                      "json_array_length (json_extract (details, '$.history')) "
                                      "= 3"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM audit_log WHERE action = "
                                      "'delete-problem'"), ==, 1);
}

static char *
query_text (KezStore   *store,
            const char *sql)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (kez_db_step (stmt), ==, KEZ_DB_ROW);
  return g_strdup (kez_db_column_text (stmt, 0));
}

/* The day functions that one statement uses on both engines (the server's are checked by
 * check-postgresql-schema.sh with the same days). */
static void
test_day_functions (void)
{
  g_autoptr(KezStore) store = open_new (NULL);
  struct { const char *sql, *expected; } cases[] = {
    { "SELECT kez_day_plus ('2026-12-30', 3)", "2027-01-02" },
    { "SELECT kez_day_plus ('2028-03-01T09:30', -1)", "2028-02-29" },
    { "SELECT kez_week_start ('2026-12-06')", "2026-11-30" },   /* a Sunday */
    { "SELECT kez_week_start ('2026-11-30')", "2026-11-30" },   /* a Monday */
    { "SELECT kez_local_day ('2026-12-01T20:00:00.000Z')", "2026-12-02" },
    { "SELECT kez_local_day ('2026-12-01T18:59:59.999Z')", "2026-12-01" },
    { "SELECT coalesce (kez_day_plus ('soon', 1), 'none')", "none" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = query_text (store, cases[i].sql);

      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

/* The server goes away while a planner saves: the save is refused with a message that says so
 * (and that what was typed is kept), nothing half-written stays, and saving again works once
 * the server is back. */
static void
looked_for_server (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  *(int *) data = kez_store_look_for_server_finish (KEZ_STORE (source), result, NULL);
}

static void
test_save_after_lost_connection (void)
{
  int found = -1;
  g_autofree char *path = NULL;
  g_autoptr(KezStore) store = NULL;
  g_autoptr(KezStore) administrator = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *end = NULL;

  if (!kez_test_on_server ())
    {
      g_test_skip ("a file has no connection to lose");
      return;
    }
  store = open_new (&path);
  administrator = kez_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (kez_store_begin (store, &error));
  assert_exec (store, "INSERT INTO questions (received_on, channel, text) "
                      "VALUES ('2027-02-01', 'website', 'Half-way')");
  end = g_strdup_printf ("SELECT pg_terminate_backend (%" G_GINT64_FORMAT ")",
                         kez_store_query_number (store, "SELECT pg_backend_pid ()", 0, 0));
  g_assert_cmpint (kez_store_query_number (administrator, end, 0, -1), ==, 1);

  g_assert_false (kez_store_exec (store, "INSERT INTO questions (received_on, channel, text) "
                                         "VALUES ('2027-02-01', 'website', 'Lost')", &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_UNREACHABLE);
  g_assert_true (kez_store_is_server_lost (store));
  kez_store_rollback (store);
  g_clear_error (&error);

  /* The window's look for the server, on a connection of its own, finds it. */
  kez_store_look_for_server_async (store, NULL, looked_for_server, &found);
  while (found < 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (found, ==, TRUE);
  g_assert_false (kez_store_is_server_lost (store));

  assert_exec (store, "INSERT INTO questions (received_on, channel, text) "
                      "VALUES ('2027-02-01', 'website', 'Saved again')");
  g_assert_cmpint (count_rows (administrator, "SELECT count(*) FROM questions"), ==, 1);
  g_assert_cmpint (count_rows (administrator, "SELECT count(*) FROM questions "
                                              "WHERE text = 'Saved again'"), ==, 1);
}

static void
test_transaction_rolls_back (void)
{
  g_autoptr(KezStore) store = open_new (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (kez_store_begin (store, &error));
  assert_exec (store,
               "INSERT INTO questions (received_on, channel, text) "
               "VALUES ('2027-02-01', 'website', 'First')");
  assert_exec_fails (store,
                     "INSERT INTO questions (received_on, channel, text) "
                     "VALUES ('2027-02-01', 'website', '')");
  kez_store_rollback (store);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM questions"), ==, 0);
}

static void
test_reference_loaded (void)
{
  g_autofree char *path = NULL;
  g_autoptr(KezStore) store = open_new (&path);
  g_autoptr(GListModel) bodies = kez_store_list_bodies (store);
  g_autoptr(GListModel) regions = kez_store_list_regions (store);
  g_autoptr(GListModel) rule_sets = kez_store_list_rule_sets (store);
  g_autoptr(KezBody) first = NULL;
  g_autoptr(KezRegion) astana = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (bodies), ==, 21);
  g_assert_cmpuint (g_list_model_get_n_items (regions), ==, 20);
  g_assert_cmpuint (g_list_model_get_n_items (rule_sets), ==, 2);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM regions WHERE kind = 'city'"), ==, 3);

  /* The lists are in the alphabet's order (test-collate); the reference's rows are whole. */
  for (guint i = 0; i < g_list_model_get_n_items (bodies) && first == NULL; i++)
    {
      g_autoptr(KezBody) body = g_list_model_get_item (bodies, i);

      if (g_str_equal (kez_body_get_code (body), "mfa"))
        first = g_steal_pointer (&body);
    }
  g_assert_nonnull (first);
  g_assert_cmpstr (kez_body_get_name (first, KEZ_LANGUAGE_KK), ==, "Сыртқы істер министрлігі");
  g_assert_cmpstr (kez_body_get_name (first, KEZ_LANGUAGE_RU), ==,
                   "Министерство иностранных дел");

  for (guint i = 0; i < g_list_model_get_n_items (regions) && astana == NULL; i++)
    {
      g_autoptr(KezRegion) region = g_list_model_get_item (regions, i);

      if (g_str_equal (kez_region_get_code (region), "astana"))
        astana = g_steal_pointer (&region);
    }
  g_assert_nonnull (astana);
  g_assert_true (kez_region_get_is_city (astana));
  /* Regions have no English names: English falls back to Russian. */
  g_assert_cmpstr (kez_region_get_name (astana, KEZ_LANGUAGE_EN), ==, "город Астана");
}

static void
test_reference_loads_twice_without_duplicates (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  KezStore *store = open_new (&path);

  g_clear_object (&store);
  store = kez_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM bodies"), ==, 21);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM regions"), ==, 20);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM rule_sets"), ==, 2);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM rule_set_exemptions"), ==, 7);
  g_clear_object (&store);
}

static void
test_reference_updated_when_shipped_data_changes (void)
{
  g_autoptr(KezStore) store = open_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(GListModel) bodies = NULL;
  g_autoptr(KezBody) renamed = NULL;
  const char *tsv =
    "code\tname_en\tname_ru\tname_kk\texempt_2022\tnote\n"
    "moh\tMinistry of Health\tМинистерство здравоохранения РК\tДенсаулық сақтау министрлігі\tno\t\n"
    "mnew\tMinistry of Something New\tНовое министерство\tЖаңа министрлік\tno\tadded\n";

  assert_exec (store,
               "INSERT INTO meetings (body_code, leader_name, leader_position, starts_at, "
               "planned_minutes) VALUES ('mof', 'A', 'head', '2027-03-01T10:00', 90)");

  changed = g_bytes_new_static (tsv, strlen (tsv));
  g_assert_true (kez_reference_load_bodies (store, changed, &error));
  g_assert_no_error (error);

  /* 21 shipped + 1 new row: updated in place, none duplicated. */
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM bodies"), ==, 22);
  bodies = kez_store_list_bodies (store);
  g_assert_cmpuint (g_list_model_get_n_items (bodies), ==, 2);
  renamed = g_list_model_get_item (bodies, 0);
  g_assert_cmpstr (kez_body_get_name (renamed, KEZ_LANGUAGE_RU), ==,
                   "Министерство здравоохранения РК");
  /* A body dropped from the list is retired; its meeting still refers to it. */
  g_assert_cmpint (count_rows (store, "SELECT retired FROM bodies WHERE code = 'mof'"), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM meetings WHERE body_code = 'mof'"),
                   ==, 1);

  /* Loading the same data again changes nothing. */
  g_assert_true (kez_reference_load_bodies (store, changed, &error));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM bodies"), ==, 22);
}

static void
test_broken_reference_changes_nothing (void)
{
  g_autoptr(KezStore) store = open_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) broken = NULL;
  const char *tsv = "code\tname_en\tname_ru\tname_kk\nmoh\tOnly two fields\n";

  broken = g_bytes_new_static (tsv, strlen (tsv));
  g_assert_false (kez_reference_load_bodies (store, broken, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "line 2"));
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM bodies WHERE retired = 0"), ==, 21);
}

/* A search's words as the engine takes them: SQLite's index stems them itself; the server is
 * given the stems (kez-search-words.c). */
static void
bind_search (KezDbStmt  *search,
             const char *words)
{
  KezWordStemmer *stemmer;

  if (!kez_test_on_server ())
    {
      kez_db_bind_text (search, 1, words);
      return;
    }
  stemmer = kez_word_stemmer_new ();
  kez_db_bind_text_take (search, 1, kez_search_words_query (stemmer, words));
  kez_word_stemmer_free (stemmer);
}

static void
test_older_database_upgrades (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezDbStmt) search = NULL;
  KezStore *store;

  /* A version-1 database with rows in it, as an earlier Kezdesu left it. */
  store = kez_store_open_at_version (path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_get_schema_version (store), ==, 1);
  assert_exec (store,
               "INSERT INTO bodies (code, name_en, name_ru, name_kk, sort_order) "
               "VALUES ('moh', 'Health', 'Здравоохранение', 'Денсаулық', 0);"
               "INSERT INTO meetings (id, body_code, leader_name, leader_position, starts_at, "
               "planned_minutes) VALUES (7, 'moh', 'Ә. Ахметова', 'head', '2026-03-01T10:00', 90);"
               "INSERT INTO questions (meeting_id, received_on, channel, text) VALUES "
               "(7, '2026-02-01', 'website', 'Балабақшаға орын жетпейді'),"
               "(7, '2026-02-02', 'letter', 'Нет мест в детском саду'),"
               "(NULL, '2026-02-03', 'blog', 'Road repair in Semey');");
  g_clear_object (&store);

  store = kez_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_get_schema_version (store), ==, kez_store_latest_schema_version ());
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM questions"), ==, 3);
  g_assert_cmpint (count_rows (store, "SELECT planned_minutes FROM meetings WHERE id = 7"), ==, 90);
  /* The shipped names replace the old ones in place. */
  g_assert_cmpint (count_rows (store, "SELECT count(*) FROM bodies WHERE code = 'moh'"), ==, 1);

  /* Version 2's search index covers the rows that were already there, folding case in
   * Kazakh and Russian. */
  search = kez_store_prepare (store, kez_test_on_server ()
                                       ? "SELECT count(*) FROM questions WHERE search_vector "
                                         "@@ to_tsquery ('simple', ?1)"
                                       : "SELECT count(*) FROM questions_fts "
                                         "WHERE questions_fts MATCH ?1", NULL);
  bind_search (search, "БАЛАБАҚШАҒА");
  g_assert_cmpint (kez_db_step (search), ==, KEZ_DB_ROW);
  g_assert_cmpint (kez_db_column_int (search, 0), ==, 1);
  kez_db_reset (search);
  bind_search (search, "ДЕТСКОМ");
  g_assert_cmpint (kez_db_step (search), ==, KEZ_DB_ROW);
  g_assert_cmpint (kez_db_column_int (search, 0), ==, 1);
  g_clear_pointer (&search, kez_db_finalize);
  g_clear_object (&store);
}

static void
test_newer_database_refused (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  KezStore *store = open_new (&path);

  assert_exec (store, kez_test_on_server () ? "UPDATE schema_version SET version = 999"
                                            : "PRAGMA user_version = 999");
  g_clear_object (&store);

  store = kez_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_TOO_NEW);
}

static void
test_not_a_database_left_untouched (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = NULL;
  const char *garbage = "This is a spreadsheet, not a database. It must not be overwritten.";
  gsize length;

  if (kez_test_skip_on_server ("a store's file on disk: the server keeps its own files"))
    return;
  g_assert_true (g_file_set_contents (path, garbage, -1, NULL));
  store = kez_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CORRUPT);

  g_assert_true (g_file_get_contents (path, &after, &length, NULL));
  g_assert_cmpstr (after, ==, garbage);
}

static void
test_active_rule_set (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezRuleSet) rules = NULL;
  g_autofree char *body = NULL;
  KezStore *store = open_new (&path);

  rules = kez_store_dup_active_rule_set (store);
  g_assert_cmpstr (kez_rule_set_get_id (rules), ==, "decree-863-2022");
  g_assert_true (kez_rule_set_is_exempt (rules, "mod"));
  g_clear_object (&rules);

  g_assert_false (kez_store_set_active_rule_set (store, "no-such-rules", &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_true (kez_store_set_active_rule_set (store, "rules-2024", &error));
  g_assert_no_error (error);

  g_assert_false (kez_store_set_served_body (store, "nope", &error));
  g_clear_error (&error);
  g_assert_true (kez_store_set_served_body (store, "moh", &error));
  g_clear_object (&store);

  store = kez_store_open (path, &error);
  g_assert_no_error (error);
  rules = kez_store_dup_active_rule_set (store);
  g_assert_cmpstr (kez_rule_set_get_id (rules), ==, "rules-2024");
  g_assert_true (kez_rule_set_is_exempt (rules, "mia"));
  g_assert_cmpuint (kez_rule_set_get_quarterly_report_day (rules), ==, 10);
  body = kez_store_dup_served_body (store);
  g_assert_cmpstr (body, ==, "moh");
  g_clear_object (&store);
}

/* A file as the app makes it has the schema whose digest the build worked out: opening it
 * needs no schema built in memory to compare with. One changed by hand has another digest
 * (and is compared and repaired, see test_trusted_record.py). */
static void
test_schema_digest_known_at_build_time (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = kez_store_open (path, &error);
  g_autofree char *digest = NULL;
  g_autofree char *changed = NULL;

  if (kez_test_skip_on_server ("SQLite's schema digest (the server's schema: check-postgresql-schema.sh)"))
    return;
  g_assert_no_error (error);
  digest = kez_schema_digest (kez_db_sqlite_handle (kez_store_get_db (store)));
  g_assert_cmpstr (digest, ==, KEZ_EXPECTED_SCHEMA_DIGEST);
  g_assert_true (kez_store_exec (store, "DROP TRIGGER audit_log_is_append_only_delete", &error));
  changed = kez_schema_digest (kez_db_sqlite_handle (kez_store_get_db (store)));
  g_assert_cmpstr (changed, !=, KEZ_EXPECTED_SCHEMA_DIGEST);
}

/* Joined parts leave out what is not given, with no separator left dangling. */
static void
test_text_excerpt (void)
{
  g_autofree char *whole = kez_text_excerpt ("Когда отремонтируют школу?", 40);
  g_autofree char *cut = kez_text_excerpt ("Когда отремонтируют школу в селе Акжар?", 20);
  g_autofree char *line = kez_text_excerpt ("  Дорога\nразбита", 40);
  g_autofree char *word = kez_text_excerpt ("Жолдарды_жөндеу_керек_деп_санаймын", 10);

  g_assert_cmpstr (whole, ==, "Когда отремонтируют школу?");
  g_assert_cmpstr (cut, ==, "Когда отремонтируют…");
  g_assert_cmpstr (line, ==, "Дорога");
  g_assert_cmpstr (word, ==, "Жолдарды_…");
}

static void
test_text_join (void)
{
  g_autofree char *dotted = kez_text_join_dotted ("20.11.2026", "", "Зал", "", NULL);
  g_autofree char *none = kez_text_join_dotted ("", NULL);
  g_autofree char *present = kez_text_join_present (NULL, "Отдел", "");

  g_assert_cmpstr (dotted, ==, "20.11.2026 · Зал");
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (present, ==, "Отдел");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/file/private-and-wal", test_new_file_is_private_and_wal);
  g_test_add_func ("/store/day-functions", test_day_functions);
  g_test_add_func ("/store/file/existing-made-private", test_existing_file_made_private);
  g_test_add_func ("/store/file/not-a-database", test_not_a_database_left_untouched);
  g_test_add_func ("/store/schema/strict", test_tables_are_strict);
  g_test_add_func ("/store/schema/rules", test_schema_rules);
  g_test_add_func ("/store/schema/digest-known-at-build-time",
                   test_schema_digest_known_at_build_time);
  g_test_add_func ("/store/schema/history-append-only", test_history_is_append_only);
  g_test_add_func ("/store/transaction/rollback", test_transaction_rolls_back);
  g_test_add_func ("/store/transaction/lost-connection", test_save_after_lost_connection);
  g_test_add_func ("/store/migration/older-upgrades", test_older_database_upgrades);
  g_test_add_func ("/store/migration/newer-refused", test_newer_database_refused);
  g_test_add_func ("/store/reference/loaded", test_reference_loaded);
  g_test_add_func ("/store/reference/twice", test_reference_loads_twice_without_duplicates);
  g_test_add_func ("/store/reference/updated", test_reference_updated_when_shipped_data_changes);
  g_test_add_func ("/store/reference/broken", test_broken_reference_changes_nothing);
  g_test_add_func ("/store/settings/active-rule-set", test_active_rule_set);
  g_test_add_func ("/text/join", test_text_join);
  g_test_add_func ("/text/excerpt", test_text_excerpt);

  return g_test_run ();
}
