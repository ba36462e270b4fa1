/* kez-startup-probe.h: tells the startup benchmark when the first frame is on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kez_startup_probe_attach (GtkWidget *window);

G_END_DECLS
