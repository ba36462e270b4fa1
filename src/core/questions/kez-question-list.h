/* kez-question-list.h: the questions a filter selects, as a list model that reads rows lazily
 * and works out which on a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-question-filter.h"
#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_QUESTION_LIST (kez_question_list_get_type ())

G_DECLARE_FINAL_TYPE (KezQuestionList, kez_question_list, KEZ, QUESTION_LIST, GObject)

KezQuestionList         *kez_question_list_new            (KezStore                *store);
void                     kez_question_list_set_filter     (KezQuestionList         *self,
                                                           const KezQuestionFilter *filter);
const KezQuestionFilter *kez_question_list_get_filter     (KezQuestionList         *self);
gint64                   kez_question_list_get_id         (KezQuestionList         *self,
                                                           guint                    position);
guint                    kez_question_list_find           (KezQuestionList         *self,
                                                           gint64                   id);
guint64                  kez_question_list_get_n_citizens (KezQuestionList         *self);
guint                    kez_question_list_get_n_merged (KezQuestionList           *self);
void                     kez_question_list_refresh        (KezQuestionList         *self);
gboolean                 kez_question_list_is_loading     (KezQuestionList         *self);
void                     kez_question_list_wait           (KezQuestionList         *self);

G_END_DECLS
