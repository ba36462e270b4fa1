/* kez-import-progress.c
 *
 * A year's questions take seconds to write, and the window must not freeze meanwhile: the
 * import's transaction runs in a worker thread on a connection of its own to the same
 * database (WAL lets the window keep reading), a progress bar shows how far it is, Stop
 * (or closing the form) cancels it, and a cancelled import writes nothing. The worker's
 * commit is another connection's: the window's views hear of it as of any other
 * (kez-store-watch.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-import-progress"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-import-progress.h"
#include "kez-store-open.h"

typedef struct
{
  KezForm           *form;
  KezStore          *store;      /* the window's */
  char              *path;
  KezQuestionImport *import;
  GCancellable      *cancellable;
  GtkProgressBar    *bar;
  GtkWidget         *group;
  gboolean           closing;    /* the form was closed: it goes once the worker stops */
  KezImportDone      done;
  gpointer           data;
  gint64             import_id;
  gulong             close_handler;
} Job;

typedef struct
{
  GWeakRef bar;
  guint    n, total;
} Step;

static void
job_free (Job *job)
{
  g_clear_object (&job->store);
  g_clear_object (&job->cancellable);
  g_free (job->path);
  g_free (job);
}

static gboolean
show_step (gpointer data)
{
  Step *step = data;
  g_autoptr(GtkProgressBar) bar = g_weak_ref_get (&step->bar);

  if (bar != NULL)
    {
      g_autofree char *text = NULL;

      if (step->n >= step->total)
        text = g_strdup (_("Indexing the questions for search…"));
      else
        /* Translators: %1$u and %2$u are numbers of questions */
        text = g_strdup_printf (_("%1$u of %2$u questions written"), step->n, step->total);
      gtk_progress_bar_set_fraction (bar, step->total > 0 ? 0.9 * step->n / step->total : 0);
      gtk_progress_bar_set_text (bar, text);
    }
  g_weak_ref_clear (&step->bar);
  g_free (step);
  return G_SOURCE_REMOVE;
}

/* To the window's thread, from either. */
static void
announce (Job   *job,
          guint  n,
          guint  total)
{
  Step *step = g_new0 (Step, 1);

  g_weak_ref_init (&step->bar, job->bar);
  step->n = n;
  step->total = total;
  g_idle_add (show_step, step);
}

/* From the worker. */
static void
progress (guint    n,
          guint    total,
          gpointer data)
{
  /* The window tests stop an import half-way: they slow it down to be sure to catch it. */
  if (n < total && g_getenv ("KEZDESU_TEST_SLOW_IMPORT") != NULL)
    g_usleep (G_USEC_PER_SEC);
  announce (data, n, total);
}

static void
commit_in_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = kez_store_open (job->path, &error);

  if (store != NULL &&
      kez_question_import_commit_full (job->import, store, cancellable, progress, job,
                                       &job->import_id, &error))
    {
      announce (job, 1, 1);
      g_task_return_boolean (task, TRUE);
    }
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
committed (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;
  gboolean saved = g_task_propagate_boolean (G_TASK (result), &error);

  g_signal_handler_disconnect (job->form->window, job->close_handler);
  if (job->closing)
    {
      gtk_window_destroy (GTK_WINDOW (job->form->window));
      job_free (job);
      return;
    }
  gtk_widget_set_visible (job->group, FALSE);
  gtk_widget_set_sensitive (job->form->save, TRUE);
  if (!saved && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_error (&error);
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("The import was stopped: nothing was imported"));
    }
  job->done (saved ? job->import_id : 0, saved ? NULL : error, job->data);
  job_free (job);
}

static gboolean
close_requested (GtkWindow *window,
                 Job       *job)
{
  job->closing = TRUE;
  g_cancellable_cancel (job->cancellable);
  return TRUE;  /* it closes when the worker has stopped */
}

/**
 * kez_import_commit_in_background:
 * @import: what was read; it must stay alive until @done is called
 *
 * Writes @import's questions from a worker thread, showing the progress in @form.
 */
void
kez_import_commit_in_background (KezForm           *form,
                                 KezStore          *store,
                                 KezQuestionImport *import,
                                 KezImportDone      done,
                                 gpointer           data)
{
  Job *job = g_new0 (Job, 1);
  g_autoptr(GTask) task = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *stop = gtk_button_new_with_mnemonic (_("_Stop"));

  job->form = form;
  job->store = g_object_ref (store);
  job->path = g_strdup (kez_store_get_path (store));
  job->import = import;
  job->cancellable = g_cancellable_new ();
  job->done = done;
  job->data = data;

  job->group = adw_preferences_group_new ();
  job->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  gtk_progress_bar_set_show_text (job->bar, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (job->bar), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (job->bar), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (stop, "clicked", G_CALLBACK (g_cancellable_cancel),
                            job->cancellable);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->bar));
  gtk_box_append (GTK_BOX (box), stop);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (job->group), box);
  /* At the top of the form, where the planner looks after pressing Import. */
  adw_preferences_page_add (form->page, ADW_PREFERENCES_GROUP (job->group));
  gtk_widget_insert_after (job->group, gtk_widget_get_parent (job->group), NULL);
  gtk_widget_set_sensitive (form->save, FALSE);
  job->close_handler = g_signal_connect (form->window, "close-request",
                                         G_CALLBACK (close_requested), job);
  announce (job, 0, kez_question_import_get_n_questions (import));

  task = g_task_new (form->window, job->cancellable, committed, job);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, commit_in_thread);
}
