/* kez-drop-down.h: drop-downs that give way in a narrow window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kez_drop_down_let_shrink (GtkDropDown *drop_down);

G_END_DECLS
