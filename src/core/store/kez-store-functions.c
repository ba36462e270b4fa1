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

#include <stdio.h>
#include <string.h>

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

/* Days as the schema keeps them, 'YYYY-MM-DD' (the first ten characters of a wall time):
 * the same three functions are SQL on a PostgreSQL server (its migration 1), so that one
 * statement serves both engines where SQLite's date() and its modifiers would not. A text
 * that is no day gives NULL, as date() does. */
static gboolean
day_of_value (sqlite3_value *value,
              GDate         *day)
{
  const char *text = (const char *) sqlite3_value_text (value);
  int y, m, d;

  g_date_clear (day, 1);
  if (text == NULL || strlen (text) < 10 || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (day, d, m, y);
  return TRUE;
}

static void
result_day (sqlite3_context *context,
            const GDate     *day)
{
  char text[16];

  g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (day),
              g_date_get_month (day), g_date_get_day (day));
  sqlite3_result_text (context, text, -1, SQLITE_TRANSIENT);
}

/* kez_day_plus (day, n): the day n days after (before, when negative). */
static void
sql_day_plus (sqlite3_context *context,
              int              argc,
              sqlite3_value  **argv)
{
  GDate day;
  gint64 days = sqlite3_value_int64 (argv[1]);

  if (!day_of_value (argv[0], &day))
    {
      sqlite3_result_null (context);
      return;
    }
  if (days >= 0)
    g_date_add_days (&day, (guint) days);
  else
    g_date_subtract_days (&day, (guint) -days);
  result_day (context, &day);
}

/* kez_week_start (day): the Monday of its week. */
static void
sql_week_start (sqlite3_context *context,
                int              argc,
                sqlite3_value  **argv)
{
  GDate day;

  if (!day_of_value (argv[0], &day))
    {
      sqlite3_result_null (context);
      return;
    }
  g_date_subtract_days (&day, g_date_get_weekday (&day) - G_DATE_MONDAY);
  result_day (context, &day);
}

/* kez_local_day (instant): the day in Kazakhstan (UTC+5) of an instant 'YYYY-MM-DDTHH:MM:SS…Z'. */
static void
sql_local_day (sqlite3_context *context,
               int              argc,
               sqlite3_value  **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  g_autoptr(GDateTime) instant = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
  g_autoptr(GDateTime) local = instant != NULL ? g_date_time_add_hours (instant, 5) : NULL;
  g_autoptr(GDateTime) utc = local != NULL ? g_date_time_to_utc (local) : NULL;

  if (utc == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, g_date_time_format (utc, "%Y-%m-%d"), -1, g_free);
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
                                     NULL, NULL, NULL) == SQLITE_OK &&
         sqlite3_create_function_v2 (db, "kez_day_plus", 2,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_day_plus,
                                     NULL, NULL, NULL) == SQLITE_OK &&
         sqlite3_create_function_v2 (db, "kez_week_start", 1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_week_start,
                                     NULL, NULL, NULL) == SQLITE_OK &&
         sqlite3_create_function_v2 (db, "kez_local_day", 1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_local_day,
                                     NULL, NULL, NULL) == SQLITE_OK;
}
