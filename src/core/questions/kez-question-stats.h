/* kez-question-stats.h: how many questions by topic, region, channel and week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-question-filter.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_QUESTION_STATS_TOPIC,
  KEZ_QUESTION_STATS_REGION,
  KEZ_QUESTION_STATS_CHANNEL,
  KEZ_QUESTION_STATS_WEEK,
} KezQuestionStatsKind;

typedef struct
{
  char  *key;   /* the topic, region code, channel, or the week's Monday; "" for none */
  guint  count;
} KezQuestionCount;

GArray *kez_question_stats_count (KezStore                *store,
                                  KezQuestionStatsKind     kind,
                                  const KezQuestionFilter *filter);

G_END_DECLS
