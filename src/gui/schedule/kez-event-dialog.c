/* kez-event-dialog.c
 *
 * Point 3.6: with the meeting, the leader meets non-commercial organisations and briefs the
 * media. Each is recorded with its times, who took part (organisations, or outlets) and notes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-event-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-event-dialog.h"
#include "kez-form-window.h"
#include "kez-meeting-labels.h"
#include "kez-meetings.h"

typedef struct
{
  KezStore        *store;
  KezMeeting      *meeting;
  KezEventKind     kind;
  KezForm          form;
  GtkSpinButton   *start[2];
  GtkSpinButton   *end[2];
  GtkEditable     *participants;
  GtkTextBuffer   *notes;
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_clear_object (&dialog->store);
  g_clear_object (&dialog->meeting);
  g_free (dialog);
}

static int
minute_of (GtkSpinButton **time)
{
  return gtk_spin_button_get_value_as_int (time[0]) * 60 +
         gtk_spin_button_get_value_as_int (time[1]);
}

static void
save (Dialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = kez_form_text_of (dialog->notes);

  if (!kez_meetings_add_event (dialog->store, kez_meeting_get_id (dialog->meeting), dialog->kind,
                               kez_meeting_get_date (dialog->meeting), minute_of (dialog->start),
                               minute_of (dialog->end),
                               gtk_editable_get_text (dialog->participants),
                               notes, &error))
    {
      kez_form_show_error (&dialog->form, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (dialog->form.window));
}

/* An event does not end before it starts (as the record insists). */
static gboolean
can_save (gpointer data)
{
  Dialog *dialog = data;

  return minute_of (dialog->end) >= minute_of (dialog->start);
}

/* A row with hours and minutes, for the start or the end. */
static GtkWidget *
time_row (const char     *title,
          int             minute,
          GtkSpinButton **spins)
{
  GtkWidget *row = adw_action_row_new ();
  const char *labels[2] = { _("Hours"), _("Minutes") };

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  for (int i = 0; i < 2; i++)
    {
      GtkWidget *spin = gtk_spin_button_new_with_range (0, i == 0 ? 23 : 59, i == 0 ? 1 : 5);

      gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), i == 0 ? minute / 60 : minute % 60);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      labels[i], -1);
      if (i == 1)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (":"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      spins[i] = GTK_SPIN_BUTTON (spin);
    }
  return row;
}

GtkWidget *
kez_event_dialog_new (GtkWindow    *parent,
                      KezStore     *store,
                      KezMeeting   *meeting,
                      KezEventKind  kind)
{
  Dialog *dialog = g_new0 (Dialog, 1);
  int start = kez_meeting_event_minute_now (kez_meeting_get_fields (meeting)) / 5 * 5;
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  dialog->store = g_object_ref (store);
  dialog->meeting = g_object_ref (meeting);
  dialog->kind = kind;
  kez_form_init (&dialog->form, parent, kez_event_kind_label (kind), 520, 480);
  g_signal_connect_swapped (dialog->form.save, "clicked", G_CALLBACK (save), dialog);

  adw_preferences_group_add (group, time_row (_("Start Time"), start, dialog->start));
  adw_preferences_group_add (group, time_row (_("End Time"), MIN (start + 60, 23 * 60 + 55),
                                              dialog->end));
  dialog->participants = kez_form_add_entry_row (group, kind == KEZ_EVENT_MEDIA_BRIEFING
                                                          ? _("Media Outlets")
                                                          : _("Organisations"));
  dialog->notes = kez_form_add_text_area (group, _("Notes"));
  kez_form_save_when (&dialog->form, can_save, dialog);
  for (guint i = 0; i < 2; i++)
    {
      g_signal_connect_swapped (dialog->start[i], "value-changed",
                                G_CALLBACK (kez_form_revalidate), &dialog->form);
      g_signal_connect_swapped (dialog->end[i], "value-changed",
                                G_CALLBACK (kez_form_revalidate), &dialog->form);
    }

  adw_preferences_page_add (dialog->form.page, group);
  g_object_set_data_full (G_OBJECT (dialog->form.window), "dialog", dialog,
                          (GDestroyNotify) dialog_free);
  return dialog->form.window;
}
