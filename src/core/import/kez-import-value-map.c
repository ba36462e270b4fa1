/* kez-import-value-map.c
 *
 * A realistic export spells our values its own way: "е-Өтініш" for the channel, "г. Астана"
 * and "Акмолинская обл." for regions, "Председатель комитета" for a position. A value is
 * taken, in this order:
 *
 *   1. exactly: our code, or a name as the reference writes it (case and spaces aside);
 *   2. as the planner chose for it in this import;
 *   3. as a planner chose for it in an earlier one (the table import_values);
 *   4. by a guess: its folded key (kez_import_value_key()) against the reference's names and
 *      the common spellings (kez-import-spellings.c), then words inside it.
 *
 * Every value met is counted with the first line it is on, so that the import dialog can show
 * what was guessed and what was not recognised, and the planner can choose; the choices are
 * remembered when the import is saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-import-value-map"

#include "config.h"

#include <string.h>

#include "kez-body.h"
#include "kez-export-language.h"
#include "kez-import-spellings.h"
#include "kez-import-value-map.h"
#include "kez-region.h"
#include "kez-store-private.h"

static const char * const kind_names[KEZ_N_IMPORT_VALUE_KINDS] = {
  "channel", "region", "body", "position",
};

typedef struct
{
  GHashTable *exact;    /* normalised name → code */
  GHashTable *guessed;  /* folded key → code, or "" when two codes share it */
  GHashTable *learned;  /* folded key → code */
  GHashTable *chosen;   /* folded key → code */
  GHashTable *seen;     /* folded key → KezImportValue (in self->seen_order) */
} Kind;

struct _KezImportValueMap
{
  Kind       kinds[KEZ_N_IMPORT_VALUE_KINDS];
  GPtrArray *seen_order;  /* KezImportValue, in the order met */
};

static void
value_free (KezImportValue *value)
{
  g_free (value->value);
  g_free (value->code);
  g_free (value);
}

/* Case, ё, and the spaces around and between do not matter. */
static char *
normalise (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_auto(GStrv) words = NULL;
  GString *result = g_string_new (NULL);

  g_strdelimit (folded, "\t\r\n\xc2\xa0", ' ');
  words = g_strsplit (folded, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (result->len > 0)
        g_string_append_c (result, ' ');
      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_string_append_unichar (result, c == 0x0451 ? 0x0435 : c);
        }
    }
  return g_string_free (result, FALSE);
}

/* The Kazakh letters as the Russian ones a keyboard without them types instead. */
static gunichar
fold_letter (gunichar c)
{
  switch (c)
    {
    case 0x0451: return 0x0435;  /* ё → е */
    case 0x04D9: return 0x0430;  /* ә → а */
    case 0x0493: return 0x0433;  /* ғ → г */
    case 0x049B: return 0x043A;  /* қ → к */
    case 0x04A3: return 0x043D;  /* ң → н */
    case 0x04E9: return 0x043E;  /* ө → о */
    case 0x04B1: return 0x0443;  /* ұ → у */
    case 0x04AF: return 0x0443;  /* ү → у */
    case 0x04BB: return 0x0445;  /* һ → х */
    case 0x0456: return 0x0438;  /* і → и */
    default: return c;
    }
}

static gboolean
is_one_of (const char         *word,
           const char * const *words)
{
  return g_strv_contains (words, word);
}

/**
 * kez_import_value_key:
 *
 * Returns: (transfer full): @value folded for comparing spellings: lower case, Kazakh letters
 *   as their Russian neighbours, the words joined without what separates them; for a region
 *   "город"/"г."/"қаласы" and "область"/"обл."/"облысы" dropped and marked after the name
 *   ("г. Астана" → "астана#city"), for a body "РК"/"Республики Казахстан" dropped
 */
