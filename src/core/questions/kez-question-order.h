/* kez-question-order.h: the order the question list is shown in, chosen by its column
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-language.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_QUESTION_SORT_RECEIVED,   /* the day it came; newest first is the list's own order */
  KEZ_QUESTION_SORT_NUMBER,
  KEZ_QUESTION_SORT_CITIZENS,
  KEZ_QUESTION_SORT_STATUS,     /* in the order of the work: new, accepted, … */
  KEZ_QUESTION_SORT_CHANNEL,    /* in the order of the channels' list */
  KEZ_QUESTION_SORT_REGION,     /* by the region's name, alphabetically in the language */
  KEZ_QUESTION_SORT_TOPIC,      /* alphabetically in the language */
  KEZ_QUESTION_SORT_MEETING,    /* by the meeting's day and time */
  KEZ_N_QUESTION_SORTS
} KezQuestionSort;

/* One question to be put in order: its key for the column, and its place in the list's own
 * order, which keeps questions of the same key newest first. */
typedef struct
{
  guint64 key;
  guint32 position;
} KezQuestionOrderItem;

/* The key of a question that has no value in the column: after every other, either way. */
#define KEZ_QUESTION_ORDER_NONE G_MAXUINT64

void     kez_question_order_sort  (KezQuestionOrderItem *items,
                                   guint                 n_items,
                                   gboolean              descending);
guint32 *kez_question_order_ranks (GPtrArray            *texts,
                                   KezLanguage           language);

G_END_DECLS
