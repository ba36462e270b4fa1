/* kez-question-query.h: the questions a filter selects, worked out on a thread of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-question-filter.h"

G_BEGIN_DECLS

/* What a filter selects: the ids newest first, and the totals the page shows. */
typedef struct
{
  GArray  *ids;         /* gint64 */
  guint64  n_citizens;  /* behind the questions selected, merged duplicates excepted */
  guint    n_merged;    /* the merged duplicates among them */
} KezQuestionQueryResult;

void kez_question_query_result_free (KezQuestionQueryResult *result);

typedef struct _KezQuestionQuery KezQuestionQuery;

/* Called in the main context the query was made in, for the latest request only. */
typedef void (*KezQuestionQueryDone) (KezQuestionQueryResult *result,
                                      gpointer                data);

KezQuestionQuery       *kez_question_query_new     (const char              *database_path,
                                                    KezQuestionQueryDone     done,
                                                    gpointer                 data);
void                    kez_question_query_request (KezQuestionQuery        *self,
                                                    const KezQuestionFilter *filter);
gboolean                kez_question_query_is_busy (KezQuestionQuery        *self);
void                    kez_question_query_free    (KezQuestionQuery        *self);

G_END_DECLS
