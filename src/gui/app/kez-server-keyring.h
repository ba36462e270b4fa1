/* kez-server-keyring.h: a team server's password in the desktop's keyring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void  kez_server_keyring_lookup_async  (const char           *address,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
char *kez_server_keyring_lookup_finish (GAsyncResult         *result);
void  kez_server_keyring_store         (const char           *address,
                                        const char           *password);
void  kez_server_keyring_free_password (char                 *password);

G_END_DECLS
