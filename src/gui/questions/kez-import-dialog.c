/* kez-import-dialog.c
 *
 * One dialog imports meetings and questions, from a CSV file or an Excel workbook. The file is
 * read and checked before anything is saved, and read again at once after every choice:
 *
 *   Columns  which column of the file holds each of our values (guessed from the header's
 *            words, then as the last import of the kind had it); for questions also one
 *            channel for every row, for a file from a single source;
 *   Values   every value the file spells its own way ("г. Астана", "е-Өтініш"), with what it
 *            was taken for: guessed, chosen before, or not recognised, and a choice;
 *   then the rows that cannot be imported with their lines, the rows already in the
 *   database (which are skipped), and what will be imported.
 *
 * Import stays unavailable until every row is right. After it, the window says how many were
 * imported and offers Undo; the column and value choices are remembered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-import-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-csv.h"
#include "kez-date-format.h"
#include "kez-form-window.h"
#include "kez-import-batch.h"
#include "kez-import-dialog-private.h"
#include "kez-import-progress.h"
#include "kez-import-value-choices.h"
#include "kez-meeting-import.h"
#include "kez-meeting-labels.h"
#include "kez-meetings.h"
#include "kez-question-import.h"
#include "kez-question-labels.h"
#include "kez-text-row.h"
#include "kez-text.h"
#include "kez-toast.h"

/* Beyond these the planner is better served by choosing another column. */
#define MAX_PREVIEW_ROWS 200


static const KezImportColumn *
columns_of (ImportRun *run,
            guint     *n)
{
  if (run->kind == KEZ_IMPORT_QUESTIONS)
    {
      *n = KEZ_N_QUESTION_COLUMNS;
      return kez_question_import_columns ();
    }
  *n = KEZ_N_MEETING_COLUMNS;
  return kez_meeting_import_columns ();
}

static void
import_run_free (ImportRun *run)
{
  g_clear_object (&run->store);
  g_free (run->file_name);
  g_clear_pointer (&run->questions, kez_question_import_free);
  g_clear_pointer (&run->meetings, kez_meeting_import_free);
  g_clear_pointer (&run->table, kez_import_table_free);
  g_clear_pointer (&run->values, kez_import_value_map_free);
  g_clear_pointer (&run->names, kez_names_free);
  if (run->mapping != NULL)
    {
      guint n;

      columns_of (run, &n);
      kez_import_columns_free_mapping (run->mapping, n);
    }
  g_free (run);
}

static const char *
settings_key (ImportRun *run)
{
  return run->kind == KEZ_IMPORT_QUESTIONS ? "question-import-columns"
                                           : "meeting-import-columns";
}

static const char *
dialog_title (KezImportKind kind)
{
  return kind == KEZ_IMPORT_QUESTIONS ? _("Import Questions") : _("Import Meetings");
}

static void
tell (GtkWindow *parent,
      AdwToast  *toast)
{
  kez_toast_add (GTK_WIDGET (parent), toast);
}

/* ---- the columns ------------------------------------------------------------------------ */

static GHashTable *
remembered_mapping (ImportRun *run)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autoptr(GVariant) saved = g_settings_get_value (settings, settings_key (run));
  GHashTable *remembered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GVariantIter iter;
  const char *ours, *theirs;

  g_variant_iter_init (&iter, saved);
  while (g_variant_iter_next (&iter, "{&s&s}", &ours, &theirs))
    g_hash_table_insert (remembered, g_strdup (ours), g_strdup (theirs));
  return remembered;
}

static void
save_mapping (ImportRun *run)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a{ss}"));
  guint n;
  const KezImportColumn *columns = columns_of (run, &n);

  for (guint c = 0; c < n; c++)
    if (run->mapping[c] != NULL)
      g_variant_builder_add (&builder, "{ss}", columns[c].name, run->mapping[c]);
  g_settings_set_value (settings, settings_key (run), g_variant_builder_end (&builder));
}

/* ---- reading ---------------------------------------------------------------------------- */

static gboolean
read_file (ImportRun  *run,
           GError    **error)
{
  g_clear_pointer (&run->questions, kez_question_import_free);
  g_clear_pointer (&run->meetings, kez_meeting_import_free);
  if (run->kind == KEZ_IMPORT_QUESTIONS)
    {
      KezQuestionImportOptions options = KEZ_QUESTION_IMPORT_OPTIONS_INIT;

      options.mapping = (const char * const *) run->mapping;
      options.channel = run->channel;
      options.values = run->values;
      options.file_name = run->file_name;
      run->questions = kez_question_import_read (run->store, run->table, &options, error);
      return run->questions != NULL;
    }
  else
    {
      KezMeetingImportOptions options = { (const char * const *) run->mapping, run->values,
                                          run->file_name };

      run->meetings = kez_meeting_import_read (run->store, run->table, &options, error);
      return run->meetings != NULL;
    }
}

