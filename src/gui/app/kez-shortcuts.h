/* kez-shortcuts.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void kez_shortcuts_follow_pages (GtkApplicationWindow *window,
                                 AdwViewStack         *stack);

G_END_DECLS
