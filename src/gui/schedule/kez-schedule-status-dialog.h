/* kez-schedule-status-dialog.h: the status of a year's schedule, its dates and its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-schedule-status.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef void (*KezScheduleSaved) (const KezScheduleStatus *before,
                                  gpointer                 user_data);

GtkWidget *kez_schedule_status_dialog_new (GtkWindow        *parent,
                                           KezStore         *store,
                                           const char       *body,
                                           int               year,
                                           KezScheduleSaved  saved,
                                           gpointer          saved_data);
char      *kez_schedule_status_describe   (const KezScheduleStatus *status);

G_END_DECLS
