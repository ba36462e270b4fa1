/* kez-question-dialog.c
 *
 * Made for typing a pile of letters in: Add saves the question and clears its text, keeping
 * the channel, date, region, topic and meeting for the next one, which usually share them.
 * The author and contact are personal data and are cleared too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-kazakhstan-time.h"
#include "kez-form-window.h"
#include "kez-date-entry-row.h"
#include "kez-meeting-labels.h"
#include "kez-meetings.h"
#include "kez-question-dialog.h"
#include "kez-question-labels.h"
#include "kez-questions.h"

typedef struct
{
  KezStore      *store;
  KezForm        form;
  GtkTextBuffer *text;
  GtkWidget     *text_view;
  AdwComboRow   *channel;
  GtkWidget     *received;
  AdwComboRow   *region;
  GPtrArray     *region_codes; /* combo position → code, NULL for none */
  GtkEditable   *topic;
  AdwComboRow   *meeting;
  GArray        *meeting_ids;  /* combo position → id, 0 for none */
  GtkEditable   *author;
  GtkEditable   *contact;
  guint          n_added;
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_clear_object (&dialog->store);
  g_ptr_array_unref (dialog->region_codes);
  g_array_unref (dialog->meeting_ids);
  g_free (dialog);
}

static void
add (Dialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  KezQuestionFields fields;
  GDate date;

  gtk_text_buffer_get_bounds (dialog->text, &start, &end);
  text = gtk_text_buffer_get_text (dialog->text, &start, &end, FALSE);

  if (!kez_date_entry_row_get_date (dialog->received, &date))
    {
      gtk_widget_grab_focus (dialog->received);
      return;
    }

  kez_question_fields_init (&fields);
  g_free (fields.text);
  fields.text = g_steal_pointer (&text);
  g_free (fields.received_on);
  fields.received_on = kez_date_to_iso (&date);
  fields.channel = adw_combo_row_get_selected (dialog->channel);
  fields.region_code = g_strdup (g_ptr_array_index (dialog->region_codes,
                                                    adw_combo_row_get_selected (dialog->region)));
  g_free (fields.topic);
  fields.topic = g_strstrip (g_strdup (gtk_editable_get_text (dialog->topic)));
  fields.meeting_id = g_array_index (dialog->meeting_ids, gint64,
                                     adw_combo_row_get_selected (dialog->meeting));
  g_free (fields.author);
  fields.author = g_strstrip (g_strdup (gtk_editable_get_text (dialog->author)));
  g_free (fields.contact);
  fields.contact = g_strstrip (g_strdup (gtk_editable_get_text (dialog->contact)));

  if (kez_questions_add (dialog->store, &fields, &error) == 0)
    {
      kez_question_fields_clear (&fields);
      kez_form_show_error (&dialog->form, error);
      gtk_widget_grab_focus (dialog->text_view);
      return;
    }
  kez_question_fields_clear (&fields);

  dialog->n_added++;
  gtk_text_buffer_set_text (dialog->text, "", -1);
  gtk_editable_set_text (dialog->author, "");
  gtk_editable_set_text (dialog->contact, "");
  adw_toast_overlay_add_toast (dialog->form.toasts,
                               adw_toast_new (g_dngettext (GETTEXT_PACKAGE,
                                                           "Question added",
                                                           "Questions added",
                                                           dialog->n_added)));
  gtk_widget_grab_focus (dialog->text_view);
}

/* A question needs its text and the day it came; the rest may be filled in later. */
static gboolean
can_add (gpointer data)
{
  Dialog *dialog = data;
  g_autofree char *text = kez_form_text_of (dialog->text);

  return text[0] != '\0' && kez_date_entry_row_is_valid (dialog->received);
}

static AdwComboRow *
add_combo_row (AdwPreferencesGroup *group,
               const char          *title,
               GtkStringList       *items)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (items));
  adw_preferences_group_add (group, row);
  g_object_unref (items);
  return ADW_COMBO_ROW (row);
}

