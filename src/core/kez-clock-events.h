/* kez-clock-events.h: the meeting clock's record in the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-meeting-clock.h"
#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_clock_events_append       (KezStore             *store,
                                        gint64                meeting_id,
                                        const KezClockEvent  *event,
                                        GError              **error);
GArray  *kez_clock_events_load         (KezStore             *store,
                                        gint64                meeting_id,
                                        const KezClockSource *source);
gint64   kez_clock_events_find_running (KezStore             *store);

/* For tests: the identity of this boot, which makes monotonic times comparable. */
void     kez_clock_events_set_boot_id  (const char           *boot_id);

G_END_DECLS
