/* kez-schedule-page-status.c
 *
 * The schedule's status from the Schedule page (decree point 2): draft, submitted to the
 * authorised body, approved, each with its date and the resolution's number, in a dialog;
 * a return to draft shows a toast whose Undo puts back the status it replaced.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-schedule-page-private.h"
#include "kez-schedule-status-dialog.h"
#include "kez-schedule-status.h"
#include "kez-toast.h"

/* The status as it was before a return to draft, for the toast's Undo. */
typedef struct
{
  KezSchedulePage   *page;
  int                year;
  KezScheduleStatus  status;
} StatusUndo;

static void
status_undo_free (gpointer data)
{
  StatusUndo *undo = data;

  kez_schedule_status_clear (&undo->status);
  g_free (undo);
}

static void
undo_status (AdwToast   *toast,
             StatusUndo *undo)
{
  g_autofree char *body = kez_store_dup_served_body (undo->page->store);
  g_autoptr(GError) error = NULL;

  if (!kez_schedule_status_set (undo->page->store, body, undo->year, &undo->status, &error))
    kez_toast_add (GTK_WIDGET (undo->page), adw_toast_new (error->message));
  kez_schedule_page_refresh (undo->page);
}

/* A return to draft can be undone: the status it replaced comes back, dates and all. */
static void
status_saved (const KezScheduleStatus *before,
              gpointer                 data)
{
  KezSchedulePage *self = data;
  g_autofree char *body = kez_store_dup_served_body (self->store);
  KezScheduleStatus now;
  StatusUndo *undo;
  AdwToast *toast;

  kez_schedule_page_refresh (self);
  kez_schedule_status_get (self->store, body, g_date_get_year (&self->cursor), &now);
  if (now.state != KEZ_SCHEDULE_DRAFT || before->state == KEZ_SCHEDULE_DRAFT)
    {
      kez_schedule_status_clear (&now);
      return;
    }
  kez_schedule_status_clear (&now);
  undo = g_new0 (StatusUndo, 1);
  undo->page = self;
  undo->year = g_date_get_year (&self->cursor);
  undo->status = *before;
  undo->status.resolution_number = g_strdup (before->resolution_number);
  toast = adw_toast_new (_("The schedule is a draft again"));
  adw_toast_set_button_label (toast, _("Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_status), undo,
                         (GClosureNotify) (void (*) (void)) status_undo_free, 0);
  kez_toast_add (GTK_WIDGET (self), toast);
}

/* Decree point 2: draft → submitted → approved, with the dates as they happened. */
void
kez_schedule_page_advance_status (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);
  g_autofree char *body = kez_store_dup_served_body (self->store);

  gtk_window_present (GTK_WINDOW (kez_schedule_status_dialog_new (
    GTK_WINDOW (gtk_widget_get_root (widget)), self->store, body, g_date_get_year (&self->cursor),
    status_saved, self)));
}
