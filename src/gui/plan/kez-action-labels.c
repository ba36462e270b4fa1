/* kez-action-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-action-labels.h"
#include "kez-meetings.h"
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

/* "15.12.2026" from "2026-12-15", as the planner writes dates. */
static char *
day_of (const char *iso)
{
  GDate date;

  if (!kez_date_parse_iso (iso, &date))
    return g_strdup (iso);
  return g_strdup_printf ("%02d.%02d.%04d", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

/**
 * kez_action_note_title:
 *
 * Returns: (transfer full): what an entry of the history says: a note, a status with its
 *   note, a deadline moved, an executor changed
 */
char *
kez_action_note_title (const KezActionNote *note)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  switch (note->kind)
    {
    case KEZ_ACTION_NOTE_DEADLINE:
      from = day_of (note->old_value);
      to = day_of (note->new_value);
      /* Translators: %1$s and %2$s are dates, the old deadline and the new one */
      return g_strdup_printf (_("Deadline moved: %1$s → %2$s"), from, to);
    case KEZ_ACTION_NOTE_EXECUTOR:
      /* Translators: %1$s is the executor before, %2$s the one after */
      return g_strdup_printf (_("Executor changed: %1$s → %2$s"), note->old_value,
                              note->new_value);
    case KEZ_ACTION_NOTE_CREATED:
    case KEZ_ACTION_NOTE_STATUS:
    case KEZ_ACTION_NOTE_NOTE:
    default:
      if (note->status >= 0 && note->note[0] != '\0')
        /* Translators: %1$s is a status such as "Done", %2$s the note written with it */
        return g_strdup_printf (_("%1$s: %2$s"), kez_action_status_label (note->status),
                                note->note);
      if (note->status >= 0)
        return g_strdup (kez_action_status_label (note->status));
      return g_strdup (note->note);
    }
}
