/* kez-confirm.c
 *
 * Before an act that records something for good (a breach of the quarter rule) or loses
 * something (closing a running console, starting a meeting on the wrong day), the app asks.
 * Enter and Escape both answer Cancel: the keyboard focus is put on Cancel, since a
 * message dialog otherwise leaves it on the last button, which is the act itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-confirm"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-confirm.h"

typedef struct
{
  KezConfirmed   confirmed;
  gpointer       user_data;
  GDestroyNotify destroy;
  gboolean       keys_pressed; /* the person has moved the focus themselves */
} Confirm;

static void
confirm_free (Confirm *confirm)
{
  if (confirm->destroy != NULL)
    confirm->destroy (confirm->user_data);
  g_free (confirm);
}

static void
responded (AdwMessageDialog *dialog,
           const char       *response,
           Confirm          *confirm)
{
  if (g_str_equal (response, "confirm"))
    confirm->confirmed (confirm->user_data);
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
focus_cancel (gpointer data)
{
  GtkWidget *cancel = find_button (GTK_WIDGET (data), _("Cancel"));

  if (cancel != NULL && gtk_root_get_focus (GTK_ROOT (data)) != cancel)
    gtk_widget_grab_focus (cancel);
  return G_SOURCE_REMOVE;
}

/* The dialog lays its buttons out once it has a size, and libadwaita 1.2 moves the focus to
 * the last one then: until the person presses a key, the focus goes back to Cancel. */
static void
focus_changed (GtkWindow *dialog,
               GParamSpec *pspec,
               Confirm    *confirm)
{
  if (!confirm->keys_pressed)
    g_idle_add_full (G_PRIORITY_DEFAULT, focus_cancel, g_object_ref (dialog), g_object_unref);
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             Confirm               *confirm)
{
  confirm->keys_pressed = TRUE;
  return GDK_EVENT_PROPAGATE;
}

/**
 * kez_confirm:
 * @extra_child: (nullable): a switch or a note under the text
 * @confirmed: called when the act is confirmed; never when cancelled
 *
 * Returns: (transfer none): the dialog, already shown
 */
GtkWidget *
kez_confirm (GtkWindow             *parent,
             const char            *heading,
             const char            *body,
             const char            *action_label,
             AdwResponseAppearance  appearance,
             GtkWidget             *extra_child,
             KezConfirmed           confirmed,
             gpointer               user_data,
             GDestroyNotify         destroy)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);
  Confirm *confirm = g_new0 (Confirm, 1);
  GtkEventController *keys = gtk_event_controller_key_new ();

  confirm->confirmed = confirmed;
  confirm->user_data = user_data;
  confirm->destroy = destroy;
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("Cancel"),
                                    "confirm", action_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm",
                                              appearance);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (extra_child != NULL)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), extra_child);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), confirm);
  gtk_widget_add_controller (dialog, keys);
  g_signal_connect (dialog, "notify::focus-widget", G_CALLBACK (focus_changed), confirm);
  g_signal_connect (dialog, "response", G_CALLBACK (responded), confirm);
  /* Freed with the dialog, after every handler that uses it. */
  g_object_set_data_full (G_OBJECT (dialog), "kez-confirm", confirm,
                          (GDestroyNotify) confirm_free);
  gtk_window_present (GTK_WINDOW (dialog));
  g_idle_add_full (G_PRIORITY_DEFAULT, focus_cancel, g_object_ref (dialog), g_object_unref);
  return dialog;
}
