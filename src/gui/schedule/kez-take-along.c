/* kez-take-along.c
 *
 * A meeting in a district with no network, from the window (the command line has
 * --take-meeting and --bring-back, kez-meeting-take.c does the work): the meeting editor
 * writes the meeting as saved into a new database file for the laptop, and says how to run
 * it there; the schedule's Import and Export menu brings such a file back, once however often,
 * and says what came back. A file of another database, or one that is not a taken meeting,
 * is refused with the reason and nothing written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-take-along"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-meeting-take.h"
#include "kez-take-along.h"
#include "kez-toast.h"

typedef struct
{
  KezStore  *store;
  GtkWindow *parent;   /* weak */
  gint64     meeting_id;
} Run;

static void
run_free (Run *run)
{
  g_clear_object (&run->store);
  g_clear_weak_pointer (&run->parent);
  g_free (run);
}

static Run *
run_new (GtkWindow *parent,
         KezStore  *store,
         gint64     meeting_id)
{
  Run *run = g_new0 (Run, 1);

  run->store = g_object_ref (store);
  g_set_weak_pointer (&run->parent, parent);
  run->meeting_id = meeting_id;
  return run;
}

static void
tell (GtkWindow  *parent,
      const char *heading,
      const char *body)
{
  GtkWidget *message = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (message));
}

static void
taken (GtkNativeDialog *chooser,
       int              response,
       Run             *run)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *body = NULL;

  if (response == GTK_RESPONSE_ACCEPT && run->parent != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      base = g_file_get_basename (file);
      /* Into a new file only: one that is there (the desk's own database, say) is refused,
         never replaced, even when the file chooser asked whether to. */
      if (!kez_meeting_take (run->store, run->meeting_id, path, &error))
        kez_toast_add (GTK_WIDGET (run->parent), adw_toast_new (error->message));
      else
        {
          /* Translators: %1$s is a file name */
          body = g_strdup_printf (_("“%1$s” holds the meeting with its events, its accepted "
                                    "questions and what was recorded so far. On the laptop, "
                                    "start Kezdesu with it (kezdesu --database=FILE) and run "
                                    "the meeting there; then bring the file back here with "
                                    "Import and Export, Bring Back a Meeting from a Laptop."),
                                  base);
          tell (run->parent, _("Meeting Taken Along"), body);
        }
    }
  g_object_unref (chooser);
  run_free (run);
}

/**
 * kez_take_along_take:
 *
 * Asks where to write the meeting @meeting_id, as saved, for a laptop, and writes it.
 */
void
kez_take_along_take (GtkWindow *parent,
                     KezStore  *store,
                     gint64     meeting_id)
{
  GtkFileChooserNative *chooser;
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);
  /* Translators: a file name; %1$s is a meeting's number. Keep it short and without spaces */
  g_autofree char *name = g_strdup_printf (_("meeting-%1$s.db"), number);

  chooser = gtk_file_chooser_native_new (_("Take the Meeting to a Laptop"), parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (taken),
                    run_new (parent, store, meeting_id));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
brought (GtkNativeDialog *chooser,
         int              response,
         Run             *run)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *body = NULL;
  KezBroughtBack counts = { 0 };

  if (response == GTK_RESPONSE_ACCEPT && run->parent != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (!kez_meeting_bring_back (run->store, path, &counts, &error))
        tell (run->parent, _("The Meeting Cannot Be Brought Back"), error->message);
      else if (counts.clock_events + counts.receptions + counts.questions + counts.answered == 0
               && !counts.held)
        tell (run->parent, _("Meeting Brought Back"),
              _("Nothing new: everything recorded in this file is here already."));
      else
        {
          /* Translators: %1$u … %4$u are numbers, %5$s says the meeting is marked held, or
             nothing */
          body = g_strdup_printf (_("Brought back: clock events %1$u, citizens received %2$u, "
                                    "questions from the hall %3$u, questions answered %4$u%5$s."),
                                  counts.clock_events, counts.receptions, counts.questions,
                                  counts.answered,
                                  counts.held ? _("; the meeting is marked held") : "");
          tell (run->parent, _("Meeting Brought Back"), body);
        }
    }
  g_object_unref (chooser);
  run_free (run);
}

/**
 * kez_take_along_bring_back:
 *
 * Asks for the file a meeting was taken along in and brings back what was recorded in it.
 */
void
kez_take_along_bring_back (GtkWindow *parent,
                           KezStore  *store)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Bring Back a Meeting from a Laptop"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Bring Back"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Kezdesu Database Files"));
  gtk_file_filter_add_suffix (filter, "db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (brought), run_new (parent, store, 0));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
