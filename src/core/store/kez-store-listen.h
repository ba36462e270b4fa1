/* kez-store-listen.h: what other planners save on the team server, as it is saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-store.h"

G_BEGIN_DECLS

typedef struct _KezStoreListener KezStoreListener;

KezStoreListener *kez_store_listener_new  (KezStore         *store);
void              kez_store_listener_free (KezStoreListener *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezStoreListener, kez_store_listener_free)

G_END_DECLS
