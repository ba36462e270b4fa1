/* kez-date-entry-row.h: a form's date, typed as DD.MM.YYYY or picked on a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *kez_date_entry_row_new      (const char  *title,
                                        const char  *picker_label,
                                        gboolean     may_be_empty);
gboolean   kez_date_entry_row_get_date (GtkWidget   *row,
                                        GDate       *date);
void       kez_date_entry_row_set_date (GtkWidget   *row,
                                        const GDate *date);
gboolean   kez_date_entry_row_is_valid (GtkWidget   *row);

G_END_DECLS
