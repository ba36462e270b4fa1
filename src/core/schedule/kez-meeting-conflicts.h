/* kez-meeting-conflicts.h: what a meeting collides with in the schedule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

GPtrArray *kez_meeting_conflicts (KezStore               *store,
                                  const KezMeetingFields *fields);

G_END_DECLS
