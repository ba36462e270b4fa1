/* kez-accessible.h: names for a screen reader where GTK 4.8 leaves them out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kez_accessible_name_drop_down     (GtkDropDown   *drop_down,
                                        const char    *name);
void kez_accessible_name_column_titles (GtkColumnView *view);
void kez_accessible_name_table_row     (GtkWidget     *cell_child,
                                        const char    *name);

G_END_DECLS
