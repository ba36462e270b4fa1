/* kez-personal-data.c
 *
 * Law No. 94-V: citizens' personal data are kept only as long as needed. A purge empties them
 * everywhere they live in the database: the names, IINs, phones and addresses of the citizens
 * received, and the authors and contacts of the questions, older than the retention period;
 * the receptions and questions themselves stay, so counts and analysis are kept. The search
 * index never held them. What was emptied must not stay readable in the file: the connection
 * runs with secure_delete (freed space is zeroed), and the write-ahead log is checkpointed and
 * truncated afterwards, which another program still reading the file can prevent; the result
 * says so. Backups made before the purge still hold the data: the result names them, and
 * kez_personal_data_purge_backup() purges one the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-personal-data"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-backup.h"
#include "kez-kazakhstan-time.h"
#include "kez-personal-data.h"
#include "kez-store-private.h"

void
kez_purge_result_clear (KezPurgeResult *result)
{
  g_clear_pointer (&result->backups, g_ptr_array_unref);
}

/* The two statements of a purge, for the database and for a backup alike. */
static const char *const purge_statements[] = {
  "UPDATE receptions SET citizen_name = '', iin = '', phone = '', address = '', "
  "purged_at = strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') "
  "WHERE purged_at IS NULL AND received_at < ?1 "
  "AND (citizen_name <> '' OR iin <> '' OR phone <> '' OR address <> '')",
  "UPDATE questions SET author = '', contact = '' "
  "WHERE received_on < ?2 AND (author <> '' OR contact <> '')",
};

/* The cut-off, as the tables write their dates, @months before today in Kazakhstan. */
static void
cut_off (guint   months,
         char  **time,
         char  **day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) there = g_date_time_to_timezone (now, kez_kazakhstan_zone ());
  g_autoptr(GDateTime) then = g_date_time_add_months (there, -(int) months);

  *time = g_date_time_format (then, "%Y-%m-%dT%H:%M");
  *day = g_date_time_format (then, "%Y-%m-%d");
}

static gboolean
run_purge (sqlite3  *db,
           guint     months,
           guint    *n_receptions,
           guint    *n_questions)
{
  g_autofree char *time = NULL;
  g_autofree char *day = NULL;
  guint *counts[] = { n_receptions, n_questions };

  cut_off (months, &time, &day);
  for (guint i = 0; i < G_N_ELEMENTS (purge_statements); i++)
    {
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (sqlite3_prepare_v2 (db, purge_statements[i], -1, &stmt, NULL) != SQLITE_OK)
        return FALSE;
      sqlite3_bind_text (stmt, 1, time, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        return FALSE;
      *counts[i] = sqlite3_changes (db);
    }
  return TRUE;
}

/* Checkpoints and truncates the log; FALSE when a reader kept it from being emptied. */
static gboolean
clear_log (sqlite3 *db)
{
  int log = -1, done = -1;

  return sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log, &done)
           == SQLITE_OK;
}

/**
 * kez_personal_data_purge:
 * @months: how long personal data is kept
 * @result: (out caller-allocates): what was purged, whether the log could be emptied, and
 *   which backups still hold the data
 */
gboolean
kez_personal_data_purge (KezStore        *store,
                         guint            months,
                         KezPurgeResult  *result,
                         GError         **error)
{
  g_autoptr(sqlite3_stmt) audit = NULL;
  g_autofree char *details = NULL;
  sqlite3 *db;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  *result = (KezPurgeResult) { 0 };
  db = kez_store_get_db (store);
  if (!kez_store_begin (store, error))
    return FALSE;
  if (!run_purge (db, months, &result->n_receptions, &result->n_questions))
    {
      kez_store_set_error (store, error);
      kez_store_rollback (store);
      return FALSE;
    }
  details = g_strdup_printf ("%u citizens received and %u questions' authors, older than %u "
                             "months", result->n_receptions, result->n_questions, months);
  if (!(audit = kez_store_prepare (store,
                                   "INSERT INTO audit_log (at, actor, action, subject_kind, "
                                   "details) VALUES (kez_now (), kez_actor (), "
                                   "'purge-personal-data', 'receptions', ?)", error)))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_text (audit, 1, details, -1, SQLITE_STATIC);
  if (!kez_store_step_done (store, audit, error) || !kez_store_commit (store, error))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  kez_store_emit_changed (store, "receptions");
  kez_store_emit_changed (store, "questions");

  result->log_cleared = clear_log (db);
  result->backups = kez_backup_list_of_store (store);
  return TRUE;
}

/**
 * kez_personal_data_purge_backup:
 *
 * The same purge in a backup file, which is then vacuumed so that nothing of the emptied
 * values is left in its free pages.
 */
gboolean
kez_personal_data_purge_backup (const char  *backup,
                                guint        months,
                                GError     **error)
{
  sqlite3 *db = NULL;
  guint n_receptions, n_questions;
  gboolean done;

  g_return_val_if_fail (backup != NULL, FALSE);

  done = sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL)
           == SQLITE_OK &&
         sqlite3_exec (db, "PRAGMA secure_delete = ON", NULL, NULL, NULL) == SQLITE_OK &&
         sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK &&
         run_purge (db, months, &n_receptions, &n_questions) &&
         sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK &&
         sqlite3_exec (db, "VACUUM", NULL, NULL, NULL) == SQLITE_OK;
  if (!done)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 /* Translators: %1$s is a file name, %2$s the database's reason */
                 _("The backup “%1$s” could not be purged: %2$s"), backup,
                 db != NULL ? sqlite3_errmsg (db) : "");
  sqlite3_close_v2 (db);
  return done;
}
