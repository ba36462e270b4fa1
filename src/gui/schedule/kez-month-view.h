/* kez-month-view.h: a month as a grid of days with a chip per meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-meeting-labels.h"

G_BEGIN_DECLS

#define KEZ_TYPE_MONTH_VIEW (kez_month_view_get_type ())

G_DECLARE_FINAL_TYPE (KezMonthView, kez_month_view, KEZ, MONTH_VIEW, GtkWidget)

gboolean   kez_month_view_focus_day (KezMonthView *self,
                                     const GDate  *date);
GtkWidget *kez_month_view_new  (void);
void       kez_month_view_show (KezMonthView *self,
                                int           year,
                                int           month,
                                GListModel   *meetings,
                                GArray       *deadlines,
                                KezNames     *names,
                                const GDate  *today);

G_END_DECLS
