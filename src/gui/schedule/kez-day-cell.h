/* kez-day-cell.h: one day of the month view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KEZ_TYPE_DAY_CELL (kez_day_cell_get_type ())

G_DECLARE_FINAL_TYPE (KezDayCell, kez_day_cell, KEZ, DAY_CELL, GtkWidget)

GtkWidget *kez_day_cell_new        (void);
void       kez_day_cell_set_date   (KezDayCell  *self,
                                    const GDate *date);
const GDate *kez_day_cell_get_date (KezDayCell  *self);
void       kez_day_cell_clear      (KezDayCell  *self);
void       kez_day_cell_append     (KezDayCell  *self,
                                    GtkWidget   *child);

G_END_DECLS
