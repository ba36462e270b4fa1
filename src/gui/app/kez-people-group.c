/* kez-people-group.c
 *
 * Preferences, People: on a team server, who may use this database, with which role and for
 * which body, and a way for whoever set the server up to name someone or take their role
 * away (kez-people.c; the server decides who may, and for anyone else the buttons are
 * insensitive). Passwords are the server's business and are not asked here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-people-group"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-body.h"
#include "kez-language.h"
#include "kez-people-group.h"
#include "kez-people.h"
#include "kez-toast.h"

struct _KezPeopleGroup
{
  AdwPreferencesGroup  parent_instance;

  KezStore            *store;
  GListModel          *bodies;
  GPtrArray           *rows;     /* the people's rows, to take out when read again */
  gboolean             may_name; /* the server lets the connected person name people */
};

G_DEFINE_FINAL_TYPE (KezPeopleGroup, kez_people_group, ADW_TYPE_PREFERENCES_GROUP)

static const KezRole roles[] = {
  KEZ_ROLE_PLANNER, KEZ_ROLE_TIMEKEEPER, KEZ_ROLE_VIEWER, KEZ_ROLE_REVIEWER,
};

static const char *
body_name (KezPeopleGroup *self,
           const char     *code)
{
  for (guint i = 0; code != NULL && i < g_list_model_get_n_items (self->bodies); i++)
    {
      g_autoptr(KezBody) body = g_list_model_get_item (self->bodies, i);

      if (g_str_equal (kez_body_get_code (body), code))
        return kez_body_get_name (body, kez_language_from_locale ());
    }
  return code;
}

static char *
body_label (KezBody  *body,
            gpointer  data)
{
  return body != NULL ? g_strdup (kez_body_get_name (body, kez_language_from_locale ())) : NULL;
}

static void remove_clicked (GtkButton      *button,
                            KezPeopleGroup *self);

static void
show_people (KezPeopleGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = kez_people_list (self->store, &error);

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self),
                                  g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
  if (people == NULL)
    {
      g_debug ("the people cannot be read: %s", error->message);
      return;
    }
  for (guint i = 0; i < people->len; i++)
    {
      KezPerson *person = g_ptr_array_index (people, i);
      GtkWidget *row = adw_action_row_new ();
      const char *body = body_name (self, person->body_code);
      g_autofree char *subtitle = body != NULL
        /* Translators: %1$s is what a role may do, %2$s a body's name */
        ? g_strdup_printf (_("%1$s · %2$s"), kez_role_describe (person->role), body)
        : g_strdup (kez_role_describe (person->role));

      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      /* Translators: a button's name for screen readers; %1$s is a login */
      g_autofree char *name = g_strdup_printf (_("Take Away the Role of %1$s"), person->login);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), person->login);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Take Away the Role"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name, -1);
      g_object_set_data_full (G_OBJECT (remove), "login", g_strdup (person->login), g_free);
      gtk_widget_set_sensitive (remove, self->may_name);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }
}

typedef struct
{
  KezPeopleGroup *group;
  AdwEntryRow    *login;
  AdwComboRow    *role;
  AdwComboRow    *body;
} Asked;

static void
asked_free (Asked *asked)
{
  g_object_unref (asked->group);
  g_free (asked);
}

