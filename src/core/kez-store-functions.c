/* kez-store-functions.c
 *
 * kez_now() and kez_actor() in SQL: the time and the person the app knows, which the
 * database's own triggers give every history and audit row (migration 0005), and check on the
 * rows the app writes. A shell without these functions can read the file but cannot write a
 * history: the record is written only through the app. The demo gives its own clock, so its
 * year of history is dated through the year.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include "kez-store-functions.h"

/* "2026-12-01T10:15:30.123Z", as the schema's own strftime() writes it. */
char *
kez_store_identity_now (const KezStoreIdentity *identity)
{
  gint64 now = identity != NULL && identity->clock != NULL ? identity->clock (identity->data)
                                                          : g_get_real_time ();
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (now / G_USEC_PER_SEC);
  g_autofree char *seconds = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, (int) (now % G_USEC_PER_SEC / 1000));
}

const char *
kez_store_identity_actor (const KezStoreIdentity *identity)
{
  const char *name;

  if (identity != NULL && identity->actor != NULL)
    return identity->actor;
  name = g_get_user_name ();
  return name != NULL && name[0] != '\0' ? name : "unknown";
}

static void
sql_now (sqlite3_context *context,
         int              argc,
         sqlite3_value  **argv)
{
  sqlite3_result_text (context, kez_store_identity_now (sqlite3_user_data (context)), -1, g_free);
}

static void
sql_actor (sqlite3_context *context,
           int              argc,
           sqlite3_value  **argv)
{
  sqlite3_result_text (context, kez_store_identity_actor (sqlite3_user_data (context)), -1,
                       SQLITE_TRANSIENT);
}

/* The computer's own time, whatever the record's clock: when a row was last touched. */
static void
sql_utc_now (sqlite3_context *context,
             int              argc,
             sqlite3_value  **argv)
{
  sqlite3_result_text (context, kez_store_identity_now (NULL), -1, g_free);
}

/**
 * kez_store_functions_register:
 * @identity: (nullable): lives as long as the connection
 */
gboolean
kez_store_functions_register (sqlite3                *db,
                              const KezStoreIdentity *identity)
{
  gpointer data = (gpointer) identity;

  return sqlite3_create_function_v2 (db, "kez_now", 0, SQLITE_UTF8, data, sql_now, NULL, NULL,
                                     NULL) == SQLITE_OK &&
         sqlite3_create_function_v2 (db, "kez_actor", 0, SQLITE_UTF8, data, sql_actor, NULL,
                                     NULL, NULL) == SQLITE_OK &&
         sqlite3_create_function_v2 (db, "kez_utc_now", 0, SQLITE_UTF8, NULL, sql_utc_now,
                                     NULL, NULL, NULL) == SQLITE_OK;
}
