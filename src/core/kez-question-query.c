/* kez-question-query.c
 *
 * Which questions a filter selects, and in what order, grows with the data: at a million
 * questions reading them takes a few hundred milliseconds. A thread of its own does it, on a
 * read-only connection of its own (the database is in WAL mode, so it reads while the window
 * writes), and the window stays responsive whatever the size.
 *
 * Only the latest request matters: a request made while another runs overtakes it (the
 * running one stops at its next progress check, within a thousand of SQLite's steps), and a
 * result is delivered only when no newer request has been made since.
 *
 * Typing a search must show its result within a frame or two of the key: the rows the other
 * filters select are kept in order (a "base"; the last few are kept, so that putting a
 * filter back to "all" reads nothing), and a search intersects one with the rowids the
 * full-text index gives, in memory. Joining those rowids to the table and sorting them in
 * SQL costs several times as much (see bench/bench-questions.c). The bases are dropped when
 * another connection commits (SQLite's data_version changes).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-query"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "kez-question-query.h"
#include "kez-search-tokenizer.h"

/* The bases kept: the whole list, and the last filters a planner went back and forth
 * between. At a million questions each is 16 MB. */
#define MAX_BASES 3

/* How many of SQLite's virtual machine steps between two looks at whether the request has
 * been overtaken: about a millisecond. */
#define PROGRESS_STEPS 1000

/* What the query keeps of a question the filters select, in order. */
typedef struct
{
  gint64   id;
  guint    citizens;
  gboolean merged;
} Row;

typedef struct
{
  KezQuestionFilter filter;  /* its search left out */
  GArray           *rows;    /* Row, newest first */
} Base;

struct _KezQuestionQuery
{
  gatomicrefcount       refs;        /* the owner's, and one per result on its way */

  /* Shared with the thread, under @lock. */
  GMutex                lock;
  GCond                 wake;
  KezQuestionFilter    *pending;     /* the request the thread has not started, or NULL */
  guint                 pending_generation;
  GPtrArray            *deliveries;  /* GSource: results on their way to the main context */

  int                   latest;      /* atomic: the newest request's generation */
  int                   quit;        /* atomic */

  /* The main context's. */
  GMainContext         *context;
  KezQuestionQueryDone  done;
  gpointer              data;
  gboolean              owner_gone;
  gboolean              busy;

  /* The thread's. */
  GThread              *thread;
  char                 *path;
  sqlite3              *db;
  guint                 running;     /* the generation being worked out */
  GQueue                bases;       /* Base *, the most recently used first */
  gint64                data_version;
};

typedef struct
{
  KezQuestionQuery       *query;
  KezQuestionQueryResult *result;
  guint                   generation;
} Delivery;

void
kez_question_query_result_free (KezQuestionQueryResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->ids, g_array_unref);
  g_free (result);
}

static void
base_free (gpointer data)
{
  Base *base = data;

  kez_question_filter_clear (&base->filter);
  g_array_unref (base->rows);
  g_free (base);
}

static void
query_unref (KezQuestionQuery *self)
{
  if (!g_atomic_ref_count_dec (&self->refs))
    return;
  g_ptr_array_unref (self->deliveries);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->wake);
  g_main_context_unref (self->context);
  g_free (self->path);
  g_free (self);
}

static gboolean
overtaken (KezQuestionQuery *self)
{
  return g_atomic_int_get (&self->quit) ||
         (guint) g_atomic_int_get (&self->latest) != self->running;
}

static int
on_progress (void *data)
{
  return overtaken (data);
}

static gboolean
open_connection (KezQuestionQuery *self)
{
  if (self->db != NULL)
    return TRUE;
  if (sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW,
                       NULL) != SQLITE_OK ||
      !kez_search_tokenizer_register (self->db))
    {
      g_warning ("Cannot read the questions of %s: %s", self->path, sqlite3_errmsg (self->db));
      g_clear_pointer (&self->db, sqlite3_close);
      return FALSE;
    }
  /* The window's own writes are short: wait for them rather than fail. */
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_progress_handler (self->db, PROGRESS_STEPS, on_progress, self);
  return TRUE;
}

static sqlite3_stmt *
prepare (KezQuestionQuery *self,
         const char       *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      if (sqlite3_errcode (self->db) != SQLITE_INTERRUPT)
        g_warning ("Cannot read the questions: %s", sqlite3_errmsg (self->db));
      return NULL;
    }
  return stmt;
}

/* Steps @stmt: FALSE when it is done, or stopped, and then says why if not overtaken. */
static gboolean
next_row (KezQuestionQuery *self,
          sqlite3_stmt     *stmt,
          gboolean         *complete)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  *complete = rc == SQLITE_DONE;
  if (rc != SQLITE_DONE && rc != SQLITE_INTERRUPT)
    g_warning ("Cannot read the questions: %s", sqlite3_errmsg (self->db));
  return FALSE;
}

/* Another connection committed since the last request: the bases kept are out of date. */
static void
forget_bases_if_changed (KezQuestionQuery *self)
{
  sqlite3_stmt *stmt = prepare (self, "PRAGMA data_version");
  gint64 version = -1;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  if (version != self->data_version)
    {
      g_queue_clear_full (&self->bases, base_free);
      self->data_version = version;
    }
}

