/* kez-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libpq-fe.h>
#include <stdlib.h>
#include <unistd.h>

#include "kez-store-open.h"
#include "kez-test-util.h"

/* The rule sets exactly as shipped in data/rules. */
KezRuleSet *
kez_test_load_rule_set (const char *file_name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "rules", file_name,
                                                 NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  KezRuleSet *rules;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  rules = kez_rule_set_new_from_data (contents, length, &error);
  g_assert_no_error (error);
  return rules;
}

static GPtrArray *made_dirs;

static void
remove_tree (const char *path)
{
  GDir *dir = g_file_test (path, G_FILE_TEST_IS_SYMLINK) ? NULL : g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_remove (path);
}

/* Runs when the test program exits, passed or not: a failed assertion aborts, and then the
   folder stays for a look. */
static void
remove_made_dirs (void)
{
  for (guint i = 0; i < made_dirs->len; i++)
    remove_tree (g_ptr_array_index (made_dirs, i));
  g_ptr_array_unref (made_dirs);
}

gboolean
kez_test_on_server (void)
{
  return g_strcmp0 (g_getenv ("KEZDESU_TEST_ENGINE"), "postgresql") == 0;
}

static GPtrArray *made_databases;

/* One statement on the server's maintenance connection (libpq's PG* variables, which
   pg_virtualenv sets, say where it is). CREATE and DROP DATABASE cannot run in a
   transaction, so not through the store. */
static void
run_on_server (const char *sql)
{
  PGconn *connection = PQconnectdb ("dbname=postgres");
  PGresult *result;

  if (PQstatus (connection) != CONNECTION_OK)
    g_error ("The tests' PostgreSQL server cannot be reached (build-aux/dev test starts one): %s",
             PQerrorMessage (connection));
  result = PQexec (connection, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  PQclear (result);
  PQfinish (connection);
}

static void
drop_made_databases (void)
{
  for (guint i = 0; i < made_databases->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)",
                                              (char *) g_ptr_array_index (made_databases, i));
      run_on_server (sql);
    }
  g_ptr_array_unref (made_databases);
}

/* An empty database of its own on the tests' server, dropped when the program exits. */
static char *
make_server_database (void)
{
  static guint count;
  char *name = g_strdup_printf ("kez_test_%d_%u", (int) getpid (), ++count);
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", name);

  run_on_server (sql);
  if (made_databases == NULL)
    {
      made_databases = g_ptr_array_new_with_free_func (g_free);
      atexit (drop_made_databases);
    }
  g_ptr_array_add (made_databases, name);
  return g_strdup_printf ("postgresql:///%s", name);
}

/* A fresh place for a store: a path in a private temporary folder, removed with all it holds
   when the test program exits, or, when the suite runs on the server
   (KEZDESU_TEST_ENGINE=postgresql), an empty database there. */
char *
kez_test_make_db_path (void)
{
  g_autoptr(GError) error = NULL;
  char *dir;

  if (kez_test_on_server ())
    return make_server_database ();
  dir = g_dir_make_tmp ("kezdesu-test-XXXXXX", &error);
  g_assert_no_error (error);
  if (made_dirs == NULL)
    {
      made_dirs = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_made_dirs);
    }
  g_ptr_array_add (made_dirs, dir);
  return g_build_filename (dir, "kezdesu.db", NULL);
}

/* A store of its own for one test, on the engine the test runs on, migrated. */
KezStore *
kez_test_open_store (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  KezStore *store = kez_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

/* A test of what only a file store has (its backups, its file on disk) says so on the
   server, where pg_dump and the server's own files take their place. */
gboolean
kez_test_skip_on_server (const char *why)
{
  if (!kez_test_on_server ())
    return FALSE;
  g_test_skip (why);
  return TRUE;
}

void
kez_test_assert_date (const GDate *date,
                      int          year,
                      int          month,
                      int          day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}
