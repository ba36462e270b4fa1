/* kez-migrations.c
 *
 * The migrations are the resources NNNN-name.sql, numbered from 1 without gaps; applied in
 * order to an empty database they make the latest schema. A PostgreSQL server has its own,
 * numbered alike, in postgresql/: version N is the same schema on both engines. Its digest is worked out when the
 * app is built (kez-schema-digest-tool.c): a database whose schema has the same digest needs
 * no comparison object by object when it is opened, which would build the schema again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "kez-core-resources.h"
#include "kez-migrations.h"
#include "kez-strv.h"

#define MIGRATIONS_PATH RESOURCE_PATH "/core/migrations/"

static const char *
folder_of (KezDbKind kind)
{
  return kind == KEZ_DB_POSTGRESQL ? MIGRATIONS_PATH "postgresql/" : MIGRATIONS_PATH;
}

GStrv
kez_migrations_list (KezDbKind kind)
{
  g_auto(GStrv) children = g_resource_enumerate_children (kez_core_get_resource (),
                                                          folder_of (kind),
                                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  g_assert (children != NULL);
  for (guint i = 0; children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], ".sql"))
      g_strv_builder_add (builder, children[i]);
  names = g_strv_builder_end (builder);
  kez_strv_sort (names);
  for (guint i = 0; names[i] != NULL; i++)
    g_assert (atoi (names[i]) == (int) i + 1);
  return g_steal_pointer (&names);
}

GBytes *
kez_migrations_read (KezDbKind    kind,
                     const char  *name,
                     GError     **error)
{
  g_autofree char *path = g_strconcat (folder_of (kind), name, NULL);

  return g_resource_lookup_data (kez_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                 error);
}

/* The latest schema, made in an empty database (its functions and tokenizer registered). */
gboolean
kez_migrations_build_latest (sqlite3  *db,
                             GError  **error)
{
  g_auto(GStrv) names = kez_migrations_list (KEZ_DB_SQLITE);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GBytes) sql = kez_migrations_read (KEZ_DB_SQLITE, names[i], error);

      if (sql == NULL || sqlite3_exec (db, g_bytes_get_data (sql, NULL), NULL, NULL, NULL)
                         != SQLITE_OK)
        return FALSE;
    }
  return TRUE;
}

/* Returns: (transfer full): the SHA-256 of every object of the schema but SQLite's own, by
 *   name, with its type and SQL; %NULL when the schema cannot be read */
char *
kez_schema_digest (sqlite3 *db)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "SELECT type, name, coalesce (sql, '') FROM sqlite_schema "
                              "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                          -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (int column = 0; column < 3; column++)
      {
        g_checksum_update (checksum, sqlite3_column_text (stmt, column),
                           sqlite3_column_bytes (stmt, column));
        g_checksum_update (checksum, (const guchar *) "\x1f", 1);
      }
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? g_strdup (g_checksum_get_string (checksum)) : NULL;
}