static GtkStringList *
channel_names (void)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  for (guint i = 0; i < KEZ_N_CHANNELS; i++)
    gtk_string_list_append (names, kez_channel_label (i));
  return names;
}

static GtkStringList *
region_names (Dialog *dialog)
{
  GtkStringList *names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, C_("region", "Not given"));
  g_ptr_array_add (dialog->region_codes, NULL);
  kez_region_choices_fill (dialog->store, names, dialog->region_codes);
  return names;
}

static GtkStringList *
meeting_names (Dialog *dialog)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  gint64 none = 0;

  gtk_string_list_append (list, C_("meeting", "None yet"));
  g_array_append_val (dialog->meeting_ids, none);
  kez_meeting_choices_fill (dialog->store, list, dialog->meeting_ids);
  return list;
}

GtkWidget *
kez_question_dialog_new (GtkWindow *parent,
                         KezStore  *store)
{
  Dialog *dialog = g_new0 (Dialog, 1);
  AdwPreferencesGroup *question = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *about = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *citizen = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *frame = gtk_frame_new (NULL);
  g_autoptr(GDateTime) now = kez_kazakhstan_now ();
  g_autofree char *today = g_date_time_format (now, "%d.%m.%Y");

  dialog->store = g_object_ref (store);
  dialog->region_codes = g_ptr_array_new_with_free_func (g_free);
  dialog->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  kez_form_init (&dialog->form, parent, _("Add Questions"), 600, 700);
  gtk_button_set_label (GTK_BUTTON (dialog->form.save), _("Add"));
  g_signal_connect_swapped (dialog->form.save, "clicked", G_CALLBACK (add), dialog);

  adw_preferences_group_set_title (question, _("Question"));
  dialog->text_view = gtk_text_view_new ();
  dialog->text = gtk_text_view_get_buffer (GTK_TEXT_VIEW (dialog->text_view));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (dialog->text_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (dialog->text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (dialog->text_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (dialog->text_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (dialog->text_view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (dialog->text_view), 8);
  gtk_widget_set_size_request (dialog->text_view, -1, 120);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dialog->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Question text"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), dialog->text_view);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (question, frame);

  adw_preferences_group_set_title (about, _("Where It Came From"));
  dialog->channel = add_combo_row (about, _("Channel"), channel_names ());
  dialog->received = kez_date_entry_row_new (_("Received (DD.MM.YYYY)"),
                                             _("Pick the Day It Came on a Calendar"), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (dialog->received), today);
  adw_preferences_group_add (about, dialog->received);
  dialog->region = add_combo_row (about, _("Region"), region_names (dialog));
  dialog->topic = kez_form_add_entry_row (about, _("Topic"));
  dialog->meeting = add_combo_row (about, _("Meeting"), meeting_names (dialog));
  adw_combo_row_set_use_subtitle (dialog->meeting, TRUE);

  adw_preferences_group_set_title (citizen, _("Author (Optional)"));
  adw_preferences_group_set_description (citizen,
                                         _("Personal data: kept on this computer only and left "
                                           "out of exports unless asked for."));
  dialog->author = kez_form_add_entry_row (citizen, _("Full Name"));
  dialog->contact = kez_form_add_entry_row (citizen, _("Phone or Email"));

  kez_form_save_when (&dialog->form, can_add, dialog);
  kez_form_check_on (&dialog->form, dialog->text);
  kez_form_check_on (&dialog->form, dialog->received);
  adw_preferences_page_add (dialog->form.page, question);
  adw_preferences_page_add (dialog->form.page, about);
  adw_preferences_page_add (dialog->form.page, citizen);
  g_object_set_data_full (G_OBJECT (dialog->form.window), "dialog", dialog,
                          (GDestroyNotify) dialog_free);
  gtk_widget_grab_focus (dialog->text_view);
  return dialog->form.window;
}
