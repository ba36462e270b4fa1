/* kez-clock-record.h: what the clock says of a meeting once it is held (decree point 3.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-clock-events.h"
#include "kez-meeting-clock.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean      started;
  gboolean      finished;
  gint64        started_wall_us;  /* when the clock was started, as the computer said */
  gint64        finished_wall_us; /* 0 while it runs */
  GTimeSpan     planned;
  GTimeSpan     budget;
  GTimeSpan     presentation;
  GTimeSpan     questions;
  GTimeSpan     paused;
  guint         n_pauses;
  GTimeSpan     actual;             /* from the start to the finish (or now), pauses in */
  GTimeSpan     breach;             /* presentation beyond its budget */
  double        presentation_share; /* of the planned time, as the decree counts it */
  gboolean      rule_kept;          /* the presentation stayed within its budget */
  KezClockTrust trust;
} KezClockRecord;

gboolean kez_clock_record_load    (KezStore             *store,
                                   gint64                meeting_id,
                                   guint                 planned_minutes,
                                   GTimeSpan             budget,
                                   KezClockRecord       *out);
gboolean kez_clock_record_load_at (KezStore             *store,
                                   gint64                meeting_id,
                                   guint                 planned_minutes,
                                   GTimeSpan             budget,
                                   const KezClockSource *source,
                                   KezClockRecord       *out);
void     kez_clock_record_read    (KezMeetingClock      *clock,
                                   KezClockRecord       *out);

G_END_DECLS
