/* kez-question-list.c
 *
 * With 100,000 questions the list holds only their ids (and citizens, for the total); a
 * question object is read from the database when a row asks for it, and kept while the rows
 * on screen hold it. After a change in the store the ids are read again and the model reports
 * the one range that differs, so the view keeps its place and its selection; the objects on
 * screen are updated in place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-list"

#include "config.h"

#include "kez-question-list.h"
#include "kez-questions-private.h"
#include "kez-store-private.h"

/* Above this many cached objects, those no row holds any more are dropped. */
#define CACHE_TRIM_SIZE 512

struct _KezQuestionList
{
  GObject            parent_instance;

  KezStore          *store;
  KezQuestionFilter  filter;
  GArray            *ids;        /* gint64, newest first */
  guint64            n_citizens; /* behind the questions listed, merged duplicates excepted */
  GHashTable        *cache;      /* id → KezQuestion */
  sqlite3_stmt      *read_row;
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
    self->read_row = kez_store_prepare (self->store,
                                        "SELECT " KEZ_QUESTION_COLUMNS " FROM questions "
                                        "WHERE id = ?", NULL);
  if (self->read_row == NULL)
    return FALSE;
  sqlite3_bind_int64 (self->read_row, 1, id);
  found = sqlite3_step (self->read_row) == SQLITE_ROW;
  if (found)
    kez_questions_read_row (self->read_row, fields);
  sqlite3_reset (self->read_row);
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
  if ((question = g_hash_table_lookup (self->cache, &id)) != NULL)
    return g_object_ref (question);

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
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (question));
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
  g_clear_pointer (&self->read_row, sqlite3_finalize);
  g_clear_object (&self->store);
  kez_question_filter_clear (&self->filter);
  g_array_unref (self->ids);
  g_hash_table_unref (self->cache);

  G_OBJECT_CLASS (kez_question_list_parent_class)->finalize (object);
}

static void
kez_question_list_class_init (KezQuestionListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kez_question_list_finalize;
}

static void
kez_question_list_init (KezQuestionList *self)
{
  kez_question_filter_init (&self->filter);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

/* The ids the filter selects now, newest first. */
static GArray *
query_ids (KezQuestionList *self,
           guint64         *n_citizens)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *where = kez_question_filter_to_sql (&self->filter, values);
  g_autofree char *sql = g_strconcat ("SELECT id, citizens, status = 'merged' FROM questions",
                                      where, " ORDER BY received_on DESC, id DESC", NULL);
  g_autoptr(sqlite3_stmt) stmt = kez_store_prepare (self->store, sql, NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  *n_citizens = 0;
  if (stmt == NULL)
    return ids;
  for (guint i = 0; i < values->len; i++)
    sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (values, i), -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      if (!sqlite3_column_int (stmt, 2))
        *n_citizens += sqlite3_column_int (stmt, 1);
    }
  return ids;
}

/* Swaps in the new ids and reports the one range between the common start and end. */
static void
replace_ids (KezQuestionList *self,
             GArray          *ids)
{
  const gint64 *old = (const gint64 *) self->ids->data;
  const gint64 *new = (const gint64 *) ids->data;
  guint n_old = self->ids->len, n_new = ids->len;
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new && old[prefix] == new[prefix])
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         old[n_old - 1 - suffix] == new[n_new - 1 - suffix])
    suffix++;

  g_array_unref (self->ids);
  self->ids = ids;
  if (n_old != n_new || prefix != n_old)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, n_old - prefix - suffix,
                                n_new - prefix - suffix);
}

/* Rows on screen show the database as it is now. */
static void
update_cached (KezQuestionList *self)
{
  GHashTableIter iter;
  gpointer key, value;
  g_autoptr(GPtrArray) gone = g_ptr_array_new ();

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      KezQuestionFields fields;

      if (read_fields (self, *(gint64 *) key, &fields))
        kez_question_update_take (value, &fields);
      else
        g_ptr_array_add (gone, key);
    }
  for (guint i = 0; i < gone->len; i++)
    g_hash_table_remove (self->cache, g_ptr_array_index (gone, i));
}

void
kez_question_list_refresh (KezQuestionList *self)
{
  GArray *ids;

  g_return_if_fail (KEZ_IS_QUESTION_LIST (self));

  update_cached (self);
  ids = query_ids (self, &self->n_citizens);
  replace_ids (self, ids);
}

static void
on_store_changed (KezStore        *store,
                  const char      *what,
                  KezQuestionList *self)
{
  kez_question_list_refresh (self);
}

KezQuestionList *
kez_question_list_new (KezStore *store)
{
  KezQuestionList *self;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  self = g_object_new (KEZ_TYPE_QUESTION_LIST, NULL);
  self->store = g_object_ref (store);
  g_signal_connect (store, "changed::questions", G_CALLBACK (on_store_changed), self);
  g_array_unref (self->ids);
  self->ids = query_ids (self, &self->n_citizens);
  return self;
}

void
kez_question_list_set_filter (KezQuestionList         *self,
                              const KezQuestionFilter *filter)
{
  GArray *ids;

  g_return_if_fail (KEZ_IS_QUESTION_LIST (self));

  kez_question_filter_clear (&self->filter);
  kez_question_filter_copy (filter, &self->filter);
  ids = query_ids (self, &self->n_citizens);
  replace_ids (self, ids);
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

guint64
kez_question_list_get_n_citizens (KezQuestionList *self)
{
  g_return_val_if_fail (KEZ_IS_QUESTION_LIST (self), 0);
  return self->n_citizens;
}
