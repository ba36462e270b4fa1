/* kez-questions.h: questions in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-question.h"
#include "kez-store.h"

G_BEGIN_DECLS

gint64       kez_questions_add         (KezStore                *store,
                                        const KezQuestionFields *fields,
                                        GError                 **error);
KezQuestion *kez_questions_get         (KezStore                *store,
                                        gint64                   id);
gboolean     kez_questions_find_changed (KezStore                *store,
                                         KezQuestion            **shown,
                                         guint                    n_shown,
                                         KezQuestion            **changed);
GStrv        kez_questions_list_topics (KezStore                *store);
gboolean     kez_questions_check_received (const char           *text);
gboolean     kez_questions_check_fields   (const KezQuestionFields *fields,
                                           GError               **error);
void         kez_questions_record_viewed  (KezStore             *store,
                                           gint64                id);

G_END_DECLS
