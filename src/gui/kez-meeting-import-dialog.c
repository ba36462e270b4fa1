/* kez-meeting-import-dialog.c
 *
 * The file is read and checked before anything is saved; the preview lists the meetings found
 * and every row that cannot be imported with its line number. Import stays unavailable until
 * the file is right, so it is all or nothing here as on the command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-import-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-csv.h"
#include "kez-meeting-import-dialog.h"
#include "kez-meeting-import.h"
#include "kez-meeting-labels.h"
#include "kez-text-row.h"
#include "kez-window.h"

typedef struct
{
  KezStore         *store;
  KezMeetingImport *import;
  GtkWindow        *parent;
  GtkWindow        *preview;
} ImportRun;

static void
import_run_free (ImportRun *run)
{
  g_clear_object (&run->store);
  g_clear_pointer (&run->import, kez_meeting_import_free);
  g_free (run);
}

static void
tell (GtkWindow  *parent,
      const char *message)
{
  if (KEZ_IS_WINDOW (parent))
    kez_window_add_toast (KEZ_WINDOW (parent), adw_toast_new (message));
}

static void
import_clicked (GtkButton *button,
                ImportRun *run)
{
  g_autoptr(GError) error = NULL;
  guint n = kez_meeting_import_get_n_meetings (run->import);
  g_autofree char *done = NULL;

  if (!kez_meeting_import_commit (run->import, run->store, &error))
    {
      tell (run->parent, error->message);
      return;
    }
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %1$u meeting",
                                       "Imported %1$u meetings", n), n);
  tell (run->parent, done);
  gtk_window_destroy (run->preview);
}

static GtkWidget *
build_preview (ImportRun  *run,
               const char *file_name)
{
  g_autoptr(KezNames) names = kez_names_new (run->store);
  GPtrArray *problems = kez_meeting_import_get_problems (run->import);
  guint n = kez_meeting_import_get_n_meetings (run->import);
  GtkWidget *window = g_object_new (ADW_TYPE_WINDOW, "accessible-role",
                                    GTK_ACCESSIBLE_ROLE_DIALOG, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  /* Labels without mnemonics: GTK 4.8 would read the underscore out to a screen reader. */
  GtkWidget *cancel = gtk_button_new_with_label (_("Cancel"));
  GtkWidget *import = gtk_button_new_with_label (_("Import"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *summary = adw_preferences_group_new ();
  GtkWidget *found = adw_preferences_group_new ();
  g_autofree char *title = NULL;

  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), run->parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 620);
  gtk_window_set_title (GTK_WINDOW (window), _("Import Meetings"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Import Meetings"), file_name));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_widget_add_css_class (import, "suggested-action");
  gtk_widget_set_sensitive (import, problems->len == 0 && n > 0);
  g_signal_connect (import, "clicked", G_CALLBACK (import_clicked), run);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), import);

  if (problems->len > 0)
    {
      /* Translators: %1$u is a number of rows */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%1$u row cannot be imported",
                                            "%1$u rows cannot be imported", problems->len),
                               problems->len);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (summary), title);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (summary),
                                             _("Nothing is imported until every row is right. "
                                               "Correct the file and open it again."));
      for (guint i = 0; i < problems->len; i++)
        {
          GtkWidget *row = kez_text_row_new (g_ptr_array_index (problems, i), NULL);

          gtk_widget_add_css_class (row, "error");
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (summary), row);
        }
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (summary));
    }

  g_clear_pointer (&title, g_free);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u meeting found",
                                        "%1$u meetings found", n), n);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (found), title);
  for (guint i = 0; i < MIN (n, 200); i++)
    {
      const KezMeetingFields *fields = kez_meeting_import_get_meeting (run->import, i);
      g_autofree char *heading = g_strdup_printf ("%02u.%02u.%04u %02d:%02d · %s",
                                                  g_date_get_day (&fields->date),
                                                  g_date_get_month (&fields->date),
                                                  g_date_get_year (&fields->date),
                                                  fields->start_minute / 60,
                                                  fields->start_minute % 60, fields->leader_name);
      g_autofree char *detail = g_strdup_printf ("%s · %s",
                                                 kez_names_body (names, fields->body_code),
                                                 kez_names_region (names, fields->region_code));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (found),
                                 kez_text_row_new (heading, detail));
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (found));

  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  g_object_set_data_full (G_OBJECT (window), "run", run, (GDestroyNotify) import_run_free);
  run->preview = GTK_WINDOW (window);
  return window;
}

static void
file_chosen (GtkNativeDialog *chooser,
             int              response,
             ImportRun       *run)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      import_run_free (run);
      g_object_unref (chooser);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  name = g_file_get_basename (file);
  if (!(contents = kez_csv_load_gfile (file, &length, &error)) ||
      !(run->import = kez_meeting_import_read (run->store, contents, length, &error)))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", name, error->message);

      tell (run->parent, message);
      import_run_free (run);
      return;
    }
  gtk_window_present (GTK_WINDOW (build_preview (run, name)));
}

void
kez_meeting_import_dialog_run (GtkWindow *parent,
                               KezStore  *store)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  ImportRun *run = g_new0 (ImportRun, 1);

  run->store = g_object_ref (store);
  run->parent = parent;

  chooser = gtk_file_chooser_native_new (_("Import Meetings"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen), run);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
