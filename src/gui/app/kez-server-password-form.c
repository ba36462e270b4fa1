/* kez-server-password-form.c
 *
 * Where libpq's own sources (~/.pgpass, PGPASSWORD, the service file) and the keyring have
 * no password for the team server, the window's error page asks for it: a password row, a
 * switch to keep it in the keyring, and Connect (or Enter). The application connects with
 * it (app.connect-with-password) and opens the window again; a refused one brings the page
 * back saying so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-server-password-form.h"

typedef struct
{
  GtkEditable *password;
  GtkSwitch   *keep;
} Form;

static void
connect_clicked (Form *form)
{
  const char *password = gtk_editable_get_text (form->password);

  if (*password == '\0')
    return;
  gtk_widget_activate_action (GTK_WIDGET (form->password), "app.connect-with-password", "(sb)",
                              password, gtk_switch_get_active (form->keep));
}

GtkWidget *
kez_server_password_form_new (void)
{
  Form *form = g_new0 (Form, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *password = adw_password_entry_row_new ();
  GtkWidget *keep_row = adw_action_row_new ();
  GtkWidget *keep = gtk_switch_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Connect"));

  form->password = GTK_EDITABLE (password);
  form->keep = GTK_SWITCH (keep);
  g_object_set_data_full (G_OBJECT (box), "form", form, g_free);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (password), _("Password"));
  g_signal_connect_swapped (password, "entry-activated", G_CALLBACK (connect_clicked), form);
  /* Typed at once, as in any password prompt. */
  g_signal_connect (password, "map", G_CALLBACK (gtk_widget_grab_focus), NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (keep_row), _("Keep in the Keyring"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (keep_row),
                               _("The next start connects without asking"));
  gtk_widget_set_valign (keep, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (keep), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (keep_row), keep);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (keep_row), keep);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), password);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), keep_row);

  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (connect_clicked), form);

  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), button);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 400);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  return clamp;
}
