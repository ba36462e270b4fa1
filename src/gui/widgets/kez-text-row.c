/* kez-text-row.c: a row of a list that shows a text as it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-text-row.h"

/**
 * kez_text_row_new:
 * @subtitle: (nullable): a second line, smaller
 *
 * Returns: (transfer floating): a row for a citizen's question, an import problem or a note.
 *   The text is never read as markup (a question may well hold "&" or "<", which would leave
 *   the row empty), and a long one takes up to three lines.
 */
GtkWidget *
kez_text_row_new (const char *title,
                  const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}


/**
 * kez_text_row_mark_overdue:
 * @row: an #AdwActionRow
 *
 * Marks what is past its deadline: a warning sign before it, saying so to a pointer and a
 * screen reader, and its subtitle (which says by how much) in the error colour. The title
 * keeps the colour of text: a list of executors in red reads as a list of culprits.
 */
void
kez_text_row_mark_overdue (GtkWidget *row)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_add_css_class (row, "overdue");
  gtk_widget_add_css_class (icon, "error");
  gtk_widget_set_tooltip_text (icon, _("Overdue"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Overdue"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
}
