/* kez-schedule-events.h: a meeting's events in one cell of the schedule, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-meeting.h"

G_BEGIN_DECLS

char     *kez_schedule_events_to_text   (const GArray      *events,
                                         KezLanguage        language);
gboolean  kez_schedule_events_from_text (const char        *text,
                                         KezMeetingFields  *fields,
                                         char             **problem);

G_END_DECLS
