/* kez-toast.h: a message in the window a widget belongs to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void kez_toast_add           (GtkWidget    *where,
                              AdwToast     *toast);
void kez_toast_not_opened    (GtkWidget    *where,
                              const char   *location,
                              const GError *error);

G_END_DECLS
