/* kez-question-import-dialog.c
 *
 * Like the meeting import: the file is read and checked before anything is saved, the preview
 * lists the questions found and every bad row with its line number, and Import stays
 * unavailable until the whole file is right. Files from other systems name their columns
 * otherwise: the Columns group maps each of ours to one of the file's, the preview follows at
 * once, and the mapping is remembered for the next file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-import-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-csv.h"
#include "kez-date-format.h"
#include "kez-meeting-labels.h"
#include "kez-meetings.h"
#include "kez-question-import-dialog.h"
#include "kez-question-import.h"
#include "kez-question-labels.h"
#include "kez-text-row.h"
#include "kez-window.h"

typedef struct
{
  KezStore           *store;
  GtkWindow          *parent;
  GtkWindow          *preview;
  char               *contents;
  gsize               length;
  GStrv               header;
  char               *mapping[KEZ_N_QUESTION_COLUMNS]; /* the file's header for each, or NULL */
  KezQuestionImport  *import;
  AdwPreferencesPage *page;
  AdwPreferencesGroup *problems_group;
  AdwPreferencesGroup *found_group;
  GtkWidget          *import_button;
} ImportRun;

static void
import_run_free (ImportRun *run)
{
  g_clear_object (&run->store);
  g_free (run->contents);
  g_strfreev (run->header);
  for (guint c = 0; c < KEZ_N_QUESTION_COLUMNS; c++)
    g_free (run->mapping[c]);
  g_clear_pointer (&run->import, kez_question_import_free);
  g_free (run);
}

static void
set_str (char       **slot,
         const char  *value)
{
  g_free (*slot);
  *slot = g_strdup (value);
}

static void
tell (GtkWindow  *parent,
      const char *message)
{
  if (KEZ_IS_WINDOW (parent))
    kez_window_add_toast (KEZ_WINDOW (parent), adw_toast_new (message));
}

static const char *
column_title (KezQuestionColumn column)
{
  switch (column)
    {
    case KEZ_QUESTION_COLUMN_RECEIVED: return _("Received");
    case KEZ_QUESTION_COLUMN_CHANNEL: return _("Channel");
    case KEZ_QUESTION_COLUMN_REGION: return _("Region");
    case KEZ_QUESTION_COLUMN_TOPIC: return _("Topic");
    case KEZ_QUESTION_COLUMN_TEXT: return _("Question text");
    case KEZ_QUESTION_COLUMN_AUTHOR: return _("Author");
    case KEZ_QUESTION_COLUMN_CONTACT: return _("Contact");
    case KEZ_QUESTION_COLUMN_MEETING: return _("Meeting ID");
    case KEZ_N_QUESTION_COLUMNS:
    default: g_return_val_if_reached ("");
    }
}

static void
save_mapping (ImportRun *run)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));

  for (guint c = 0; c < KEZ_N_QUESTION_COLUMNS; c++)
    if (run->mapping[c] != NULL)
      g_variant_builder_add (&builder, "{ss}", kez_question_column_name (c), run->mapping[c]);
  g_settings_set_value (settings, "question-import-columns", g_variant_builder_end (&builder));
}

/* Our name when the file has it, else the header the last import used for it, else a header
 * whose words say what it holds. */
static void
guess_mapping (ImportRun *run)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autoptr(GVariant) saved = g_settings_get_value (settings, "question-import-columns");

  for (guint c = 0; c < KEZ_N_QUESTION_COLUMNS; c++)
    {
      const char *remembered = NULL;
      g_autofree char *ours = g_utf8_casefold (kez_question_column_name (c), -1);

      g_variant_lookup (saved, kez_question_column_name (c), "&s", &remembered);
      for (guint i = 0; run->header[i] != NULL; i++)
        {
          g_autofree char *name = g_utf8_casefold (g_strstrip (g_strdup (run->header[i])), -1);

          if (g_str_equal (name, ours))
            set_str (&run->mapping[c], run->header[i]);
          else if (run->mapping[c] == NULL && g_strcmp0 (run->header[i], remembered) == 0)
            set_str (&run->mapping[c], run->header[i]);
        }
    }
  for (guint i = 0; run->header[i] != NULL; i++)
    {
      int c = kez_question_column_guess (run->header[i]);
      gboolean taken = FALSE;

      for (guint other = 0; other < KEZ_N_QUESTION_COLUMNS; other++)
        taken |= g_strcmp0 (run->mapping[other], run->header[i]) == 0;
      if (c >= 0 && run->mapping[c] == NULL && !taken)
        set_str (&run->mapping[c], run->header[i]);
    }
}

static void
import_clicked (GtkButton *button,
                ImportRun *run)
{
  g_autoptr(GError) error = NULL;
  guint n = kez_question_import_get_n_questions (run->import);
  g_autofree char *done = NULL;

  if (!kez_question_import_commit (run->import, run->store, &error))
    {
      tell (run->parent, error->message);
      return;
    }
  save_mapping (run);
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %1$u question",
                                       "Imported %1$u questions", n), n);
  tell (run->parent, done);
  gtk_window_destroy (run->preview);
}

static void
replace_group (ImportRun            *run,
               AdwPreferencesGroup **group)
{
  if (*group != NULL)
    adw_preferences_page_remove (run->page, *group);
  *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (run->page, *group);
}