char *
kez_import_value_key (KezImportValueKind  kind,
                      const char         *value)
{
  static const char * const city_words[] = { "г", "гор", "город", "кала", "каласы", "к", NULL };
  static const char * const oblast_words[] = { "обл", "область", "области", "облысы", "облыс",
                                               NULL };
  static const char * const state_words[] = { "рк", "кр", "республики", "республика",
                                              "казахстан", "казакстан", "республикасы",
                                              "республикасынын", NULL };
  g_autofree char *folded = g_utf8_casefold (value != NULL ? value : "", -1);
  GString *key = g_string_new (NULL);
  GString *word = g_string_new (NULL);
  const char *mark = "";

  for (const char *p = folded;; p = g_utf8_next_char (p))
    {
      gunichar c = *p != '\0' ? fold_letter (g_utf8_get_char (p)) : 0;

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          if (kind == KEZ_IMPORT_VALUE_REGION && is_one_of (word->str, city_words))
            mark = "#city";
          else if (kind == KEZ_IMPORT_VALUE_REGION && is_one_of (word->str, oblast_words))
            mark = "#oblast";
          else if (!(kind == KEZ_IMPORT_VALUE_BODY && is_one_of (word->str, state_words)))
            g_string_append (key, word->str);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  if (key->len > 0)
    g_string_append (key, mark);
  return g_string_free (key, FALSE);
}

/* Without its mark: "астана#city" → "астана". */
static char *
bare_key (const char *key)
{
  const char *mark = strchr (key, '#');

  return mark != NULL ? g_strndup (key, mark - key) : NULL;
}

static void
add_exact (Kind       *kind,
           const char *name,
           const char *code)
{
  if (name != NULL && name[0] != '\0')
    g_hash_table_insert (kind->exact, normalise (name), g_strdup (code));
}

/* Two codes with one key make the key no guess at all, unless @wins says this one wins. */
static void
add_guess (Kind       *kind,
           char       *key,
           const char *code,
           gboolean    wins)
{
  const char *present = g_hash_table_lookup (kind->guessed, key);

  if (key[0] != '\0' && (present == NULL || wins))
    g_hash_table_insert (kind->guessed, key, g_strdup (code));
  else if (key[0] != '\0' && !g_str_equal (present, code))
    g_hash_table_insert (kind->guessed, key, g_strdup (""));
  else
    g_free (key);
}

static void
add_name (Kind               *kind,
          KezImportValueKind  which,
          const char         *name,
          const char         *code,
          gboolean            is_city)
{
  char *key;
  char *bare;

  add_exact (kind, name, code);
  key = kez_import_value_key (which, name);
  bare = bare_key (key);
  add_guess (kind, key, code, FALSE);
  /* "Алматы" alone is the city, not "Алматы облысы". */
  if (bare != NULL)
    add_guess (kind, bare, code, is_city);
}

static void
index_regions (Kind       *kind,
               GListModel *regions,
               gboolean    cities)
{
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KezRegion) region = g_list_model_get_item (regions, i);
      const char *code = kez_region_get_code (region);

      if (kez_region_get_is_city (region) != cities)
        continue;
      add_exact (kind, code, code);
      add_name (kind, KEZ_IMPORT_VALUE_REGION, kez_region_get_name (region, KEZ_LANGUAGE_KK),
                code, cities);
      add_name (kind, KEZ_IMPORT_VALUE_REGION, kez_region_get_name (region, KEZ_LANGUAGE_RU),
                code, cities);
    }
}

static void
index_reference (KezImportValueMap *self,
                 KezStore          *store)
{
  g_autoptr(GListModel) regions = kez_store_list_regions (store);
  g_autoptr(GListModel) bodies = kez_store_list_bodies (store);
  const KezSpelling *spellings;
  guint n;

  for (KezChannel c = 0; c < KEZ_N_CHANNELS; c++)
    {
      const char *code = kez_channel_to_string (c);
      Kind *kind = &self->kinds[KEZ_IMPORT_VALUE_CHANNEL];

      add_name (kind, KEZ_IMPORT_VALUE_CHANNEL, code, code, FALSE);
      add_name (kind, KEZ_IMPORT_VALUE_CHANNEL, kez_term_for_channel (c)->kk, code, FALSE);
      add_name (kind, KEZ_IMPORT_VALUE_CHANNEL, kez_term_for_channel (c)->ru, code, FALSE);
    }
  for (KezLeaderPosition p = KEZ_LEADER_HEAD; p <= KEZ_LEADER_COMMITTEE_CHAIR; p++)
    {
      const char *code = kez_leader_position_to_string (p);
      Kind *kind = &self->kinds[KEZ_IMPORT_VALUE_POSITION];

      add_name (kind, KEZ_IMPORT_VALUE_POSITION, code, code, FALSE);
      add_name (kind, KEZ_IMPORT_VALUE_POSITION, kez_term_for_position (p)->kk, code, FALSE);
      add_name (kind, KEZ_IMPORT_VALUE_POSITION, kez_term_for_position (p)->ru, code, FALSE);
    }
  /* The cities after the oblasts: a city's bare name wins over the oblast named after it. */
  index_regions (&self->kinds[KEZ_IMPORT_VALUE_REGION], regions, FALSE);
  index_regions (&self->kinds[KEZ_IMPORT_VALUE_REGION], regions, TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(KezBody) body = g_list_model_get_item (bodies, i);
      const char *code = kez_body_get_code (body);
      Kind *kind = &self->kinds[KEZ_IMPORT_VALUE_BODY];

      add_exact (kind, code, code);
      for (KezLanguage language = KEZ_LANGUAGE_KK; language <= KEZ_LANGUAGE_EN; language++)
        add_name (kind, KEZ_IMPORT_VALUE_BODY, kez_body_get_name (body, language), code, FALSE);
    }
  for (KezImportValueKind k = 0; k < KEZ_N_IMPORT_VALUE_KINDS; k++)
    {
      spellings = kez_import_spellings (k, &n);
      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < G_N_ELEMENTS (spellings[i].keys) && spellings[i].keys[j]; j++)
          add_guess (&self->kinds[k], g_strdup (spellings[i].keys[j]), spellings[i].code,
                     FALSE);
    }
}

