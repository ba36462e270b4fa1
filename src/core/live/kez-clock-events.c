/* kez-clock-events.c
 *
 * Each event is saved with both clocks and with the phase totals at its moment: the clock's
 * own time (CLOCK_BOOTTIME: it never jumps, counts sleep, and is right across a restart of the
 * app), the wall time (which survives a restart of the machine, but can be set), and the
 * totals, which make the record of the phases already closed independent of both. Loading
 * needs to place only the last event on the current time line.
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
  return kez_clock_events_append_recorded (store, meeting_id, event, NULL, NULL, error);
}

/**
 * kez_clock_events_append_recorded:
 * @boot_id: (nullable): the boot it was recorded in, if not this one (a journal's)
 * @client_uuid: (nullable): the identity it was recorded with (a new one when %NULL): one
 *   saved already is not saved again
 *
 * Saves an event recorded earlier, elsewhere: the console's journal sends it so.
 */
gboolean
kez_clock_events_append_recorded (KezStore             *store,
                                  gint64                meeting_id,
                                  const KezClockEvent  *event,
                                  const char           *boot_id,
                                  const char           *client_uuid,
                                  GError              **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);
  g_return_val_if_fail (event->has_totals, FALSE);

  stmt = kez_store_prepare (store,
                            "INSERT INTO clock_events (meeting_id, kind, wall_time, clock_us, "
                            "boot_id, time_line, presentation_us, questions_us, paused_us, "
                            "client_uuid) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, 'boottime', ?6, ?7, ?8, ?9) "
                            "ON CONFLICT (client_uuid) DO NOTHING", error);
  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, meeting_id);
  kez_db_bind_text (stmt, 2, kez_clock_event_kind_to_string (event->kind));
  kez_db_bind_text_take (stmt, 3, format_wall (event->wall_us));
  kez_db_bind_int64 (stmt, 4, event->clock_us);
  kez_db_bind_text (stmt, 5, boot_id != NULL ? boot_id : current_boot_id ());
  kez_db_bind_int64 (stmt, 6, event->presentation);
  kez_db_bind_int64 (stmt, 7, event->questions);
  kez_db_bind_int64 (stmt, 8, event->paused);
  /* Every record has an identity, to be brought back once from a laptop's file. */
  kez_db_bind_text_take (stmt, 9, client_uuid != NULL ? g_strdup (client_uuid)
                                                     : g_uuid_string_random ());
  if (!kez_store_step_done (store, stmt, error))
    return FALSE;

  kez_store_emit_changed (store, "clock-events");
  return TRUE;
}

/* This boot's identity, which a journal keeps with what it records. */
const char *
kez_clock_events_boot_id (void)
{
  return current_boot_id ();
}

typedef struct
{
  KezClockEvent event;
  gboolean      this_line; /* saved in this boot, on the time line of @source */
} Saved;

/* The change of the wall clock between two moments on one time line, beyond the drift. */
static GTimeSpan
wall_change (gint64 wall_a, gint64 clock_a, gint64 wall_b, gint64 clock_b, double speed)
{
  GTimeSpan change = (wall_b - wall_a) - (GTimeSpan) ((clock_b - clock_a) / speed);

  return ABS (change) >= KEZ_CLOCK_WALL_JUMP ? change : 0;
}

static void
note_wall_change (KezClockTrust *trust,
                  GTimeSpan      change)
{
  if (ABS (change) > ABS (trust->wall_changed))
    trust->wall_changed = change;
}

/* Puts the last event on the current time line. In this boot its time is exact. After a
 * restart of the computer only the wall clock links the two boots: its gap is believed when
 * it is a plausible pause in a meeting, and otherwise not counted (and said so). After the
 * finish nothing is measured any more, so nothing after it is questioned. */
static void
place_last (Saved                *last,
            const KezClockSource *source,
            KezClockTrust        *trust)
{
  gint64 now_clock = source->clock_us (source->data);
  gint64 now_wall = source->wall_us (source->data);
  GTimeSpan gap;

  if (last->event.kind == KEZ_CLOCK_EVENT_FINISH && last->event.has_totals)
    {
      last->event.clock_us = now_clock;
      return;
    }
  if (last->this_line)
    {
      note_wall_change (trust, wall_change (last->event.wall_us, last->event.clock_us,
                                            now_wall, now_clock, source->speed));
      return;
    }
  gap = (GTimeSpan) ((now_wall - last->event.wall_us) * source->speed);
  if (gap < 0 || gap > KEZ_CLOCK_LONGEST_GAP * source->speed)
    {
      trust->gap_not_counted = TRUE;
      gap = 0;
    }
  last->event.clock_us = now_clock - gap;
}

