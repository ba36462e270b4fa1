/* kez-search-extension.c
 *
 * The question search's tokenizer as an SQLite extension, for the sqlite3 shell and the tests
 * that write questions outside the app:
 *
 *     sqlite3 kezdesu.db -cmd '.load …/libkezsearch'
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-search-tokenizer.h"

int sqlite3_kezsearch_init (sqlite3 *db, char **message, const void *api);

int
sqlite3_kezsearch_init (sqlite3    *db,
                        char      **message,
                        const void *api)
{
  return kez_search_tokenizer_register (db) ? SQLITE_OK : SQLITE_ERROR;
}
