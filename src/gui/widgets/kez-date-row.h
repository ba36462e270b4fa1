/* kez-date-row.h: a row with a date, picked from a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KEZ_TYPE_DATE_ROW (kez_date_row_get_type ())

G_DECLARE_FINAL_TYPE (KezDateRow, kez_date_row, KEZ, DATE_ROW, AdwActionRow)

GtkWidget *kez_date_row_new      (const char  *title);
void       kez_date_row_set_date (KezDateRow  *self,
                                  const GDate *date);
void       kez_date_row_get_date (KezDateRow  *self,
                                  GDate       *date);

G_END_DECLS
