/* kez-meeting-search.c
 *
 * A planner looks for "the meeting in Семей last spring" or "Ахметова's meetings on water":
 * every word typed must be found, as the start of a word, in the leader's name, the region
 * (in Kazakh or Russian), the locality, the venue or the topic. Words are compared as the
 * question search compares them (kez-word-stem.c): case and ё/е folded, a Russian or Kazakh
 * ending dropped, so "Семея" finds "Семей" and "мектептер" finds "мектеп".
 *
 * A body holds a few hundred meetings a year, so the search reads them all and compares in
 * memory: no index to keep, and the same test serves the calendar's filter and the search
 * over every year.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meetings"

#include "config.h"

#include <string.h>

#include "kez-meeting-search.h"
#include "kez-meetings.h"
#include "kez-region.h"
#include "kez-word-stem.h"

struct _KezMeetingQuery
{
  GPtrArray  *words;    /* of GPtrArray of the forms of each word typed */
  GHashTable *regions;  /* code → its names in both languages, folded */
};

/* Lower case and ё as е, as the words typed are. */
static char *
fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) parts = g_strsplit (folded, "ё", -1);

  return g_strjoinv ("е", parts);
}

/* Whether one of @forms starts a word of @text (folded). */
static gboolean
starts_a_word (const char *text,
               GPtrArray  *forms)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean at_start = p == text ||
                          !g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (text, p)));

      if (!at_start || !g_unichar_isalnum (g_utf8_get_char (p)))
        continue;
      for (guint i = 0; i < forms->len; i++)
        {
          const char *form = g_ptr_array_index (forms, i);

          if (strncmp (p, form, strlen (form)) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* A word's forms, none shorter than three letters unless the word is: a stemmer cuts "мей" to
 * "ме", which would start half the words of a schedule. */
static GPtrArray *
forms_of (KezWordStemmer *stemmer,
          const char     *word)
{
  GPtrArray *forms = kez_word_forms (stemmer, word, -1, TRUE);
  glong shortest = MIN (3, g_utf8_strlen (word, -1));

  for (guint i = forms->len; i > 0; i--)
    if (g_utf8_strlen (g_ptr_array_index (forms, i - 1), -1) < shortest)
      g_ptr_array_remove_index (forms, i - 1);
  return forms;
}

/**
 * kez_meeting_query_new:
 * @text: (nullable): what was typed
 *
 * Returns: (transfer full): a query; with no words in @text it matches every meeting
 */
KezMeetingQuery *
kez_meeting_query_new (KezStore   *store,
                       const char *text)
{
  KezMeetingQuery *query = g_new0 (KezMeetingQuery, 1);
  KezWordStemmer *stemmer;
  g_autoptr(GListModel) regions = NULL;
  g_autofree char *folded = fold (text != NULL ? text : "");
  g_autoptr(GString) word = g_string_new (NULL);

  g_return_val_if_fail (KEZ_IS_STORE (store), query);

  query->words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  query->regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  stemmer = kez_word_stemmer_new ();
  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        g_ptr_array_add (query->words, forms_of (stemmer, word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  kez_word_stemmer_free (stemmer);
  if (query->words->len == 0)
    return query;

  regions = kez_store_list_regions (store);
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KezRegion) region = g_list_model_get_item (regions, i);
      g_autofree char *names = g_strconcat (kez_region_get_name (region, KEZ_LANGUAGE_KK), " ",
                                            kez_region_get_name (region, KEZ_LANGUAGE_RU), NULL);

      g_hash_table_insert (query->regions, g_strdup (kez_region_get_code (region)), fold (names));
    }
  return query;
}

gboolean
kez_meeting_query_is_empty (KezMeetingQuery *query)
{
  g_return_val_if_fail (query != NULL, TRUE);
  return query->words->len == 0;
}

gboolean
kez_meeting_query_matches (KezMeetingQuery        *query,
                           const KezMeetingFields *fields)
{
  g_autofree char *text = NULL;
  const char *region;

  g_return_val_if_fail (query != NULL && fields != NULL, FALSE);

  if (query->words->len == 0)
    return TRUE;
  region = fields->region_code != NULL ? g_hash_table_lookup (query->regions, fields->region_code)
                                       : NULL;
  {
    g_autofree char *joined = g_strjoin (" ", fields->leader_name, fields->locality, fields->venue,
                                         fields->topic, NULL);

    text = fold (joined);
  }
  for (guint i = 0; i < query->words->len; i++)
    {
      GPtrArray *forms = g_ptr_array_index (query->words, i);

      if (!starts_a_word (text, forms) && (region == NULL || !starts_a_word (region, forms)))
        return FALSE;
    }
  return TRUE;
}

/**
 * kez_meetings_search:
 *
 * Returns: (transfer full): the meetings of every year that @query matches, in date order
 */
GListModel *
kez_meetings_search (KezStore        *store,
                     KezMeetingQuery *query)
{
  GListStore *found = g_list_store_new (KEZ_TYPE_MEETING);
  g_autoptr(GListModel) all = NULL;
  GDate first, last;

  g_return_val_if_fail (KEZ_IS_STORE (store), G_LIST_MODEL (found));
  g_return_val_if_fail (query != NULL, G_LIST_MODEL (found));

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, 1, 1);
  g_date_set_dmy (&last, 31, 12, 9999);
  all = kez_meetings_list_range (store, &first, &last);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (all, i);

      if (kez_meeting_query_matches (query, kez_meeting_get_fields (meeting)))
        g_list_store_append (found, meeting);
    }
  return G_LIST_MODEL (found);
}

void
kez_meeting_query_free (KezMeetingQuery *query)
{
  g_clear_pointer (&query->words, g_ptr_array_unref);
  g_clear_pointer (&query->regions, g_hash_table_unref);
  g_free (query);
}
