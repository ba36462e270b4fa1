/* kez-choice-prompt.c
 *
 * The triage keys ask one thing each: why a question is rejected, which topic or region it
 * has. The common answers are in a list; when @typed, the answer is what the entry says, and
 * picking from the list fills it in, so an unusual answer can still be typed. Enter answers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-choice-prompt"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-accessible.h"
#include "kez-choice-prompt.h"
#include "kez-text.h"

typedef struct
{
  GtkDropDown   *list;
  GtkEditable   *entry;    /* NULL unless typed */
  KezChoiceDone  done;
  gpointer       user_data;
  GDestroyNotify destroy;
} Prompt;

static void
picked (GtkDropDown *list,
        GParamSpec  *pspec,
        Prompt      *prompt)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (list);

  /* The first item is the list's heading when an answer may be typed. */
  if (prompt->entry != NULL && item != NULL && gtk_drop_down_get_selected (list) > 0)
    gtk_editable_set_text (prompt->entry, gtk_string_object_get_string (item));
}

static void
answered (AdwMessageDialog *dialog,
          const char       *response,
          Prompt           *prompt)
{
  if (g_str_equal (response, "apply"))
    {
      if (prompt->entry != NULL)
        prompt->done (gtk_editable_get_text (prompt->entry), G_MAXUINT, prompt->user_data);
      else
        {
          GtkStringObject *item = gtk_drop_down_get_selected_item (prompt->list);

          prompt->done (item != NULL ? gtk_string_object_get_string (item) : "",
                        gtk_drop_down_get_selected (prompt->list), prompt->user_data);
        }
    }
}

static void
prompt_free (gpointer  data,
             GClosure *closure)
{
  Prompt *prompt = data;

  if (prompt->destroy != NULL)
    prompt->destroy (prompt->user_data);
  g_free (prompt);
}

static void
update_apply (GtkEditable      *entry,
              AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "apply",
                                           !kez_text_is_blank (gtk_editable_get_text (entry)));
}

static void
entry_activated (GtkEntry         *entry,
                 AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "apply"))
    {
      adw_message_dialog_response (dialog, "apply");
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

/**
 * kez_choice_prompt:
 * @choices: the list to pick from; when @typed, its first item is a heading such as
 *   "Common reasons", not an answer
 * @typed: whether an answer may be typed rather than picked
 * @initial: (nullable): the answer to start with
 *
 * Shows the dialog; @done is called when the planner answers, not when they cancel, and
 * @destroy frees @user_data when the dialog goes, either way.
 */
void
kez_choice_prompt (GtkWindow          *parent,
                   const char         *heading,
                   const char         *body,
                   const char * const *choices,
                   gboolean            typed,
                   const char         *initial,
                   const char         *action_label,
                   gboolean            destructive,
                   KezChoiceDone       done,
                   gpointer            user_data,
                   GDestroyNotify      destroy)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  Prompt *prompt = g_new0 (Prompt, 1);

  prompt->done = done;
  prompt->user_data = user_data;
  prompt->destroy = destroy;
  prompt->list = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (choices));
  kez_accessible_name_drop_down (prompt->list, heading);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (prompt->list));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("Cancel"),
                                    "apply", action_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              destructive ? ADW_RESPONSE_DESTRUCTIVE
                                                          : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  if (typed)
    {
      GtkWidget *entry = gtk_entry_new ();

      prompt->entry = GTK_EDITABLE (entry);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      heading, -1);
      gtk_editable_set_text (prompt->entry, initial != NULL ? initial : "");
      g_signal_connect (entry, "changed", G_CALLBACK (update_apply), dialog);
      g_signal_connect (entry, "activate", G_CALLBACK (entry_activated), dialog);
      gtk_box_append (GTK_BOX (box), entry);
      update_apply (prompt->entry, ADW_MESSAGE_DIALOG (dialog));
    }
  else if (initial != NULL)
    {
      for (guint i = 0; choices[i] != NULL; i++)
        if (g_str_equal (choices[i], initial))
          gtk_drop_down_set_selected (prompt->list, i);
    }
  g_signal_connect (prompt->list, "notify::selected", G_CALLBACK (picked), prompt);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  g_signal_connect_data (dialog, "response", G_CALLBACK (answered), prompt,
                         prompt_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (prompt->entry != NULL ? GTK_WIDGET (prompt->entry)
                                               : GTK_WIDGET (prompt->list));
}
