/* kez-store-search.c
 *
 * A server cannot stem Kazakh (kez-search-words.c): a question it has no search words for
 * (new, or its text or topic changed; the server's trigger says so with NULL) gets them from
 * the app before the transaction that made the change commits, so that the search finds it
 * as soon as the list shows it. They go to the server a thousand at a time (arrays unnested
 * in one UPDATE): an import of 100,000 questions is a hundred round trips, not 100,000.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-search-words.h"
#include "kez-store-search.h"

/* Rows written per statement: one round trip to the server for each, not one a question. */
#define BATCH 1000

static gboolean
write_batch (KezDbStmt *fill,
             GString   *ids,
             GString   *words)
{
  gboolean ok;

  if (ids->len == 0)
    return TRUE;
  g_string_append_c (ids, '}');
  g_string_append_c (words, '}');
  kez_db_bind_text (fill, 1, ids->str);
  kez_db_bind_text (fill, 2, words->str);
  ok = kez_db_step (fill) == KEZ_DB_DONE;
  kez_db_reset (fill);
  g_string_truncate (ids, 0);
  g_string_truncate (words, 0);
  return ok;
}

gboolean
kez_store_search_words_fill (KezDb *db)
{
  g_autoptr(KezDbStmt) stale = NULL;
  g_autoptr(KezDbStmt) fill = NULL;
  g_autoptr(GString) ids = g_string_new (NULL);
  g_autoptr(GString) words = g_string_new (NULL);
  KezWordStemmer *stemmer = NULL;
  gboolean ok = TRUE;
  guint n = 0;
  KezDbStep step;

  if (!(stale = kez_db_prepare (db, "SELECT id, text, topic FROM questions "
                                    "WHERE search_words IS NULL")))
    return FALSE;
  while ((step = kez_db_step (stale)) == KEZ_DB_ROW)
    {
      g_autofree char *these = NULL;
      char id[24];

      if (fill == NULL &&
          !(fill = kez_db_prepare (db, "UPDATE questions SET search_words = w.words "
                                       "FROM unnest (CAST (?1 AS BIGINT[]), "
                                       "CAST (?2 AS TEXT[])) AS w (id, words) "
                                       "WHERE questions.id = w.id")))
        {
          ok = FALSE;
          break;
        }
      if (stemmer == NULL)
        stemmer = kez_word_stemmer_new ();
      these = kez_search_words_index (stemmer, kez_db_column_text (stale, 1),
                                      kez_db_column_text (stale, 2));
      g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, kez_db_column_int64 (stale, 0));
      if (ids->len == 0)
        g_string_append_c (ids, '{');
      else
        g_string_append_c (ids, ',');
      g_string_append (ids, id);
      if (words->len == 0)
        g_string_append_c (words, '{');
      else
        g_string_append_c (words, ',');
      g_string_append_c (words, '"');
      for (const char *p = these; *p != '\0'; p++)
        {
          if (*p == '"' || *p == '\\')
            g_string_append_c (words, '\\');
          g_string_append_c (words, *p);
        }
      g_string_append_c (words, '"');
      if (++n % BATCH == 0 && !(ok = write_batch (fill, ids, words)))
        break;
    }
  if (ok && step == KEZ_DB_FAILED)
    ok = FALSE;
  if (ok && fill != NULL)
    ok = write_batch (fill, ids, words);
  kez_word_stemmer_free (stemmer);
  return ok;
}
