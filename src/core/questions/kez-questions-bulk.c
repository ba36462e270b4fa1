/* kez-questions-bulk.c
 *
 * An import of 100,000 or a million questions, inside the caller's transaction (it is all or
 * nothing, as every import): one INSERT compiled once for every row; the search index's
 * per-row trigger dropped for the load and the index filled with one statement from the new
 * rows afterwards (FTS5 then takes one savepoint, not one a row), the trigger put back as it
 * was; a page cache big enough for the transaction's working set, so SQLite does not spill
 * pages to its journal on the way. The trigger's drop and return are part of the
 * transaction: a failed import rolls back to the schema as it was, with the rows.
 *
 * On a server the rows go in many to a statement, with their search words
 * (kez-questions-bulk-server.c); its cache is the server's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-questions-bulk"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-questions.h"
#include "kez-questions-bulk.h"
#include "kez-questions-bulk-server.h"
#include "kez-questions-private.h"
#include "kez-store-private.h"
#include "kez-text.h"

#define FTS_TRIGGER "questions_fts_after_insert"
/* In KiB, as PRAGMA cache_size takes a negative number. */
#define BULK_CACHE_KIB 32768

struct _KezQuestionsBulk
{
  KezStore     *store;
  KezDbStmt    *insert;
  char         *trigger_sql;   /* the search index's trigger, to put back */
  gint64        first_id;      /* the first new row's id */
  gint64        cache_size;    /* the connection's own, to put back */
  gint64        import_id;
  guint         n;
  KezServerRows *server_rows;  /* on a server: the rows on their way */
};

static gboolean
exec (KezStore   *store,
      const char *sql,
      GError    **error)
{
  return kez_store_exec (store, sql, error);
}

/**
 * kez_questions_bulk_begin:
 * @import_id: the import the rows belong to, or 0
 *
 * Must be called in a transaction the caller began and will end.
 */
KezQuestionsBulk *
kez_questions_bulk_begin (KezStore  *store,
                          gint64     import_id,
                          GError   **error)
{
  g_autoptr(KezQuestionsBulk) self = g_new0 (KezQuestionsBulk, 1);
  g_autoptr(KezDbStmt) trigger = NULL;
  g_autofree char *cache = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->import_id = import_id;
  if (kez_db_get_kind (kez_store_get_db (store)) == KEZ_DB_POSTGRESQL)
    {
      self->server_rows = kez_server_rows_new (store, import_id);
      return g_steal_pointer (&self);
    }
  self->cache_size = kez_store_query_number (store, "PRAGMA cache_size", 0, -2000);
  self->first_id = kez_store_query_number (store, "SELECT coalesce (max (id), 0) + 1 "
                                           "FROM questions", 0, 1);
  if (!(trigger = kez_store_prepare (store, "SELECT sql FROM sqlite_schema WHERE type = "
                                     "'trigger' AND name = '" FTS_TRIGGER "'", error)))
    return NULL;
  if (kez_db_step (trigger) == KEZ_DB_ROW)
    self->trigger_sql = g_strdup (kez_store_column_text (trigger, 0));
  cache = g_strdup_printf ("PRAGMA cache_size = -%d", BULK_CACHE_KIB);
  if (!exec (store, cache, error) ||
      (self->trigger_sql != NULL && !exec (store, "DROP TRIGGER " FTS_TRIGGER, error)))
    return NULL;
  self->insert = kez_store_prepare (store,
                                    "INSERT INTO questions (meeting_id, received_on, channel, "
                                    "region_code, topic, text, author, contact, import_id) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (self->insert == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
kez_questions_bulk_add (KezQuestionsBulk        *self,
                        const KezQuestionFields *fields,
                        GError                 **error)
{
  KezDbStmt *stmt = self->insert;
  g_autofree char *text = NULL;

  if (!kez_questions_check_fields (fields, error))
    return FALSE;
  text = g_strstrip (g_strdup (fields->text));
  if (self->server_rows != NULL)
    {
      if (!kez_server_rows_add (self->server_rows, fields, text, error))
        return FALSE;
      self->n++;
      return TRUE;
    }
  kez_db_clear_bindings (stmt);
  kez_questions_bind_fields (stmt, fields, text);
  if (self->import_id > 0)
    kez_db_bind_int64 (stmt, 9, self->import_id);
  if (!kez_store_step_done (self->store, stmt, error))
    return FALSE;
  self->n++;
  return TRUE;
}

/* Every row given so far is in the database, for a look-up to find it. */
gboolean
kez_questions_bulk_flush (KezQuestionsBulk  *self,
                          GError           **error)
{
  return self->server_rows == NULL || kez_server_rows_flush (self->server_rows, error);
}

/* The new rows into the search index at once, and the trigger back for the rows to come. */
gboolean
kez_questions_bulk_end (KezQuestionsBulk  *self,
                        GError           **error)
{
  g_autoptr(KezDbStmt) fill = NULL;
  g_autofree char *cache = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT,
                                            self->cache_size);

  if (self->server_rows != NULL)
    {
      if (!kez_server_rows_flush (self->server_rows, error))
        return FALSE;
      if (self->n > 0)
        kez_store_emit_changed (self->store, "questions");
      return TRUE;
    }
  if (self->trigger_sql != NULL)
    {
      if (!(fill = kez_store_prepare (self->store, "INSERT INTO questions_fts (rowid, text, "
                                      "topic) SELECT id, text, topic FROM questions "
                                      "WHERE id >= ?", error)))
        return FALSE;
      kez_db_bind_int64 (fill, 1, self->first_id);
      if (!kez_store_step_done (self->store, fill, error) ||
          !exec (self->store, self->trigger_sql, error))
        return FALSE;
      g_clear_pointer (&self->trigger_sql, g_free);
    }
  if (self->n > 0)
    kez_store_emit_changed (self->store, "questions");
  return exec (self->store, cache, error);
}

void
kez_questions_bulk_free (KezQuestionsBulk *self)
{
  g_clear_pointer (&self->insert, kez_db_finalize);
  g_clear_pointer (&self->server_rows, kez_server_rows_free);
  g_clear_object (&self->store);
  g_free (self->trigger_sql);
  g_free (self);
}
