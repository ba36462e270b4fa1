/* kez-deadlines.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-deadlines"

#include "config.h"

#include "kez-deadlines.h"
#include "kez-meeting.h"

/* A rule's 29 February falls on the 28th in common years. */
static void
set_month_day (GDate       *out,
               KezMonthDay  month_day,
               int          year)
{
  guint8 last = g_date_get_days_in_month (month_day.month, year);

  g_date_clear (out, 1);
  g_date_set_dmy (out, MIN (month_day.day, last), month_day.month, year);
}

/**
 * kez_deadlines_for_schedule_year:
 *
 * The schedule for @schedule_year is proposed and drafted in the December before it and
 * approved in its January (Decree 863 point 2: 1 Dec, 15 Dec, 10 Jan). A deadline that falls
 * in the first half of the year belongs to the schedule year itself, one in the second half to
 * the year before, so rule sets with other dates keep working.
 */
void
kez_deadlines_for_schedule_year (KezRuleSet           *rules,
                                 int                   schedule_year,
                                 KezScheduleDeadlines *out)
{
  KezMonthDay proposals, draft, approval;

  g_return_if_fail (KEZ_IS_RULE_SET (rules));
  g_return_if_fail (out != NULL);

  proposals = kez_rule_set_get_proposals_due (rules);
  draft = kez_rule_set_get_draft_due (rules);
  approval = kez_rule_set_get_approval_due (rules);

  set_month_day (&out->proposals_due, proposals,
                 proposals.month > 6 ? schedule_year - 1 : schedule_year);
  set_month_day (&out->draft_due, draft, draft.month > 6 ? schedule_year - 1 : schedule_year);
  set_month_day (&out->approval_due, approval,
                 approval.month > 6 ? schedule_year - 1 : schedule_year);
}

/**
 * kez_deadlines_publication_due:
 * @last_event: the day the meeting's last event (meeting, reception, briefing) ended
 *
 * Point 3.7: results are published no later than ten calendar days from the end of the
 * meetings and receptions, so the due date is @last_event plus the rule set's days.
 */
void
kez_deadlines_publication_due (KezRuleSet  *rules,
                               const GDate *last_event,
                               GDate       *out)
{
  g_return_if_fail (KEZ_IS_RULE_SET (rules));
  g_return_if_fail (last_event != NULL && g_date_valid (last_event));
  g_return_if_fail (out != NULL);

  *out = *last_event;
  g_date_add_days (out, kez_rule_set_get_publication_days (rules));
}

/**
 * kez_deadlines_quarterly_report_due:
 *
 * With a report day of 0 the progress is due by the last day of the quarter itself (Decree
 * 863 says only "quarterly"); with N it is due on day N of the month after the quarter (the
 * 2024 rules: the 10th), which for the fourth quarter is in January of the next year.
 */
void
kez_deadlines_quarterly_report_due (KezRuleSet *rules,
                                    int         year,
                                    int         quarter,
                                    GDate      *out)
{
  guint day;
  int last_month;

  g_return_if_fail (KEZ_IS_RULE_SET (rules));
  g_return_if_fail (quarter >= 1 && quarter <= 4);
  g_return_if_fail (out != NULL);

  day = kez_rule_set_get_quarterly_report_day (rules);
  last_month = quarter * 3;
  g_date_clear (out, 1);

  if (day == 0)
    g_date_set_dmy (out, g_date_get_days_in_month (last_month, year), last_month, year);
  else if (last_month == 12)
    g_date_set_dmy (out, day, G_DATE_JANUARY, year + 1);
  else
    g_date_set_dmy (out, day, last_month + 1, year);
}

int
kez_deadlines_quarter_of (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);
  return (g_date_get_month (date) - 1) / 3 + 1;
}

static gint
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  const KezDeadline *da = a;
  const KezDeadline *db = b;
  int by_date = g_date_compare (&da->date, &db->date);

  return by_date != 0 ? by_date : (int) da->kind - (int) db->kind;
}

static void
append (GArray          *array,
        KezDeadlineKind  kind,
        const GDate     *date,
        int              schedule_year,
        int              quarter)
{
  KezDeadline deadline = { kind, *date, schedule_year, quarter, 0 };

  g_array_append_val (array, deadline);
}

/**
 * kez_deadlines_in_year:
 *
 * Returns: (transfer full) (element-type KezDeadline): every statutory deadline that falls in
 *   the calendar year @year, sorted by date: the schedule deadlines of this year's and next
 *   year's schedules that land in it and the quarterly report dates.
 */