static guint
n_found (ImportRun *run)
{
  return run->questions != NULL ? kez_question_import_get_n_questions (run->questions)
                                : kez_meeting_import_get_n_meetings (run->meetings);
}

static GPtrArray *
problems_of (ImportRun *run)
{
  return run->questions != NULL ? kez_question_import_get_problems (run->questions)
                                : kez_meeting_import_get_problems (run->meetings);
}

static GArray *
present_of (ImportRun *run)
{
  return run->questions != NULL ? kez_question_import_get_present (run->questions)
                                : kez_meeting_import_get_present (run->meetings);
}

/* A row of what will be imported: the question's text, or the meeting's day and leader. */
static GtkWidget *
found_row (ImportRun *run,
           guint      index)
{
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;

  if (run->questions != NULL)
    {
      const KezQuestionFields *fields = kez_question_import_get_question (run->questions, index);
      g_autofree char *day = g_strndup (fields->received_on, 10);
      g_autofree char *received = NULL;
      GDate date;

      /* The date as the planner writes it, not as the file or the database keeps it. */
      received = kez_date_parse_iso (day, &date) ? kez_date_format (&date)
                                                 : g_strdup (fields->received_on);
      detail = kez_text_join_dotted (received, kez_channel_label (fields->channel),
                                     kez_names_region (run->names, fields->region_code), NULL);
      return kez_text_row_new (fields->text, detail);
    }
  else
    {
      const KezMeetingFields *fields = kez_meeting_import_get_meeting (run->meetings, index);
      g_autofree char *day = kez_date_format (&fields->date);

      title = g_strdup_printf ("%s %02d:%02d · %s", day, fields->start_minute / 60,
                               fields->start_minute % 60, fields->leader_name);
      detail = kez_text_join_dotted (kez_names_body (run->names, fields->body_code),
                                     kez_names_region (run->names, fields->region_code), NULL);
      return kez_text_row_new (title, detail);
    }
}

/* ---- what was read ---------------------------------------------------------------------- */

static void
replace_group (ImportRun            *run,
               AdwPreferencesGroup **group)
{
  if (*group != NULL)
    adw_preferences_page_remove (run->form.page, *group);
  *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (run->form.page, *group);
}

static void
show_error_rows (AdwPreferencesGroup *group,
                 GPtrArray           *messages)
{
  for (guint i = 0; i < MIN (messages->len, MAX_PREVIEW_ROWS); i++)
    {
      GtkWidget *row = kez_text_row_new (g_ptr_array_index (messages, i), NULL);

      gtk_widget_add_css_class (row, "error");
      adw_preferences_group_add (group, row);
    }
}

static void
show_present (ImportRun *run)
{
  GArray *present = present_of (run);
  g_autofree char *title = NULL;
  g_autofree char *lines = NULL;

  if (present->len == 0)
    return;
  lines = kez_import_table_lines (run->table, present);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u row is already in the database",
                                        "%1$u rows are already in the database", present->len),
                           present->len);
  adw_preferences_group_set_title (run->present_group, title);
  adw_preferences_group_set_description (run->present_group,
                                         n_found (run) > 0
                                           ? _("They are skipped, so that nothing is imported "
                                               "twice.")
                                           : _("Every row of the file has been imported "
                                               "before: there is nothing to import."));
  adw_preferences_group_add (run->present_group, kez_text_row_new (lines, NULL));
}

static void
show_found (ImportRun *run)
{
  guint n = n_found (run);
  g_autofree char *title = NULL;

  if (run->kind == KEZ_IMPORT_QUESTIONS)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question found",
                                          "%1$u questions found", n), n);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u meeting found",
                                          "%1$u meetings found", n), n);
  adw_preferences_group_set_title (run->found_group, title);
  if (run->kind == KEZ_IMPORT_QUESTIONS)
    n = kez_question_import_get_n_preview (run->questions);
  for (guint i = 0; i < MIN (n, MAX_PREVIEW_ROWS); i++)
    adw_preferences_group_add (run->found_group, found_row (run, i));
}

