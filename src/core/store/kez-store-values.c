/* kez-store-values.c
 *
 * Single values the store reads and writes for everyone: the meta table's settings (the body
 * a database serves, the rule set in force…), a number asked of one meeting or question, a
 * column's text, who last changed a row, and the database's own identity.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include "kez-store-private.h"

char *
kez_store_dup_meta (KezStore   *self,
                    const char *key)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = kez_store_prepare (self, "SELECT value FROM meta WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  kez_db_bind_text (stmt, 1, key);
  if (kez_db_step (stmt) != KEZ_DB_ROW)
    return NULL;
  return g_strdup (kez_db_column_text (stmt, 0));
}

/* Writes within the caller's transaction if there is one, or as a transaction of its own. */
gboolean
kez_store_set_meta (KezStore    *self,
                    const char  *key,
                    const char  *value,
                    GError     **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  stmt = kez_store_prepare (self,
                            "INSERT INTO meta (key, value) VALUES (?1, ?2) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                            error);
  if (stmt == NULL)
    return FALSE;
  kez_db_bind_text (stmt, 1, key);
  kez_db_bind_text (stmt, 2, value);
  return kez_store_step_done (self, stmt, error);
}

/* A text column, "" for NULL. */
const char *
kez_store_column_text (KezDbStmt    *stmt,
                       int           column)
{
  const char *text = kez_db_column_text (stmt, column);

  return text != NULL ? text : "";
}

/**
 * kez_store_query_number:
 * @sql: a query of one number, with @id as its parameter ?1
 * @fallback: what to return if the query fails or finds no row
 *
 * For the counts and yes-or-no questions asked of one meeting or question.
 */
gint64
kez_store_query_number (KezStore   *self,
                        const char *sql,
                        gint64      id,
                        gint64      fallback)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (self), fallback);

  stmt = kez_store_prepare (self, sql, NULL);
  if (stmt == NULL)
    return fallback;
  kez_db_bind_int64 (stmt, 1, id);
  return kez_db_step (stmt) == KEZ_DB_ROW ? kez_db_column_int64 (stmt, 0) : fallback;
}

/**
 * kez_store_dup_identity:
 *
 * Returns: (transfer full) (nullable): the database's own identity (a UUID made with it and
 *   kept in its copies), or %NULL for a file older than identities
 */
char *
kez_store_dup_identity (KezStore *self)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (self), NULL);

  stmt = kez_store_prepare (self, "SELECT uuid FROM database_identity WHERE id = 1", NULL);
  if (stmt == NULL || kez_db_step (stmt) != KEZ_DB_ROW)
    return NULL;
  return g_strdup (kez_store_column_text (stmt, 0));
}

/**
 * kez_store_last_change:
 * @table: a table whose rows name their last change (updated_by, updated_at: meetings,
 *   problems, actions)
 * @who: (out) (transfer full) (nullable): who made the row's last change, if known
 * @when: (out) (transfer full) (nullable): when, if known
 */
void
kez_store_last_change (KezStore    *self,
                       const char  *table,
                       gint64       id,
                       char       **who,
                       GDateTime  **when)
{
  g_autofree char *sql = g_strdup_printf ("SELECT updated_by, updated_at FROM %s WHERE id = ?1",
                                          table);
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (self, sql, NULL);

  *who = NULL;
  *when = NULL;
  if (stmt == NULL)
    return;
  kez_db_bind_int64 (stmt, 1, id);
  if (kez_db_step (stmt) != KEZ_DB_ROW)
    return;
  if (kez_store_column_text (stmt, 0)[0] != '\0')
    *who = g_strdup (kez_store_column_text (stmt, 0));
  if (!kez_db_column_is_null (stmt, 1))
    *when = g_date_time_new_from_iso8601 (kez_db_column_text (stmt, 1), NULL);
}
