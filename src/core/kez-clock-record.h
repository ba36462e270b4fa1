/* kez-clock-record.h: what the clock says of a meeting once it is held (decree point 3.3)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-meeting-clock.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean  started;
  gboolean  finished;
  gint64    started_wall_us;  /* when the clock was started */
  gint64    finished_wall_us; /* 0 while it runs */
  GTimeSpan planned;
  GTimeSpan budget;
  GTimeSpan presentation;
  GTimeSpan questions;
  GTimeSpan paused;
  GTimeSpan breach;
  double    presentation_share; /* of the time spoken, presentation and Q&A */
  gboolean  rule_kept;          /* the presentation stayed within its budget */
} KezClockRecord;

gboolean kez_clock_record_load (KezStore       *store,
                                gint64          meeting_id,
                                guint           planned_minutes,
                                GTimeSpan       budget,
                                KezClockRecord *out);

G_END_DECLS