static void
load_learned (KezImportValueMap *self,
              KezStore          *store)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, "SELECT kind, value_key, code "
                                                           "FROM import_values", NULL);

  while (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
    {
      const char *kind = kez_store_column_text (stmt, 0);

      for (KezImportValueKind k = 0; k < KEZ_N_IMPORT_VALUE_KINDS; k++)
        if (g_str_equal (kind, kind_names[k]))
          g_hash_table_insert (self->kinds[k].learned,
                               g_strdup (kez_store_column_text (stmt, 1)),
                               g_strdup (kez_store_column_text (stmt, 2)));
    }
}

/**
 * kez_import_value_map_new:
 *
 * Returns: (transfer full): the reference's names, the common spellings and what planners
 *   chose before
 */
KezImportValueMap *
kez_import_value_map_new (KezStore *store)
{
  KezImportValueMap *self = g_new0 (KezImportValueMap, 1);

  for (guint k = 0; k < KEZ_N_IMPORT_VALUE_KINDS; k++)
    {
      self->kinds[k].exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      self->kinds[k].guessed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      self->kinds[k].learned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      self->kinds[k].chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      self->kinds[k].seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  self->seen_order = g_ptr_array_new_with_free_func ((GDestroyNotify) value_free);
  index_reference (self, store);
  load_learned (self, store);
  return self;
}

static const char *
guess (KezImportValueKind  which,
       Kind               *kind,
       const char         *key)
{
  g_autofree char *bare = bare_key (key);
  const KezSpelling *words;
  const char *code;
  guint n;

  if ((code = g_hash_table_lookup (kind->guessed, key)) != NULL ||
      (bare != NULL && (code = g_hash_table_lookup (kind->guessed, bare)) != NULL))
    return code[0] != '\0' ? code : NULL;
  words = kez_import_spelling_words (which, &n);
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < G_N_ELEMENTS (words[i].keys) && words[i].keys[j] != NULL; j++)
      if (strstr (key, words[i].keys[j]) != NULL)
        return words[i].code;
  return NULL;
}

static const char *
look_up (KezImportValueMap  *self,
         KezImportValueKind  which,
         const char         *value,
         const char         *key,
         KezImportMatch     *match)
{
  Kind *kind = &self->kinds[which];
  g_autofree char *name = normalise (value);
  const char *code;

  if ((code = g_hash_table_lookup (kind->exact, name)) != NULL)
    *match = KEZ_IMPORT_MATCH_EXACT;
  else if ((code = g_hash_table_lookup (kind->chosen, key)) != NULL)
    *match = KEZ_IMPORT_MATCH_CHOSEN;
  else if ((code = g_hash_table_lookup (kind->learned, key)) != NULL)
    *match = KEZ_IMPORT_MATCH_LEARNED;
  else if ((code = guess (which, kind, key)) != NULL)
    *match = KEZ_IMPORT_MATCH_GUESSED;
  else
    *match = KEZ_IMPORT_MATCH_NONE;
  return code;
}

