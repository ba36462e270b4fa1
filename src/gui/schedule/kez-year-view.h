/* kez-year-view.h: twelve months at a glance, each day marked with its meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-meeting-labels.h"

G_BEGIN_DECLS

#define KEZ_TYPE_YEAR_VIEW (kez_year_view_get_type ())

G_DECLARE_FINAL_TYPE (KezYearView, kez_year_view, KEZ, YEAR_VIEW, GtkWidget)

GtkWidget *kez_year_view_new  (void);
gboolean   kez_year_view_focus_day (KezYearView *self,
                                    const GDate *date);
void       kez_year_view_show (KezYearView *self,
                               int          year,
                               GListModel  *meetings,
                               GArray      *deadlines,
                               KezNames    *names,
                               const GDate *today);

G_END_DECLS
