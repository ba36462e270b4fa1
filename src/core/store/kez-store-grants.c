/* kez-store-grants.c
 *
 * What the connected person may do, as the server itself says (its grants to their role,
 * postgresql/0009), so that the window offers only what will be allowed and reads only the
 * columns it may: a viewer is shown the questions without their authors, not an error, and
 * finds no Import button whose every use would be refused. The server still decides: this
 * only asks it. A database file grants everything to whoever holds it.
 *
 * The answers are kept until the people of the database change (kez_store_forget_grants ()):
 * a role changes when someone names the person again or takes their role away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include "kez-store-private.h"

#define GRANTS_KEY "kez-store-grants"

/**
 * kez_store_forget_grants:
 *
 * Forgets what kez_store_may () was told: the people changed, and with them perhaps what the
 * connected person may do.
 */
void
kez_store_forget_grants (KezStore *self)
{
  g_return_if_fail (KEZ_IS_STORE (self));

  g_object_set_data (G_OBJECT (self), GRANTS_KEY, NULL);
}

/**
 * kez_store_may:
 * @privilege: "SELECT", "INSERT", "UPDATE" or "DELETE"
 * @table: a table of the record
 * @column: (nullable): one of its columns, or %NULL for the table as a whole
 *
 * Returns: whether the connected person may do @privilege on @table (or on its @column);
 *   %TRUE for a database file, and while the server cannot be asked (what is then tried
 *   fails with the server's own reason)
 */
gboolean
kez_store_may (KezStore   *self,
               const char *privilege,
               const char *table,
               const char *column)
{
  GHashTable *known;
  g_autofree char *key = NULL;
  g_autoptr(KezDbStmt) stmt = NULL;
  gpointer answer;
  gboolean may;

  g_return_val_if_fail (KEZ_IS_STORE (self), FALSE);
  g_return_val_if_fail (privilege != NULL && table != NULL, FALSE);

  if (kez_db_get_kind (kez_store_get_db (self)) != KEZ_DB_POSTGRESQL)
    return TRUE;

  known = g_object_get_data (G_OBJECT (self), GRANTS_KEY);
  if (known == NULL)
    {
      known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_object_set_data_full (G_OBJECT (self), GRANTS_KEY, known,
                              (GDestroyNotify) g_hash_table_unref);
    }
  key = g_strjoin (" ", privilege, table, column, NULL);
  if (g_hash_table_lookup_extended (known, key, NULL, &answer))
    return GPOINTER_TO_INT (answer);

  stmt = kez_store_prepare (self,
                            column != NULL
                              ? "SELECT has_column_privilege (?1::text, ?3::text, ?2::text)"
                              : "SELECT has_table_privilege (?1::text, ?2::text)",
                            NULL);
  if (stmt == NULL)
    return TRUE;
  kez_db_bind_text (stmt, 1, table);
  kez_db_bind_text (stmt, 2, privilege);
  if (column != NULL)
    kez_db_bind_text (stmt, 3, column);
  if (kez_db_step (stmt) != KEZ_DB_ROW)
    return TRUE;
  may = kez_db_column_int (stmt, 0) != 0;
  g_hash_table_insert (known, g_steal_pointer (&key), GINT_TO_POINTER (may));
  return may;
}

/**
 * kez_store_reads_personal_data:
 *
 * Returns: whether the connected person may read citizens' personal data (a question's
 *   author and contact, a received citizen's name, IIN, phone and address): not a viewer nor
 *   the authorised body's reviewer, on a server
 */
gboolean
kez_store_reads_personal_data (KezStore *self)
{
  return kez_store_may (self, "SELECT", "questions", "author") &&
         kez_store_may (self, "SELECT", "receptions", "iin");
}
