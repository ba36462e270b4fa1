/* kez-schedule-status-dialog.c
 *
 * Decree point 2: a body's schedule is submitted to the authorised body, then approved by the
 * Government with a resolution. The dates are entered as they happened (today by default) and
 * can be corrected; every change is kept in the schedule's history, shown under the form.
 * Going back to draft asks first, and the page offers to undo it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-schedule-status-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-confirm.h"
#include "kez-date-format.h"
#include "kez-date-row.h"
#include "kez-form-window.h"
#include "kez-kazakhstan-time.h"
#include "kez-schedule-status.h"
#include "kez-schedule-status-dialog.h"

typedef struct
{
  KezStore            *store;
  char                *body;
  int                  year;
  KezScheduleStatus    before;
  KezForm              form;
  AdwComboRow         *state;
  KezDateRow          *submitted;
  KezDateRow          *approved;
  AdwEntryRow         *resolution;
  AdwActionRow        *approve_meetings;  /* shown when approving and some are proposed */
  GtkSwitch           *approve_switch;
  guint                n_proposed;
  KezScheduleSaved     saved;
  gpointer             saved_data;
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_clear_object (&dialog->store);
  g_free (dialog->body);
  kez_schedule_status_clear (&dialog->before);
  g_free (dialog);
}

static const char *
state_label (KezScheduleState state)
{
  switch (state)
    {
    case KEZ_SCHEDULE_SUBMITTED: return _("Submitted");
    case KEZ_SCHEDULE_APPROVED: return _("Approved");
    case KEZ_SCHEDULE_DRAFT:
    default: return _("Draft");
    }
}

/* What a status says in one line, for the history. */
char *
kez_schedule_status_describe (const KezScheduleStatus *status)
{
  g_autofree char *submitted = g_date_valid (&status->submitted_on)
                                  ? kez_date_format (&status->submitted_on) : g_strdup ("");
  g_autofree char *approved = g_date_valid (&status->approved_on)
                                 ? kez_date_format (&status->approved_on) : g_strdup ("");

  switch (status->state)
    {
    case KEZ_SCHEDULE_SUBMITTED:
      /* Translators: %1$s is a date */
      return g_strdup_printf (_("Submitted to the authorised body on %1$s"), submitted);
    case KEZ_SCHEDULE_APPROVED:
      if (status->resolution_number[0] != '\0')
        /* Translators: %1$s is a date, %2$s the number of the Government's resolution */
        return g_strdup_printf (_("Approved on %1$s, resolution No. %2$s"), approved,
                                status->resolution_number);
      /* Translators: %1$s is a date */
      return g_strdup_printf (_("Approved on %1$s"), approved);
    case KEZ_SCHEDULE_DRAFT:
    default:
      return g_strdup (_("Draft"));
    }
}

static void
state_changed (Dialog *dialog)
{
  KezScheduleState state = adw_combo_row_get_selected (dialog->state);

  gtk_widget_set_visible (GTK_WIDGET (dialog->submitted), state >= KEZ_SCHEDULE_SUBMITTED);
  gtk_widget_set_visible (GTK_WIDGET (dialog->approved), state == KEZ_SCHEDULE_APPROVED);
  gtk_widget_set_visible (GTK_WIDGET (dialog->resolution), state == KEZ_SCHEDULE_APPROVED);
  gtk_widget_set_visible (GTK_WIDGET (dialog->approve_meetings),
                          state == KEZ_SCHEDULE_APPROVED && dialog->n_proposed > 0);
}

static void
read_form (Dialog            *dialog,
           KezScheduleStatus *status)
{
  status->state = adw_combo_row_get_selected (dialog->state);
  kez_date_row_get_date (dialog->submitted, &status->submitted_on);
  kez_date_row_get_date (dialog->approved, &status->approved_on);
  status->resolution_number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (dialog->resolution))));
}

static void
write_status (Dialog *dialog)
{
  g_autoptr(GError) error = NULL;
  KezScheduleStatus status;

  read_form (dialog, &status);
  if (!kez_schedule_status_set_approving (dialog->store, dialog->body, dialog->year, &status,
                                          gtk_widget_get_visible (GTK_WIDGET (dialog->approve_meetings))
                                          && gtk_switch_get_active (dialog->approve_switch),
                                          NULL, &error))
    {
      kez_form_show_error (&dialog->form, error);
      kez_schedule_status_clear (&status);
      return;
    }
  kez_schedule_status_clear (&status);
  if (dialog->saved != NULL)
    dialog->saved (&dialog->before, dialog->saved_data);
  gtk_window_destroy (GTK_WINDOW (dialog->form.window));
}

static void
draft_confirmed (gpointer data)
{
  write_status (data);
}

/* Back to draft asks: the submission and the approval are the record of the year. */
static void
save (Dialog *dialog)
{
  if (adw_combo_row_get_selected (dialog->state) == KEZ_SCHEDULE_DRAFT &&
      dialog->before.state != KEZ_SCHEDULE_DRAFT)
    {
      kez_confirm (GTK_WINDOW (dialog->form.window), _("Return the Schedule to Draft?"),
                   _("Its submission and approval stay in its history, and the change can be "
                     "undone."),
                   _("Return to Draft"), ADW_RESPONSE_DESTRUCTIVE, NULL, draft_confirmed,
                   dialog, NULL);
      return;
    }
  write_status (dialog);
}