/**
 * kez_import_value_map_resolve:
 * @value: as the file writes it
 * @line: where, for the list of what was met
 *
 * Returns: (transfer none) (nullable): the code @value stands for, or %NULL when it is blank or
 *   not recognised
 */
const char *
kez_import_value_map_resolve (KezImportValueMap  *self,
                              KezImportValueKind  kind,
                              const char         *value,
                              guint               line)
{
  g_autofree char *key = kez_import_value_key (kind, value);
  KezImportValue *seen;

  g_return_val_if_fail (kind < KEZ_N_IMPORT_VALUE_KINDS, NULL);

  if (key[0] == '\0')
    return NULL;
  if ((seen = g_hash_table_lookup (self->kinds[kind].seen, key)) == NULL)
    {
      seen = g_new0 (KezImportValue, 1);
      seen->kind = kind;
      seen->value = g_strstrip (g_strdup (value));
      seen->first_line = line;
      seen->code = g_strdup (look_up (self, kind, value, key, &seen->match));
      g_hash_table_insert (self->kinds[kind].seen, g_strdup (key), seen);
      g_ptr_array_add (self->seen_order, seen);
      seen->n_rows = 1;
      return seen->code;
    }
  seen->n_rows++;
  return seen->code;
}

/**
 * kez_import_value_map_choose:
 * @code: (nullable): what @value stands for, or %NULL to take the choice back
 *
 * The planner's choice, for this import and, once it is saved, the next ones.
 */
void
kez_import_value_map_choose (KezImportValueMap  *self,
                             KezImportValueKind  kind,
                             const char         *value,
                             const char         *code)
{
  g_autofree char *key = kez_import_value_key (kind, value);

  g_return_if_fail (kind < KEZ_N_IMPORT_VALUE_KINDS);
  if (key[0] == '\0')
    return;
  if (code != NULL)
    g_hash_table_insert (self->kinds[kind].chosen, g_steal_pointer (&key), g_strdup (code));
  else
    g_hash_table_remove (self->kinds[kind].chosen, key);
}

/**
 * kez_import_value_map_get_seen:
 *
 * Returns: (transfer none) (element-type KezImportValue): every value met since the last
 *   kez_import_value_map_forget_seen(), in the order met
 */
GPtrArray *
kez_import_value_map_get_seen (KezImportValueMap *self)
{
  return self->seen_order;
}

/* Before the file is read again with other choices. */
void
kez_import_value_map_forget_seen (KezImportValueMap *self)
{
  for (guint k = 0; k < KEZ_N_IMPORT_VALUE_KINDS; k++)
    g_hash_table_remove_all (self->kinds[k].seen);
  g_ptr_array_set_size (self->seen_order, 0);
}

/* Keeps the planner's choices for the next import; within the caller's transaction. */
gboolean
kez_import_value_map_remember (KezImportValueMap  *self,
                               KezStore           *store,
                               GError            **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  if (!(stmt = kez_store_prepare (store,
                                  "INSERT INTO import_values (kind, value_key, code) "
                                  "VALUES (?1, ?2, ?3) ON CONFLICT (kind, value_key) DO UPDATE "
                                  "SET code = excluded.code, chosen_at = kez_now (), "
                                  "actor = kez_actor ()", error)))
    return FALSE;
  for (guint k = 0; k < KEZ_N_IMPORT_VALUE_KINDS; k++)
    {
      GHashTableIter iter;
      gpointer key, code;

      g_hash_table_iter_init (&iter, self->kinds[k].chosen);
      while (g_hash_table_iter_next (&iter, &key, &code))
        {
          kez_db_reset (stmt);
          kez_db_bind_text (stmt, 1, kind_names[k]);
          kez_db_bind_text_copy (stmt, 2, key);
          kez_db_bind_text_copy (stmt, 3, code);
          if (!kez_store_step_done (store, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

void
kez_import_value_map_free (KezImportValueMap *self)
{
  if (self == NULL)
    return;
  for (guint k = 0; k < KEZ_N_IMPORT_VALUE_KINDS; k++)
    {
      g_hash_table_unref (self->kinds[k].exact);
      g_hash_table_unref (self->kinds[k].guessed);
      g_hash_table_unref (self->kinds[k].learned);
      g_hash_table_unref (self->kinds[k].chosen);
      g_hash_table_unref (self->kinds[k].seen);
    }
  g_ptr_array_unref (self->seen_order);
  g_free (self);
}
