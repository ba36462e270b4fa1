/* kez-over-theirs.c
 *
 * An action's or a problem's form whose save was refused because someone else saved the row
 * after the form opened (its version, schema version 13): who changed it and when, and what
 * the planner wants: keep theirs, save theirs over with what the form holds (asked for, never
 * silent), or go back to the form. A meeting's editor shows more, each part they changed
 * (kez-meeting-editor-conflict.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-over-theirs"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-kazakhstan-time.h"
#include "kez-over-theirs.h"

typedef struct
{
  KezOverTheirsAnswered answered;
  gpointer              user_data;
} Asked;

static void
answered (AdwMessageDialog *message,
          const char       *response,
          Asked            *asked)
{
  asked->answered (g_str_equal (response, "theirs") ? KEZ_OVER_THEIRS_KEEP_THEIRS
                   : g_str_equal (response, "mine") ? KEZ_OVER_THEIRS_SAVE_MINE
                   : KEZ_OVER_THEIRS_BACK, asked->user_data);
}

static char *
describe (KezChangedRow  row,
          const char    *who,
          const char    *stamp)
{
  if (who != NULL && stamp != NULL)
    return row == KEZ_CHANGED_ACTION
      /* Translators: %1$s is a login, %2$s a date and time */
      ? g_strdup_printf (_("%1$s changed this action on %2$s, after you opened it."), who, stamp)
      /* Translators: %1$s is a login, %2$s a date and time */
      : g_strdup_printf (_("%1$s changed this problem on %2$s, after you opened it."), who,
                         stamp);
  return g_strdup (row == KEZ_CHANGED_ACTION
                     ? _("Someone changed this action after you opened it.")
                     : _("Someone changed this problem after you opened it."));
}

void
kez_over_theirs_ask (GtkWindow             *parent,
                     KezStore              *store,
                     KezChangedRow          row,
                     gint64                 id,
                     KezOverTheirsAnswered  on_answer,
                     gpointer               user_data)
{
  g_autofree char *who = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *body = NULL;
  GtkWidget *message;
  Asked *asked = g_new0 (Asked, 1);

  kez_store_last_change (store, row == KEZ_CHANGED_ACTION ? "actions" : "problems", id, &who,
                         &when);
  if (when != NULL)
    {
      local = g_date_time_to_timezone (when, kez_kazakhstan_zone ());
      stamp = g_date_time_format (local, "%d.%m.%Y %H:%M");
    }
  body = describe (row, who, stamp);
  message = adw_message_dialog_new (parent, _("Changed by Someone Else"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message),
                                    "cancel", _("_Back to Editing"),
                                    "theirs", _("_Keep Theirs"),
                                    "mine", _("_Save Mine over Theirs"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "theirs",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (message), "cancel");
  asked->answered = on_answer;
  asked->user_data = user_data;
  g_signal_connect_data (message, "response", G_CALLBACK (answered), asked,
                         (GClosureNotify) g_free, 0);
  gtk_window_present (GTK_WINDOW (message));
}
