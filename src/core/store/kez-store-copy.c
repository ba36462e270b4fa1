/* kez-store-copy.c
 *
 * A desk's year moves to the team's server (or back to a file): `kezdesu --database=FILE
 * --copy-to=postgresql://…`. The copy is of the record as it stands, not a replay of it: the
 * history keeps its dates and authors, the audit log its entries, every row its id (the
 * calendar's UIDs and the executors' forms name them), the database its identity. So the
 * rules that date a history row "now" and sign it by whoever writes it are set aside for the
 * copy, inside its transaction: the destination's own triggers are disabled (the server) or
 * dropped and put back word for word (SQLite) there, and nothing else of it is written.
 *
 * All or nothing: into an empty database only (one with a ministry's meetings or questions is
 * never touched), in one transaction, and committed only when every table holds as many rows
 * as the source's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store-copy"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-store-copy.h"
#include "kez-store-open.h"
#include "kez-store-private.h"

/* Every table of the record, each after those it refers to. A table the source has and this
 * list lacks stops the copy (a migration's new table must be added here). */
static const char *const tables[] = {
  "meta", "database_identity", "bodies", "regions", "rule_sets", "rule_set_exemptions",
  "schedule_years", "schedule_status_history", "imports", "import_values", "meetings",
  "meeting_events", "clock_events", "receptions", "questions", "merges", "problems",
  "problem_questions", "actions", "action_history", "audit_log",
};


static gboolean
on_server (KezStore *store)
{
  return kez_db_get_kind (kez_store_get_db (store)) == KEZ_DB_POSTGRESQL;
}

static GPtrArray *
strings (KezStore    *store,
         const char  *sql,
         const char  *value,
         GError     **error)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, sql, error);
  GPtrArray *found;
  KezDbStep step;

  if (stmt == NULL)
    return NULL;
  found = g_ptr_array_new_with_free_func (g_free);
  if (value != NULL)
    kez_db_bind_text (stmt, 1, value);
  while ((step = kez_db_step (stmt)) == KEZ_DB_ROW)
    g_ptr_array_add (found, g_strdup (kez_db_column_text (stmt, 0)));
  if (step == KEZ_DB_FAILED)
    {
      kez_store_set_error (store, error);
      g_ptr_array_unref (found);
      return NULL;
    }
  return found;
}

static GPtrArray *
list_tables (KezStore  *store,
             GError   **error)
{
  /* Not what each engine keeps for itself: its search index, where its schema's version is,
     the count of the questions' changes; nor the server's people, who may connect to it,
     which is the server's business and not the record's. */
  return strings (store, on_server (store)
                           ? "SELECT table_name FROM information_schema.tables "
                             "WHERE table_schema = current_schema () AND table_type = 'BASE TABLE' "
                             "AND table_name NOT IN ('schema_version', 'question_changes', 'people')"
                           : "SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                             "name NOT LIKE 'questions_fts%' AND name NOT LIKE 'sqlite_%'",
                  NULL, error);
}

/* The columns a row is written with: the stored ones (a server's search_vector is worked
 * out by the server), in the table's order. */
static GPtrArray *
list_columns (KezStore    *store,
              const char  *table,
              GError     **error)
{
  return strings (store, on_server (store)
                           ? "SELECT column_name FROM information_schema.columns "
                             "WHERE table_schema = current_schema () AND table_name = ? "
                             "AND is_generated = 'NEVER' ORDER BY ordinal_position"
                           : "SELECT name FROM pragma_table_info (?) ORDER BY cid",
                  table, error);
}

static gboolean
listed (GPtrArray  *names,
        const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return TRUE;
  return FALSE;
}

static gint64
count_rows (KezStore   *store,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return kez_store_query_number (store, sql, 0, -1);
}

