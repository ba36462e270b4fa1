/* kez-store-watch.h: the window follows what another process writes into its database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef struct _KezStoreWatch KezStoreWatch;

KezStoreWatch *kez_store_watch_new  (KezStore      *store);
void           kez_store_watch_free (KezStoreWatch *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezStoreWatch, kez_store_watch_free)

G_END_DECLS