/* Reads the file with the choices made and shows what it found, below the values. */
void
kez_import_run_show_rows (ImportRun *run)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  g_autofree char *title = NULL;

  replace_group (run, &run->problems_group);
  replace_group (run, &run->present_group);
  replace_group (run, &run->found_group);
  gtk_widget_set_sensitive (run->form.save, FALSE);

  if (!read_file (run, &error))
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

  problems = problems_of (run);
  if (problems->len > 0)
    {
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u row cannot be imported",
                                            "%1$u rows cannot be imported", problems->len),
                               problems->len);
      adw_preferences_group_set_title (run->problems_group, title);
      adw_preferences_group_set_description (run->problems_group,
                                             _("Nothing is imported until every row is right: "
                                               "choose above what a value stands for, or "
                                               "correct the file and open it again."));
      show_error_rows (run->problems_group, problems);
    }
  show_present (run);
  show_found (run);
  gtk_widget_set_sensitive (run->form.save, problems->len == 0 && n_found (run) > 0);
}

static void
refresh (ImportRun *run)
{
  if (run->values_group != NULL)
    adw_preferences_page_remove (run->form.page, run->values_group);
  run->values_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (run->values_group, _("Values"));
  adw_preferences_group_set_description (run->values_group,
                                         _("How the file's own spellings are read. A choice is "
                                           "remembered for the next import."));
  adw_preferences_page_add (run->form.page, run->values_group);
  kez_import_run_show_rows (run);
  kez_import_run_show_values (run);
}

/* ---- the columns' rows ------------------------------------------------------------------ */

static void
column_chosen (AdwComboRow *row,
               GParamSpec  *pspec,
               ImportRun   *run)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
  guint selected = adw_combo_row_get_selected (row);
  const char * const *header = kez_import_table_get_header (run->table);

  /* The first item is "Not in the file". */
  g_free (run->mapping[column]);
  run->mapping[column] = selected > 0 ? g_strdup (header[selected - 1]) : NULL;
  refresh (run);
}

static void
channel_chosen (AdwComboRow *row,
                GParamSpec  *pspec,
                ImportRun   *run)
{
  guint selected = adw_combo_row_get_selected (row);

  /* The first item is "As the file says". */
  run->channel = selected > 0 ? (int) selected - 1 : -1;
  gtk_widget_set_sensitive (run->channel_column_row, run->channel < 0);
  refresh (run);
}

static GtkWidget *
column_row (ImportRun             *run,
            const KezImportColumn *column,
            guint                  index)
{
  const char * const *header = kez_import_table_get_header (run->table);
  GtkStringList *choices = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  gtk_string_list_append (choices, _("Not in the file"));
  for (guint i = 0; header[i] != NULL; i++)
    {
      gtk_string_list_append (choices, header[i]);
      if (selected == 0 && g_strcmp0 (header[i], run->mapping[index]) == 0)
        selected = i + 1;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(column->title));
  if (column->required)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Required"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  g_object_unref (choices);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (index));
  g_signal_connect (row, "notify::selected", G_CALLBACK (column_chosen), run);
  return row;
}

/* For a file from one source (a hall's questions, e-Otinish's export) that has no channel. */
static GtkWidget *
channel_row (ImportRun *run)
{
  GtkStringList *choices = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  gtk_string_list_append (choices, _("As the file says"));
  for (KezChannel c = 0; c < KEZ_N_CHANNELS; c++)
    gtk_string_list_append (choices, kez_channel_label (c));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The Same Channel for Every Row"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (choices));
  g_object_unref (choices);
  g_signal_connect (row, "notify::selected", G_CALLBACK (channel_chosen), run);
  return row;
}

/* The columns fold away once every required one is found: what needs the planner then is
 * below them. */
static GtkWidget *
build_columns (ImportRun *run)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *expander = adw_expander_row_new ();
  gboolean complete = TRUE;
  guint n;
  const KezImportColumn *columns = columns_of (run, &n);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Columns"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                 _("Which column of the file holds each value. Remembered for "
                                   "the next import."));
  for (guint c = 0; c < n; c++)
    {
      GtkWidget *row = column_row (run, &columns[c], c);

      complete &= !columns[c].required || run->mapping[c] != NULL;
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      if (run->kind == KEZ_IMPORT_QUESTIONS && c == KEZ_QUESTION_COLUMN_CHANNEL)
        {
          run->channel_column_row = row;
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), channel_row (run));
        }
    }
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), !complete);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
  return group;
}

/* ---- saving ----------------------------------------------------------------------------- */

typedef struct
{
  KezStore  *store;
  GtkWindow *parent;
  gint64     import_id;
} Undo;

static void
undo_free (gpointer data)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_free (undo);
}

static void
undo_clicked (AdwToast *toast,
              Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!kez_import_undo (undo->store, undo->import_id, &error))
    tell (undo->parent, adw_toast_new (error->message));
  else
    tell (undo->parent, adw_toast_new (_("The import was undone")));
}

