/* kez-search-tokenizer.h: the FTS5 tokenizer "kez", which indexes and searches word stems
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

gboolean kez_search_tokenizer_register (sqlite3 *db);

G_END_DECLS
