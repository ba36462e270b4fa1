/* kez-store-schema.c
 *
 * The triggers that keep the history append-only are only as good as their presence: a file
 * whose trigger was dropped, or edited, with a shell would let the record be rewritten. So each
 * time a database is opened its schema is compared with the one the migrations make, built
 * afresh in memory: a trigger or an index that is missing or differs is put back as it must
 * be (and said in the log), one that has no business there is removed, and a table that is
 * missing or changed makes the file damaged: it is refused, and the window offers the backup.
 *
 * Building that schema costs more than the rest of opening the file: a schema whose digest
 * is the one the build worked out from the same migrations (kez-expected-schema.h) is as it
 * must be, and only another one is compared object by object.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-expected-schema.h"
#include "kez-migrations.h"
#include "kez-search-tokenizer.h"
#include "kez-store-error.h"
#include "kez-store-schema.h"

typedef struct
{
  char *type;
  char *sql;
} Object;

static void
object_free (Object *object)
{
  g_free (object->type);
  g_free (object->sql);
  g_free (object);
}

/* name → Object, for everything but SQLite's own tables. */
static GHashTable *
read_schema (sqlite3 *db)
{
  GHashTable *objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) object_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_schema "
                              "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'", -1, &stmt, NULL)
      != SQLITE_OK)
    return objects;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Object *object = g_new0 (Object, 1);

      object->type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      object->sql = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      g_hash_table_insert (objects, g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
                           object);
    }
  sqlite3_finalize (stmt);
  return objects;
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) == SQLITE_OK)
    return TRUE;
  g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED,
               /* Translators: %1$s is the database's technical reason */
               _("The database reported an error: %1$s"), message);
  sqlite3_free (message);
  return FALSE;
}

static gboolean
damaged (GError     **error,
         const char  *path,
         const char  *name)
{
  g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CORRUPT,
               /* Translators: %1$s is a file name, %2$s the name of a table in it */
               _("“%1$s” is damaged: its table “%2$s” is missing or was changed"), path, name);
  return FALSE;
}

static gboolean
is_table (const Object *object)
{
  return g_strcmp0 (object->type, "table") == 0;
}

/* The statements that put triggers and indexes back as they must be and remove strangers. */
static GPtrArray *
repairs (GHashTable *expected,
         GHashTable *found)
{
  GPtrArray *statements = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer name, value;

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, &name, &value))
    {
      Object *object = value;

      if (is_table (object) || g_hash_table_contains (expected, name))
        continue;
      g_message ("Removing the %s %s, which the schema does not have", object->type,
                 (char *) name);
      g_ptr_array_add (statements, g_strdup_printf ("DROP %s IF EXISTS \"%s\"", object->type,
                                                    (char *) name));
    }

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &name, &value))
    {
      Object *want = value;
      Object *have = g_hash_table_lookup (found, name);

      if (is_table (want) || want->sql == NULL ||
          (have != NULL && g_strcmp0 (have->sql, want->sql) == 0))
        continue;
      g_message ("Restoring the %s %s as the schema has it", want->type, (char *) name);
      g_ptr_array_add (statements, g_strdup_printf ("DROP %s IF EXISTS \"%s\"", want->type,
                                                    (char *) name));
      g_ptr_array_add (statements, g_strdup (want->sql));
    }
  return statements;
}

/**
 * kez_store_schema_check:
 * @build_expected: makes the latest schema in an empty database
 *
 * Returns: %FALSE with @error set (KEZ_STORE_ERROR_CORRUPT when a table is missing or was
 *   changed); triggers and indexes are repaired in one transaction.
 */
gboolean
kez_store_schema_check (sqlite3                *db,
                        const char             *path,
                        const KezStoreIdentity *identity,
                        KezSchemaMigrate        build_expected,
                        GError                **error)
{
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GPtrArray) statements = NULL;
  g_autofree char *digest = kez_schema_digest (db);
  sqlite3 *model = NULL;
  GHashTableIter iter;
  gpointer name, value;

  if (g_strcmp0 (digest, KEZ_EXPECTED_SCHEMA_DIGEST) == 0)
    return TRUE;
  if (sqlite3_open_v2 (":memory:", &model, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
      !kez_store_functions_register (model, identity) ||
      !kez_search_tokenizer_register (model) || !build_expected (model, error))
    {
      sqlite3_close_v2 (model);
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED,
                             _("The database’s schema could not be checked"));
      return FALSE;
    }
  expected = read_schema (model);
  sqlite3_close_v2 (model);
  found = read_schema (db);

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &name, &value))
    {
      Object *want = value;
      Object *have = g_hash_table_lookup (found, name);

      if (is_table (want) && (have == NULL || !is_table (have) ||
                              g_strcmp0 (have->sql, want->sql) != 0))
        return damaged (error, path, name);
    }

  statements = repairs (expected, found);
  if (statements->len == 0)
    return TRUE;
  if (!exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;
  for (guint i = 0; i < statements->len; i++)
    if (!exec (db, g_ptr_array_index (statements, i), error))
      {
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
        return FALSE;
      }
  return exec (db, "COMMIT", error);
}
