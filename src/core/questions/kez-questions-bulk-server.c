/* kez-questions-bulk-server.c
 *
 * On SQLite a row's INSERT costs microseconds; on a server each statement is a round trip
 * over the network. An import's questions go there 512 to one INSERT, each with its search
 * words already worked out by the app (kez-search-words.c), so that 100,000 questions are
 * two hundred statements and the commit has no search words left to write. What is left
 * when the rows must be there (the end, a look-up) goes in chunks of a power of two rows:
 * ten statements at most, and the server keeps ten prepared INSERTs, not one per count.
 * All in the caller's transaction, all or nothing as every import.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-questions-bulk"

#include "config.h"

#include "kez-questions-bulk-server.h"
#include "kez-search-words.h"
#include "kez-store-private.h"

#define SIZES 10                               /* 1, 2, 4, … 512 rows */
#define ROWS_PER_STATEMENT (1u << (SIZES - 1))
#define COLUMNS 10

struct _KezServerRows
{
  KezStore       *store;
  gint64          import_id;
  KezWordStemmer *stemmer;
  GPtrArray      *values;  /* char * or NULL, COLUMNS a row, in the INSERT's order */
  KezDbStmt      *inserts[SIZES];  /* of 2^i rows, once prepared */
};

KezServerRows *
kez_server_rows_new (KezStore *store,
                     gint64    import_id)
{
  KezServerRows *self = g_new0 (KezServerRows, 1);

  self->store = g_object_ref (store);
  self->import_id = import_id;
  self->stemmer = kez_word_stemmer_new ();
  self->values = g_ptr_array_new_with_free_func (g_free);
  return self;
}

static char *
text_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static KezDbStmt *
prepare_insert (KezServerRows  *self,
                guint           rows,
                GError        **error)
{
  g_autoptr(GString) sql = g_string_new ("INSERT INTO questions (meeting_id, received_on, "
                                         "channel, region_code, topic, text, author, "
                                         "contact, import_id, search_words) VALUES ");

  for (guint r = 0; r < rows; r++)
    {
      g_string_append (sql, r > 0 ? ", (" : "(");
      for (guint c = 0; c < COLUMNS; c++)
        g_string_append_printf (sql, "%s?%u", c > 0 ? ", " : "", r * COLUMNS + c + 1);
      g_string_append_c (sql, ')');
    }
  return kez_store_prepare (self->store, sql->str, error);
}

gboolean
kez_server_rows_flush (KezServerRows  *self,
                       GError        **error)
{
  guint rows = self->values->len / COLUMNS;
  guint done = 0;
  gboolean ok = TRUE;

  while (ok && done < rows)
    {
      guint size = SIZES - 1;
      KezDbStmt *stmt;

      while ((1u << size) > rows - done)
        size--;
      if (self->inserts[size] == NULL &&
          !(self->inserts[size] = prepare_insert (self, 1u << size, error)))
        {
          ok = FALSE;
          break;
        }
      stmt = self->inserts[size];
      kez_db_clear_bindings (stmt);
      for (guint i = 0; i < (1u << size) * COLUMNS; i++)
        {
          const char *value = g_ptr_array_index (self->values, done * COLUMNS + i);

          if (value != NULL)
            kez_db_bind_text (stmt, i + 1, value);
        }
      ok = kez_store_step_done (self->store, stmt, error);
      done += 1u << size;
    }
  g_ptr_array_set_size (self->values, 0);
  return ok;
}

/* @text: the question's text as it is saved (trimmed) */
gboolean
kez_server_rows_add (KezServerRows            *self,
                     const KezQuestionFields  *fields,
                     const char               *text,
                     GError                  **error)
{
  GPtrArray *v = self->values;

  g_ptr_array_add (v, fields->meeting_id > 0
                        ? g_strdup_printf ("%" G_GINT64_FORMAT, fields->meeting_id) : NULL);
  g_ptr_array_add (v, g_strdup (fields->received_on));
  g_ptr_array_add (v, g_strdup (kez_channel_to_string (fields->channel)));
  g_ptr_array_add (v, text_or_null (fields->region_code));
  g_ptr_array_add (v, g_strdup (fields->topic != NULL ? fields->topic : ""));
  g_ptr_array_add (v, g_strdup (text));
  g_ptr_array_add (v, g_strdup (fields->author != NULL ? fields->author : ""));
  g_ptr_array_add (v, g_strdup (fields->contact != NULL ? fields->contact : ""));
  g_ptr_array_add (v, self->import_id > 0
                        ? g_strdup_printf ("%" G_GINT64_FORMAT, self->import_id) : NULL);
  g_ptr_array_add (v, kez_search_words_index (self->stemmer, text, fields->topic));
  return v->len < ROWS_PER_STATEMENT * COLUMNS || kez_server_rows_flush (self, error);
}

void
kez_server_rows_free (KezServerRows *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < SIZES; i++)
    g_clear_pointer (&self->inserts[i], kez_db_finalize);
  g_ptr_array_unref (self->values);
  kez_word_stemmer_free (self->stemmer);
  g_object_unref (self->store);
  g_free (self);
}
