/* kez-live-questions.h: the questions of one meeting as it is held
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_LIVE_QUESTION (kez_live_question_get_type ())

G_DECLARE_FINAL_TYPE (KezLiveQuestion, kez_live_question, KEZ, LIVE_QUESTION, GObject)

gint64      kez_live_question_get_id        (KezLiveQuestion *self);
const char *kez_live_question_get_text      (KezLiveQuestion *self);
const char *kez_live_question_get_channel   (KezLiveQuestion *self);
gboolean    kez_live_question_get_answering (KezLiveQuestion *self);
gboolean    kez_live_question_get_answered  (KezLiveQuestion *self);

GListModel *kez_live_questions_list         (KezStore        *store,
                                             gint64           meeting_id);
gint64      kez_live_questions_add          (KezStore        *store,
                                             gint64           meeting_id,
                                             const char      *channel,
                                             const char      *text,
                                             GError         **error);
gint64      kez_live_questions_add_recorded (KezStore        *store,
                                             gint64           meeting_id,
                                             const char      *channel,
                                             const char      *text,
                                             GDateTime       *asked,
                                             const char      *client_uuid,
                                             GError         **error);
gboolean    kez_live_questions_mark_answering (KezStore      *store,
                                             gint64           question_id,
                                             GError         **error);
gboolean    kez_live_questions_mark_answered (KezStore       *store,
                                             gint64           question_id,
                                             GError         **error);
guint       kez_live_questions_count_answered (KezStore      *store,
                                             gint64           meeting_id);

G_END_DECLS
