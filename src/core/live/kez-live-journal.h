/* kez-live-journal.h: what the console records on a team server, kept on this computer first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kez-meeting-clock.h"
#include "kez-receptions.h"
#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_LIVE_JOURNAL (kez_live_journal_get_type ())

G_DECLARE_FINAL_TYPE (KezLiveJournal, kez_live_journal, KEZ, LIVE_JOURNAL, GObject)

KezLiveJournal *kez_live_journal_get              (KezStore                 *store);
guint           kez_live_journal_get_pending      (KezLiveJournal           *self);
gboolean        kez_live_journal_add_clock_event  (KezLiveJournal           *self,
                                                   gint64                    meeting_id,
                                                   const KezClockEvent      *event,
                                                   GError                  **error);
gboolean        kez_live_journal_add_reception    (KezLiveJournal           *self,
                                                   gint64                    meeting_id,
                                                   const KezReceptionFields *fields,
                                                   GError                  **error);
gboolean        kez_live_journal_add_question     (KezLiveJournal           *self,
                                                   gint64                    meeting_id,
                                                   const char               *channel,
                                                   const char               *text,
                                                   GError                  **error);
gboolean        kez_live_journal_mark_held        (KezLiveJournal           *self,
                                                   gint64                    meeting_id,
                                                   GError                  **error);
GStrv           kez_live_journal_dup_questions    (KezLiveJournal           *self,
                                                   gint64                    meeting_id);
GArray         *kez_live_journal_dup_clock_events (KezLiveJournal           *self,
                                                   gint64                    meeting_id);

G_END_DECLS
