/* kez-publish-dialog.c
 *
 * Decree point 3.7 asks for the results, the problem list and the action plan on the
 * ministry's website and in the media within ten days. This form makes that document: its
 * language (the site has a Kazakh and a Russian version; both puts one after the other), a
 * PDF for the media or a web page for the site's editor, saved or printed. Saving records the
 * publication as made today, unless it was recorded already: the planner can correct the date
 * and add the link with "Results Published…" once the page is online.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-publish-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-export-choice.h"
#include "kez-form-window.h"
#include "kez-kazakhstan-time.h"
#include "kez-meetings.h"
#include "kez-publication-print.h"
#include "kez-publication.h"
#include "kez-publish-dialog.h"
#include "kez-store-open.h"

typedef struct
{
  KezStore          *store;
  GtkWindow         *parent;
  gint64             meeting_id;
  KezForm            form;
  AdwComboRow       *language;
  AdwComboRow       *form_choice;  /* 0: PDF, 1: web page */
  GtkWidget         *print;
  /* the job, read by the worker */
  char              *database;
  char              *path;
  KezExportLanguage  export_language;
  gboolean           recorded;     /* the publication was recorded by this save */
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_clear_object (&dialog->store);
  g_free (dialog->database);
  g_free (dialog->path);
  g_free (dialog);
}

static void
publish_in_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  Dialog *dialog = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = kez_store_open (dialog->database, &error);
  g_autoptr(KezPublication) publication = NULL;

  if (store != NULL)
    publication = kez_publication_of_results (store, dialog->meeting_id,
                                              dialog->export_language, &error);
  if (publication != NULL && kez_publication_write (publication, dialog->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* Saving is publishing: the day is recorded, once. */
static gboolean
record_publication (Dialog  *dialog,
                    GError **error)
{
  g_autoptr(KezMeeting) meeting = kez_meetings_get (dialog->store, dialog->meeting_id);
  const KezMeetingFields *fields;
  GDate today;

  if (meeting == NULL)
    return TRUE;
  fields = kez_meeting_get_fields (meeting);
  if (g_date_valid (&fields->published_on))
    return TRUE;
  kez_kazakhstan_today (&today);
  if (!kez_meetings_set_published (dialog->store, dialog->meeting_id, &today,
                                   fields->publication_link, error))
    return FALSE;
  dialog->recorded = TRUE;
  return TRUE;
}

static void
published (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Dialog *dialog = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      !record_publication (dialog, &error))
    {
      gtk_widget_set_sensitive (dialog->form.save, TRUE);
      gtk_widget_set_sensitive (dialog->print, TRUE);
      kez_form_show_error (&dialog->form, error);
      return;
    }
  file = g_file_new_for_path (dialog->path);
  name = g_file_get_basename (file);
  text = dialog->recorded
           /* Translators: %1$s is a file name */
           ? g_strdup_printf (_("Saved “%1$s”; the results are recorded as published today"),
                              name)
           /* Translators: %1$s is a file name */
           : g_strdup_printf (_("Saved “%1$s”"), name);
  kez_form_toast_saved (dialog->parent, file, text);
  gtk_window_destroy (GTK_WINDOW (dialog->form.window));
}

static gboolean
has_document_ending (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, ".pdf") || g_str_has_suffix (lower, ".html") ||
         g_str_has_suffix (lower, ".htm");
}

static void
file_chosen (GtkNativeDialog *chooser,
             int              response,
             Dialog          *dialog)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  g_free (dialog->path);
  dialog->path = g_file_get_path (file);
  /* A name typed with its ending says the form; one without gets the chosen form's. */
  if (!has_document_ending (dialog->path))
    {
      char *named = g_strconcat (dialog->path, adw_combo_row_get_selected (dialog->form_choice)
                                                 == 0 ? ".pdf" : ".html", NULL);

      g_free (dialog->path);
      dialog->path = named;
    }
  dialog->export_language = adw_combo_row_get_selected (dialog->language);

  gtk_widget_set_sensitive (dialog->form.save, FALSE);
  gtk_widget_set_sensitive (dialog->print, FALSE);
  task = g_task_new (dialog->form.window, NULL, published, dialog);
  g_task_set_task_data (task, dialog, NULL);
  g_task_run_in_thread (task, publish_in_thread);
}

static void
choose_file (Dialog *dialog)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (gtk_window_get_title (GTK_WINDOW (dialog->form.window)),
                                 GTK_WINDOW (dialog->form.window),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     adw_combo_row_get_selected (dialog->form_choice) == 0
                                       ? _("meeting-results.pdf") : _("meeting-results.html"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen), dialog);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_document (Dialog *dialog)
{
  g_autoptr(GError) error = NULL;
  KezPublication *publication =
    kez_publication_of_results (dialog->store, dialog->meeting_id,
                                adw_combo_row_get_selected (dialog->language), &error);
  GtkWindow *parent = dialog->parent;

  if (publication == NULL)
    {
      kez_form_show_error (&dialog->form, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (dialog->form.window));
  kez_publication_print (parent, publication, _("Results of the meeting"));
}

GtkWidget *
kez_publish_dialog_new (GtkWindow *parent,
                        KezStore  *store,
                        gint64     meeting_id)
{
  Dialog *dialog = g_new0 (Dialog, 1);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *printing = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char *languages[] = { _("Kazakh"), _("Russian"), _("Kazakh and Russian"), NULL };
  const char *forms[] = { _("PDF document, for the media"),
                          _("Web page, for the website’s editor"), NULL };
  KezExportLanguage chosen = kez_export_language_chosen ();

  dialog->store = g_object_ref (store);
  dialog->parent = parent;
  dialog->meeting_id = meeting_id;
  dialog->database = g_strdup (kez_store_get_path (store));

  kez_form_init (&dialog->form, parent, _("Publish the Results"), 600, 420);
  gtk_button_set_label (GTK_BUTTON (dialog->form.save), _("Save…"));
  g_signal_connect_swapped (dialog->form.save, "clicked", G_CALLBACK (choose_file), dialog);

  adw_preferences_group_set_description (group,
                                         _("The meeting’s results, its problematic issues and "
                                           "its action plan, without any citizen’s personal "
                                           "data. Saving records the results as published "
                                           "today."));
  dialog->language = kez_form_add_combo_row (group, _("Language"), languages, chosen);
  dialog->form_choice = kez_form_add_combo_row (group, _("Form"), forms, 0);
  adw_preferences_page_add (dialog->form.page, group);

  dialog->print = gtk_button_new_with_mnemonic (_("_Print…"));
  gtk_widget_set_halign (dialog->print, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (dialog->print, "pill");
  g_signal_connect_swapped (dialog->print, "clicked", G_CALLBACK (print_document), dialog);
  adw_preferences_group_add (printing, dialog->print);
  adw_preferences_page_add (dialog->form.page, printing);

  g_object_set_data_full (G_OBJECT (dialog->form.window), "dialog", dialog,
                          (GDestroyNotify) dialog_free);
  return dialog->form.window;
}
