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
 * Every question is read once, in the list's order, with what the filters look at (status,
 * channel, region, topic, meeting, day): a filter is then a pass over that array in memory, a
 * few milliseconds at a million questions, where SQL would read a few hundred thousand rows
 * again; a search intersects it with the rowids the full-text index gives, kept as bits. The
 * array is read again when another connection commits (SQLite's data_version changes); that
 * reading is not given up for a newer request, which it serves when done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-query"

#include "config.h"

#include <string.h>

#include "kez-db-engine.h"
#include "kez-question.h"
#include "kez-question-order.h"
#include "kez-question-query.h"
#include "kez-search-tokenizer.h"
#include "kez-search-words.h"

/* How many of SQLite's virtual machine steps between two looks at whether the request has
 * been overtaken: about a millisecond. */
#define PROGRESS_STEPS 1000

/* What the query keeps of each question, in the list's order: what the filters look at. */
typedef struct
{
  gint64   id;
  gint64   meeting_id;  /* 0: none */
  guint32  citizens;
  guint32  day;         /* received, as YYYYMMDD */
  guint32  topic;       /* in @topics; 0: none */
  guint16  region;      /* in @regions (the reference's twenty or so); 0: none */
  guint8   status;      /* a KezQuestionStatus, or 255 */
  guint8   channel;     /* a KezChannel, or 255 */
} Row;

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
  KezDb                *db;
  guint                 running;     /* the generation being worked out */
  gboolean              reading;     /* every question is being read, which is not given up */
  GArray               *rows;        /* Row: every question, newest first; NULL until read */
  GPtrArray            *topics;      /* the topics' texts, from 1 */
  GPtrArray            *regions;     /* the regions' codes, from 1 */
  gint64                data_version;
  KezWordStemmer       *stemmer;     /* a server's searches: the app stems the words */
  KezLanguage           language;    /* the interface's, for the alphabetical orders */
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
  KezQuestionQuery *self = data;

  return g_atomic_int_get (&self->quit) || (!self->reading && overtaken (self));
}

static gboolean
open_connection (KezQuestionQuery *self)
{
  g_autoptr(GError) error = NULL;

  if (self->db != NULL)
    return TRUE;

  self->db = kez_db_open (self->path, KEZ_DB_OPEN_READ_ONLY, &error);
  if (self->db != NULL && kez_db_get_kind (self->db) == KEZ_DB_POSTGRESQL)
    {
      /* The server indexes the words the app stemmed; a query overtaken there runs to its
         end and its result is dropped. */
      self->stemmer = kez_word_stemmer_new ();
      return TRUE;
    }
  if (self->db == NULL ||
      !kez_search_tokenizer_register (kez_db_sqlite_handle (self->db)))
    {
      g_warning ("Cannot read the questions of %s: %s", self->path,
                 self->db != NULL ? kez_db_get_message (self->db) : error->message);
      g_clear_pointer (&self->db, kez_db_close);
      return FALSE;
    }
  /* A query that a newer one overtook stops at its next few thousand steps. */
  sqlite3_progress_handler (kez_db_sqlite_handle (self->db), PROGRESS_STEPS, on_progress, self);
  return TRUE;
}

static KezDbStmt *
prepare (KezQuestionQuery *self,
         const char       *sql)
{
  KezDbStmt *stmt = kez_db_prepare (self->db, sql);

  if (stmt == NULL && kez_db_get_failure (self->db) != KEZ_DB_FAILURE_INTERRUPTED)
    g_warning ("Cannot read the questions: %s", kez_db_get_message (self->db));
  return stmt;
}

/* Steps @stmt: FALSE when it is done, or stopped, and then says why if not overtaken. */
static gboolean
next_row (KezQuestionQuery *self,
          KezDbStmt        *stmt,
          gboolean         *complete)
{
  KezDbStep step = kez_db_step (stmt);

  if (step == KEZ_DB_ROW)
    return TRUE;
  *complete = step == KEZ_DB_DONE;
  if (step == KEZ_DB_FAILED && kez_db_get_failure (self->db) != KEZ_DB_FAILURE_INTERRUPTED)
    g_warning ("Cannot read the questions: %s", kez_db_get_message (self->db));
  return FALSE;
}

/* The index of @text among @texts (from 1), added if new. */
static guint
intern (GPtrArray  *texts,
        GHashTable *indices,
        const char *text)
{
  gpointer found;

  if (g_hash_table_lookup_extended (indices, text, NULL, &found))
    return GPOINTER_TO_UINT (found);
  g_ptr_array_add (texts, g_strdup (text));
  g_hash_table_insert (indices, g_ptr_array_index (texts, texts->len - 1),
                       GUINT_TO_POINTER (texts->len - 1));
  return texts->len - 1;
}

