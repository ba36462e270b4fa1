/* kez-deadline-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-deadline-labels.h"

/* For a calendar cell: a few words. */
const char *
kez_deadline_short_label (KezDeadlineKind kind)
{
  switch (kind)
    {
    case KEZ_DEADLINE_SCHEDULE_PROPOSALS: return _("Proposals due");
    case KEZ_DEADLINE_SCHEDULE_DRAFT: return _("Draft schedule due");
    case KEZ_DEADLINE_SCHEDULE_APPROVAL: return _("Schedule approval");
    case KEZ_DEADLINE_QUARTERLY_REPORT: return _("Quarterly progress due");
    case KEZ_DEADLINE_PUBLICATION: return _("Results due");
    default: g_return_val_if_reached ("");
    }
}

/* For the list of upcoming deadlines: what is due. */
char *
kez_deadline_describe (const KezDeadline *deadline)
{
  switch (deadline->kind)
    {
    case KEZ_DEADLINE_SCHEDULE_PROPOSALS:
      /* Translators: %1$d is a year */
      return g_strdup_printf (_("Proposals for the %1$d schedule to the authorised body"),
                              deadline->year);
    case KEZ_DEADLINE_SCHEDULE_DRAFT:
      /* Translators: %1$d is a year */
      return g_strdup_printf (_("Draft %1$d schedule to the Government Office"), deadline->year);
    case KEZ_DEADLINE_SCHEDULE_APPROVAL:
      /* Translators: %1$d is a year */
      return g_strdup_printf (_("Approval of the %1$d schedule"), deadline->year);
    case KEZ_DEADLINE_QUARTERLY_REPORT:
      /* Translators: %1$d is a quarter (1–4), %2$d a year */
      return g_strdup_printf (_("Progress on the action plans, quarter %1$d of %2$d"),
                              deadline->quarter, deadline->year);
    case KEZ_DEADLINE_PUBLICATION:
      return g_strdup (_("Results, problems and action plan of a meeting"));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "in 6 days", "today", "3 days overdue" */
char *
kez_deadline_countdown (const KezDeadline *deadline,
                        const GDate       *today)
{
  int days = g_date_days_between (today, &deadline->date);

  if (days == 0)
    return g_strdup (_("Today"));
  if (days > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "In %1$d day", "In %1$d days", days),
                            days);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$d day overdue", "%1$d days overdue",
                                       -days), -days);
}
