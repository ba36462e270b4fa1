/* kez-clock-events.c
 *
 * Each event is saved with both clocks: the monotonic time, which never jumps and is right
 * across a restart of the app, and the wall time, which survives a restart of the machine.
 * Loading puts every event back on the current monotonic time line: as saved when it comes
 * from this boot, through the wall clock when the machine was restarted in between.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-clock-events"

#include "config.h"

#include "kez-clock-events.h"
#include "kez-store-private.h"

static char *boot_id_override;

void
kez_clock_events_set_boot_id (const char *boot_id)
{
  g_free (boot_id_override);
  boot_id_override = g_strdup (boot_id);
}

static const char *
current_boot_id (void)
{
  static char *boot_id;

  if (boot_id_override != NULL)
    return boot_id_override;
  if (boot_id == NULL)
    {
      if (g_file_get_contents ("/proc/sys/kernel/random/boot_id", &boot_id, NULL, NULL))
        g_strstrip (boot_id);
      else
        boot_id = g_strdup ("");
    }
  return boot_id;
}

/* "2026-11-25T10:00:00.123456Z" */
static char *
format_wall (gint64 wall_us)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (wall_us / G_USEC_PER_SEC);
  g_autofree char *seconds = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%06" G_GINT64_FORMAT "Z", seconds, wall_us % G_USEC_PER_SEC);
}

static gint64
parse_wall (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (text, utc);

  return time != NULL ? g_date_time_to_unix (time) * G_USEC_PER_SEC +
                        g_date_time_get_microsecond (time) : 0;
}

/* Saved at once and on its own: nothing else may hold up the record of a live meeting. */
gboolean
kez_clock_events_append (KezStore             *store,
                         gint64                meeting_id,
                         const KezClockEvent  *event,
                         GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);

  stmt = kez_store_prepare (store,
                            "INSERT INTO clock_events (meeting_id, kind, wall_time, monotonic_us, "
                            "boot_id) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_text (stmt, 2, kez_clock_event_kind_to_string (event->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, format_wall (event->wall_us), -1, g_free);
  sqlite3_bind_int64 (stmt, 4, event->monotonic_us);
  sqlite3_bind_text (stmt, 5, current_boot_id (), -1, SQLITE_STATIC);
  if (!kez_store_step_done (store, stmt, error))
    return FALSE;

  kez_store_emit_changed (store, "clock-events");
  return TRUE;
}

/**
 * kez_clock_events_load:
 * @source: the clocks of the clock that will replay the events
 *
 * Returns: (transfer full) (element-type KezClockEvent): the meeting's events, oldest first,
 *   on @source's monotonic time line.
 */
GArray *
kez_clock_events_load (KezStore             *store,
                       gint64                meeting_id,
                       const KezClockSource *source)
{
  GArray *events = g_array_new (FALSE, FALSE, sizeof (KezClockEvent));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 offset;

  g_return_val_if_fail (KEZ_IS_STORE (store), events);
  g_return_val_if_fail (source != NULL, events);

  /* wall − monotonic now: converts a wall time from another boot to this time line */
  offset = source->wall_us (source->data) - source->monotonic_us (source->data);

  stmt = kez_store_prepare (store,
                            "SELECT kind, wall_time, monotonic_us, boot_id FROM clock_events "
                            "WHERE meeting_id = ?1 ORDER BY id", NULL);
  if (stmt == NULL)
    return events;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      KezClockEvent event = { 0 };

      if (!kez_clock_event_kind_from_string ((const char *) sqlite3_column_text (stmt, 0),
                                             &event.kind))
        continue;
      event.wall_us = parse_wall ((const char *) sqlite3_column_text (stmt, 1));
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 3), current_boot_id ()) == 0)
        event.monotonic_us = sqlite3_column_int64 (stmt, 2);
      else
        event.monotonic_us = event.wall_us - offset;
      g_array_append_val (events, event);
    }
  return events;
}

/* The meeting whose clock was started and not finished, most recent first; 0 if none. */
gint64
kez_clock_events_find_running (KezStore *store)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), 0);

  stmt = kez_store_prepare (store,
                            "SELECT meeting_id FROM clock_events GROUP BY meeting_id "
                            "HAVING sum (kind = 'finish') = 0 ORDER BY max (id) DESC LIMIT 1",
                            NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}
