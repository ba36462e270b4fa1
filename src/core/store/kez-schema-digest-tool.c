/* kez-schema-digest-tool.c: writes the header with the digest of the latest schema
 *
 *   kez-schema-digest OUTPUT.h
 *
 * Run when the app is built: the schema the shipped migrations make, in memory, and its
 * digest (kez_schema_digest()) as KEZ_EXPECTED_SCHEMA_DIGEST.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "kez-migrations.h"
#include "kez-search-tokenizer.h"
#include "kez-store-functions.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *header = NULL;
  KezStoreIdentity identity = { 0 };
  sqlite3 *db = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s OUTPUT.h\n", argv[0]);
      return 2;
    }
  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK ||
      !kez_store_functions_register (db, &identity) || !kez_search_tokenizer_register (db) ||
      !kez_migrations_build_latest (db, &error) || !(digest = kez_schema_digest (db)))
    {
      fprintf (stderr, "%s: the schema cannot be built: %s\n", argv[0],
               error != NULL ? error->message : sqlite3_errmsg (db));
      sqlite3_close (db);
      return 1;
    }
  sqlite3_close (db);
  header = g_strdup_printf ("/* Written by kez-schema-digest when the app was built. */\n"
                            "#define KEZ_EXPECTED_SCHEMA_DIGEST \"%s\"\n", digest);
  if (!g_file_set_contents (argv[1], header, -1, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return 1;
    }
  return 0;
}
