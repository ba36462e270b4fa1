/* kez-column-priority.h: a table's columns that give way in a narrow window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kez_column_priority_set   (GtkColumnViewColumn *column,
                                guint                priority);
void kez_column_priority_watch (GtkScrolledWindow   *scroller,
                                GtkColumnView       *view);

void kez_column_priority_refit (GtkScrolledWindow   *scroller);

G_END_DECLS
