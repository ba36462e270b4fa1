/* kez-live-questions-pane.h: questions from the hall and the broadcast, as the meeting runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_LIVE_QUESTIONS_PANE (kez_live_questions_pane_get_type ())

G_DECLARE_FINAL_TYPE (KezLiveQuestionsPane, kez_live_questions_pane, KEZ, LIVE_QUESTIONS_PANE,
                      GtkWidget)

GtkWidget *kez_live_questions_pane_new       (KezStore             *store,
                                              gint64                meeting_id);
void       kez_live_questions_pane_focus_entry (KezLiveQuestionsPane *self);

G_END_DECLS
