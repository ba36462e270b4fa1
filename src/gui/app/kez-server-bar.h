/* kez-server-bar.h: the window's word that the team server is away, until it is back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_SERVER_BAR (kez_server_bar_get_type ())
G_DECLARE_FINAL_TYPE (KezServerBar, kez_server_bar, KEZ, SERVER_BAR, GObject)

KezServerBar *kez_server_bar_new (GtkWidget *bar,
                                  KezStore  *store);

G_END_DECLS
