/* kez-schedule-export-dialog.c
 *
 * The year's schedule saved as the body's proposals workbook or as a calendar file for the
 * leaders' own calendars: a save dialog, then a toast that says what was written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-schedule-export-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-calendar-export.h"
#include "kez-export-choice.h"
#include "kez-schedule-export-dialog.h"
#include "kez-schedule-export.h"
#include "kez-toast.h"

typedef struct
{
  KezStore  *store;
  GtkWindow *parent;
  int        year;
  gboolean   calendar;  /* an iCalendar file rather than the proposals workbook */
  char      *uri;
} ExportRun;

static void
export_run_free (ExportRun *run)
{
  g_clear_object (&run->store);
  g_free (run->uri);
  g_free (run);
}

static void
open_workbook (AdwToast *toast,
               char     *uri)
{
  GtkWindow *window = g_object_get_data (G_OBJECT (toast), "window");

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
file_chosen (GtkNativeDialog *chooser,
             int              response,
             ExportRun       *run)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  KezExportLanguage language = kez_export_language_chosen ();
  AdwToast *toast;
  guint n = 0, n_left_out = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);

      if (run->calendar ? !kez_calendar_export (run->store, run->year, language, path, &n,
                                                &error)
                        : !kez_schedule_export (run->store, run->year, NULL, language, path, &n,
                                                &n_left_out, &error))
        toast = adw_toast_new (error->message);
      else if (run->calendar)
        {
          g_autofree char *base = g_file_get_basename (file);
          /* Translators: %1$s is a file name, %2$u a number of meetings */
          g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "Saved “%1$s” with %2$u meeting "
                                                                "and the deadlines",
                                                                "Saved “%1$s” with %2$u meetings "
                                                                "and the deadlines", n),
                                                   base, n);

          toast = adw_toast_new (text);
        }
      else
        {
          g_autofree char *base = g_file_get_basename (file);
          /* Translators: %1$s is a file name, %2$u a number of meetings */
          g_autofree char *saved = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                 "Saved “%1$s” with %2$u meeting",
                                                                 "Saved “%1$s” with %2$u meetings",
                                                                 n), base, n);
          /* Translators: %1$s says what was saved, %2$u is a number of meetings */
          g_autofree char *text = n_left_out == 0 ? g_strdup (saved)
            : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%1$s; %2$u meeting of an exempt body left out",
                                            "%1$s; %2$u meetings of exempt bodies left out",
                                            n_left_out), saved, n_left_out);

          toast = adw_toast_new (text);
          adw_toast_set_button_label (toast, _("Open"));
          g_object_set_data (G_OBJECT (toast), "window", run->parent);
          g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_workbook),
                                 g_file_get_uri (file), (GClosureNotify) g_free, 0);
        }
      kez_toast_add (GTK_WIDGET (run->parent), toast);
    }

  g_object_unref (chooser);
  export_run_free (run);
}

/**
 * kez_schedule_export_dialog_run:
 * @calendar: an iCalendar file of the meetings and deadlines rather than the proposals
 */
void
kez_schedule_export_dialog_run (GtkWindow *parent,
                                KezStore  *store,
                                int        year,
                                gboolean   calendar)
{
  GtkFileChooserNative *chooser;
  ExportRun *run = g_new0 (ExportRun, 1);
  g_autofree char *name = calendar
    /* Translators: a file name; %1$d is a year. Keep it short and without spaces */
    ? g_strdup_printf (_("meetings-%1$d.ics"), year)
    /* Translators: a file name; %1$d is a year. Keep it short and without spaces */
    : g_strdup_printf (_("schedule-proposals-%1$d.xlsx"), year);

  run->store = g_object_ref (store);
  run->parent = parent;
  run->year = year;
  run->calendar = calendar;

  chooser = gtk_file_chooser_native_new (calendar ? _("Export Calendar File")
                                                  : _("Export Schedule Proposals"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen), run);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
