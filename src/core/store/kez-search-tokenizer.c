/* kez-search-tokenizer.c
 *
 * The question search's tokenizer: SQLite's unicode61 splits the text into words and folds
 * their case (Kazakh and Russian as well as Latin), then each word goes to its stem
 * (kez-word-stem.c). The index stores each word with its stems at the same place, and a
 * query's word asks for any of its stems, so "школа" finds "школам", "мектеп" finds
 * "мектептің", "елка" finds "ёлка"; a word typed in part is still a prefix of what it starts.
 *
 * Stemming is most of the cost of indexing, and a register's words repeat: each tokenizer
 * keeps the forms of the words it has seen (a bounded cache, emptied when full), so an
 * import of 100,000 questions stems each distinct word once, not each occurrence.
 *
 * The app registers it on each connection. For a shell or a test, the same code is a loadable
 * extension (kez-search-extension.c): without it the sqlite3 shell reads everything, but
 * cannot write a question, since the index could not follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-search-tokenizer"

#include "config.h"

#include <string.h>

#include "kez-search-tokenizer.h"
#include "kez-word-stem.h"

/* Distinct words remembered, per tokenizer and kind of call (a document's, a query's). */
#define MAX_REMEMBERED 65536

typedef struct
{
  fts5_tokenizer  inner_api;
  Fts5Tokenizer  *inner;
  KezWordStemmer *stemmer;
  GHashTable     *forms[2];  /* word → GPtrArray of its forms; [1] for queries */
} Tokenizer;

typedef struct
{
  Tokenizer *tokenizer;
  void      *context;
  gboolean   query;
  int      (*token) (void *, int, const char *, int, int, int);
} Call;

static fts5_api *
get_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (stmt, 1, (void *) &api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return api;
}

static int
create (void            *data,
        const char     **args,
        int              n_args,
        Fts5Tokenizer  **out)
{
  fts5_api *api = data;
  Tokenizer *self = g_new0 (Tokenizer, 1);
  void *inner_data = NULL;
  const char *defaults[] = { "remove_diacritics", "2" };
  int rc;

  rc = api->xFindTokenizer (api, "unicode61", &inner_data, &self->inner_api);
  if (rc == SQLITE_OK)
    rc = self->inner_api.xCreate (inner_data, n_args > 0 ? args : defaults,
                                  n_args > 0 ? n_args : 2, &self->inner);
  if (rc != SQLITE_OK)
    {
      g_free (self);
      return rc;
    }
  self->stemmer = kez_word_stemmer_new ();
  for (guint i = 0; i < G_N_ELEMENTS (self->forms); i++)
    self->forms[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_ptr_array_unref);
  *out = (Fts5Tokenizer *) self;
  return SQLITE_OK;
}

static void
destroy (Fts5Tokenizer *tokenizer)
{
  Tokenizer *self = (Tokenizer *) tokenizer;

  self->inner_api.xDelete (self->inner);
  kez_word_stemmer_free (self->stemmer);
  for (guint i = 0; i < G_N_ELEMENTS (self->forms); i++)
    g_hash_table_unref (self->forms[i]);
  g_free (self);
}

static int
stem_token (void       *data,
            int         flags,
            const char *token,
            int         length,
            int         start,
            int         end)
{
  Call *call = data;
  GHashTable *known = call->tokenizer->forms[call->query ? 1 : 0];
  g_autofree char *word = g_strndup (token, length);
  GPtrArray *forms = g_hash_table_lookup (known, word);
  int rc = SQLITE_OK;

  if (forms == NULL)
    {
      if (g_hash_table_size (known) >= MAX_REMEMBERED)
        g_hash_table_remove_all (known);
      forms = kez_word_forms (call->tokenizer->stemmer, token, length, !call->query);
      g_hash_table_insert (known, g_steal_pointer (&word), forms);
    }

  /* The forms of one word stand at one place: in a query they are alternatives. */
  for (guint i = 0; i < forms->len && rc == SQLITE_OK; i++)
    {
      const char *form = g_ptr_array_index (forms, i);

      rc = call->token (call->context, i == 0 ? flags : flags | FTS5_TOKEN_COLOCATED, form,
                        (int) strlen (form), start, end);
    }
  return rc;
}

static int
tokenize (Fts5Tokenizer *tokenizer,
          void          *context,
          int            flags,
          const char    *text,
          int            length,
          int          (*token) (void *, int, const char *, int, int, int))
{
  Tokenizer *self = (Tokenizer *) tokenizer;
  Call call = { self, context, (flags & FTS5_TOKENIZE_QUERY) != 0, token };

  return self->inner_api.xTokenize (self->inner, &call, flags, text, length, stem_token);
}

/**
 * kez_search_tokenizer_register:
 *
 * Gives @db the FTS5 tokenizer "kez".
 */
gboolean
kez_search_tokenizer_register (sqlite3 *db)
{
  static fts5_tokenizer tokenizer = { create, destroy, tokenize };
  fts5_api *api = get_api (db);

  return api != NULL &&
         api->xCreateTokenizer (api, "kez", api, &tokenizer, NULL) == SQLITE_OK;
}
