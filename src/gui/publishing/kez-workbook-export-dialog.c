/* kez-workbook-export-dialog.c
 *
 * A small form for the choices a workbook takes (its language, its period, whether it holds
 * citizens' personal data), then the file chooser, then the export in a worker thread with a
 * spinner, so that a year's register does not freeze the window. The worker opens its own
 * connection to the database: reading in WAL mode does not stand in the window's way. When
 * the file is written the form closes and a toast offers to open it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-workbook-export-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-actions.h"
#include "kez-deadlines.h"
#include "kez-export-choice.h"
#include "kez-form-window.h"
#include "kez-kazakhstan-time.h"
#include "kez-progress-form.h"
#include "kez-publication.h"
#include "kez-quarterly-export.h"
#include "kez-question-export.h"
#include "kez-results-export.h"
#include "kez-rule-set.h"
#include "kez-store-open.h"
#include "kez-summary-export.h"
#include "kez-workbook-export-dialog.h"

typedef struct
{
  KezStore          *store;
  GtkWindow         *parent;
  KezWorkbookKind    kind;
  gint64             meeting_id;
  KezForm            form;
  AdwComboRow       *language;
  GtkSpinButton     *year;
  AdwComboRow       *period;      /* quarter, or year and halves */
  GtkSwitch         *personal;
  AdwComboRow       *executor;    /* the progress form's: all, then each responsible body */
  AdwComboRow       *form_choice; /* a publication's: 0 PDF, 1 web page */
  GStrv              executors;
  GtkWidget         *spinner;
  /* the job, read by the worker */
  char              *database;
  char              *path;
  KezExportLanguage  export_language;
  int                period_value;
  int                year_value;
  gboolean           include_personal;
  char              *executor_value;
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_clear_object (&dialog->store);
  g_free (dialog->database);
  g_free (dialog->path);
  g_strfreev (dialog->executors);
  g_free (dialog->executor_value);
  g_free (dialog);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  Dialog *dialog = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = kez_store_open (dialog->database, &error);
  gboolean done = FALSE;

  if (store != NULL)
    switch (dialog->kind)
      {
      case KEZ_WORKBOOK_QUESTIONS:
        done = kez_question_export (store, dialog->meeting_id, dialog->export_language,
                                    dialog->include_personal, dialog->path, NULL, &error);
        break;
      case KEZ_WORKBOOK_RESULTS:
        done = kez_results_export (store, dialog->meeting_id, dialog->export_language,
                                   dialog->include_personal, dialog->path, &error);
        break;
      case KEZ_WORKBOOK_QUARTERLY:
        done = kez_quarterly_export (store, dialog->year_value, dialog->period_value,
                                     dialog->export_language, dialog->path, NULL, &error);
        break;
      case KEZ_WORKBOOK_PROGRESS_FORM:
        done = kez_progress_form_export (store, dialog->year_value, dialog->period_value,
                                         dialog->executor_value, dialog->export_language,
                                         dialog->path, NULL, &error);
        break;
      case KEZ_WORKBOOK_QUARTER_PUBLICATION:
        {
          g_autoptr(KezPublication) publication =
            kez_publication_of_quarter (store, dialog->year_value, dialog->period_value,
                                        dialog->export_language, &error);

          done = publication != NULL && kez_publication_write (publication, dialog->path,
                                                               &error);
        }
        break;
      case KEZ_WORKBOOK_SUMMARY:
      default:
        done = kez_summary_export (store, dialog->year_value, dialog->period_value,
                                   dialog->export_language, dialog->path, &error);
        break;
      }
  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* The workbooks and documents that report on a quarter. */
static gboolean
is_by_quarter (KezWorkbookKind kind)
{
  return kind == KEZ_WORKBOOK_QUARTERLY || kind == KEZ_WORKBOOK_PROGRESS_FORM ||
         kind == KEZ_WORKBOOK_QUARTER_PUBLICATION;
}

