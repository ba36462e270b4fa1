/* kez-publication-record-dialog.c
 *
 * Decree point 3.7 counts ten days from the meeting's last event to the publication of its
 * results: the planner records the day they went online and where, so that the deadline is
 * shown as met, or says they were not published after all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-publication-record-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-date-entry-row.h"
#include "kez-form-window.h"
#include "kez-kazakhstan-time.h"
#include "kez-meetings.h"
#include "kez-publication-record-dialog.h"

typedef struct
{
  KezStore  *store;
  gint64     meeting_id;
  KezForm    form;
  GtkWidget *date;
  GtkEditable *link;
} Publishing;

static void
publishing_free (Publishing *publishing)
{
  g_object_unref (publishing->store);
  g_free (publishing);
}

static void
record (Publishing *publishing,
        gboolean    published)
{
  g_autoptr(GError) error = NULL;
  GDate date;
  gboolean done;

  if (published)
    {
      if (!kez_date_entry_row_get_date (publishing->date, &date))
        return;
      done = kez_meetings_set_published (publishing->store, publishing->meeting_id, &date,
                                         gtk_editable_get_text (publishing->link), &error);
    }
  else
    done = kez_meetings_set_published (publishing->store, publishing->meeting_id, NULL, "",
                                       &error);
  if (!done)
    {
      kez_form_show_error (&publishing->form, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (publishing->form.window));
}

static void
mark_published (Publishing *publishing)
{
  record (publishing, TRUE);
}

static void
mark_not_published (Publishing *publishing)
{
  record (publishing, FALSE);
}

static gboolean
can_save (gpointer data)
{
  Publishing *publishing = data;

  return kez_date_entry_row_is_valid (publishing->date);
}

/**
 * kez_publication_record_dialog_run:
 *
 * Asks when and where the meeting's results were published (or that they were not) and
 * records it.
 */
void
kez_publication_record_dialog_run (GtkWindow *parent,
                                   KezStore  *store,
                                   gint64     meeting_id)
{
  g_autoptr(KezMeeting) meeting = kez_meetings_get (store, meeting_id);
  Publishing *publishing;
  AdwPreferencesGroup *group;
  const KezMeetingFields *fields;
  GDate today;

  if (meeting == NULL)
    return;
  fields = kez_meeting_get_fields (meeting);
  publishing = g_new0 (Publishing, 1);
  publishing->store = g_object_ref (store);
  publishing->meeting_id = fields->id;

  kez_form_init (&publishing->form, parent, _("Record the Publication"), 680, 420);
  gtk_button_set_label (GTK_BUTTON (publishing->form.save), _("Mark Published"));
  g_signal_connect_swapped (publishing->form.save, "clicked", G_CALLBACK (mark_published),
                            publishing);
  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (group,
                                         _("When and where the results of the meeting, its "
                                           "problems and its action plan were published."));
  publishing->date = kez_date_entry_row_new (_("Date (DD.MM.YYYY)"),
                                             _("Pick the Day of Publication on a Calendar"),
                                             FALSE);
  adw_preferences_group_add (group, publishing->date);
  kez_kazakhstan_today (&today);
  kez_date_entry_row_set_date (publishing->date, g_date_valid (&fields->published_on)
                                                   ? &fields->published_on : &today);
  publishing->link = kez_form_add_entry_row (group, _("Link"));
  gtk_editable_set_text (publishing->link, fields->publication_link);
  adw_preferences_page_add (publishing->form.page, group);

  /* Said by mistake, a publication can be taken back; it is not the default of anything. */
  if (g_date_valid (&fields->published_on))
    {
      AdwPreferencesGroup *end = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      GtkWidget *unpublish = gtk_button_new_with_label (_("Not Published"));

      gtk_widget_add_css_class (unpublish, "destructive-action");
      gtk_widget_set_halign (unpublish, GTK_ALIGN_START);
      g_signal_connect_swapped (unpublish, "clicked", G_CALLBACK (mark_not_published),
                                publishing);
      adw_preferences_group_add (end, unpublish);
      adw_preferences_page_add (publishing->form.page, end);
    }
  kez_form_save_when (&publishing->form, can_save, publishing);
  kez_form_check_on (&publishing->form, publishing->date);
  g_object_set_data_full (G_OBJECT (publishing->form.window), "publishing", publishing,
                          (GDestroyNotify) publishing_free);
  gtk_window_present (GTK_WINDOW (publishing->form.window));
}
