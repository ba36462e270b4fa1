/* kez-meeting-conflicts.h: what a meeting collides with in the schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

GPtrArray *kez_meeting_conflicts       (KezStore               *store,
                                        const KezMeetingFields *fields);
GPtrArray *kez_meeting_conflicts_among (const KezMeetingFields *fields,
                                        GListModel             *same_day);

G_END_DECLS
