/* kez-question-labels.h: how a question's channel and status read on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-question.h"

G_BEGIN_DECLS

const char *kez_channel_label         (KezChannel         channel);
const char *kez_question_status_label (KezQuestionStatus  status);
const char *kez_question_status_css_class (KezQuestionStatus status);

G_END_DECLS
