/* kez-meeting-console.h: the timekeeper's window for a live meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_MEETING_CONSOLE (kez_meeting_console_get_type ())

G_DECLARE_FINAL_TYPE (KezMeetingConsole, kez_meeting_console, KEZ, MEETING_CONSOLE, AdwWindow)

GtkWidget *kez_meeting_console_new            (KezStore          *store,
                                               KezMeeting        *meeting);
gint64     kez_meeting_console_get_meeting_id (KezMeetingConsole *self);

G_END_DECLS
