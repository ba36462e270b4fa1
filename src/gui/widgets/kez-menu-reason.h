/* kez-menu-reason.h: why a section of a menu is greyed out, said at its head
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void kez_menu_reason_set (GMenuModel *menu,
                          int         section,
                          const char *reason);

G_END_DECLS
