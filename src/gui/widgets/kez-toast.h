/* kez-toast.h: a message in the window a widget belongs to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void kez_toast_add (GtkWidget *where,
                    AdwToast  *toast);

G_END_DECLS
