/* kez-schedule-page.h: the year's schedule on a calendar, with its deadlines and coverage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_SCHEDULE_PAGE (kez_schedule_page_get_type ())

G_DECLARE_FINAL_TYPE (KezSchedulePage, kez_schedule_page, KEZ, SCHEDULE_PAGE, GtkWidget)

void kez_schedule_page_set_store (KezSchedulePage *self,
                                  KezStore        *store);

G_END_DECLS
