/* kez-over-theirs.c
 *
 * An action's or a problem's form whose save was refused because someone else saved the row
 * after the form opened (its version, schema version 13): who changed it and when, each field
 * they changed, old → new (marked where the planner changed it too), and what the planner
 * wants: keep theirs, save theirs over with what the form holds (asked for, never silent), or
 * go back to the form. A meeting's editor asks the same of its parts, and can put the
 * planner's parts on top of theirs (kez-meeting-editor-conflict.c).
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
  KezOverTheirsAnswered  answered;
  gpointer               user_data;
  GtkWindow             *parent;   /* weak: the form */
  KezOverTheirs          answer;
} Asked;

static void
asked_free (Asked *asked)
{
  g_clear_weak_pointer (&asked->parent);
  g_free (asked);
}

static gboolean
tell (gpointer data)
{
  Asked *asked = data;

  /* The form may have gone meanwhile, and what it was told to do with it. */
  if (asked->parent != NULL)
    asked->answered (asked->answer, asked->user_data);
  return G_SOURCE_REMOVE;
}

/* Told once the message dialog is done with its response: the answer may close the form the
   message belongs to, which closes the message inside its own response otherwise. */
static void
answered (AdwMessageDialog *message,
          const char       *response,
          Asked            *asked)
{
  Asked *told = g_new0 (Asked, 1);

  told->answered = asked->answered;
  told->user_data = asked->user_data;
  g_set_weak_pointer (&told->parent, asked->parent);
  told->answer = g_str_equal (response, "theirs") ? KEZ_OVER_THEIRS_KEEP_THEIRS
                 : g_str_equal (response, "mine") ? KEZ_OVER_THEIRS_SAVE_MINE
                 : KEZ_OVER_THEIRS_BACK;
  g_idle_add_full (G_PRIORITY_DEFAULT, tell, told, (GDestroyNotify) asked_free);
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

static const char *
shown (const char *text)
{
  /* Translators: what a field held when it held nothing */
  return text != NULL && *text != '\0' ? text : _("(empty)");
}

/**
 * kez_over_theirs_field:
 * @changes: the lines so far
 * @name: the field's name, as the form shows it
 * @opened: what it held when the form opened
 * @theirs: what the other person made it
 * @mine: what the form holds now
 *
 * Adds "Name: opened → theirs" to @changes if the other person changed the field, with a
 * mark if the planner changed it too.
 */
void
kez_over_theirs_field (GString    *changes,
                       const char *name,
                       const char *opened,
                       const char *theirs,
                       const char *mine)
{
  if (g_strcmp0 (shown (opened), shown (theirs)) == 0)
    return;
  if (changes->len > 0)
    g_string_append_c (changes, '\n');
  /* Translators: %1$s is a field, %2$s what it held when the form was opened, %3$s what
     the other person made it */
  g_string_append_printf (changes, _("%1$s: %2$s → %3$s"), name, shown (opened), shown (theirs));
  if (g_strcmp0 (shown (opened), shown (mine)) != 0)
    /* Translators: after a change someone else made, of a field the planner changed too */
    g_string_append_printf (changes, " %s", _("(you changed it too)"));
}

/**
 * kez_over_theirs_ask:
 * @changes: (nullable): the fields the other person changed, a line each
 *   (kez_over_theirs_field ())
 */
void
kez_over_theirs_ask (GtkWindow             *parent,
                     KezStore              *store,
                     KezChangedRow          row,
                     gint64                 id,
                     const char            *changes,
                     KezOverTheirsAnswered  on_answer,
                     gpointer               user_data)
{
  g_autofree char *who_and_when = NULL;
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
  who_and_when = describe (row, who, stamp);
  body = changes != NULL && *changes != '\0'
           ? g_strdup_printf ("%s\n\n%s", who_and_when, changes)
           : g_strdup (who_and_when);
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
  g_set_weak_pointer (&asked->parent, parent);
  g_signal_connect_data (message, "response", G_CALLBACK (answered), asked,
                         (GClosureNotify) asked_free, 0);
  gtk_window_present (GTK_WINDOW (message));
}
