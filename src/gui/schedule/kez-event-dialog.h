/* kez-event-dialog.h: record an NGO meeting or a media briefing held with a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

GtkWidget *kez_event_dialog_new (GtkWindow    *parent,
                                 KezStore     *store,
                                 KezMeeting   *meeting,
                                 KezEventKind  kind);

G_END_DECLS