static guint32
day_of (const char *text)
{
  /* "YYYY-MM-DD…" */
  if (text == NULL || strlen (text) < 10 || text[4] != '-' || text[7] != '-')
    return 0;
  return g_ascii_strtoull (text, NULL, 10) * 10000 + g_ascii_strtoull (text + 5, NULL, 10) * 100 +
         g_ascii_strtoull (text + 8, NULL, 10);
}

static guint8
status_of (const char *text)
{
  KezQuestionStatus status;

  return text != NULL && kez_question_status_from_string (text, &status) ? status : 255;
}

static guint8
channel_of (const char *text)
{
  KezChannel channel;

  return text != NULL && kez_channel_from_string (text, &channel) ? channel : 255;
}

/* Every question, newest first, when another connection committed since they were last read
 * (or never read): FALSE when stopped. */
static gboolean
read_all (KezQuestionQuery *self)
{
  g_autoptr(GHashTable) topics = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) regions = g_hash_table_new (g_str_hash, g_str_equal);
  KezDbStmt *stmt = prepare (self, kez_db_get_kind (self->db) == KEZ_DB_POSTGRESQL
                                       ? "SELECT count FROM question_changes"
                                       : "PRAGMA data_version");
  gint64 version = -1;
  gboolean complete = FALSE;

  if (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
    version = kez_db_column_int64 (stmt, 0);
  kez_db_finalize (stmt);
  if (self->rows != NULL && version == self->data_version)
    return TRUE;

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  self->topics = g_ptr_array_new_with_free_func (g_free);
  self->regions = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->topics, NULL);
  g_ptr_array_add (self->regions, NULL);
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->reading = TRUE;
  if ((stmt = prepare (self, "SELECT id, coalesce (meeting_id, 0), citizens, received_on, "
                             "topic, region_code, status, channel FROM questions "
                             "ORDER BY received_on DESC, id DESC")) != NULL)
    {
      while (next_row (self, stmt, &complete))
        {
          const char *topic = kez_db_column_text (stmt, 4);
          const char *region = kez_db_column_text (stmt, 5);
          Row row = {
            .id = kez_db_column_int64 (stmt, 0),
            .meeting_id = kez_db_column_int64 (stmt, 1),
            .citizens = kez_db_column_int (stmt, 2),
            .day = day_of (kez_db_column_text (stmt, 3)),
            .topic = topic != NULL ? intern (self->topics, topics, topic) : 0,
            .region = region != NULL ? MIN (intern (self->regions, regions, region),
                                            G_MAXUINT16) : 0,
            .status = status_of (kez_db_column_text (stmt, 6)),
            .channel = channel_of (kez_db_column_text (stmt, 7)),
          };

          g_array_append_val (self->rows, row);
        }
      kez_db_finalize (stmt);
    }
  self->reading = FALSE;
  if (!complete)
    {
      g_clear_pointer (&self->rows, g_array_unref);
      return FALSE;
    }
  self->data_version = version;
  return TRUE;
}

/* What @filter selects, as a test of one row: the other filters than the search, with what
 * kez_question_filter_to_sql() says turned into the indices of the rows. */
typedef struct
{
  int      status;
  int      channel;
  gint64   region;   /* -1: any; an index otherwise (0 for none); G_MAXINT64: none matches */
  gint64   topic;
  gint64   meeting_id;
  guint32  first_day, end_day;  /* 0, 0: any */
} Test;

static gint64
index_of (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 1; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      return i;
  return G_MAXINT64;
}

static void
make_test (KezQuestionQuery        *self,
           const KezQuestionFilter *filter,
           Test                    *test)
{
  GDate monday;

  test->status = filter->status >= 0 && filter->status < KEZ_N_QUESTION_STATUSES
                   ? filter->status : -1;
  test->channel = filter->channel >= 0 && filter->channel < KEZ_N_CHANNELS ? filter->channel
                                                                           : -1;
  /* "" stands for a question with no region; a topic is compared as it is. */
  if (filter->region_code == NULL)
    test->region = -1;
  else if (filter->region_code[0] == '\0')
    test->region = 0;
  else
    test->region = index_of (self->regions, filter->region_code);
  test->topic = filter->topic == NULL ? -1 : index_of (self->topics, filter->topic);
  test->meeting_id = filter->meeting_id;
  test->first_day = test->end_day = 0;
  if (filter->week != NULL)
    {
      guint32 day = day_of (filter->week);

      /* A week that is no date selects nothing, as SQL's date () of it is NULL. */
      test->first_day = test->end_day = 1;
      if (g_date_valid_dmy (day % 100, day / 100 % 100, day / 10000))
        {
          g_date_clear (&monday, 1);
          g_date_set_dmy (&monday, day % 100, day / 100 % 100, day / 10000);
          g_date_add_days (&monday, 7);
          test->first_day = day;
          test->end_day = g_date_get_year (&monday) * 10000 +
                          g_date_get_month (&monday) * 100 + g_date_get_day (&monday);
        }
    }
}