/* Reads the file with the current mapping and shows what it found. */
static void
refresh_preview (ImportRun *run)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KezNames) names = kez_names_new (run->store);
  g_autofree char *title = NULL;
  GPtrArray *problems;
  guint n;

  g_clear_pointer (&run->import, kez_question_import_free);
  replace_group (run, &run->problems_group);
  replace_group (run, &run->found_group);
  gtk_widget_set_sensitive (run->import_button, FALSE);

  run->import = kez_question_import_read (run->store, run->contents, run->length,
                                          (const char * const *) run->mapping, 0, &error);
  if (run->import == NULL)
    {
      GtkWidget *row = kez_text_row_new (error->message, NULL);

      gtk_widget_add_css_class (row, "error");
      adw_preferences_group_set_title (run->problems_group, _("The File Cannot Be Read"));
      adw_preferences_group_set_description (run->problems_group,
                                             _("Choose above which column of the file holds "
                                               "each value."));
      adw_preferences_group_add (run->problems_group, row);
      return;
    }

  problems = kez_question_import_get_problems (run->import);
  n = kez_question_import_get_n_questions (run->import);
  if (problems->len > 0)
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u row cannot be imported",
                                            "%1$u rows cannot be imported", problems->len),
                               problems->len);
      adw_preferences_group_set_title (run->problems_group, title);
      adw_preferences_group_set_description (run->problems_group,
                                             _("Nothing is imported until every row is right. "
                                               "Correct the file and open it again."));
      for (guint i = 0; i < MIN (problems->len, 200); i++)
        {
          GtkWidget *row = kez_text_row_new (g_ptr_array_index (problems, i), NULL);

          gtk_widget_add_css_class (row, "error");
          adw_preferences_group_add (run->problems_group, row);
        }
    }

  g_clear_pointer (&title, g_free);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question found",
                                        "%1$u questions found", n), n);
  adw_preferences_group_set_title (run->found_group, title);
  for (guint i = 0; i < MIN (n, 200); i++)
    {
      const KezQuestionFields *fields = kez_question_import_get_question (run->import, i);
      g_autofree char *day = g_strndup (fields->received_on, 10);
      g_autofree char *received = NULL;
      g_autofree char *detail = NULL;
      GDate date;

      /* The date as the planner writes it, not as the file or the database keeps it. */
      received = kez_date_parse_iso (day, &date) ? kez_date_format (&date)
                                                 : g_strdup (fields->received_on);
      detail = g_strdup_printf ("%s · %s · %s", received, kez_channel_label (fields->channel),
                                kez_names_region (names, fields->region_code));

      adw_preferences_group_add (run->found_group, kez_text_row_new (fields->text, detail));
    }
  gtk_widget_set_sensitive (run->import_button, problems->len == 0 && n > 0);
}

static void
column_chosen (AdwComboRow *row,
               GParamSpec  *pspec,
               ImportRun   *run)
{
  KezQuestionColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "column"));
  guint selected = adw_combo_row_get_selected (row);

  /* The first item is "Not in the file". */
  set_str (&run->mapping[column], selected > 0 ? run->header[selected - 1] : NULL);
  refresh_preview (run);
}

static GtkWidget *
build_columns (ImportRun *run)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Columns"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Which column of the file holds each value. "
                                           "Remembered for the next import."));
  for (guint c = 0; c < KEZ_N_QUESTION_COLUMNS; c++)
    {
      GtkStringList *choices = gtk_string_list_new (NULL);
      GtkWidget *row = adw_combo_row_new ();
      guint selected = 0;

      gtk_string_list_append (choices, _("Not in the file"));
      for (guint i = 0; run->header[i] != NULL; i++)
        {
          gtk_string_list_append (choices, run->header[i]);
          if (selected == 0 && g_strcmp0 (run->header[i], run->mapping[c]) == 0)
            selected = i + 1;
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), column_title (c));
      if (kez_question_column_is_required (c))
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Required"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
      g_object_unref (choices);
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
      g_object_set_data (G_OBJECT (row), "column", GINT_TO_POINTER (c));
      g_signal_connect (row, "notify::selected", G_CALLBACK (column_chosen), run);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

static GtkWidget *
build_preview (ImportRun  *run,
               const char *file_name)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  /* Labels without mnemonics: GTK 4.8 would read the underscore out to a screen reader. */
  GtkWidget *cancel = gtk_button_new_with_label (_("Cancel"));

  run->import_button = gtk_button_new_with_label (_("Import"));
  run->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());

  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), run->parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 680, 700);
  gtk_window_set_title (GTK_WINDOW (window), _("Import Questions"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Import Questions"), file_name));
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_widget_add_css_class (run->import_button, "suggested-action");
  g_signal_connect (run->import_button, "clicked", G_CALLBACK (import_clicked), run);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), run->import_button);

  adw_preferences_page_add (run->page, ADW_PREFERENCES_GROUP (build_columns (run)));
  refresh_preview (run);

  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (GTK_WIDGET (run->page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (run->page));
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
  g_autofree char *name = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      import_run_free (run);
      g_object_unref (chooser);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  name = g_file_get_basename (file);
  if (!(run->contents = kez_csv_load_gfile (file, &run->length, &error)) ||
      !(run->header = kez_question_import_read_header (run->contents, run->length, &error)))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", name, error->message);

      tell (run->parent, message);
      import_run_free (run);
      return;
    }
  guess_mapping (run);
  gtk_window_present (GTK_WINDOW (build_preview (run, name)));
}

void
kez_question_import_dialog_run (GtkWindow *parent,
                                KezStore  *store)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  ImportRun *run = g_new0 (ImportRun, 1);

  run->store = g_object_ref (store);
  run->parent = parent;

  chooser = gtk_file_chooser_native_new (_("Import Questions"), parent,
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
