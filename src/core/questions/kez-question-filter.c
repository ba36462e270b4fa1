/* kez-question-filter.c
 *
 * The filter becomes a WHERE clause with its values bound as text, so the list, the counts
 * and the charts select the same questions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-filter"

#include "config.h"

#include "kez-question-filter.h"
#include "kez-search-words.h"

void
kez_question_filter_init (KezQuestionFilter *filter)
{
  *filter = (KezQuestionFilter) { .status = -1, .channel = -1,
                                  .sort = KEZ_QUESTION_SORT_RECEIVED, .descending = TRUE };
}

void
kez_question_filter_clear (KezQuestionFilter *filter)
{
  g_clear_pointer (&filter->region_code, g_free);
  g_clear_pointer (&filter->topic, g_free);
  g_clear_pointer (&filter->week, g_free);
  g_clear_pointer (&filter->search, g_free);
}

void
kez_question_filter_copy (const KezQuestionFilter *from,
                          KezQuestionFilter       *to)
{
  *to = *from;
  to->region_code = g_strdup (from->region_code);
  to->topic = g_strdup (from->topic);
  to->week = g_strdup (from->week);
  to->search = g_strdup (from->search);
}

/* Whether @a and @b select the same questions in the same order, their searches compared as
 * the words typed. */
gboolean
kez_question_filter_equal (const KezQuestionFilter *a,
                           const KezQuestionFilter *b)
{
  g_autofree char *match_a = kez_fts_query_from_words (a->search);
  g_autofree char *match_b = kez_fts_query_from_words (b->search);

  return a->status == b->status && a->channel == b->channel &&
         g_strcmp0 (a->region_code, b->region_code) == 0 &&
         g_strcmp0 (a->topic, b->topic) == 0 && a->meeting_id == b->meeting_id &&
         g_strcmp0 (a->week, b->week) == 0 && g_strcmp0 (match_a, match_b) == 0 &&
         a->sort == b->sort && !a->descending == !b->descending;
}

/**
 * kez_fts_query_from_words:
 *
 * Makes an FTS5 query of what a planner types: every word must occur, as the start of a word
 * (Kazakh and Russian add endings: "әкімдік" finds "әкімдікке"), and nothing typed is taken as
 * query syntax. Case is folded by the index's tokenizer for Cyrillic as for Latin.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when there is no word
 */
char *
kez_fts_query_from_words (const char *words)
{
  g_autoptr(GString) query = g_string_new (NULL);
  const char *p = words;

  while (p != NULL && *p != '\0')
    {
      const char *start;

      /* Words are what the tokenizer would keep: letters and digits. */
      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p > start)
        {
          if (query->len > 0)
            g_string_append_c (query, ' ');
          g_string_append_c (query, '"');
          g_string_append_len (query, start, p - start);
          g_string_append (query, "\"*");
        }
    }
  return query->len > 0 ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

static void
add (GString    *where,
     GPtrArray  *values,
     const char *condition,
     char       *value)
{
  g_string_append (where, where->len > 0 ? " AND " : " WHERE ");
  g_string_append (where, condition);
  if (value != NULL)
    g_ptr_array_add (values, value);
}

/**
 * kez_question_filter_to_sql:
 * @engine: whose search the words go to (SQLite's index, or the server's search words)
 * @values: (element-type utf8): receives the values to bind, in order, as text
 *
 * Returns: (transfer full): " WHERE …" over the table questions (possibly empty)
 */
char *
kez_question_filter_to_sql (const KezQuestionFilter *filter,
                            KezDbKind                engine,
                            GPtrArray               *values)
{
  GString *where = g_string_new (NULL);
  g_autofree char *match = NULL;

  if (engine == KEZ_DB_POSTGRESQL && filter->search != NULL)
    {
      KezWordStemmer *stemmer = kez_word_stemmer_new ();

      match = kez_search_words_query (stemmer, filter->search);
      kez_word_stemmer_free (stemmer);
    }
  else
    match = kez_fts_query_from_words (filter->search);

  if (filter->status >= 0 && filter->status < KEZ_N_QUESTION_STATUSES)
    add (where, values, "status = ?",
         g_strdup (kez_question_status_to_string (filter->status)));
  if (filter->channel >= 0 && filter->channel < KEZ_N_CHANNELS)
    add (where, values, "channel = ?", g_strdup (kez_channel_to_string (filter->channel)));
  if (filter->region_code != NULL && filter->region_code[0] == '\0')
    add (where, values, "region_code IS NULL", NULL);
  else if (filter->region_code != NULL)
    add (where, values, "region_code = ?", g_strdup (filter->region_code));
  if (filter->topic != NULL)
    add (where, values, "topic = ?", g_strdup (filter->topic));
  if (filter->meeting_id < 0)
    add (where, values, "meeting_id IS NULL", NULL);
  else if (filter->meeting_id > 0)
    add (where, values, "meeting_id = ?",
         g_strdup_printf ("%" G_GINT64_FORMAT, filter->meeting_id));
  if (filter->week != NULL)
    add (where, values, "received_on >= ? AND received_on < kez_day_plus (?, 7)",
         g_strdup (filter->week)),
    g_ptr_array_add (values, g_strdup (filter->week));
  if (match != NULL)
    add (where, values, engine == KEZ_DB_POSTGRESQL
                          ? "search_vector @@ to_tsquery ('simple', ?)"
                          : "id IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH ?)",
         g_steal_pointer (&match));
  return g_string_free (where, FALSE);
}