static void
exported (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  Dialog *dialog = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      gtk_widget_set_visible (dialog->spinner, FALSE);
      gtk_widget_set_sensitive (dialog->form.save, TRUE);
      kez_form_show_error (&dialog->form, error);
      return;
    }
  file = g_file_new_for_path (dialog->path);
  name = g_file_get_basename (file);
  /* Translators: %1$s is a file name */
  text = g_strdup_printf (_("Saved “%1$s”"), name);
  kez_form_toast_saved (dialog->parent, file, text);
  gtk_window_destroy (GTK_WINDOW (dialog->form.window));
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
  if (dialog->kind == KEZ_WORKBOOK_QUARTER_PUBLICATION &&
      !g_str_has_suffix (dialog->path, ".pdf") && !g_str_has_suffix (dialog->path, ".html"))
    {
      char *named = g_strconcat (dialog->path, adw_combo_row_get_selected (dialog->form_choice)
                                                 == 0 ? ".pdf" : ".html", NULL);

      g_free (dialog->path);
      dialog->path = named;
    }

  dialog->export_language = adw_combo_row_get_selected (dialog->language);
  dialog->year_value = dialog->year != NULL ? gtk_spin_button_get_value_as_int (dialog->year) : 0;
  dialog->period_value = dialog->period == NULL ? 0
                       : is_by_quarter (dialog->kind)
                           ? (int) adw_combo_row_get_selected (dialog->period) + 1
                           : (int) adw_combo_row_get_selected (dialog->period);
  dialog->include_personal = dialog->personal != NULL && gtk_switch_get_active (dialog->personal);
  g_clear_pointer (&dialog->executor_value, g_free);
  if (dialog->executor != NULL && adw_combo_row_get_selected (dialog->executor) > 0)
    dialog->executor_value = g_strdup (dialog->executors[adw_combo_row_get_selected (dialog->executor) - 1]);

  gtk_widget_set_visible (dialog->spinner, TRUE);
  gtk_widget_set_sensitive (dialog->form.save, FALSE);
  /* The window, the task's source, stays alive until the export is done. */
  task = g_task_new (dialog->form.window, NULL, exported, dialog);
  g_task_set_task_data (task, dialog, NULL);
  g_task_run_in_thread (task, export_in_thread);
}

static const char *
suggested_name (Dialog *dialog)
{
  switch (dialog->kind)
    {
    case KEZ_WORKBOOK_QUESTIONS: return _("question-register.xlsx");
    case KEZ_WORKBOOK_RESULTS: return _("meeting-results.xlsx");
    case KEZ_WORKBOOK_QUARTERLY: return _("quarterly-progress.xlsx");
    case KEZ_WORKBOOK_PROGRESS_FORM: return _("progress-form.xlsx");
    case KEZ_WORKBOOK_QUARTER_PUBLICATION:
      return adw_combo_row_get_selected (dialog->form_choice) == 0
               ? _("quarterly-progress.pdf") : _("quarterly-progress.html");
    case KEZ_WORKBOOK_SUMMARY:
    default: return _("summary.xlsx");
    }
}

static void
choose_file (Dialog *dialog)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (gtk_window_get_title (GTK_WINDOW (dialog->form.window)),
                                 GTK_WINDOW (dialog->form.window),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name (dialog));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen), dialog);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
add_period (Dialog              *dialog,
            AdwPreferencesGroup *group)
{
  g_autoptr(GDateTime) now = kez_kazakhstan_now ();
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (dialog->store);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *year = gtk_spin_button_new_with_range (2020, 2100, 1);
  int quarter = (g_date_time_get_month (now) - 1) / 3;
  int report_year = g_date_time_get_year (now) - (quarter == 0 ? 1 : 0);

  /* The quarter reported on is the one whose report falls due next under the rules in force
   * (under Decree 863 the fourth quarter's is due on 31 December, during the quarter). */
  if (is_by_quarter (dialog->kind) && rules != NULL)
    {
      GDate today;
      int next_quarter = 0;

      kez_kazakhstan_today (&today);
      kez_deadlines_quarter_due_next (rules, &today, &report_year, &next_quarter);
      quarter = next_quarter % 4; /* the combo row below counts 1–3, then 0 for the fourth */
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Year"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (year), report_year);
  gtk_widget_set_valign (year, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (year), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Year"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), year);
  adw_preferences_group_add (group, row);
  dialog->year = GTK_SPIN_BUTTON (year);

  if (is_by_quarter (dialog->kind))
    {
      const char *quarters[] = { _("First quarter"), _("Second quarter"), _("Third quarter"),
                                 _("Fourth quarter"), NULL };

      dialog->period = kez_form_add_combo_row (group, _("Quarter"), quarters, quarter == 0 ? 3 : quarter - 1);
    }
  else
    {
      const char *periods[] = { _("The whole year"), _("First half-year"),
                                _("Second half-year"), NULL };

      dialog->period = kez_form_add_combo_row (group, _("Period"), periods, 0);
    }
}

/* One form for every executor, or one for each: the bodies the open actions name. */
static void
add_executors (Dialog              *dialog,
               AdwPreferencesGroup *group)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  g_autoptr(GDateTime) now = kez_kazakhstan_now ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) actions = NULL;
  GDate today;

  kez_action_today (now, &today);
  actions = kez_actions_list_all (dialog->store, &today);
  for (guint i = 0; i < actions->len; i++)
    {
      const KezActionFields *action = &g_array_index (actions, KezActionFields, i);

      if ((action->status == KEZ_ACTION_PLANNED || action->status == KEZ_ACTION_IN_PROGRESS) &&
          g_hash_table_add (seen, action->executor_org))
        g_strv_builder_add (names, action->executor_org);
    }
  dialog->executors = g_strv_builder_end (names);
  g_ptr_array_add (items, (gpointer) _("Every executor"));
  for (guint i = 0; dialog->executors[i] != NULL; i++)
    g_ptr_array_add (items, dialog->executors[i]);
  g_ptr_array_add (items, NULL);
  dialog->executor = kez_form_add_combo_row (group, _("Executor"), (const char * const *) items->pdata, 0);
}

