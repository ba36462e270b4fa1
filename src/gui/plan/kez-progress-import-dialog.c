/* kez-progress-import-dialog.c
 *
 * The way back of the executors' progress forms in the window: the file is chosen, read
 * whole, and every changed cell shown before anything is written (the action, old → new);
 * the rows that cannot be read are listed first, by row, and while there is one nothing can
 * be imported; the rows whose actions changed in the database since the form was made are
 * marked, and left alone unless the planner switches them in. Import writes it all in one
 * transaction (kez-progress-import.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-progress-import-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-form-window.h"
#include "kez-progress-import-dialog.h"
#include "kez-progress-import.h"
#include "kez-toast.h"

typedef struct
{
  KezStore          *store;
  GtkWindow         *parent;
  KezProgressImport *import;
  KezForm            form;
  GtkSwitch         *conflicts;
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_clear_object (&dialog->store);
  g_clear_pointer (&dialog->import, kez_progress_import_free);
  g_free (dialog);
}

static void
import_clicked (Dialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  if (!kez_progress_import_apply (dialog->store, dialog->import,
                                  dialog->conflicts != NULL &&
                                    gtk_switch_get_active (dialog->conflicts),
                                  &n, &error))
    {
      kez_form_show_error (&dialog->form, error);
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %1$u change from “%2$s”",
                                       "Imported %1$u changes from “%2$s”", n),
                          n, dialog->import->file);
  kez_toast_add (GTK_WIDGET (dialog->parent), adw_toast_new (text));
  gtk_window_destroy (GTK_WINDOW (dialog->form.window));
}

static void
add_problems (Dialog *dialog)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, _("Rows That Cannot Be Imported"));
  adw_preferences_group_set_description (group, _("Correct them in the workbook, or ask the "
                                                  "executor to: nothing is imported while one "
                                                  "is wrong."));
  for (guint i = 0; i < dialog->import->problems->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     g_ptr_array_index (dialog->import->problems, i));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_add_css_class (icon, "error");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (group, row);
    }
  adw_preferences_page_add (dialog->form.page, group);
}

static void
add_changes (Dialog *dialog)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autofree char *description = NULL;

  adw_preferences_group_set_title (group, _("Changes"));
  description = dialog->import->executor[0] != '\0'
                  /* Translators: %1$s is a file name, %2$s an executor */
                  ? g_strdup_printf (_("From “%1$s”, the form of %2$s."), dialog->import->file,
                                     dialog->import->executor)
                  /* Translators: %1$s is a file name */
                  : g_strdup_printf (_("From “%1$s”."), dialog->import->file);
  adw_preferences_group_set_description (group, description);
  for (guint i = 0; i < dialog->import->changes->len; i++)
    {
      const KezProgressChange *change = g_ptr_array_index (dialog->import->changes, i);
      g_autofree char *what = kez_progress_change_describe (change);
      /* Translators: %1$u is a row of the workbook, %2$s the action's text */
      g_autofree char *title = g_strdup_printf (_("Row %1$u: %2$s"), change->row,
                                                change->action);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), what);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      if (change->conflict)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (icon, "warning");
          gtk_widget_set_tooltip_text (icon, _("The action changed in the database since the "
                                               "form was made"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("The action changed in the database since the "
                                            "form was made"), -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
        }
      adw_preferences_group_add (group, row);
    }
  if (dialog->import->changes->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("The executor changed nothing in the form"));
      adw_preferences_group_add (group, row);
    }
  adw_preferences_page_add (dialog->form.page, group);

  if (dialog->import->n_conflicts > 0)
    {
      AdwPreferencesGroup *choice = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Also Import the Rows Marked as Changed"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Someone changed these actions after the form was made; "
                                     "without this they are left as they are."));
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (choice, row);
      adw_preferences_page_add (dialog->form.page, choice);
      dialog->conflicts = GTK_SWITCH (toggle);
    }
}

static void
show_preview (GtkWindow         *parent,
              KezStore          *store,
              KezProgressImport *import)
{
  Dialog *dialog = g_new0 (Dialog, 1);

  dialog->store = g_object_ref (store);
  dialog->parent = parent;
  dialog->import = import;
  kez_form_init (&dialog->form, parent, _("Import a Progress Form"), 640, 560);
  gtk_button_set_label (GTK_BUTTON (dialog->form.save), _("Import"));
  gtk_widget_set_sensitive (dialog->form.save,
                            import->problems->len == 0 && import->changes->len > 0);
  g_signal_connect_swapped (dialog->form.save, "clicked", G_CALLBACK (import_clicked), dialog);
  if (import->problems->len > 0)
    add_problems (dialog);
  add_changes (dialog);
  g_object_set_data_full (G_OBJECT (dialog->form.window), "dialog", dialog,
                          (GDestroyNotify) dialog_free);
  gtk_window_present (GTK_WINDOW (dialog->form.window));
}

typedef struct
{
  GtkWindow *parent;
  KezStore  *store;
} Choosing;

static void
file_chosen (GtkNativeDialog *chooser,
             int              response,
             Choosing        *choosing)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  KezProgressImport *import;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      import = kez_progress_import_read (choosing->store, path, &error);
      if (import != NULL)
        show_preview (choosing->parent, choosing->store, import);
      else
        kez_toast_add (GTK_WIDGET (choosing->parent), adw_toast_new (error->message));
    }
  g_object_unref (chooser);
  g_object_unref (choosing->store);
  g_free (choosing);
}

void
kez_progress_import_dialog_run (GtkWindow *parent,
                                KezStore  *store)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (_("Import a Progress Form"), parent,
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  Choosing *choosing = g_new0 (Choosing, 1);

  gtk_file_filter_set_name (filter, _("Workbooks"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  choosing->parent = parent;
  choosing->store = g_object_ref (store);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen), choosing);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