static gboolean
same_but_search (const KezQuestionFilter *a,
                 const KezQuestionFilter *b)
{
  return a->status == b->status && a->channel == b->channel &&
         g_strcmp0 (a->region_code, b->region_code) == 0 &&
         g_strcmp0 (a->topic, b->topic) == 0 && a->meeting_id == b->meeting_id &&
         g_strcmp0 (a->week, b->week) == 0;
}

/* The rows @filter selects without its search, newest first; NULL when overtaken. */
static Base *
read_base (KezQuestionQuery        *self,
           const KezQuestionFilter *filter)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *where = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gboolean complete = FALSE;
  Base *base = g_new0 (Base, 1);

  kez_question_filter_copy (filter, &base->filter);
  g_clear_pointer (&base->filter.search, g_free);
  base->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  where = kez_question_filter_to_sql (&base->filter, values);
  sql = g_strconcat ("SELECT id, citizens, status = 'merged' FROM questions", where,
                     " ORDER BY received_on DESC, id DESC", NULL);
  if ((stmt = prepare (self, sql)) != NULL)
    {
      for (guint i = 0; i < values->len; i++)
        sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (values, i), -1, SQLITE_STATIC);
      while (next_row (self, stmt, &complete))
        {
          Row row = {
            .id = sqlite3_column_int64 (stmt, 0),
            .citizens = sqlite3_column_int (stmt, 1),
            .merged = sqlite3_column_int (stmt, 2),
          };

          g_array_append_val (base->rows, row);
        }
      sqlite3_finalize (stmt);
    }
  if (!complete)
    g_clear_pointer (&base, base_free);
  return base;
}

/* The base for @filter, kept or read now, and moved to the front; NULL when overtaken. */
static Base *
find_base (KezQuestionQuery        *self,
           const KezQuestionFilter *filter)
{
  Base *base;

  for (GList *l = self->bases.head; l != NULL; l = l->next)
    if (same_but_search (&((Base *) l->data)->filter, filter))
      {
        base = l->data;
        g_queue_unlink (&self->bases, l);
        g_list_free (l);
        g_queue_push_head (&self->bases, base);
        return base;
      }
  if ((base = read_base (self, filter)) == NULL)
    return NULL;
  g_queue_push_head (&self->bases, base);
  while (self->bases.length > MAX_BASES)
    base_free (g_queue_pop_tail (&self->bases));
  return base;
}

/* The rowids the search's words match, as bits over the rowids: a common word matches tens
 * of thousands of questions, and setting a bit costs less than anything a hash table does.
 * FALSE when overtaken. */
static gboolean
search_matches (KezQuestionQuery  *self,
                const char        *match,
                GByteArray        *bits)
{
  sqlite3_stmt *stmt = prepare (self, "SELECT rowid FROM questions_fts "
                                      "WHERE questions_fts MATCH ?");
  gboolean complete = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  while (next_row (self, stmt, &complete))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id < 0 || id > G_MAXINT32)
        continue;
      if ((guint64) id / 8 >= bits->len)
        {
          guint old = bits->len;

          g_byte_array_set_size (bits, MAX (id / 8 + 1, 2 * old));
          memset (bits->data + old, 0, bits->len - old);
        }
      bits->data[id / 8] |= 1 << (id % 8);
    }
  sqlite3_finalize (stmt);
  return complete;
}

static gboolean
has_bit (GByteArray *bits,
         gint64      id)
{
  return id >= 0 && (guint64) id / 8 < bits->len && (bits->data[id / 8] & (1 << (id % 8)));
}

/* What @filter selects; NULL when overtaken. */
static KezQuestionQueryResult *
work_out (KezQuestionQuery        *self,
          const KezQuestionFilter *filter)
{
  g_autofree char *match = kez_fts_query_from_words (filter->search);
  g_autoptr(GByteArray) matches = NULL;
  KezQuestionQueryResult *result;
  Base *base;

  forget_bases_if_changed (self);
  if ((base = find_base (self, filter)) == NULL)
    return NULL;
  if (match != NULL && !search_matches (self, match, (matches = g_byte_array_new ())))
    return NULL;

  result = g_new0 (KezQuestionQueryResult, 1);
  result->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64),
                                   matches == NULL ? base->rows->len : 0);
  for (guint i = 0; i < base->rows->len; i++)
    {
      const Row *row = &g_array_index (base->rows, Row, i);

      if (matches != NULL && !has_bit (matches, row->id))
        continue;
      g_array_append_val (result->ids, row->id);
      if (!row->merged)
        result->n_citizens += row->citizens;
      else
        result->n_merged++;
    }
  return result;
}

static void
delivery_free (gpointer data)
{
  Delivery *delivery = data;

  kez_question_query_result_free (delivery->result);
  query_unref (delivery->query);
  g_free (delivery);
}

