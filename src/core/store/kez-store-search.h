/* kez-store-search.h: the server's search words, written by the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_store_search_words_fill (KezStore  *store,
                                      GError   **error);

G_END_DECLS
