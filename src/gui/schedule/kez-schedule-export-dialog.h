/* kez-schedule-export-dialog.h: save the schedule proposals workbook from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

void kez_schedule_export_dialog_run (GtkWindow *parent,
                                     KezStore  *store,
                                     int        year,
                                     gboolean   calendar);

G_END_DECLS