/* Events saved before the totals were kept: every one is placed, relative to the last, by
 * the wall clock or (within one boot) by its own time line. */
static void
place_legacy (GArray  *saved,
              double   speed)
{
  Saved *last = &g_array_index (saved, Saved, saved->len - 1);

  for (guint i = 0; i + 1 < saved->len; i++)
    {
      Saved *event = &g_array_index (saved, Saved, i);

      event->event.clock_us = last->event.clock_us -
                              (GTimeSpan) ((last->event.wall_us - event->event.wall_us) * speed);
    }
}

static GArray *
read_saved (KezStore *store,
            gint64    meeting_id,
            gboolean *legacy)
{
  GArray *saved = g_array_new (FALSE, TRUE, sizeof (Saved));
  g_autoptr(KezDbStmt) stmt = NULL;

  *legacy = FALSE;
  stmt = kez_store_prepare (store,
                            "SELECT kind, wall_time, clock_us, boot_id, time_line, "
                            "presentation_us, questions_us, paused_us FROM clock_events "
                            "WHERE meeting_id = ?1 ORDER BY id", NULL);
  if (stmt == NULL)
    return saved;
  kez_db_bind_int64 (stmt, 1, meeting_id);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      Saved row = { { 0 }, FALSE };

      if (!kez_clock_event_kind_from_string (kez_store_column_text (stmt, 0), &row.event.kind))
        continue;
      row.event.wall_us = parse_wall (kez_store_column_text (stmt, 1));
      row.event.clock_us = kez_db_column_int64 (stmt, 2);
      row.this_line = g_str_equal (kez_store_column_text (stmt, 3), current_boot_id ()) &&
                      g_str_equal (kez_store_column_text (stmt, 4), "boottime");
      row.event.has_totals = !kez_db_column_is_null (stmt, 5);
      row.event.presentation = kez_db_column_int64 (stmt, 5);
      row.event.questions = kez_db_column_int64 (stmt, 6);
      row.event.paused = kez_db_column_int64 (stmt, 7);
      *legacy = *legacy || !row.event.has_totals;
      g_array_append_val (saved, row);
    }
  return saved;
}

/**
 * kez_clock_events_load:
 * @source: the clocks of the clock that will replay the events
 * @trust: (out) (optional): what a person should know of the times
 *
 * Returns: (transfer full) (element-type KezClockEvent): the meeting's events, oldest first,
 *   the last one on @source's time line (the others' totals say all that matters of them).
 */
GArray *
kez_clock_events_load (KezStore             *store,
                       gint64                meeting_id,
                       const KezClockSource *source,
                       KezClockTrust        *trust)
{
  GArray *events = g_array_new (FALSE, FALSE, sizeof (KezClockEvent));
  KezClockTrust found = { 0, FALSE };
  g_autoptr(GArray) saved = NULL;
  gboolean legacy;
  double speed;

  if (trust != NULL)
    *trust = found;
  g_return_val_if_fail (KEZ_IS_STORE (store), events);
  g_return_val_if_fail (source != NULL, events);

  speed = source->speed > 0 ? source->speed : 1.0;
  saved = read_saved (store, meeting_id, &legacy);
  if (saved->len == 0)
    return events;

  /* A change of the wall clock between two events of one boot. */
  for (guint i = 1; i < saved->len; i++)
    {
      Saved *a = &g_array_index (saved, Saved, i - 1);
      Saved *b = &g_array_index (saved, Saved, i);

      if (a->this_line && b->this_line)
        note_wall_change (&found, wall_change (a->event.wall_us, a->event.clock_us,
                                               b->event.wall_us, b->event.clock_us, speed));
    }
  place_last (&g_array_index (saved, Saved, saved->len - 1), source, &found);
  if (legacy)
    place_legacy (saved, speed);

  for (guint i = 0; i < saved->len; i++)
    g_array_append_val (events, g_array_index (saved, Saved, i).event);
  if (trust != NULL)
    *trust = found;
  return events;
}

/* The meeting whose clock was started and not finished, most recent first; 0 if none. */
gint64
kez_clock_events_find_running (KezStore *store)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), 0);

  stmt = kez_store_prepare (store,
                            "SELECT meeting_id FROM clock_events GROUP BY meeting_id "
                            "HAVING count (*) FILTER (WHERE kind = 'finish') = 0 ORDER BY max (id) DESC LIMIT 1",
                            NULL);
  if (stmt == NULL || kez_db_step (stmt) != KEZ_DB_ROW)
    return 0;
  return kez_db_column_int64 (stmt, 0);
}