static void
answered (AdwMessageDialog *dialog,
          const char       *response,
          Asked            *asked)
{
  KezPeopleGroup *self = asked->group;
  g_autoptr(GError) error = NULL;
  g_autofree char *login = NULL;
  KezRole role = roles[MIN (adw_combo_row_get_selected (asked->role), G_N_ELEMENTS (roles) - 1)];
  KezBody *body = adw_combo_row_get_selected_item (asked->body);

  if (!g_str_equal (response, "add"))
    return;
  login = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (asked->login))));
  if (!kez_people_add (self->store, login, role,
                       body != NULL && role != KEZ_ROLE_REVIEWER ? kez_body_get_code (body)
                                                                 : NULL, &error))
    {
      kez_toast_add (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  show_people (self);
}

static void
removal_answered (AdwMessageDialog *dialog,
                  const char       *response,
                  KezPeopleGroup   *self)
{
  g_autoptr(GError) error = NULL;
  const char *login = g_object_get_data (G_OBJECT (dialog), "login");

  if (!g_str_equal (response, "remove"))
    return;
  if (!kez_people_remove (self->store, login, &error))
    {
      kez_toast_add (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  show_people (self);
}

static void
remove_clicked (GtkButton      *button,
                KezPeopleGroup *self)
{
  const char *login = g_object_get_data (G_OBJECT (button), "login");
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   NULL, NULL);
  /* Translators: %1$s is a login on the team server */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     _("Take Away the Role of %1$s?"), login);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("They will read and change nothing of this database any "
                                 "more. What they did stays in the record under their name; "
                                 "their login stays the server’s."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "remove", _("_Take Away"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "login", g_strdup (login), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (removal_answered), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
login_changed (GtkEditable      *login,
               AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (login)));

  adw_message_dialog_set_response_enabled (dialog, "add", text[0] != '\0');
}

static void
add_clicked (KezPeopleGroup *self)
{
  g_autoptr(GtkStringList) role_names = gtk_string_list_new (NULL);
  AdwPreferencesGroup *fields = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autofree char *served = NULL;
  GtkWidget *dialog;
  Asked *asked = g_new0 (Asked, 1);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    gtk_string_list_append (role_names, kez_role_name (roles[i]));
  asked->group = g_object_ref (self);
  asked->login = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (asked->login), _("Login on the Server"));
  asked->role = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (asked->role), _("Role"));
  adw_combo_row_set_model (asked->role, G_LIST_MODEL (role_names));
  asked->body = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (asked->body),
                                 _("Central Executive Body"));
  adw_combo_row_set_expression (asked->body,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (body_label), NULL,
                                                             NULL));
  adw_combo_row_set_model (asked->body, self->bodies);
  /* The body this database serves, as the person most likely works for. */
  served = kez_store_dup_served_body (self->store);
  for (guint i = 0; served != NULL && i < g_list_model_get_n_items (self->bodies); i++)
    {
      g_autoptr(KezBody) body = g_list_model_get_item (self->bodies, i);

      if (g_str_equal (kez_body_get_code (body), served))
        adw_combo_row_set_selected (asked->body, i);
    }
  adw_preferences_group_add (fields, GTK_WIDGET (asked->login));
  adw_preferences_group_add (fields, GTK_WIDGET (asked->role));
  adw_preferences_group_add (fields, GTK_WIDGET (asked->body));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Add a Person"),
                                   _("A login of the team server, made if there is none yet. "
                                     "How the person signs in (a password) is set on the "
                                     "server."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (fields));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (asked->login, "changed", G_CALLBACK (login_changed), dialog);
  g_signal_connect_data (dialog, "response", G_CALLBACK (answered), asked,
                         (GClosureNotify) asked_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
kez_people_group_dispose (GObject *object)
{
  KezPeopleGroup *self = KEZ_PEOPLE_GROUP (object);

  g_clear_object (&self->store);
  g_clear_object (&self->bodies);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (kez_people_group_parent_class)->dispose (object);
}

static void
kez_people_group_class_init (KezPeopleGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kez_people_group_dispose;
}

static void
kez_people_group_init (KezPeopleGroup *self)
{
  self->rows = g_ptr_array_new ();
}

/**
 * kez_people_group_new:
 *
 * Returns: (transfer floating): the group of @store's people, for a team server's store
 */
GtkWidget *
kez_people_group_new (KezStore *store)
{
  KezPeopleGroup *self = g_object_new (KEZ_TYPE_PEOPLE_GROUP, NULL);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add a Person…"));

  self->store = g_object_ref (store);
  self->bodies = kez_store_list_bodies (store);
  self->may_name = kez_people_may_name (store);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("People"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), self->may_name
                                         ? _("Who may use this database on the team server, "
                                             "with which role, for which body. The server "
                                             "keeps to it, whatever program is used.")
                                         : _("Who may use this database on the team server, "
                                             "with which role, for which body. Only the "
                                             "owner of the database on the server, who may "
                                             "create roles, names people."));
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_clicked), self);
  gtk_widget_set_sensitive (add, self->may_name);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), add);
  show_people (self);
  return GTK_WIDGET (self);
}
