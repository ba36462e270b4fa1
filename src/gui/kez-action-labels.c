/* kez-action-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-action-labels.h"
#include "kez-date-format.h"

const char *
kez_action_status_label (KezActionStatus status)
{
  switch (status)
    {
    case KEZ_ACTION_PLANNED: return C_("action status", "Planned");
    case KEZ_ACTION_IN_PROGRESS: return C_("action status", "In progress");
    case KEZ_ACTION_DONE: return C_("action status", "Done");
    case KEZ_ACTION_CANCELLED: return C_("action status", "Cancelled");
    case KEZ_N_ACTION_STATUSES:
    default: g_return_val_if_reached ("");
    }
}

/* "Akimat of Abai region · due 1 April 2027 · Overdue" */
char *
kez_action_describe (const KezActionFields *action,
                     const GDate           *today)
{
  g_autofree char *deadline = kez_date_format (&action->deadline);
  const char *executor = action->executor_org[0] != '\0' ? action->executor_org
                                                         : action->executor_person;
  const char *status = kez_action_is_overdue (action, today) ? _("Overdue")
                                                             : kez_action_status_label (action->status);

  /* Translators: %1$s is the executor, %2$s the deadline (a date), %3$s the status */
  return g_strdup_printf (_("%1$s · by %2$s · %3$s"), executor, deadline, status);
}
