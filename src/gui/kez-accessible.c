/* kez-accessible.c: names for a screen reader where GTK 4.8 leaves them out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-accessible.h"

/**
 * kez_accessible_name_drop_down:
 *
 * GTK 4.8 names a drop-down for a screen reader but not the button inside it, and it is the
 * button that takes the keyboard focus: a planner moving with Tab would hear only "toggle
 * button". Both are given @name.
 */
void
kez_accessible_name_drop_down (GtkDropDown *drop_down,
                               const char  *name)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  if (GTK_IS_TOGGLE_BUTTON (button))
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name, -1);
}
