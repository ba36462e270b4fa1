/* kez-store-search.h: the server's search words, written by the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-db.h"

G_BEGIN_DECLS

/* FALSE when @db failed; kez_db_get_failure() says why. */
gboolean kez_store_search_words_fill (KezDb *db);

G_END_DECLS