GArray *
kez_deadlines_in_year (KezRuleSet *rules,
                       int         year)
{
  GArray *array = g_array_new (FALSE, FALSE, sizeof (KezDeadline));

  g_return_val_if_fail (KEZ_IS_RULE_SET (rules), array);

  for (int schedule_year = year; schedule_year <= year + 1; schedule_year++)
    {
      KezScheduleDeadlines schedule;

      kez_deadlines_for_schedule_year (rules, schedule_year, &schedule);
      if (g_date_get_year (&schedule.proposals_due) == year)
        append (array, KEZ_DEADLINE_SCHEDULE_PROPOSALS, &schedule.proposals_due, schedule_year, 0);
      if (g_date_get_year (&schedule.draft_due) == year)
        append (array, KEZ_DEADLINE_SCHEDULE_DRAFT, &schedule.draft_due, schedule_year, 0);
      if (g_date_get_year (&schedule.approval_due) == year)
        append (array, KEZ_DEADLINE_SCHEDULE_APPROVAL, &schedule.approval_due, schedule_year, 0);
    }

  /* The previous year's fourth-quarter report may fall in January of this one. */
  for (int quarter = 0; quarter <= 4; quarter++)
    {
      int report_year = quarter == 0 ? year - 1 : year;
      GDate due;

      kez_deadlines_quarterly_report_due (rules, report_year, quarter == 0 ? 4 : quarter, &due);
      if (g_date_get_year (&due) == year)
        append (array, KEZ_DEADLINE_QUARTERLY_REPORT, &due, report_year, quarter == 0 ? 4 : quarter);
    }

  g_array_sort (array, compare_deadlines);
  return array;
}

/**
 * kez_deadlines_quarter_due_next:
 * @year: (out): the year of the quarter
 * @quarter: (out): 1–4
 *
 * The quarter whose progress report falls due next, on or after @today: under Decree 863 in
 * December that is the fourth quarter (due on the 31st), under the 2024 rules the third until
 * 10 October, then the fourth.
 */
void
kez_deadlines_quarter_due_next (KezRuleSet  *rules,
                                const GDate *today,
                                int         *year,
                                int         *quarter)
{
  g_return_if_fail (KEZ_IS_RULE_SET (rules));
  g_return_if_fail (today != NULL && g_date_valid (today));

  for (int y = g_date_get_year (today) - 1; y <= g_date_get_year (today) + 1; y++)
    for (int q = 1; q <= 4; q++)
      {
        GDate due;

        kez_deadlines_quarterly_report_due (rules, y, q, &due);
        if (g_date_compare (&due, today) >= 0)
          {
            *year = y;
            *quarter = q;
            return;
          }
      }
  *year = g_date_get_year (today);
  *quarter = kez_deadlines_quarter_of (today);
}

/**
 * kez_deadlines_next:
 * @today: the day to look from; a deadline on @today itself is still ahead
 *
 * Returns: %TRUE with the first statutory deadline on or after @today in @out.
 */
gboolean
kez_deadlines_next (KezRuleSet  *rules,
                    const GDate *today,
                    KezDeadline *out)
{
  int year;

  g_return_val_if_fail (KEZ_IS_RULE_SET (rules), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  year = g_date_get_year (today);
  for (int y = year; y <= year + 1; y++)
    {
      g_autoptr(GArray) deadlines = kez_deadlines_in_year (rules, y);

      for (guint i = 0; i < deadlines->len; i++)
        {
          const KezDeadline *deadline = &g_array_index (deadlines, KezDeadline, i);

          if (g_date_compare (&deadline->date, today) >= 0)
            {
              *out = *deadline;
              return TRUE;
            }
        }
    }
  return FALSE;
}

static gboolean
in_range (const GDate *date,
          const GDate *first,
          const GDate *last)
{
  return g_date_compare (date, first) >= 0 && g_date_compare (date, last) <= 0;
}

/**
 * kez_deadlines_in_range:
 * @meetings: (element-type KezMeeting): meetings whose publication dates to include
 *
 * Returns: (transfer full) (element-type KezDeadline): every deadline from @first to @last,
 *   both included, sorted by date: those of the rule set and the publication due date of each
 *   meeting in @meetings that is not cancelled. What a calendar page draws.
 */
GArray *
kez_deadlines_in_range (KezRuleSet  *rules,
                        GListModel  *meetings,
                        const GDate *first,
                        const GDate *last)
{
  GArray *array = g_array_new (FALSE, FALSE, sizeof (KezDeadline));

  g_return_val_if_fail (KEZ_IS_RULE_SET (rules), array);
  g_return_val_if_fail (g_date_valid (first) && g_date_valid (last), array);

  for (int year = g_date_get_year (first); year <= g_date_get_year (last); year++)
    {
      g_autoptr(GArray) of_year = kez_deadlines_in_year (rules, year);

      for (guint i = 0; i < of_year->len; i++)
        {
          const KezDeadline *deadline = &g_array_index (of_year, KezDeadline, i);

          if (in_range (&deadline->date, first, last))
            g_array_append_val (array, *deadline);
        }
    }

  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);
      GDate last_day, due;

      if (kez_meeting_get_fields (meeting)->status == KEZ_STATUS_CANCELLED)
        continue;
      kez_meeting_get_last_day (meeting, &last_day);
      kez_deadlines_publication_due (rules, &last_day, &due);
      if (in_range (&due, first, last))
        {
          KezDeadline deadline = { KEZ_DEADLINE_PUBLICATION, due, g_date_get_year (&due), 0,
                                   kez_meeting_get_id (meeting) };

          g_array_append_val (array, deadline);
        }
    }

  g_array_sort (array, compare_deadlines);
  return array;
}
