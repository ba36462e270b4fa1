/* kez-question-list.c
 *
 * With a million questions the list holds only their ids; a question object is read from
 * the database when a row asks for it, and kept while the rows on screen hold it. Which ids,
 * and their totals, a thread works out (kez-question-query.c): a search or a filter costs
 * the window nothing that grows with the data, and the list changes when the answer comes.
 *
 * The objects stand for positions, not for questions: when the filter or the data change, the
 * objects on screen are given the question now at their position (they notify "fields", and
 * the rows redraw), and only a change in the number of questions is reported as
 * items-changed. GTK 4.8's list views destroy and rebuild every visible row on
 * items-changed, about 80 ms for a screenful of eight columns, and with both removals and
 * additions look every added item up among the removed ones; reporting positions keeps a
 * search or a filter change to a screenful of reads. The views' selection is by position
 * too, so whoever changes the filter clears it.
 *
 * A change to the questions (a triage key) is shown at once in the rows on screen, which
 * read their question again; the order and the totals follow from the thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-list"

#include "config.h"

#include <string.h>

#include "kez-question-list.h"
#include "kez-question-query.h"
#include "kez-questions-private.h"
#include "kez-store-private.h"

/* Above this many cached objects, those no row holds any more are dropped. */
#define CACHE_TRIM_SIZE 512

/* GTK 4.8 keeps 200 rows bound, most of them off screen. After a new filter, which shows the
 * top of the list, only the first rows are given their question at once; the others follow
 * in an idle, or as soon as they are asked for. */
#define ROWS_UPDATED_AT_ONCE 64

enum { UPDATED, N_SIGNALS };
static guint signals[N_SIGNALS];

struct _KezQuestionList
{
  GObject            parent_instance;

  KezStore          *store;
  KezQuestionFilter  filter;
  KezQuestionQuery  *query;
  GArray            *ids;        /* gint64, newest first */
  guint64            n_citizens; /* behind the questions listed, merged duplicates excepted */
  guint              n_merged;   /* the merged duplicates among the rows */
  GHashTable        *cache;      /* position + 1 → KezQuestion */
  GHashTable        *stale;      /* position + 1 of cached objects not yet given their row */
  guint              stale_idle;
  KezDbStmt         *read_row;
};

static void kez_question_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KezQuestionList, kez_question_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      kez_question_list_model_init))

static GType
kez_question_list_get_item_type (GListModel *model)
{
  return KEZ_TYPE_QUESTION;
}

static guint
kez_question_list_get_n_items (GListModel *model)
{
  return KEZ_QUESTION_LIST (model)->ids->len;
}

static gboolean
read_fields (KezQuestionList   *self,
             gint64             id,
             KezQuestionFields *fields)
{
  gboolean found;

  if (self->read_row == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT %s FROM questions WHERE id = ?",
                                              kez_questions_columns (self->store));

      self->read_row = kez_store_prepare (self->store, sql, NULL);
    }
  if (self->read_row == NULL)
    return FALSE;
  kez_db_bind_int64 (self->read_row, 1, id);
  found = kez_db_step (self->read_row) == KEZ_DB_ROW;
  if (found)
    kez_questions_read_row (self->read_row, fields);
  kez_db_reset (self->read_row);
  return found;
}

static gboolean
held_by_cache_only (gpointer key,
                    gpointer value,
                    gpointer data)
{
  return G_OBJECT (value)->ref_count == 1;
}