/* The destination's rules set aside for the copy; @triggers keeps SQLite's, to put back. */
static gboolean
set_rules_aside (KezStore    *to,
                 GPtrArray  **triggers,
                 GError     **error)
{
  g_autoptr(GPtrArray) names = NULL;

  if (on_server (to))
    {
      for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
        {
          g_autofree char *sql = g_strdup_printf ("ALTER TABLE %s DISABLE TRIGGER USER",
                                                  tables[i]);

          if (!kez_store_exec (to, sql, error))
            return FALSE;
        }
      return TRUE;
    }
  if (!(*triggers = strings (to, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' "
                                 "ORDER BY rowid", NULL, error)))
    return FALSE;
  if (!(names = strings (to, "SELECT name FROM sqlite_schema WHERE type = 'trigger'", NULL,
                        error)) ||
      !kez_store_exec (to, "PRAGMA defer_foreign_keys = ON", error))
    return FALSE;
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP TRIGGER \"%s\"",
                                              (char *) g_ptr_array_index (names, i));

      if (!kez_store_exec (to, sql, error))
        return FALSE;
    }
  return TRUE;
}

/* The rules back, the search index and the ids' counters made to agree with the rows. */
static gboolean
put_rules_back (KezStore   *to,
                GPtrArray  *triggers,
                GError    **error)
{
  if (on_server (to))
    {
      for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
        {
          g_autofree char *enable = g_strdup_printf ("ALTER TABLE %s ENABLE TRIGGER USER",
                                                     tables[i]);
          g_autofree char *counter =
            g_strdup_printf ("SELECT setval (pg_get_serial_sequence ('%s', 'id'), "
                             "coalesce (max (id), 0) + 1, false) FROM %s", tables[i], tables[i]);
          g_autoptr(GPtrArray) has_id = NULL;

          if (!kez_store_exec (to, enable, error) ||
              !(has_id = strings (to, "SELECT column_name FROM information_schema.columns "
                                      "WHERE table_schema = current_schema () AND "
                                      "table_name = ? AND column_name = 'id' AND "
                                      "is_identity = 'YES'", tables[i], error)))
            return FALSE;
          if (has_id->len > 0 && !kez_store_exec (to, counter, error))
            return FALSE;
        }
      return TRUE;
    }
  for (guint i = 0; i < triggers->len; i++)
    if (!kez_store_exec (to, g_ptr_array_index (triggers, i), error))
      return FALSE;
  return kez_store_exec (to, "INSERT INTO questions_fts (questions_fts) VALUES ('rebuild')",
                         error);
}

static gboolean
copy_table (KezStore    *from,
            KezStore    *to,
            const char  *table,
            GError     **error)
{
  g_autoptr(GPtrArray) from_columns = list_columns (from, table, error);
  g_autoptr(GPtrArray) to_columns = from_columns != NULL ? list_columns (to, table, error)
                                                         : NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  g_autofree char *select = NULL;
  g_autofree char *insert = NULL;
  g_autoptr(KezDbStmt) rows = NULL;
  g_autoptr(KezDbStmt) write = NULL;
  guint n = 0;

  if (to_columns == NULL)
    return FALSE;
  /* The columns both have: the server's search words are its own (worked out again). */
  for (guint i = 0; i < to_columns->len; i++)
    {
      const char *column = g_ptr_array_index (to_columns, i);

      if (!listed (from_columns, column) || g_str_equal (column, "search_words"))
        continue;
      g_string_append_printf (names, "%s%s", n > 0 ? ", " : "", column);
      g_string_append_printf (values, "%s?", n > 0 ? ", " : "");
      n++;
    }
  if (n == 0)
    return TRUE;
  /* A merged question refers to the one it was merged into: those first. */
  select = g_strdup_printf ("SELECT %s FROM %s%s", names->str, table,
                            g_str_equal (table, "questions")
                              ? " ORDER BY merged_into IS NOT NULL, id"
                              : listed (to_columns, "id") ? " ORDER BY id" : "");
  insert = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)", table, names->str, values->str);
  if (!(rows = kez_store_prepare (from, select, error)) ||
      !(write = kez_store_prepare (to, insert, error)))
    return FALSE;
  return kez_store_copy_rows (from, rows, to, write, n, error);
}

