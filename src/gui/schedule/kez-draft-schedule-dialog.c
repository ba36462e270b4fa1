/* kez-draft-schedule-dialog.c
 *
 * For the authorised body: pick the proposals workbooks the bodies sent, then where to save
 * the draft; the draft is made in a worker thread, and a toast says how many meetings it
 * holds, or which file and row stopped it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-draft-schedule-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-draft-schedule-dialog.h"
#include "kez-draft-schedule.h"
#include "kez-export-choice.h"
#include "kez-toast.h"

typedef struct
{
  GtkWindow         *parent;
  int                year;
  GStrv              inputs;
  char              *output;
  KezExportLanguage  language;
  guint              n_meetings;
} Draft;

static void
draft_free (Draft *draft)
{
  g_strfreev (draft->inputs);
  g_free (draft->output);
  g_free (draft);
}

static void
tell (Draft    *draft,
      AdwToast *toast)
{
  kez_toast_add (GTK_WIDGET (draft->parent), toast);
}

static void
build_in_thread (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  Draft *draft = data;
  GError *error = NULL;

  if (kez_draft_schedule_build ((const char * const *) draft->inputs, draft->year,
                                draft->language, draft->output, &draft->n_meetings, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
open_draft (AdwToast  *toast,
            GtkWindow *window)
{
  gtk_show_uri (window, g_object_get_data (G_OBJECT (toast), "uri"), GDK_CURRENT_TIME);
}

static void
built (GObject      *source,
       GAsyncResult *result,
       gpointer      data)
{
  Draft *draft = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      tell (draft, adw_toast_new (error->message));
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Draft schedule saved: %1$u meeting",
                                       "Draft schedule saved: %1$u meetings",
                                       draft->n_meetings), draft->n_meetings);
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("Open"));
  g_object_set_data_full (G_OBJECT (toast), "uri", g_filename_to_uri (draft->output, NULL, NULL),
                          g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_draft), draft->parent);
  tell (draft, toast);
}

static void
output_chosen (GtkNativeDialog *chooser,
               int              response,
               Draft           *draft)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      draft_free (draft);
      return;
    }
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  draft->output = g_file_get_path (file);
  draft->language = kez_export_language_chosen ();

  tell (draft, adw_toast_new (_("Making the draft schedule…")));
  task = g_task_new (NULL, NULL, built, draft);
  g_task_set_task_data (task, draft, (GDestroyNotify) draft_free);
  g_task_run_in_thread (task, build_in_thread);
}

static void
inputs_chosen (GtkNativeDialog *chooser,
               int              response,
               Draft           *draft)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GStrvBuilder) paths = g_strv_builder_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *save;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (chooser);
      draft_free (draft);
      return;
    }
  files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        g_strv_builder_add (paths, path);
    }
  draft->inputs = g_strv_builder_end (paths);

  save = gtk_file_chooser_native_new (_("Save the Draft Schedule"), draft->parent,
                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: a file name; %1$d is the year */
  name = g_strdup_printf (_("draft-schedule-%1$d.xlsx"), draft->year);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (save), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (save), TRUE);
  g_signal_connect (save, "response", G_CALLBACK (output_chosen), draft);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (save));
}

/**
 * kez_draft_schedule_dialog_run:
 * @year: the year of the schedule
 */
void
kez_draft_schedule_dialog_run (GtkWindow *parent,
                               int        year)
{
  Draft *draft = g_new0 (Draft, 1);
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *title = NULL;

  draft->parent = parent;
  draft->year = year;
  /* Translators: %1$d is a year */
  title = g_strdup_printf (_("Proposals for %1$d from the Bodies"), year);
  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_pattern (filter, "*.xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (inputs_chosen), draft);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