static gpointer
kez_question_list_get_item (GListModel *model,
                            guint       position)
{
  KezQuestionList *self = KEZ_QUESTION_LIST (model);
  KezQuestionFields fields;
  KezQuestion *question;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;
  id = g_array_index (self->ids, gint64, position);
  if ((question = g_hash_table_lookup (self->cache, GUINT_TO_POINTER (position + 1))) != NULL)
    {
      if (g_hash_table_remove (self->stale, GUINT_TO_POINTER (position + 1)) &&
          read_fields (self, id, &fields))
        kez_question_update_take (question, &fields);
      return g_object_ref (question);
    }

  /* A row deleted since the ids were read still gets an object, with the id only, until the
   * change notification refreshes the list. */
  if (!read_fields (self, id, &fields))
    {
      kez_question_fields_init (&fields);
      fields.id = id;
    }
  question = kez_question_new_take (&fields);

  if (g_hash_table_size (self->cache) >= CACHE_TRIM_SIZE)
    g_hash_table_foreach_remove (self->cache, held_by_cache_only, NULL);
  g_hash_table_insert (self->cache, GUINT_TO_POINTER (position + 1), g_object_ref (question));
  return question;
}

static void
kez_question_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = kez_question_list_get_item_type;
  iface->get_n_items = kez_question_list_get_n_items;
  iface->get_item = kez_question_list_get_item;
}

static void
kez_question_list_finalize (GObject *object)
{
  KezQuestionList *self = KEZ_QUESTION_LIST (object);

  g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_pointer (&self->query, kez_question_query_free);
  g_clear_handle_id (&self->stale_idle, g_source_remove);
  g_clear_pointer (&self->read_row, kez_db_finalize);
  g_clear_object (&self->store);
  kez_question_filter_clear (&self->filter);
  g_array_unref (self->ids);
  g_hash_table_unref (self->cache);
  g_hash_table_unref (self->stale);

  G_OBJECT_CLASS (kez_question_list_parent_class)->finalize (object);
}

static void
kez_question_list_class_init (KezQuestionListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kez_question_list_finalize;

  /**
   * KezQuestionList::updated:
   *
   * The list shows what its filter selects now: its rows and totals are those of the
   * latest filter and data.
   */
  signals[UPDATED] = g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kez_question_list_init (KezQuestionList *self)
{
  kez_question_filter_init (&self->filter);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_object_unref);
  self->stale = g_hash_table_new (g_direct_hash, g_direct_equal);
}

static void
give_row (KezQuestionList *self,
          gpointer         key,
          KezQuestion     *question)
{
  KezQuestionFields fields;
  guint position = GPOINTER_TO_UINT (key) - 1;

  if (read_fields (self, g_array_index (self->ids, gint64, position), &fields))
    kez_question_update_take (question, &fields);
}

static gboolean
update_stale (gpointer data)
{
  KezQuestionList *self = data;
  GHashTableIter iter;
  gpointer key;

  self->stale_idle = 0;
  g_hash_table_iter_init (&iter, self->stale);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      KezQuestion *question = g_hash_table_lookup (self->cache, key);

      if (question != NULL)
        give_row (self, key, question);
      g_hash_table_iter_remove (&iter);
    }
  return G_SOURCE_REMOVE;
}

/* Swaps in the new ids: the objects handed out take the question now at their position (the
 * first @at_once of them now, the others soon), and only a change in the count is reported. */
static void
replace_ids (KezQuestionList *self,
             GArray          *ids,
             guint            at_once)
{
  guint n_old = self->ids->len, n_new = ids->len;
  GHashTableIter iter;
  gpointer key, value;

  g_array_unref (self->ids);
  self->ids = ids;

  g_hash_table_remove_all (self->stale);
  g_hash_table_foreach_remove (self->cache, held_by_cache_only, NULL);
  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint position = GPOINTER_TO_UINT (key) - 1;

      if (position >= n_new)
        g_hash_table_iter_remove (&iter);
      else if (position < at_once)
        give_row (self, key, value);
      else
        g_hash_table_add (self->stale, key);
    }
  if (g_hash_table_size (self->stale) > 0 && self->stale_idle == 0)
    self->stale_idle = g_idle_add (update_stale, self);

  if (n_new > n_old)
    g_list_model_items_changed (G_LIST_MODEL (self), n_old, 0, n_new - n_old);
  else if (n_new < n_old)
    g_list_model_items_changed (G_LIST_MODEL (self), n_new, n_old - n_new, 0);
}