static gboolean
passes (const Test *test,
        const Row  *row)
{
  return (test->status < 0 || row->status == test->status) &&
         (test->channel < 0 || row->channel == test->channel) &&
         (test->region < 0 || row->region == test->region) &&
         (test->topic < 0 || row->topic == test->topic) &&
         (test->meeting_id == 0 ||
          (test->meeting_id < 0 ? row->meeting_id == 0 : row->meeting_id == test->meeting_id)) &&
         (test->end_day == 0 || (row->day >= test->first_day && row->day < test->end_day));
}

/* The rowids the search's words match, as bits over the rowids: a common word matches tens
 * of thousands of questions, and setting a bit costs less than anything a hash table does.
 * FALSE when overtaken. */
static gboolean
search_matches (KezQuestionQuery  *self,
                const char        *words,
                GByteArray        *bits)
{
  gboolean on_server = kez_db_get_kind (self->db) == KEZ_DB_POSTGRESQL;
  KezDbStmt *stmt = prepare (self, on_server
                                     ? "SELECT id FROM questions "
                                       "WHERE search_vector @@ to_tsquery ('simple', ?)"
                                     : "SELECT rowid FROM questions_fts "
                                       "WHERE questions_fts MATCH ?");
  gboolean complete = FALSE;

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_text_take (stmt, 1, on_server ? kez_search_words_query (self->stemmer, words)
                                            : kez_fts_query_from_words (words));
  while (next_row (self, stmt, &complete))
    {
      gint64 id = kez_db_column_int64 (stmt, 0);

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
  kez_db_finalize (stmt);
  return complete;
}

static gboolean
has_bit (GByteArray *bits,
         gint64      id)
{
  return id >= 0 && (guint64) id / 8 < bits->len && (bits->data[id / 8] & (1 << (id % 8)));
}

/* What a sorted column's keys are made of: the places of the topics, regions and meetings in
 * their orders, worked out once per request from the (few) distinct values. */
typedef struct
{
  KezQuestionSort  sort;
  guint32         *ranks;     /* by topic or region index */
  GHashTable      *meetings;  /* meeting id → its place by day and time, from 1 */
} Order;

static void
order_clear (Order *order)
{
  g_clear_pointer (&order->ranks, g_free);
  g_clear_pointer (&order->meetings, g_hash_table_unref);
}

/* The regions' names in the interface's language, by their index in @self->regions. */
static GPtrArray *
region_names (KezQuestionQuery *self)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_code = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         g_free);
  KezDbStmt *stmt = prepare (self, "SELECT code, name_kk, name_ru FROM regions");

  while (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
    g_hash_table_insert (by_code, g_strdup (kez_db_column_text (stmt, 0)),
                         g_strdup (kez_db_column_text (
                           stmt, self->language == KEZ_LANGUAGE_KK ? 1 : 2)));
  kez_db_finalize (stmt);
  g_ptr_array_add (names, NULL);
  for (guint i = 1; i < self->regions->len; i++)
    {
      const char *code = g_ptr_array_index (self->regions, i);
      const char *name = g_hash_table_lookup (by_code, code);

      g_ptr_array_add (names, g_strdup (name != NULL ? name : code));
    }
  return names;
}

