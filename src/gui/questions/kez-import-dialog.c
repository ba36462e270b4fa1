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
#include "kez-import-dialog.h"
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
#define MAX_VALUE_ROWS 60
#define MAX_PREVIEW_ROWS 200

typedef struct
{
  KezStore            *store;
  GtkWindow           *parent;
  KezImportKind        kind;
  char                *file_name;
  KezImportTable      *table;
  KezImportValueMap   *values;
  char               **mapping;   /* for each column, the header holding it, or NULL */
  int                  channel;   /* the channel of every row, or -1 */
  KezQuestionImport   *questions;
  KezMeetingImport    *meetings;
  KezNames            *names;
  KezForm              form;
  AdwPreferencesGroup *values_group;
  AdwPreferencesGroup *problems_group;
  AdwPreferencesGroup *present_group;
  AdwPreferencesGroup *found_group;
  GtkWidget           *channel_column_row;
} ImportRun;

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
static void
show_rows (ImportRun *run)
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

/* ---- the values ------------------------------------------------------------------------- */

static char *
value_subtitle (const KezImportValue *value)
{
  g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u row",
                                                        "%1$u rows", value->n_rows),
                                           value->n_rows);
  const char *how;

  switch (value->match)
    {
    case KEZ_IMPORT_MATCH_GUESSED: how = _("Guessed: check it"); break;
    case KEZ_IMPORT_MATCH_LEARNED: how = _("As chosen at an earlier import"); break;
    case KEZ_IMPORT_MATCH_CHOSEN: how = _("Your choice"); break;
    case KEZ_IMPORT_MATCH_NONE: how = _("Not recognised"); break;
    case KEZ_IMPORT_MATCH_EXACT:
    default: how = ""; break;
    }
  return kez_text_join_dotted (how, rows, NULL);
}

static const char *
kind_title (KezImportValueKind kind)
{
  switch (kind)
    {
    case KEZ_IMPORT_VALUE_CHANNEL: return _("Channel");
    case KEZ_IMPORT_VALUE_REGION: return _("Region");
    case KEZ_IMPORT_VALUE_BODY: return _("Body");
    case KEZ_IMPORT_VALUE_POSITION: return _("Position");
    case KEZ_N_IMPORT_VALUE_KINDS:
    default: g_return_val_if_reached ("");
    }
}

static void
value_chosen (AdwComboRow *row,
              GParamSpec  *pspec,
              ImportRun   *run)
{
  GPtrArray *codes = g_object_get_data (G_OBJECT (row), "codes");
  KezImportValueKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kind"));
  const char *value = g_object_get_data (G_OBJECT (row), "value");
  guint selected = adw_combo_row_get_selected (row);
  GPtrArray *seen;

  /* The first item takes the choice back. */
  kez_import_value_map_choose (run->values, kind, value,
                               selected > 0 ? g_ptr_array_index (codes, selected - 1) : NULL);
  show_rows (run);

  /* The row stays where the planner is; only what it says follows. */
  seen = kez_import_value_map_get_seen (run->values);
  for (guint i = 0; i < seen->len; i++)
    {
      const KezImportValue *now = g_ptr_array_index (seen, i);

      if (now->kind == kind && g_strcmp0 (now->value, value) == 0)
        {
          g_autofree char *subtitle = value_subtitle (now);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        }
    }
}

static GtkWidget *
value_row (ImportRun            *run,
           const KezImportValue *value)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkStringList *names = gtk_string_list_new (NULL);
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = value_subtitle (value);
  g_autofree char *title = g_strdup_printf ("%s: %s", kind_title (value->kind), value->value);
  guint selected = 0;

  gtk_string_list_append (names, _("Not recognised"));
  kez_import_value_choices_fill (run->store, value->kind, names, codes);
  for (guint i = 0; i < codes->len && value->code != NULL; i++)
    if (g_str_equal (g_ptr_array_index (codes, i), value->code))
      selected = i + 1;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  g_object_unref (names);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data_full (G_OBJECT (row), "codes", codes, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (row), "kind", GINT_TO_POINTER (value->kind));
  g_object_set_data_full (G_OBJECT (row), "value", g_strdup (value->value), g_free);
  g_signal_connect (row, "notify::selected", G_CALLBACK (value_chosen), run);
  return row;
}

/* What needs the planner first: the values not recognised, then the guesses to check. */
static int
by_need (gconstpointer a,
         gconstpointer b)
{
  static const int order[] = {
    [KEZ_IMPORT_MATCH_NONE] = 0, [KEZ_IMPORT_MATCH_GUESSED] = 1, [KEZ_IMPORT_MATCH_LEARNED] = 2,
    [KEZ_IMPORT_MATCH_CHOSEN] = 3, [KEZ_IMPORT_MATCH_EXACT] = 4,
  };

  return order[(*(KezImportValue **) a)->match] - order[(*(KezImportValue **) b)->match];
}

/* The values taken otherwise than exactly, after the file was read with new columns. */
static void
show_values (ImportRun *run)
{
  GPtrArray *all = kez_import_value_map_get_seen (run->values);
  /* A copy without the map's free function: the values stay the map's. */
  g_autoptr(GPtrArray) seen = g_ptr_array_sized_new (all->len);
  guint shown = 0, more = 0;

  for (guint i = 0; i < all->len; i++)
    g_ptr_array_add (seen, g_ptr_array_index (all, i));
  /* Stable: in the order met within each kind of need. */
  g_ptr_array_sort (seen, by_need);
  for (guint i = 0; i < seen->len; i++)
    {
      const KezImportValue *value = g_ptr_array_index (seen, i);

      if (value->match == KEZ_IMPORT_MATCH_EXACT)
        continue;
      if (shown++ < MAX_VALUE_ROWS)
        adw_preferences_group_add (run->values_group, value_row (run, value));
      else
        more++;
    }
  gtk_widget_set_visible (GTK_WIDGET (run->values_group), shown > 0);
  if (more > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "And %1$u more value: is the "
                                                            "column the right one?",
                                                            "And %1$u more values: is the "
                                                            "column the right one?", more),
                                               more);

      adw_preferences_group_add (run->values_group, kez_text_row_new (text, NULL));
    }
}

/* After a change of columns everything below them is read and shown anew. */
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
  show_rows (run);
  show_values (run);
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
