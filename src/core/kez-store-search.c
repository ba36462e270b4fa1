/* kez-store-search.c
 *
 * A server cannot stem Kazakh (kez-search-words.c): a question it has no search words for
 * (new, or its text or topic changed; the server's trigger says so with NULL) gets them from
 * the app before the transaction that made the change commits, so that the search finds it
 * as soon as the list shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-search-words.h"
#include "kez-store-private.h"
#include "kez-store-search.h"

gboolean
kez_store_search_words_fill (KezStore  *store,
                             GError   **error)
{
  g_autoptr(KezDbStmt) stale = NULL;
  g_autoptr(KezDbStmt) fill = NULL;
  KezWordStemmer *stemmer = NULL;
  gboolean ok = TRUE;
  KezDbStep step;

  if (!(stale = kez_store_prepare (store, "SELECT id, text, topic FROM questions "
                                          "WHERE search_words IS NULL", error)))
    return FALSE;
  while ((step = kez_db_step (stale)) == KEZ_DB_ROW)
    {
      g_autofree char *words = NULL;

      if (fill == NULL &&
          !(fill = kez_store_prepare (store, "UPDATE questions SET search_words = ?2 "
                                             "WHERE id = ?1", error)))
        {
          ok = FALSE;
          break;
        }
      if (stemmer == NULL)
        stemmer = kez_word_stemmer_new ();
      words = kez_search_words_index (stemmer, kez_db_column_text (stale, 1),
                                      kez_db_column_text (stale, 2));
      kez_db_bind_int64 (fill, 1, kez_db_column_int64 (stale, 0));
      kez_db_bind_text (fill, 2, words);
      if (!(ok = kez_store_step_done (store, fill, error)))
        break;
    }
  if (ok && step == KEZ_DB_FAILED)
    {
      kez_store_set_error (store, error);
      ok = FALSE;
    }
  kez_word_stemmer_free (stemmer);
  return ok;
}
