/* kez-deadline-met.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-deadline-met.h"
#include "kez-meetings.h"
#include "kez-schedule-status.h"

/**
 * kez_deadline_is_met:
 *
 * Returns: whether @deadline is done: the schedule got past it, or the meeting's results
 *   are published. A quarterly report is never recorded as done, so it is never met.
 */
gboolean
kez_deadline_is_met (KezStore          *store,
                     const KezDeadline *deadline)
{
  g_autofree char *body = NULL;
  KezScheduleStatus status;
  gboolean met = FALSE;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (deadline != NULL, FALSE);

  switch (deadline->kind)
    {
    case KEZ_DEADLINE_SCHEDULE_PROPOSALS:
    case KEZ_DEADLINE_SCHEDULE_DRAFT:
    case KEZ_DEADLINE_SCHEDULE_APPROVAL:
      body = kez_store_dup_served_body (store);
      kez_schedule_status_get (store, body, deadline->year, &status);
      met = deadline->kind == KEZ_DEADLINE_SCHEDULE_APPROVAL ? status.state == KEZ_SCHEDULE_APPROVED
                                                              : status.state >= KEZ_SCHEDULE_SUBMITTED;
      kez_schedule_status_clear (&status);
      return met;
    case KEZ_DEADLINE_PUBLICATION:
      {
        g_autoptr(KezMeeting) meeting = kez_meetings_get (store, deadline->meeting_id);

        return meeting != NULL && g_date_valid (&kez_meeting_get_fields (meeting)->published_on);
      }
    case KEZ_DEADLINE_QUARTERLY_REPORT:
    default:
      return FALSE;
    }
}

/**
 * kez_deadline_reminders_for:
 * @today: the day in Kazakhstan
 *
 * The deadlines a planner is to be reminded of on @today: those due from @today to
 * %KEZ_DEADLINE_REMIND_DAYS days later and not yet met, soonest first. A publication's is
 * found from the meetings held in the days before (it falls ten days after the meeting).
 *
 * Returns: (transfer full) (element-type KezDeadline)
 */
GArray *
kez_deadline_reminders_for (KezStore    *store,
                            KezRuleSet  *rules,
                            const GDate *today)
{
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GArray) near = NULL;
  GArray *reminders = g_array_new (FALSE, FALSE, sizeof (KezDeadline));
  GDate held_from = *today;
  GDate last = *today;

  g_return_val_if_fail (KEZ_IS_STORE (store), reminders);
  g_return_val_if_fail (today != NULL && g_date_valid (today), reminders);

  g_date_subtract_days (&held_from, 31);
  g_date_add_days (&last, KEZ_DEADLINE_REMIND_DAYS);
  meetings = kez_meetings_list_range (store, &held_from, &last);
  near = kez_deadlines_in_range (rules, meetings, today, &last);
  for (guint i = 0; i < near->len; i++)
    {
      const KezDeadline *deadline = &g_array_index (near, KezDeadline, i);

      if (!kez_deadline_is_met (store, deadline))
        g_array_append_val (reminders, *deadline);
    }
  return reminders;
}
