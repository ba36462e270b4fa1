/* kez-server-password-form.h: the team server's password, asked for in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *kez_server_password_form_new (void);

G_END_DECLS
