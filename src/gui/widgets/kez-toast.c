/* kez-toast.c
 *
 * Pages, dialogs and forms tell the planner what happened with a toast in the main window.
 * They find its toast overlay from a widget of theirs (or from the window they were opened
 * for), not by knowing the window: a page needs nothing of the window's type, and the window
 * is the one module that includes the pages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-toast"

#include "config.h"

#include "kez-toast.h"

static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return ADW_TOAST_OVERLAY (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwToastOverlay *found = find_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * kez_toast_add:
 * @where: (nullable): a widget of the window the toast is for, or that window; a form (a
 *   window of its own, without an overlay) gives the window it is transient for
 * @toast: (transfer full): the message
 *
 * Shows @toast in the first toast overlay of @where's window, or of the window that one is
 * for. A toast with no window to show it in is dropped.
 */
void
kez_toast_add (GtkWidget *where,
               AdwToast  *toast)
{
  GtkWindow *window = NULL;

  g_return_if_fail (ADW_IS_TOAST (toast));

  if (where != NULL)
    window = GTK_IS_WINDOW (where) ? GTK_WINDOW (where)
                                   : GTK_WINDOW (gtk_widget_get_root (where));
  for (; window != NULL; window = gtk_window_get_transient_for (window))
    {
      AdwToastOverlay *overlay = find_overlay (GTK_WIDGET (window));

      if (overlay != NULL)
        {
          adw_toast_overlay_add_toast (overlay, toast);
          return;
        }
    }
  g_debug ("No window for the message “%s”", adw_toast_get_title (toast));
  g_object_unref (g_object_ref_sink (toast));
}
