/* kez-coverage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-coverage"

#include "config.h"

#include "kez-coverage.h"

#include <string.h>
#include "kez-deadlines.h"
#include "kez-meeting.h"

/**
 * kez_coverage_compute:
 * @meetings: (element-type KezMeeting): the meetings of one year
 * @rules: (nullable): for the minimum per quarter
 */
void
kez_coverage_compute (KezCoverage *coverage,
                      GListModel  *meetings,
                      KezRuleSet  *rules)
{
  g_return_if_fail (coverage != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (meetings));

  memset (coverage, 0, sizeof *coverage);
  coverage->minimum = rules != NULL ? kez_rule_set_get_min_meetings_per_quarter (rules) : 0;
  coverage->regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);
      const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
      int quarter;
      KezRegionCoverage reached;

      if (fields->status == KEZ_STATUS_CANCELLED)
        continue;

      quarter = kez_deadlines_quarter_of (&fields->date);
      coverage->meetings[quarter - 1]++;
      if (fields->leader_position == KEZ_LEADER_HEAD)
        coverage->head_meetings[quarter - 1]++;

      if (fields->region_code == NULL)
        continue;
      reached = fields->status == KEZ_STATUS_HELD ? KEZ_REGION_VISITED : KEZ_REGION_PLANNED;
      if (reached > kez_coverage_region (coverage, fields->region_code))
        g_hash_table_insert (coverage->regions, g_strdup (fields->region_code),
                             GINT_TO_POINTER (reached));
    }
}

/* Whether the first head meets the population less often in @quarter than the rules ask. */
gboolean
kez_coverage_quarter_short (const KezCoverage *coverage,
                            int                quarter)
{
  g_return_val_if_fail (quarter >= 1 && quarter <= 4, FALSE);
  return coverage->head_meetings[quarter - 1] < coverage->minimum;
}

KezRegionCoverage
kez_coverage_region (const KezCoverage *coverage,
                     const char        *region_code)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (coverage->regions, region_code));
}

guint
kez_coverage_count_regions (const KezCoverage *coverage,
                            KezRegionCoverage  at_least)
{
  GHashTableIter iter;
  gpointer value;
  guint count = 0;

  g_hash_table_iter_init (&iter, coverage->regions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (GPOINTER_TO_INT (value) >= (int) at_least)
      count++;
  return count;
}

void
kez_coverage_clear (KezCoverage *coverage)
{
  g_clear_pointer (&coverage->regions, g_hash_table_unref);
}
