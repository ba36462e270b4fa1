/* kez-action-plan-read.c
 *
 * Everything the Action plan page shows, read in one go so that the page can read it in a
 * worker thread (kez-store-reader.c) and build its rows from it on the main thread: the
 * meetings it offers (last year's to next year's), the rule set, every action for the
 * overview, and the chosen meeting with its problems and their actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-action-plan-read.h"
#include "kez-actions.h"
#include "kez-meetings.h"
#include "kez-problems.h"

/**
 * kez_action_plan_read:
 * @meeting_id: the meeting whose problems to read, or 0 for the overview alone
 * @day: today, in Kazakhstan
 *
 * A step that fails half-way is noted for kez_store_reads_check(), as every read's.
 */
KezActionPlanRead *
kez_action_plan_read (KezStore    *store,
                      gint64       meeting_id,
                      const GDate *day)
{
  KezActionPlanRead *read = g_new0 (KezActionPlanRead, 1);
  GDate first, last;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, 1, g_date_get_year (day) - 1);
  g_date_set_dmy (&last, 31, 12, g_date_get_year (day) + 1);
  read->meetings = kez_meetings_list_range (store, &first, &last);
  read->rules = kez_store_dup_active_rule_set (store);
  read->actions = kez_actions_list_all (store, day);
  read->meeting_id = meeting_id;
  read->problem_actions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  if (meeting_id > 0 && (read->meeting = kez_meetings_get (store, meeting_id)) != NULL)
    {
      read->problems = kez_problems_list (store, meeting_id);
      for (guint i = 0; i < read->problems->len; i++)
        g_ptr_array_add (read->problem_actions,
                         kez_actions_list_for_problem (store,
                                                       g_array_index (read->problems,
                                                                      KezProblemFields, i).id));
    }
  return read;
}

void
kez_action_plan_read_free (KezActionPlanRead *read)
{
  if (read == NULL)
    return;
  g_clear_object (&read->meetings);
  g_clear_object (&read->rules);
  g_clear_pointer (&read->actions, g_array_unref);
  g_clear_object (&read->meeting);
  g_clear_pointer (&read->problems, g_array_unref);
  g_clear_pointer (&read->problem_actions, g_ptr_array_unref);
  g_free (read);
}
