/* kez-questions-page.h: citizens' questions, triaged from the keyboard, with their analysis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-question-list.h"
#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_QUESTIONS_PAGE (kez_questions_page_get_type ())

G_DECLARE_FINAL_TYPE (KezQuestionsPage, kez_questions_page, KEZ, QUESTIONS_PAGE, GtkWidget)

void             kez_questions_page_set_store (KezQuestionsPage *self,
                                               KezStore         *store);
KezQuestionList *kez_questions_page_get_list  (KezQuestionsPage *self);

G_END_DECLS