static void
order_init (KezQuestionQuery *self,
            KezQuestionSort   sort,
            Order            *order)
{
  *order = (Order) { .sort = sort };
  if (sort == KEZ_QUESTION_SORT_TOPIC)
    order->ranks = kez_question_order_ranks (self->topics, self->language);
  else if (sort == KEZ_QUESTION_SORT_REGION)
    {
      g_autoptr(GPtrArray) names = region_names (self);

      order->ranks = kez_question_order_ranks (names, self->language);
    }
  else if (sort == KEZ_QUESTION_SORT_MEETING)
    {
      KezDbStmt *stmt = prepare (self, "SELECT id FROM meetings ORDER BY starts_at, id");
      guint place = 0;

      order->meetings = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      while (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
        g_hash_table_insert (order->meetings, g_memdup2 (&(gint64) { kez_db_column_int64 (stmt, 0) },
                                                         sizeof (gint64)),
                             GUINT_TO_POINTER (++place));
      kez_db_finalize (stmt);
    }
}

static guint64
key_of (const Order *order,
        const Row   *row)
{
  guint place;

  switch (order->sort)
    {
    case KEZ_QUESTION_SORT_NUMBER:
      return (guint64) row->id;
    case KEZ_QUESTION_SORT_CITIZENS:
      return row->citizens;
    case KEZ_QUESTION_SORT_STATUS:
      return row->status == 255 ? KEZ_QUESTION_ORDER_NONE : row->status;
    case KEZ_QUESTION_SORT_CHANNEL:
      return row->channel == 255 ? KEZ_QUESTION_ORDER_NONE : row->channel;
    case KEZ_QUESTION_SORT_TOPIC:
      return row->topic == 0 ? KEZ_QUESTION_ORDER_NONE : order->ranks[row->topic];
    case KEZ_QUESTION_SORT_REGION:
      return row->region == 0 ? KEZ_QUESTION_ORDER_NONE : order->ranks[row->region];
    case KEZ_QUESTION_SORT_MEETING:
      place = row->meeting_id == 0
                ? 0 : GPOINTER_TO_UINT (g_hash_table_lookup (order->meetings, &row->meeting_id));
      return place == 0 ? KEZ_QUESTION_ORDER_NONE : place;
    case KEZ_QUESTION_SORT_RECEIVED:   /* the rows' own order, turned round if need be */
    case KEZ_N_QUESTION_SORTS:
    default:
      return 0;
    }
}

/* What @filter selects; NULL when overtaken. */
static KezQuestionQueryResult *
work_out (KezQuestionQuery        *self,
          const KezQuestionFilter *filter)
{
  g_autofree char *match = kez_fts_query_from_words (filter->search);
  g_autoptr(GByteArray) matches = NULL;
  KezQuestionQueryResult *result;
  /* The rows are newest first already (by the moment received, then number): the oldest
   * first is that order turned round; only another column needs a sort. */
  gboolean sorted = filter->sort != KEZ_QUESTION_SORT_RECEIVED;
  g_autoptr(GArray) items = NULL;
  Order order = { 0 };
  Test test;

  if (!read_all (self) || overtaken (self))
    return NULL;
  if (match != NULL && !search_matches (self, filter->search, (matches = g_byte_array_new ())))
    return NULL;
  make_test (self, filter, &test);

  if (sorted)
    {
      order_init (self, filter->sort, &order);
      items = g_array_new (FALSE, FALSE, sizeof (KezQuestionOrderItem));
    }
  result = g_new0 (KezQuestionQueryResult, 1);
  /* Room for every question at once: no copy as it grows, and the pages of memory a short
   * answer leaves unwritten are never touched. */
  result->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->rows->len);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);

      if (!passes (&test, row) || (matches != NULL && !has_bit (matches, row->id)))
        continue;
      if (items != NULL)
        {
          KezQuestionOrderItem item = { key_of (&order, row), i };

          g_array_append_val (items, item);
        }
      else
        g_array_append_val (result->ids, row->id);
      if (row->status != KEZ_QUESTION_MERGED)
        result->n_citizens += row->citizens;
      else
        result->n_merged++;
    }
  if (items != NULL)
    {
      order_clear (&order);
      if (overtaken (self))
        {
          kez_question_query_result_free (result);
          return NULL;
        }
      kez_question_order_sort ((KezQuestionOrderItem *) (void *) items->data, items->len,
                               filter->descending);
      for (guint i = 0; i < items->len; i++)
        g_array_append_val (result->ids, g_array_index (self->rows, Row,
                                                        g_array_index (items,
                                                                       KezQuestionOrderItem,
                                                                       i).position).id);
    }
  else if (!filter->descending)
    for (guint i = 0, j = result->ids->len; i + 1 < j; i++, j--)
      {
        gint64 id = g_array_index (result->ids, gint64, i);

        g_array_index (result->ids, gint64, i) = g_array_index (result->ids, gint64, j - 1);
        g_array_index (result->ids, gint64, j - 1) = id;
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

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->db, kez_db_close);
  g_clear_pointer (&self->stemmer, kez_word_stemmer_free);
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
  /* Russian names and order unless the interface is Kazakh (an English one has no names). */
  self->language = kez_language_from_locale () == KEZ_LANGUAGE_KK ? KEZ_LANGUAGE_KK
                                                                  : KEZ_LANGUAGE_RU;
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
