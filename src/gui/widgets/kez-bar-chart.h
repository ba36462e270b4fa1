/* kez-bar-chart.h: counts as labelled horizontal bars; clicking one picks its key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KEZ_TYPE_BAR_CHART (kez_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (KezBarChart, kez_bar_chart, KEZ, BAR_CHART, GtkWidget)

GtkWidget *kez_bar_chart_new              (const char  *title);
void       kez_bar_chart_clear            (KezBarChart *self);
void       kez_bar_chart_add              (KezBarChart *self,
                                           const char  *key,
                                           const char  *label,
                                           guint        count);
void       kez_bar_chart_set_selected_key (KezBarChart *self,
                                           const char  *key);
guint      kez_bar_chart_get_n_bars       (KezBarChart *self);

G_END_DECLS
