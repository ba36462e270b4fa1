/* kez-meeting-editor.h: a window to create, edit, duplicate or delete a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-meeting.h"
#include "kez-meeting-form.h"
#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_MEETING_EDITOR (kez_meeting_editor_get_type ())

G_DECLARE_FINAL_TYPE (KezMeetingEditor, kez_meeting_editor, KEZ, MEETING_EDITOR, AdwWindow)

GtkWidget *kez_meeting_editor_new (KezStore       *store,
                                   KezMeetingForm *form,
                                   KezMeeting     *meeting);

G_END_DECLS