static GtkWidget *
history_row (const KezScheduleRecord *record)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (record->recorded_at, NULL);
  g_autoptr(GDateTime) local = when != NULL
                                 ? g_date_time_to_timezone (when, kez_kazakhstan_zone ()) : NULL;
  g_autofree char *stamp = local != NULL ? g_date_time_format (local, "%d.%m.%Y %H:%M")
                                         : g_strdup (record->recorded_at);
  g_autofree char *title = kez_schedule_status_describe (&record->status);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", stamp, record->author);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
add_history (Dialog *dialog)
{
  g_autoptr(GArray) records = kez_schedule_status_history (dialog->store, dialog->body,
                                                           dialog->year);
  AdwPreferencesGroup *group;

  if (records->len == 0)
    return;
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (group, _("History"));
  for (guint i = records->len; i > 0; i--)
    adw_preferences_group_add (group, history_row (&g_array_index (records, KezScheduleRecord,
                                                                   i - 1)));
  adw_preferences_page_add (dialog->form.page, group);
}

/**
 * kez_schedule_status_dialog_new:
 * @saved: (nullable): called after a save, with the status as it was before
 */
GtkWidget *
kez_schedule_status_dialog_new (GtkWindow        *parent,
                                KezStore         *store,
                                const char       *body,
                                int               year,
                                KezScheduleSaved  saved,
                                gpointer          saved_data)
{
  Dialog *dialog = g_new0 (Dialog, 1);
  g_autofree char *title = NULL;
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char *states[] = { state_label (KEZ_SCHEDULE_DRAFT), state_label (KEZ_SCHEDULE_SUBMITTED),
                           state_label (KEZ_SCHEDULE_APPROVED), NULL };
  GtkStringList *model = gtk_string_list_new (states);

  dialog->store = g_object_ref (store);
  dialog->body = g_strdup (body);
  dialog->year = year;
  dialog->saved = saved;
  dialog->saved_data = saved_data;
  kez_schedule_status_get (store, body, year, &dialog->before);

  /* Translators: %1$d is a year */
  title = g_strdup_printf (_("The %1$d Schedule"), year);
  kez_form_init (&dialog->form, parent, title, 520, 600);
  g_signal_connect_swapped (dialog->form.save, "clicked", G_CALLBACK (save), dialog);

  dialog->state = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->state), _("Status"));
  adw_combo_row_set_model (dialog->state, G_LIST_MODEL (model));
  g_object_unref (model);
  /* Opened from "Mark Submitted…" or "Mark Approved…": the form is for the next step. */
  adw_combo_row_set_selected (dialog->state, dialog->before.state == KEZ_SCHEDULE_APPROVED
                                               ? KEZ_SCHEDULE_APPROVED
                                               : dialog->before.state + 1);
  dialog->submitted = KEZ_DATE_ROW (kez_date_row_new (_("Submitted to the Authorised Body")));
  dialog->approved = KEZ_DATE_ROW (kez_date_row_new (_("Approved by the Government")));
  if (g_date_valid (&dialog->before.submitted_on))
    kez_date_row_set_date (dialog->submitted, &dialog->before.submitted_on);
  if (g_date_valid (&dialog->before.approved_on))
    kez_date_row_set_date (dialog->approved, &dialog->before.approved_on);
  dialog->resolution = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->resolution),
                                 _("Number of the Government’s Resolution"));
  gtk_editable_set_text (GTK_EDITABLE (dialog->resolution), dialog->before.resolution_number);
  g_signal_connect_swapped (dialog->state, "notify::selected", G_CALLBACK (state_changed), dialog);

  /* The Government approves the schedule, and so the meetings in it: asked here, on by
   * default, and done in the same step. */
  dialog->n_proposed = kez_schedule_count_proposed (store, body, year);
  dialog->approve_meetings = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->approve_meetings),
                                 _("Approve Its Meetings"));
  {
    /* Translators: %1$u is a number of meetings */
    g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%1$u proposed meeting becomes approved",
                                                              "%1$u proposed meetings become approved",
                                                              dialog->n_proposed),
                                                 dialog->n_proposed);

    adw_action_row_set_subtitle (dialog->approve_meetings, subtitle);
  }
  dialog->approve_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (dialog->approve_switch, dialog->before.state != KEZ_SCHEDULE_APPROVED);
  gtk_widget_set_valign (GTK_WIDGET (dialog->approve_switch), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (dialog->approve_meetings, GTK_WIDGET (dialog->approve_switch));
  adw_action_row_set_activatable_widget (dialog->approve_meetings,
                                         GTK_WIDGET (dialog->approve_switch));

  adw_preferences_group_add (group, GTK_WIDGET (dialog->state));
  adw_preferences_group_add (group, GTK_WIDGET (dialog->submitted));
  adw_preferences_group_add (group, GTK_WIDGET (dialog->approved));
  adw_preferences_group_add (group, GTK_WIDGET (dialog->resolution));
  adw_preferences_group_add (group, GTK_WIDGET (dialog->approve_meetings));
  adw_preferences_page_add (dialog->form.page, group);
  add_history (dialog);
  state_changed (dialog);

  g_object_set_data_full (G_OBJECT (dialog->form.window), "dialog", dialog,
                          (GDestroyNotify) dialog_free);
  return dialog->form.window;
}
