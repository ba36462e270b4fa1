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

#include "kez-backup-restore.h"
#include "kez-backup.h"
#include "kez-db-engine.h"
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
  "purged_at = kez_utc_now () "
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
run_purge (KezDb    *db,
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
      g_autoptr(KezDbStmt) stmt = kez_db_prepare (db, purge_statements[i]);

      if (stmt == NULL)
        return FALSE;
      kez_db_bind_text (stmt, 1, time);
      kez_db_bind_text (stmt, 2, day);
      if (kez_db_step (stmt) != KEZ_DB_DONE)
        return FALSE;
      *counts[i] = kez_db_changes (db);
    }
  return TRUE;
}

/* Checkpoints and truncates SQLite's log; FALSE when a reader kept it from being emptied. */
static gboolean
clear_log (KezDb *db)
{
  sqlite3 *handle = kez_db_sqlite_handle (db);
  int log = -1, done = -1;

  return handle != NULL &&
         sqlite3_wal_checkpoint_v2 (handle, NULL, SQLITE_CHECKPOINT_TRUNCATE, &log, &done)
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
  g_autoptr(KezDbStmt) audit = NULL;
  g_autofree char *details = NULL;
  KezDb *db;

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
  kez_db_bind_text (audit, 1, details);
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
  g_autoptr(GError) local_error = NULL;
  KezDb *db;
  guint n_receptions, n_questions;
  gboolean done;

  g_return_val_if_fail (backup != NULL, FALSE);

  db = kez_db_sqlite_open (backup, KEZ_DB_OPEN_READ_WRITE, &local_error);
  /* The purge's statements write the time with the app's own function. */
  done = db != NULL &&
         kez_store_functions_register (kez_db_sqlite_handle (db), NULL) &&
         kez_db_exec (db, "PRAGMA secure_delete = ON") &&
         kez_db_exec (db, "BEGIN IMMEDIATE") &&
         run_purge (db, months, &n_receptions, &n_questions) &&
         kez_db_exec (db, "COMMIT") &&
         kez_db_exec (db, "VACUUM");
  if (!done)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 /* Translators: %1$s is a file name, %2$s the database's reason */
                 _("The backup “%1$s” could not be purged: %2$s"), backup,
                 db != NULL ? kez_db_get_message (db) : local_error->message);
  kez_db_close (db);
  return done;
}
