/* kez-form-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-form-window.h"

void
kez_form_init (KezForm    *form,
               GtkWindow  *parent,
               const char *title,
               int         width,
               int         height)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  /* Labels without mnemonics: GTK 4.8 would read the underscore out to a screen reader. */
  GtkWidget *cancel = gtk_button_new_with_label (_("Cancel"));

  /* A dialog to a screen reader, which then reads its title on opening (GTK 4.8 would call
     a bare window a "filler"). */
  form->window = g_object_new (ADW_TYPE_WINDOW, "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
                               NULL);
  form->save = gtk_button_new_with_label (_("Save"));
  form->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  form->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());

  gtk_window_set_title (GTK_WINDOW (form->window), title);
  gtk_window_set_modal (GTK_WINDOW (form->window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (form->window), parent);
  gtk_window_set_default_size (GTK_WINDOW (form->window), width, height);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), form->window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_widget_add_css_class (form->save, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), form->save);

  gtk_widget_set_vexpand (GTK_WIDGET (form->page), TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->page));
  adw_toast_overlay_set_child (form->toasts, box);
  adw_window_set_content (ADW_WINDOW (form->window), GTK_WIDGET (form->toasts));
}

GtkEditable *
kez_form_add_entry_row (AdwPreferencesGroup *group,
                        const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  return GTK_EDITABLE (row);
}

void
kez_form_show_error (KezForm      *form,
                     const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  /* Stays until dismissed: the planner may be looking at the paper, not the screen. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (form->toasts, toast);
}
