/* kez-import-batch.c
 *
 * An import is a row of the table imports, and every meeting or question it brought names
 * it. Undo deletes them together, in one transaction, and only while nothing has been built
 * on them: a question triaged, merged or made part of a problem, a meeting held, given
 * questions or problems. Then the import has become part of the record and stays; the
 * planner is told why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-import-batch"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-import-batch.h"
#include "kez-store-private.h"

/**
 * kez_import_batch_begin:
 *
 * Within the caller's transaction.
 *
 * Returns: the import's id, or 0 with @error set
 */
gint64
kez_import_batch_begin (KezStore       *store,
                        KezImportKind   kind,
                        const char     *file_name,
                        guint           n_rows,
                        guint           n_skipped,
                        GError        **error)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store,
                                                    "INSERT INTO imports (kind, file_name, "
                                                    "n_rows, n_skipped) VALUES (?1, ?2, ?3, ?4)",
                                                    error);

  if (stmt == NULL)
    return 0;
  kez_db_bind_text (stmt, 1, kind == KEZ_IMPORT_MEETINGS ? "meetings" : "questions");
  kez_db_bind_text_copy (stmt, 2, file_name != NULL ? file_name : "");
  kez_db_bind_int64 (stmt, 3, n_rows);
  kez_db_bind_int64 (stmt, 4, n_skipped);
  if (!kez_store_step_done (store, stmt, error))
    return 0;
  return kez_db_last_insert_id (kez_store_get_db (store));
}

/* Marks a meeting or question as brought by the import. */
gboolean
kez_import_batch_add (KezStore       *store,
                      KezImportKind   kind,
                      gint64          import_id,
                      gint64          row_id,
                      GError        **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  stmt = kez_store_prepare (store, kind == KEZ_IMPORT_MEETINGS
                                     ? "UPDATE meetings SET import_id = ?1 WHERE id = ?2"
                                     : "UPDATE questions SET import_id = ?1 WHERE id = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, import_id);
  kez_db_bind_int64 (stmt, 2, row_id);
  return kez_store_step_done (store, stmt, error);
}

static gboolean
exec_for (KezStore    *store,
          const char  *sql,
          gint64       import_id,
          GError     **error)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, import_id);
  return kez_store_step_done (store, stmt, error);
}

/* What has been built on the import since, if anything. */
static const char *
built_upon (KezStore *store,
            gint64    import_id,
            gboolean  meetings)
{
  if (meetings)
    {
      if (kez_store_query_number (store,
                                  "SELECT count(*) FROM meetings m WHERE m.import_id = ?1 AND "
                                  "(m.status IN ('held', 'cancelled') "
                                  " OR EXISTS (SELECT 1 FROM clock_events e "
                                  "            WHERE e.meeting_id = m.id) "
                                  " OR EXISTS (SELECT 1 FROM questions q "
                                  "            WHERE q.meeting_id = m.id) "
                                  " OR EXISTS (SELECT 1 FROM problems p "
                                  "            WHERE p.meeting_id = m.id))",
                                  import_id, 1) > 0)
        return _("Some of the imported meetings have been held, cancelled or given questions "
                 "since; the import is part of the record now and cannot be undone.");
      return NULL;
    }
  if (kez_store_query_number (store,
                              "SELECT count(*) FROM questions q WHERE q.import_id = ?1 AND "
                              "(q.status <> 'new' "
                              " OR EXISTS (SELECT 1 FROM problem_questions pq "
                              "            WHERE pq.question_id = q.id) "
                              " OR EXISTS (SELECT 1 FROM questions o WHERE o.merged_into = q.id))",
                              import_id, 1) > 0)
    return _("Some of the imported questions have been triaged since; the import is part of "
             "the record now and cannot be undone.");
  return NULL;
}

/**
 * kez_import_undo:
 *
 * Deletes what the import brought, all of it or, when something has been built on it since,
 * nothing.
 */
gboolean
kez_import_undo (KezStore  *store,
                 gint64     import_id,
                 GError   **error)
{
  g_autoptr(KezDbStmt) kind_stmt = NULL;
  gboolean meetings;
  const char *refusal;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (!(kind_stmt = kez_store_prepare (store, "SELECT kind = 'meetings' FROM imports "
                                              "WHERE id = ?1 AND undone_at IS NULL", error)))
    return FALSE;
  kez_db_bind_int64 (kind_stmt, 1, import_id);
  if (kez_db_step (kind_stmt) != KEZ_DB_ROW)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("This import has already been undone."));
      return FALSE;
    }
  meetings = kez_db_column_int (kind_stmt, 0);
  if ((refusal = built_upon (store, import_id, meetings)) != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, refusal);
      return FALSE;
    }

  if (!kez_store_begin (store, error))
    return FALSE;
  if (!exec_for (store, meetings ? "DELETE FROM meetings WHERE import_id = ?1"
                                 : "DELETE FROM questions WHERE import_id = ?1",
                 import_id, error) ||
      !exec_for (store, "UPDATE imports SET undone_at = kez_now () WHERE id = ?1", import_id,
                 error))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  if (!kez_store_commit (store, error))
    return FALSE;
  kez_store_emit_changed (store, meetings ? "meetings" : "questions");
  return TRUE;
}
