/* kez-question-filter.h: which questions to show, and how the search box's words are matched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-db.h"
#include "kez-question.h"
#include "kez-question-order.h"

G_BEGIN_DECLS

typedef struct
{
  int     status;       /* a KezQuestionStatus, or -1 for any */
  int     channel;      /* a KezChannel, or -1 for any */
  char   *region_code;  /* NULL for any, "" for questions with no region */
  char   *topic;        /* NULL for any, "" for questions with no topic */
  gint64  meeting_id;   /* 0 for any, -1 for questions given to no meeting */
  char   *week;         /* NULL, or the Monday (YYYY-MM-DD) of the week received */
  char   *search;       /* NULL or words, each matched as the start of a word */
  /* In what order: by received, descending (newest first), unless a column was sorted. */
  KezQuestionSort sort;
  gboolean        descending;
} KezQuestionFilter;

void      kez_question_filter_init   (KezQuestionFilter       *filter);
void      kez_question_filter_clear  (KezQuestionFilter       *filter);
void      kez_question_filter_copy   (const KezQuestionFilter *from,
                                      KezQuestionFilter       *to);
gboolean  kez_question_filter_equal  (const KezQuestionFilter *a,
                                      const KezQuestionFilter *b);
char     *kez_question_filter_to_sql (const KezQuestionFilter *filter,
                                      KezDbKind                engine,
                                      GPtrArray               *values);
char     *kez_fts_query_from_words   (const char              *words);

G_END_DECLS
