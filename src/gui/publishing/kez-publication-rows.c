/* kez-publication-rows.c
 *
 * Decree point 3.7 in a meeting's plan: whether its results are published (when, where) or by
 * when they must be, counting down, and the next quarterly report of progress.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-date-format.h"
#include "kez-deadline-labels.h"
#include "kez-deadlines.h"
#include "kez-publication-rows.h"
#include "kez-text-row.h"

/**
 * kez_publication_rows_fill:
 * @rules: the active rule set, which sets the deadlines
 * @day: today
 */
void
kez_publication_rows_fill (AdwPreferencesGroup *group,
                           KezRuleSet          *rules,
                           KezMeeting          *meeting,
                           const GDate         *day)
{
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
  KezDeadline publication = { KEZ_DEADLINE_PUBLICATION };
  KezDeadline quarterly = { KEZ_DEADLINE_QUARTERLY_REPORT };
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *due = NULL;
  g_autofree char *countdown = NULL;
  GtkWidget *row;
  GDate last;

  kez_meeting_get_last_day (meeting, &last);
  kez_deadlines_publication_due (rules, &last, &publication.date);
  due = kez_date_format (&publication.date);
  if (g_date_valid (&fields->published_on))
    {
      g_autofree char *on = kez_date_format (&fields->published_on);

      /* Translators: %1$s is a date */
      title = g_strdup_printf (_("Results published on %1$s"), on);
      subtitle = g_strdup (fields->publication_link[0] != '\0' ? fields->publication_link
                                                                : _("No link given"));
      row = kez_text_row_new (title, subtitle);
    }
  else
    {
      countdown = kez_deadline_countdown (&publication, day);
      /* Translators: %1$s is a date */
      title = g_strdup_printf (_("Results due by %1$s"), due);
      row = kez_text_row_new (title, countdown);
      if (g_date_compare (&publication.date, day) < 0)
        kez_text_row_mark_overdue (row);
    }
  adw_preferences_group_add (group, row);

  /* The next quarterly report: this quarter's, or next year's first. */
  for (int year = g_date_get_year (day); year <= g_date_get_year (day) + 1; year++)
    for (int quarter = 1; quarter <= 4 && !g_date_valid (&quarterly.date); quarter++)
      {
        GDate report;

        kez_deadlines_quarterly_report_due (rules, year, quarter, &report);
        if (g_date_compare (&report, day) >= 0)
          {
            quarterly.date = report;
            quarterly.year = year;
            quarterly.quarter = quarter;
          }
      }
  if (g_date_valid (&quarterly.date))
    {
      g_autofree char *when = kez_date_format (&quarterly.date);
      g_autofree char *left = kez_deadline_countdown (&quarterly, day);
      g_autofree char *line = g_strdup_printf ("%s · %s", when, left);
      g_autofree char *what = kez_deadline_describe (&quarterly);

      adw_preferences_group_add (group, kez_text_row_new (what, line));
    }
}

