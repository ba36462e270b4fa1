/* kez-accessible.h: names for a screen reader where GTK 4.8 leaves them out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kez_accessible_name_drop_down (GtkDropDown *drop_down,
                                    const char  *name);

G_END_DECLS
