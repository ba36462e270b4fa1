/* kez-clock-record.c
 *
 * The record is the clock itself, replayed from the saved events and read at the moment it
 * was finished (or now, while the meeting runs): one place decides what the times are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-clock-record"

#include "config.h"

#include "kez-clock-events.h"
#include "kez-clock-record.h"

#include <string.h>

typedef struct
{
  gint64 monotonic; /* frozen at the finish; 0: the system's clock */
  gint64 offset;    /* wall − monotonic */
} FrozenTime;

static gint64
frozen_monotonic (gpointer data)
{
  FrozenTime *time = data;

  return time->monotonic != 0 ? time->monotonic : g_get_monotonic_time ();
}

static gint64
frozen_wall (gpointer data)
{
  FrozenTime *time = data;

  return frozen_monotonic (data) + time->offset;
}

/**
 * kez_clock_record_load:
 *
 * Returns: %FALSE when the meeting's clock was never started; @out is then zeroed.
 */
gboolean
kez_clock_record_load (KezStore       *store,
                       gint64          meeting_id,
                       guint           planned_minutes,
                       GTimeSpan       budget,
                       KezClockRecord *out)
{
  FrozenTime time = { 0, g_get_real_time () - g_get_monotonic_time () };
  KezClockSource source = { frozen_monotonic, frozen_wall, &time };
  g_autoptr(GArray) events = NULL;
  g_autoptr(KezMeetingClock) clock = NULL;
  const KezClockEvent *last;
  GTimeSpan spoken;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  events = kez_clock_events_load (store, meeting_id, &source);
  if (events->len == 0)
    return FALSE;

  last = &g_array_index (events, KezClockEvent, events->len - 1);
  if (last->kind == KEZ_CLOCK_EVENT_FINISH)
    time.monotonic = last->monotonic_us;

  clock = kez_meeting_clock_new (planned_minutes, budget, &source);
  if (!kez_meeting_clock_replay (clock, (KezClockEvent *) events->data, events->len, NULL))
    return FALSE;

  out->started = TRUE;
  out->finished = last->kind == KEZ_CLOCK_EVENT_FINISH;
  out->started_wall_us = g_array_index (events, KezClockEvent, 0).wall_us;
  out->finished_wall_us = out->finished ? last->wall_us : 0;
  out->planned = kez_meeting_clock_get_planned (clock);
  out->budget = budget;
  out->presentation = kez_meeting_clock_get_presentation (clock);
  out->questions = kez_meeting_clock_get_questions (clock);
  out->paused = kez_meeting_clock_get_paused (clock);
  out->breach = kez_meeting_clock_get_breach (clock);
  spoken = out->presentation + out->questions;
  out->presentation_share = spoken > 0 ? (double) out->presentation / spoken : 0.0;
  out->rule_kept = out->breach == 0;
  return TRUE;
}
