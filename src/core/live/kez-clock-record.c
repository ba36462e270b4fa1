/* kez-clock-record.c
 *
 * The record is the clock itself, replayed from the saved events and read at the moment it
 * was finished (or now, while the meeting runs): one place decides what the times are. The
 * events carry their totals, so a finished meeting's figures are those saved at its finish,
 * whatever the clocks say when it is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-clock-record"

#include "config.h"

#include "kez-clock-events.h"
#include "kez-clock-record.h"

#include <string.h>

/* The time of a finished meeting stands still at its finish. */
typedef struct
{
  const KezClockSource *source;
  gboolean              frozen;
  gint64                clock_us;
  gint64                wall_us;
} FrozenTime;

static gint64
frozen_clock (gpointer data)
{
  FrozenTime *time = data;

  return time->frozen ? time->clock_us : time->source->clock_us (time->source->data);
}

static gint64
frozen_wall (gpointer data)
{
  FrozenTime *time = data;

  return time->frozen ? time->wall_us : time->source->wall_us (time->source->data);
}

/**
 * kez_clock_record_read:
 *
 * The record of a running or finished clock, as it stands now.
 */
void
kez_clock_record_read (KezMeetingClock *clock,
                       KezClockRecord  *out)
{
  g_autoptr(GArray) events = NULL;

  g_return_if_fail (KEZ_IS_MEETING_CLOCK (clock));
  g_return_if_fail (out != NULL);

  events = kez_meeting_clock_dup_events (clock);
  out->started = events->len > 0;
  out->finished = kez_meeting_clock_get_phase (clock) == KEZ_CLOCK_FINISHED;
  out->started_wall_us = events->len > 0 ? g_array_index (events, KezClockEvent, 0).wall_us : 0;
  out->finished_wall_us = out->finished
                            ? g_array_index (events, KezClockEvent, events->len - 1).wall_us : 0;
  out->planned = kez_meeting_clock_get_planned (clock);
  out->budget = kez_meeting_clock_get_budget (clock);
  out->presentation = kez_meeting_clock_get_presentation (clock);
  out->questions = kez_meeting_clock_get_questions (clock);
  out->paused = kez_meeting_clock_get_paused (clock);
  out->n_pauses = kez_meeting_clock_get_n_pauses (clock);
  out->actual = out->presentation + out->questions + out->paused;
  out->breach = kez_meeting_clock_get_breach (clock);
  /* Point 3.3 gives the presentation a quarter of the planned time: the share is of that. */
  out->presentation_share = out->planned > 0 ? (double) out->presentation / out->planned : 0.0;
  out->rule_kept = out->breach == 0;
}

/**
 * kez_clock_record_load_at:
 * @source: the clocks to read a running meeting against
 *
 * Returns: %FALSE when the meeting's clock was never started (or its record cannot be
 *   read); @out is then zeroed.
 */
gboolean
kez_clock_record_load_at (KezStore             *store,
                          gint64                meeting_id,
                          guint                 planned_minutes,
                          GTimeSpan             budget,
                          const KezClockSource *source,
                          KezClockRecord       *out)
{
  FrozenTime time = { source, FALSE, 0, 0 };
  KezClockSource frozen = { frozen_clock, frozen_wall, &time, source->speed };
  g_autoptr(GArray) events = NULL;
  g_autoptr(KezMeetingClock) clock = NULL;
  KezClockTrust trust;
  const KezClockEvent *last;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  events = kez_clock_events_load (store, meeting_id, &frozen, &trust);
  if (events->len == 0)
    return FALSE;

  last = &g_array_index (events, KezClockEvent, events->len - 1);
  if (last->kind == KEZ_CLOCK_EVENT_FINISH)
    {
      time.frozen = TRUE;
      time.clock_us = last->clock_us;
      time.wall_us = last->wall_us;
    }

  clock = kez_meeting_clock_new (planned_minutes, budget, &frozen);
  if (!kez_meeting_clock_replay (clock, (KezClockEvent *) events->data, events->len, NULL))
    return FALSE;
  kez_clock_record_read (clock, out);
  out->trust = trust;
  return TRUE;
}

gboolean
kez_clock_record_load (KezStore       *store,
                       gint64          meeting_id,
                       guint           planned_minutes,
                       GTimeSpan       budget,
                       KezClockRecord *out)
{
  KezClockSource source = kez_clock_source_system ();

  return kez_clock_record_load_at (store, meeting_id, planned_minutes, budget, &source, out);
}
