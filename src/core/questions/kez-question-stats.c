/* kez-question-stats.c
 *
 * Merged duplicates are not counted: each stands in the question it was merged into. Topics,
 * regions and channels come largest first; weeks in order of time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-stats"

#include "config.h"

#include "kez-question-stats.h"
#include "kez-store-private.h"

static void
count_clear (KezQuestionCount *count)
{
  g_free (count->key);
}

/**
 * kez_question_stats_count:
 * @filter: (nullable): which questions to count; %NULL for all
 *
 * Returns: (transfer full) (element-type KezQuestionCount): the counts
 */
GArray *
kez_question_stats_count (KezStore                *store,
                          KezQuestionStatsKind     kind,
                          const KezQuestionFilter *filter)
{
  static const char * const groups[] = {
    [KEZ_QUESTION_STATS_TOPIC] = "topic",
    [KEZ_QUESTION_STATS_REGION] = "coalesce (region_code, '')",
    [KEZ_QUESTION_STATS_CHANNEL] = "channel",
    [KEZ_QUESTION_STATS_WEEK] = "kez_week_start (received_on)",
  };
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *where = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(KezDbStmt) stmt = NULL;
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (KezQuestionCount));
  KezQuestionFilter all;

  g_return_val_if_fail (KEZ_IS_STORE (store), counts);
  g_array_set_clear_func (counts, (GDestroyNotify) count_clear);

  kez_question_filter_init (&all);
  where = kez_question_filter_to_sql (filter != NULL ? filter : &all,
                                      kez_db_get_kind (kez_store_get_db (store)), values);
  /* As the list counts: a merged duplicate is counted with its question, unless merged
   * duplicates are what the filter asks for. */
  sql = g_strdup_printf ("SELECT %s AS k, count(*) AS n FROM questions%s%s "
                         "GROUP BY k ORDER BY %s",
                         groups[kind], where,
                         filter != NULL && filter->status == KEZ_QUESTION_MERGED ? ""
                           : where[0] != '\0' ? " AND status <> 'merged'"
                           : " WHERE status <> 'merged'",
                         kind == KEZ_QUESTION_STATS_WEEK ? "k" : "n DESC, k");
  if (!(stmt = kez_store_prepare (store, sql, NULL)))
    return counts;
  for (guint i = 0; i < values->len; i++)
    kez_db_bind_text (stmt, i + 1, g_ptr_array_index (values, i));
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      KezQuestionCount count = {
        .key = g_strdup (kez_store_column_text (stmt, 0)),
        .count = kez_db_column_int (stmt, 1),
      };

      g_array_append_val (counts, count);
    }
  return counts;
}