static void
on_result (KezQuestionQueryResult *result,
           gpointer                data)
{
  KezQuestionList *self = data;

  self->n_citizens = result->n_citizens;
  self->n_merged = result->n_merged;
  replace_ids (self, g_steal_pointer (&result->ids), ROWS_UPDATED_AT_ONCE);
  g_signal_emit (self, signals[UPDATED], 0);
}

void
kez_question_list_refresh (KezQuestionList *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (KEZ_IS_QUESTION_LIST (self));

  /* The questions changed: the rows on screen show it now, the order and totals soon. */
  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (self->stale, key))
      give_row (self, key, value);
  kez_question_query_request (self->query, &self->filter);
}

static void
on_store_changed (KezStore        *store,
                  const char      *what,
                  KezQuestionList *self)
{
  kez_question_list_refresh (self);
}

/**
 * kez_question_list_new:
 *
 * Returns: a list of every question, empty until the first answer comes (see
 *   #KezQuestionList::updated and kez_question_list_is_loading())
 */
KezQuestionList *
kez_question_list_new (KezStore *store)
{
  KezQuestionList *self;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  self = g_object_new (KEZ_TYPE_QUESTION_LIST, NULL);
  self->store = g_object_ref (store);
  self->query = kez_question_query_new (kez_store_get_path (store), on_result, self);
  g_signal_connect (store, "changed::questions", G_CALLBACK (on_store_changed), self);
  kez_question_query_request (self->query, &self->filter);
  return self;
}

/* Shows what @filter selects, once the thread has worked it out. */
void
kez_question_list_set_filter (KezQuestionList         *self,
                              const KezQuestionFilter *filter)
{
  g_return_if_fail (KEZ_IS_QUESTION_LIST (self));

  /* The same questions asked for again (a search entry tells of "дорога " as of "дорога"):
   * the answer shown or on its way stands. */
  if (kez_question_filter_equal (filter, &self->filter))
    return;
  kez_question_filter_clear (&self->filter);
  kez_question_filter_copy (filter, &self->filter);
  kez_question_query_request (self->query, &self->filter);
}

/* Returns: whether the rows shown are not yet those of the latest filter or data */
gboolean
kez_question_list_is_loading (KezQuestionList *self)
{
  g_return_val_if_fail (KEZ_IS_QUESTION_LIST (self), FALSE);
  return kez_question_query_is_busy (self->query);
}

/* For the command line and the tests: runs the main context until the list is up to date. */
void
kez_question_list_wait (KezQuestionList *self)
{
  g_return_if_fail (KEZ_IS_QUESTION_LIST (self));

  while (kez_question_query_is_busy (self->query))
    g_main_context_iteration (NULL, TRUE);
}

const KezQuestionFilter *
kez_question_list_get_filter (KezQuestionList *self)
{
  g_return_val_if_fail (KEZ_IS_QUESTION_LIST (self), NULL);
  return &self->filter;
}

gint64
kez_question_list_get_id (KezQuestionList *self,
                          guint            position)
{
  g_return_val_if_fail (KEZ_IS_QUESTION_LIST (self), 0);
  return position < self->ids->len ? g_array_index (self->ids, gint64, position) : 0;
}

/* Returns: the position of @id, or G_MAXUINT when the filter does not select it */
guint
kez_question_list_find (KezQuestionList *self,
                        gint64           id)
{
  g_return_val_if_fail (KEZ_IS_QUESTION_LIST (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

/* Returns: how many of the rows are merged duplicates, counted with their question */
guint
kez_question_list_get_n_merged (KezQuestionList *self)
{
  g_return_val_if_fail (KEZ_IS_QUESTION_LIST (self), 0);
  return self->n_merged;
}

guint64
kez_question_list_get_n_citizens (KezQuestionList *self)
{
  g_return_val_if_fail (KEZ_IS_QUESTION_LIST (self), 0);
  return self->n_citizens;
}