static gboolean
deliver (gpointer data)
{
  Delivery *delivery = data;
  KezQuestionQuery *self = delivery->query;

  g_mutex_lock (&self->lock);
  g_ptr_array_remove_fast (self->deliveries, g_main_current_source ());
  g_mutex_unlock (&self->lock);
  if (!self->owner_gone &&
      delivery->generation == (guint) g_atomic_int_get (&self->latest))
    {
      self->busy = FALSE;
      self->done (delivery->result, self->data);
    }
  return G_SOURCE_REMOVE;
}

static gpointer
run (gpointer data)
{
  KezQuestionQuery *self = data;

  while (TRUE)
    {
      KezQuestionFilter *filter;
      KezQuestionQueryResult *result = NULL;

      g_mutex_lock (&self->lock);
      while (self->pending == NULL && !g_atomic_int_get (&self->quit))
        g_cond_wait (&self->wake, &self->lock);
      filter = g_steal_pointer (&self->pending);
      self->running = self->pending_generation;
      g_mutex_unlock (&self->lock);
      if (g_atomic_int_get (&self->quit))
        {
          if (filter != NULL)
            kez_question_filter_clear (filter);
          g_free (filter);
          break;
        }

      if (open_connection (self))
        result = work_out (self, filter);
      else
        {
          result = g_new0 (KezQuestionQueryResult, 1);
          result->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
        }
      kez_question_filter_clear (filter);
      g_free (filter);

      if (result != NULL && !overtaken (self))
        {
          Delivery *delivery = g_new (Delivery, 1);
          /* Not g_main_context_invoke (): it runs the function in this thread when no
           * thread is iterating the context at the moment. */
          g_autoptr(GSource) source = g_idle_source_new ();

          delivery->query = self;
          delivery->result = result;
          delivery->generation = self->running;
          g_atomic_ref_count_inc (&self->refs);
          g_source_set_priority (source, G_PRIORITY_DEFAULT);
          g_source_set_callback (source, deliver, delivery, delivery_free);
          g_mutex_lock (&self->lock);
          g_ptr_array_add (self->deliveries, g_source_ref (source));
          g_mutex_unlock (&self->lock);
          g_source_attach (source, self->context);
        }
      else
        kez_question_query_result_free (result);
    }

  g_queue_clear_full (&self->bases, base_free);
  g_clear_pointer (&self->db, sqlite3_close);
  return NULL;
}

/**
 * kez_question_query_new:
 * @database_path: the store's file
 * @done: called with each latest result, in the calling thread's main context
 *
 * Starts the thread that works out what filters select.
 */
KezQuestionQuery *
kez_question_query_new (const char           *database_path,
                        KezQuestionQueryDone  done,
                        gpointer              data)
{
  KezQuestionQuery *self = g_new0 (KezQuestionQuery, 1);

  g_return_val_if_fail (database_path != NULL && done != NULL, NULL);

  g_atomic_ref_count_init (&self->refs);
  g_mutex_init (&self->lock);
  g_cond_init (&self->wake);
  self->deliveries = g_ptr_array_new_with_free_func ((GDestroyNotify) g_source_unref);
  self->context = g_main_context_ref_thread_default ();
  self->done = done;
  self->data = data;
  self->path = g_strdup (database_path);
  self->data_version = -1;
  g_queue_init (&self->bases);
  self->thread = g_thread_new ("kez-question-query", run, self);
  return self;
}

/* Asks for what @filter selects; a request still running or waiting is given up. */
void
kez_question_query_request (KezQuestionQuery        *self,
                            const KezQuestionFilter *filter)
{
  KezQuestionFilter *copy = g_new (KezQuestionFilter, 1);

  kez_question_filter_copy (filter, copy);
  g_mutex_lock (&self->lock);
  if (self->pending != NULL)
    kez_question_filter_clear (self->pending);
  g_free (self->pending);
  self->pending = copy;
  self->pending_generation = (guint) g_atomic_int_add (&self->latest, 1) + 1;
  g_cond_signal (&self->wake);
  g_mutex_unlock (&self->lock);
  self->busy = TRUE;
}

/* Returns: whether a result is still to come for the latest request */
gboolean
kez_question_query_is_busy (KezQuestionQuery *self)
{
  return self->busy;
}

/* Stops the thread (a running request is given up) and drops the results on their way. */
void
kez_question_query_free (KezQuestionQuery *self)
{
  g_autoptr(GPtrArray) deliveries = NULL;

  if (self == NULL)
    return;
  g_mutex_lock (&self->lock);
  g_atomic_int_set (&self->quit, TRUE);
  g_cond_signal (&self->wake);
  g_mutex_unlock (&self->lock);
  g_thread_join (self->thread);
  if (self->pending != NULL)
    kez_question_filter_clear (self->pending);
  g_clear_pointer (&self->pending, g_free);
  self->owner_gone = TRUE;
  g_mutex_lock (&self->lock);
  deliveries = g_steal_pointer (&self->deliveries);
  self->deliveries = g_ptr_array_new ();
  g_mutex_unlock (&self->lock);
  for (guint i = 0; i < deliveries->len; i++)
    g_source_destroy (g_ptr_array_index (deliveries, i));
  query_unref (self);
}
