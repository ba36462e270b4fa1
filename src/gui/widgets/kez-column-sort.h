/* kez-column-sort.h: which column a list is sorted by, for a model that sorts itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     kez_column_sort_set (GtkColumnViewColumn *column,
                              int                  key);
gboolean kez_column_sort_get (GtkColumnView       *view,
                              int                 *key,
                              gboolean            *descending);

G_END_DECLS
