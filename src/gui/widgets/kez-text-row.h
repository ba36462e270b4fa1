/* kez-text-row.h: a row of a list that shows a text as it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *kez_text_row_new          (const char *title,
                                      const char *subtitle);
void       kez_text_row_mark_overdue (GtkWidget  *row);

G_END_DECLS
