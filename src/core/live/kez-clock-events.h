/* kez-clock-events.h: the meeting clock's record in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-meeting-clock.h"
#include "kez-store.h"

G_BEGIN_DECLS

/* What loading found that a person should know: the record's figures do not depend on it, but
 * the times of day shown beside them may be off. */
typedef struct
{
  GTimeSpan wall_changed;    /* the computer's clock was set by this much while the meeting
                                ran (the largest change seen; 0: none) */
  gboolean  gap_not_counted; /* after a restart of the computer whose clock could not be
                                trusted, the time it was off is not counted */
} KezClockTrust;

/* A change of the wall clock smaller than this is the drift NTP corrects, not a jump. */
#define KEZ_CLOCK_WALL_JUMP (5 * G_TIME_SPAN_SECOND)
/* A computer off for longer than this in the middle of a meeting has a clock that is wrong. */
#define KEZ_CLOCK_LONGEST_GAP (6 * G_TIME_SPAN_HOUR)

gboolean kez_clock_events_append       (KezStore             *store,
                                        gint64                meeting_id,
                                        const KezClockEvent  *event,
                                        GError              **error);
gboolean kez_clock_events_append_recorded (KezStore          *store,
                                        gint64                meeting_id,
                                        const KezClockEvent  *event,
                                        const char           *boot_id,
                                        const char           *client_uuid,
                                        GError              **error);
const char *kez_clock_events_boot_id   (void);
GArray  *kez_clock_events_load         (KezStore             *store,
                                        gint64                meeting_id,
                                        const KezClockSource *source,
                                        KezClockTrust        *trust);
gint64   kez_clock_events_find_running (KezStore             *store);

/* For tests: the identity of this boot, which makes times on the clock's line comparable. */
void     kez_clock_events_set_boot_id  (const char           *boot_id);

G_END_DECLS
