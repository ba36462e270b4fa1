/* kez-word-stem.c
 *
 * A planner types "школа" and must find "школы" and "школам"; "мектеп" must find "мектептер"
 * and "мектептің"; "елка" must find "ёлка". The words are taken to their stems, in the index
 * and in the query alike: ё is е; a Russian word goes through Snowball's Russian stemmer
 * (Debian's libstemmer); a Kazakh word (one with a letter Russian lacks, or one the Russian
 * stemmer leaves whole) loses its endings, which Kazakh stacks in a fixed order (plural, then
 * possessive, then case). The list of endings is the grammar's, not a full morphology: what it
 * does not know it leaves alone, and a prefix search still finds the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-word-stem"

#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "kez-word-stem.h"

struct _KezWordStemmer
{
  struct sb_stemmer *russian;
};

KezWordStemmer *
kez_word_stemmer_new (void)
{
  KezWordStemmer *self = g_new0 (KezWordStemmer, 1);

  self->russian = sb_stemmer_new ("russian", "UTF_8");
  return self;
}

void
kez_word_stemmer_free (KezWordStemmer *self)
{
  if (self == NULL)
    return;
  if (self->russian != NULL)
    sb_stemmer_delete (self->russian);
  g_free (self);
}

/* Kazakh's own letters: ә ғ қ ң ө ұ ү һ і. */
static gboolean
is_kazakh (const char *word)
{
  static const gunichar own[] = { 0x04D9, 0x0493, 0x049B, 0x04A3, 0x04E9, 0x04B1, 0x04AF, 0x04BB,
                                  0x0456 };

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    for (guint i = 0; i < G_N_ELEMENTS (own); i++)
      if (g_utf8_get_char (p) == own[i])
        return TRUE;
  return FALSE;
}

static gboolean
is_cyrillic (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_CYRILLIC)
      return TRUE;
  return FALSE;
}

/* The endings, longest first within each group; a word loses at most one of each group, from
 * the end: case, then possessive, then plural. */
static const char *const case_endings[] = {
  "ның", "нің", "дың", "дің", "тың", "тің",          /* genitive */
  "нан", "нен", "дан", "ден", "тан", "тен",          /* ablative */
  "нда", "нде", "мен", "бен", "пен",                 /* locative, instrumental */
  "ға", "ге", "қа", "ке", "на", "не", "да", "де", "та", "те", /* dative, locative */
  "ны", "ні", "ды", "ді", "ты", "ті",                /* accusative */
  NULL,
};
static const char *const possessive_endings[] = {
  "ымыз", "іміз", "ыңыз", "іңіз", "мыз", "міз", "ңыз", "ңіз", "сы", "сі", "ым", "ім", "ың", "ің",
  "ы", "і", NULL,
};
static const char *const plural_endings[] = {
  "лар", "лер", "дар", "дер", "тар", "тер", NULL,
};

/* Strips one ending of @endings from @word (a GString) if the stem keeps three letters. */
static void
strip (GString           *word,
       const char *const *endings)
{
  glong letters = g_utf8_strlen (word->str, -1);

  for (guint i = 0; endings[i] != NULL; i++)
    {
      gsize bytes = strlen (endings[i]);
      glong ending_letters = g_utf8_strlen (endings[i], -1);

      if (word->len > bytes && letters - ending_letters >= 3 &&
          memcmp (word->str + word->len - bytes, endings[i], bytes) == 0)
        {
          g_string_truncate (word, word->len - bytes);
          return;
        }
    }
}

/* An ending voices the consonant before it (мектеп → мектебі, кітап → кітабы): the stem
 * takes its own back. */
static void
unvoice (GString *stem)
{
  static const char *const pairs[][2] = { { "б", "п" }, { "г", "к" }, { "ғ", "қ" } };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    if (g_str_has_suffix (stem->str, pairs[i][0]))
      {
        g_string_truncate (stem, stem->len - strlen (pairs[i][0]));
        g_string_append (stem, pairs[i][1]);
        return;
      }
}

static char *
kazakh_stem (const char *word)
{
  GString *stem = g_string_new (word);
  gsize before = stem->len;

  strip (stem, case_endings);
  strip (stem, possessive_endings);
  strip (stem, plural_endings);
  if (stem->len < before)
    unvoice (stem);
  return g_string_free (stem, FALSE);
}

/* ё and Ё are е: many write one for the other. The word is lower case already. */
static char *
fold_yo (const char *word,
         gssize      length)
{
  char *folded = g_strndup (word, length < 0 ? strlen (word) : (gsize) length);

  for (char *p = folded; p[0] != '\0' && p[1] != '\0'; p++)
    if ((guchar) p[0] == 0xD1 && (guchar) p[1] == 0x91)
      {
        p[0] = (char) 0xD0;
        p[1] = (char) 0xB5;
      }
  return folded;
}

static void
add_unique (GPtrArray *forms,
            char      *form)
{
  for (guint i = 0; i < forms->len; i++)
    if (g_str_equal (g_ptr_array_index (forms, i), form))
      {
        g_free (form);
        return;
      }
  g_ptr_array_add (forms, form);
}

/**
 * kez_word_forms:
 * @word: a word already in lower case (as the index's tokenizer gives it)
 * @whole: whether the word as written is one of the forms (for the index; a query asks for
 *   the stems alone)
 *
 * A word written in Russian letters alone may be Russian or Kazakh ("мектептерге" is Kazakh,
 * "работе" Russian), and no rule tells them apart: both stems are given, and the index keeps
 * them at the same place, so a query by either finds the word.
 *
 * Returns: (transfer full) (element-type utf8): the word's distinct forms, the first the
 *   most likely stem
 */
GPtrArray *
kez_word_forms (KezWordStemmer *self,
                const char     *word,
                gssize          length,
                gboolean        whole)
{
  GPtrArray *forms = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folded = fold_yo (word, length);
  const sb_symbol *stemmed;

  if (!is_cyrillic (folded))
    {
      g_ptr_array_add (forms, g_steal_pointer (&folded));
      return forms;
    }
  if (!is_kazakh (folded) && self->russian != NULL &&
      (stemmed = sb_stemmer_stem (self->russian, (const sb_symbol *) folded,
                                  strlen (folded))) != NULL)
    add_unique (forms, g_strndup ((const char *) stemmed, sb_stemmer_length (self->russian)));
  add_unique (forms, kazakh_stem (folded));
  if (whole)
    add_unique (forms, g_steal_pointer (&folded));
  return forms;
}
