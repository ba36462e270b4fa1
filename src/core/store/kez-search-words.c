/* kez-search-words.c
 *
 * On SQLite the index's tokenizer (kez-search-tokenizer.c) splits, folds and stems the words.
 * A PostgreSQL server has no Kazakh stemmer: the app does the same work and gives the server
 * the words already folded and stemmed (questions.search_words), which its "simple"
 * configuration indexes as they are; a search is a tsquery of the same stems, each as a
 * prefix. Both engines then find the same questions for the same words.
 *
 * The folding is unicode61's with remove_diacritics 2, as the tokenizer's inner one: letters
 * and digits make words, case is folded, and a Latin letter loses its accents (é is e);
 * Cyrillic letters keep theirs (й is not и), and ё is е in the stemmer for both engines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kez-search-words.h"

static gunichar
fold (gunichar c)
{
  gunichar lower = g_unichar_tolower (c);
  gunichar base, mark;

  /* Only what decomposes into an ASCII letter and its mark loses the mark, as in unicode61. */
  if (lower >= 0x80 && g_unichar_decompose (lower, &base, &mark) && base < 0x80 && mark != 0)
    return base;
  return lower;
}

/* Calls @each with every word of @text, folded. */
static void
each_word (const char *text,
           void      (*each) (const char *word, gpointer data),
           gpointer    data)
{
  g_autoptr(GString) word = g_string_new (NULL);
  const char *p = text;

  while (p != NULL)
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        g_string_append_unichar (word, fold (c));
      else if (word->len > 0)
        {
          each (word->str, data);
          g_string_truncate (word, 0);
        }
      p = c == 0 ? NULL : g_utf8_next_char (p);
    }
}

typedef struct
{
  KezWordStemmer *stemmer;
  GString        *out;
} Words;

static void
add_indexed (const char *word,
             gpointer    data)
{
  Words *words = data;
  g_autoptr(GPtrArray) forms = kez_word_forms (words->stemmer, word, -1, TRUE);

  for (guint i = 0; i < forms->len; i++)
    {
      if (words->out->len > 0)
        g_string_append_c (words->out, ' ');
      g_string_append (words->out, g_ptr_array_index (forms, i));
    }
}

/**
 * kez_search_words_index:
 *
 * Returns: (transfer full): what the server indexes of a question: every word of its text and
 *   topic with its stems, separated by spaces
 */
char *
kez_search_words_index (KezWordStemmer *stemmer,
                        const char     *text,
                        const char     *topic)
{
  Words words = { stemmer, g_string_new (NULL) };

  each_word (text, add_indexed, &words);
  each_word (topic, add_indexed, &words);
  return g_string_free (words.out, FALSE);
}

static void
add_queried (const char *word,
             gpointer    data)
{
  Words *words = data;
  g_autoptr(GPtrArray) forms = kez_word_forms (words->stemmer, word, -1, FALSE);
  gboolean first = TRUE;

  if (forms->len == 0)
    return;
  if (words->out->len > 0)
    g_string_append (words->out, " & ");
  g_string_append_c (words->out, '(');
  for (guint i = 0; i < forms->len; i++)
    {
      const char *form = g_ptr_array_index (forms, i);

      if (*form == '\0')
        continue;
      g_string_append_printf (words->out, "%s%s:*", first ? "" : " | ", form);
      first = FALSE;
    }
  g_string_append_c (words->out, ')');
}

/**
 * kez_search_words_query:
 *
 * What a planner types as the server's query (to_tsquery with "simple"): every word must
 * occur, any of its stems as the start of a word, as kez_fts_query_from_words() asks SQLite.
 * Only letters and digits reach it, so nothing typed is taken as query syntax.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when there is no word
 */
char *
kez_search_words_query (KezWordStemmer *stemmer,
                        const char     *words)
{
  Words query = { stemmer, g_string_new (NULL) };

  each_word (words, add_queried, &query);
  if (query.out->len == 0)
    {
      g_string_free (query.out, TRUE);
      return NULL;
    }
  return g_string_free (query.out, FALSE);
}