/**
 * kez_store_copy_rows:
 * @rows: a query of @from, its parameters bound
 * @write: a statement of @to whose @n_columns parameters are @rows' columns, in order
 *
 * Writes each row @rows finds with @write, as the text either engine reads it as (NULL as
 * NULL): a whole table's copy, or a meeting's taken along.
 */
gboolean
kez_store_copy_rows (KezStore   *from,
                     KezDbStmt  *rows,
                     KezStore   *to,
                     KezDbStmt  *write,
                     guint       n_columns,
                     GError    **error)
{
  KezDbStep step;

  while ((step = kez_db_step (rows)) == KEZ_DB_ROW)
    {
      kez_db_clear_bindings (write);
      for (guint c = 0; c < n_columns; c++)
        {
          if (kez_db_column_is_null (rows, c))
            kez_db_bind_null (write, c + 1);
          else
            kez_db_bind_text (write, c + 1, kez_db_column_text (rows, c));
        }
      if (!kez_store_step_done (to, write, error))
        return FALSE;
    }
  if (step == KEZ_DB_FAILED)
    {
      kez_store_set_error (from, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
copy_all (KezStore  *from,
          KezStore  *to,
          GError   **error)
{
  g_autoptr(GPtrArray) triggers = NULL;

  if (!set_rules_aside (to, &triggers, error))
    return FALSE;
  /* What opening the destination put there (the shipped reference data) gives way to the
   * source's, which may have retired or renamed some. */
  for (guint i = G_N_ELEMENTS (tables); i > 0; i--)
    {
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s", tables[i - 1]);

      if (!kez_store_exec (to, sql, error))
        return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!copy_table (from, to, tables[i], error))
      return FALSE;
  if (!put_rules_back (to, triggers, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (count_rows (from, tables[i]) != count_rows (to, tables[i]))
      {
        g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED,
                     /* Translators: %1$s is a table of the database, as it is named there */
                     _("The copy does not hold every row of “%1$s”; nothing was copied."),
                     tables[i]);
        return FALSE;
      }
  return TRUE;
}

/**
 * kez_store_copy:
 * @counts: (out) (optional): the meetings, questions and actions copied
 *
 * Copies the whole record of the store at @from into the empty one at @to (a file or a
 * server, either way), all or nothing.
 */
gboolean
kez_store_copy (const char     *from_location,
                const char     *to_location,
                KezStoreCounts *counts,
                GError        **error)
{
  g_autoptr(KezStore) from = kez_store_open (from_location, error);
  g_autoptr(KezStore) to = from != NULL ? kez_store_open (to_location, error) : NULL;
  g_autoptr(GPtrArray) present = NULL;

  if (to == NULL)
    return FALSE;
  if (!(present = list_tables (from, error)))
    return FALSE;
  for (guint i = 0; i < present->len; i++)
    {
      const char *table = g_ptr_array_index (present, i);
      gboolean known = FALSE;

      for (guint t = 0; t < G_N_ELEMENTS (tables) && !known; t++)
        known = g_str_equal (tables[t], table);
      if (!known)
        {
          g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED,
                       /* Translators: %1$s is a table of the database, as it is named there */
                       _("This version of Kezdesu does not know the table “%1$s”, and "
                         "copies nothing rather than leave it behind."), table);
          return FALSE;
        }
    }
  if (count_rows (to, "meetings") + count_rows (to, "questions") +
      count_rows (to, "audit_log") != 0)
    {
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED,
                   /* Translators: %1$s is a file name or a server's address */
                   _("“%1$s” already holds meetings or questions. A copy goes only into an "
                     "empty database, so that nothing there is lost or mixed."), to_location);
      return FALSE;
    }

  if (!kez_store_begin (to, error))
    return FALSE;
  if (!copy_all (from, to, error))
    {
      kez_store_rollback (to);
      return FALSE;
    }
  if (!kez_store_commit (to, error))
    return FALSE;
  if (counts != NULL)
    {
      counts->meetings = count_rows (to, "meetings");
      counts->questions = count_rows (to, "questions");
      counts->actions = count_rows (to, "actions");
    }
  return TRUE;
}