static AdwToast *
done_toast (ImportRun *run,
            gint64     import_id)
{
  guint n = n_found (run);
  g_autofree char *text = NULL;
  AdwToast *toast;
  Undo *undo;

  if (run->kind == KEZ_IMPORT_QUESTIONS)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %1$u question",
                                         "Imported %1$u questions", n), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %1$u meeting",
                                         "Imported %1$u meetings", n), n);
  toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, 10);
  adw_toast_set_button_label (toast, _("Undo"));
  undo = g_new0 (Undo, 1);
  undo->store = g_object_ref (run->store);
  undo->parent = run->parent;
  undo->import_id = import_id;
  g_object_set_data_full (G_OBJECT (toast), "undo", undo, undo_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (undo_clicked), undo);
  return toast;
}

static void
imported (gint64        import_id,
          const GError *error,
          gpointer      data)
{
  ImportRun *run = data;

  if (error != NULL)
    {
      kez_form_show_error (&run->form, error);
      return;
    }
  save_mapping (run);
  tell (run->parent, done_toast (run, import_id));
  gtk_window_destroy (GTK_WINDOW (run->form.window));
}

/* Questions can be a year's worth: they are written in the background. A schedule's
 * meetings are a few dozen. */
static void
import_clicked (GtkButton *button,
                ImportRun *run)
{
  g_autoptr(GError) error = NULL;
  gint64 import_id = 0;

  if (run->questions != NULL)
    {
      kez_import_commit_in_background (&run->form, run->store, run->questions, imported, run);
      return;
    }
  kez_meeting_import_commit (run->meetings, run->store, &import_id, &error);
  imported (import_id, error, run);
}

/* ---- opening ---------------------------------------------------------------------------- */

static void
present_dialog (ImportRun *run)
{
  g_autoptr(GHashTable) remembered = remembered_mapping (run);
  guint n;
  const KezImportColumn *columns = columns_of (run, &n);

  run->mapping = kez_import_columns_guess_mapping (columns, n,
                                                   kez_import_table_get_header (run->table),
                                                   remembered);
  run->values = kez_import_value_map_new (run->store);
  run->names = kez_names_new (run->store);
  run->channel = -1;

  kez_form_init (&run->form, run->parent, dialog_title (run->kind), 680, 720);
  gtk_button_set_label (GTK_BUTTON (run->form.save), _("Import"));
  g_signal_connect (run->form.save, "clicked", G_CALLBACK (import_clicked), run);
  g_object_set_data_full (G_OBJECT (run->form.window), "run", run,
                          (GDestroyNotify) import_run_free);
  adw_preferences_page_add (run->form.page, ADW_PREFERENCES_GROUP (build_columns (run)));
  refresh (run);
  gtk_window_present (GTK_WINDOW (run->form.window));
}

static void
open_file (ImportRun *run,
           GFile     *file)
{
  g_autoptr(GError) error = NULL;

  run->file_name = g_file_get_basename (file);
  if (!(run->table = kez_import_table_new_for_file (file, run->file_name, &error)))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", run->file_name, error->message);

      tell (run->parent, adw_toast_new (message));
      import_run_free (run);
      return;
    }
  present_dialog (run);
}

static void
file_chosen (GtkNativeDialog *chooser,
             int              response,
             ImportRun       *run)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      import_run_free (run);
      g_object_unref (chooser);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  open_file (run, file);
}

static ImportRun *
import_run_new (GtkWindow     *parent,
                KezStore      *store,
                KezImportKind  kind)
{
  ImportRun *run = g_new0 (ImportRun, 1);

  run->store = g_object_ref (store);
  run->parent = parent;
  run->kind = kind;
  return run;
}

/**
 * kez_import_dialog_open:
 * @file: a CSV file or a workbook, dropped on the window
 *
 * Shows what @file holds and imports it when asked, as kez_import_dialog_run() does with
 * the file it asks for.
 */
void
kez_import_dialog_open (GtkWindow     *parent,
                        KezStore      *store,
                        KezImportKind  kind,
                        GFile         *file)
{
  open_file (import_run_new (parent, store, kind), file);
}

/**
 * kez_import_dialog_run:
 *
 * Asks for a CSV file or a workbook, then shows what it holds and imports it when asked.
 */
void
kez_import_dialog_run (GtkWindow     *parent,
                       KezStore      *store,
                       KezImportKind  kind)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  ImportRun *run = import_run_new (parent, store, kind);

  chooser = gtk_file_chooser_native_new (dialog_title (kind), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Tables (CSV, Excel)"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter,
                                 "application/vnd.openxmlformats-officedocument.spreadsheetml."
                                 "sheet");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen), run);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