/**
 * kez_workbook_export_dialog_new:
 * @meeting_id: the meeting of the results, or the one whose questions to write (0 for all)
 */
GtkWidget *
kez_workbook_export_dialog_new (GtkWindow       *parent,
                                KezStore        *store,
                                KezWorkbookKind  kind,
                                gint64           meeting_id)
{
  static const char *titles[] = {
    [KEZ_WORKBOOK_QUESTIONS] = N_("Export the Question Register"),
    [KEZ_WORKBOOK_RESULTS] = N_("Export the Meeting’s Results"),
    [KEZ_WORKBOOK_QUARTERLY] = N_("Export Quarterly Progress"),
    [KEZ_WORKBOOK_SUMMARY] = N_("Export the Summary"),
    [KEZ_WORKBOOK_PROGRESS_FORM] = N_("Progress Form for the Executors"),
    [KEZ_WORKBOOK_QUARTER_PUBLICATION] = N_("Publish Quarterly Progress"),
  };
  Dialog *dialog = g_new0 (Dialog, 1);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char *languages[] = { _("Kazakh"), _("Russian"), _("Kazakh and Russian side by side"),
                              NULL };
  KezExportLanguage chosen = kez_export_language_chosen ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  dialog->store = g_object_ref (store);
  dialog->parent = parent;
  dialog->kind = kind;
  dialog->meeting_id = meeting_id;
  dialog->database = g_strdup (kez_store_get_path (store));

  kez_form_init (&dialog->form, parent, _(titles[kind]), 600, kind == KEZ_WORKBOOK_QUARTERLY
                                                              || kind == KEZ_WORKBOOK_SUMMARY
                                                              ? 360 : 420);
  if (kind == KEZ_WORKBOOK_PROGRESS_FORM)
    adw_preferences_group_set_description (group,
                                           _("The open actions, for their executors to fill in "
                                             "the status, the progress and the evidence and "
                                             "send back; import what comes back with “Import a "
                                             "Progress Form…”."));
  gtk_button_set_label (GTK_BUTTON (dialog->form.save), _("Export…"));
  g_signal_connect_swapped (dialog->form.save, "clicked", G_CALLBACK (choose_file), dialog);

  dialog->language = kez_form_add_combo_row (group, _("Language of the Workbook"), languages, chosen);
  if (is_by_quarter (kind) || kind == KEZ_WORKBOOK_SUMMARY)
    add_period (dialog, group);
  if (kind == KEZ_WORKBOOK_QUARTER_PUBLICATION)
    {
      const char *forms[] = { _("PDF document, for the media"),
                              _("Web page, for the website’s editor"), NULL };

      dialog->form_choice = kez_form_add_combo_row (group, _("Form"), forms, 0);
      adw_preferences_group_set_description (group,
                                             _("The progress on every action plan at the end of "
                                               "the quarter, for the ministry’s website and the "
                                               "media (decree point 3.7), without any citizen’s "
                                               "personal data."));
    }
  if (kind == KEZ_WORKBOOK_PROGRESS_FORM)
    add_executors (dialog, group);
  if (kind == KEZ_WORKBOOK_QUESTIONS || kind == KEZ_WORKBOOK_RESULTS)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *personal = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Include Personal Data"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   kind == KEZ_WORKBOOK_RESULTS
                                     ? _("The citizens received, with their IIN, phone and "
                                         "address, on a sheet of their own. Not for "
                                         "publication; the export is recorded in the audit log.")
                                     : _("Citizens’ names and contacts. Only for those entitled "
                                         "to them; the export is recorded in the audit log."));
      /* A viewer on a team server may not read them: the server would refuse. */
      if (!kez_store_reads_personal_data (store))
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       _("Your role on the team server does not read them."));
          gtk_widget_set_sensitive (row, FALSE);
        }
      gtk_widget_set_valign (personal, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), personal);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), personal);
      adw_preferences_group_add (group, row);
      dialog->personal = GTK_SWITCH (personal);
    }
  adw_preferences_page_add (dialog->form.page, group);

  /* Shown while the workbook is being written. */
  dialog->spinner = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box), gtk_spinner_new ());
  gtk_spinner_start (GTK_SPINNER (gtk_widget_get_first_child (box)));
  gtk_box_append (GTK_BOX (box), gtk_label_new (_("Writing the workbook…")));
  gtk_box_append (GTK_BOX (dialog->spinner), box);
  gtk_widget_set_halign (dialog->spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (dialog->spinner, FALSE);
  {
    AdwPreferencesGroup *status = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

    adw_preferences_group_add (status, dialog->spinner);
    adw_preferences_page_add (dialog->form.page, status);
  }

  g_object_set_data_full (G_OBJECT (dialog->form.window), "dialog", dialog,
                          (GDestroyNotify) dialog_free);
  return dialog->form.window;
}
