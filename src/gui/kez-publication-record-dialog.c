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

#include "kez-import-values.h"
#include "kez-kazakhstan-time.h"
#include "kez-meetings.h"
#include "kez-publication-record-dialog.h"
#include "kez-window.h"

typedef struct
{
  GtkWindow         *parent;
  KezStore          *store;
  gint64             meeting_id;
  GtkEditable       *date;
  GtkEditable       *link;
} Publishing;

static void
publishing_free (gpointer  data,
                 GClosure *closure)
{
  Publishing *publishing = data;

  g_object_unref (publishing->store);
  g_free (publishing);
}

static void
publish_answered (AdwMessageDialog *dialog,
                  const char       *response,
                  Publishing       *publishing)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (publishing->date)));
  GDate date;
  gboolean done = TRUE;

  if (g_str_equal (response, "publish"))
    {
      if (!kez_import_parse_date (text, &date))
        {
          kez_window_add_toast (KEZ_WINDOW (publishing->parent),
                                adw_toast_new (_("The date is not DD.MM.YYYY: nothing was "
                                                 "marked")));
          return;
        }
      done = kez_meetings_set_published (publishing->store, publishing->meeting_id, &date,
                                         gtk_editable_get_text (publishing->link), &error);
    }
  else if (g_str_equal (response, "unpublish"))
    done = kez_meetings_set_published (publishing->store, publishing->meeting_id, NULL, "",
                                       &error);
  if (!done)
    kez_window_add_toast (KEZ_WINDOW (publishing->parent),
                          adw_toast_new (error->message));
}

static GtkEditable *
labelled_entry (GtkWidget  *box,
                const char *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_box_append (GTK_BOX (box), entry);
  return GTK_EDITABLE (entry);
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
  GtkWidget *dialog, *box;
  const KezMeetingFields *fields;
  g_autofree char *date = NULL;

  if (meeting == NULL)
    return;
  fields = kez_meeting_get_fields (meeting);
  publishing = g_new0 (Publishing, 1);
  publishing->parent = parent;
  publishing->store = g_object_ref (store);
  publishing->meeting_id = fields->id;

  dialog = adw_message_dialog_new (parent, _("Record the Publication"),
                                   _("When and where the results of the meeting, its problems "
                                     "and its action plan were published."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  publishing->date = labelled_entry (box, _("Date (DD.MM.YYYY)"));
  publishing->link = labelled_entry (box, _("Link"));
  if (g_date_valid (&fields->published_on))
    date = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&fields->published_on),
                            g_date_get_month (&fields->published_on),
                            g_date_get_year (&fields->published_on));
  else
    {
      g_autoptr(GDateTime) now = kez_kazakhstan_now ();

      date = g_date_time_format (now, "%d.%m.%Y");
    }
  gtk_editable_set_text (publishing->date, date);
  gtk_editable_set_text (publishing->link, fields->publication_link);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("Cancel"));
  if (g_date_valid (&fields->published_on))
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "unpublish",
                                       _("Not Published"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "unpublish",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "publish", _("Mark Published"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "publish",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "publish");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (publish_answered), publishing,
                         publishing_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

