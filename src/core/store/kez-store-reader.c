/* kez-store-reader.c
 *
 * On a team server every read is a round trip, and a page that reads its year's meetings on
 * the main thread freezes the window for as long as the network takes (for good, while the
 * server is away). A page reads through a reader instead: one worker thread with its own
 * connection to the same database (kez_store_open_reader), opened at the first read, taking
 * the reads one after the other; each result comes back in the page's main context. A read
 * that a newer one made useless is cancelled by its page: its result is dropped, unseen.
 *
 * The reader reads what was committed; what the window itself wrote is committed before
 * the store says so ("changed"), so a page that reads again then sees it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include "kez-store-private.h"
#include "kez-store-reader.h"
#include "kez-store-reads.h"

struct _KezStoreReader
{
  KezStore    *store;    /* the window's, for its path */
  KezStore    *reader;   /* the thread's, once opened */
  GThreadPool *thread;   /* one thread: the connection serves one read at a time */
};

typedef struct
{
  KezStoreReadFunc read;
  gpointer         data;
  GDestroyNotify   data_free;
  GDestroyNotify   result_free;
} Read;

static void
read_free (Read *read)
{
  if (read->data_free != NULL)
    read->data_free (read->data);
  g_free (read);
}

static void
run (gpointer item,
     gpointer user_data)
{
  g_autoptr(GTask) task = item;
  KezStoreReader *self = user_data;
  Read *read = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gpointer result;

  if (g_task_return_error_if_cancelled (task))
    return;
  if (self->reader == NULL && !(self->reader = kez_store_open_reader (self->store, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* A step that fails half-way (a dropped connection) fails the whole read. */
  kez_store_reads_begin ();
  result = read->read (self->reader, read->data, &error);
  if (result != NULL && !kez_store_reads_check (&error))
    {
      read->result_free (result);
      result = NULL;
    }
  if (result == NULL)
    g_task_return_error (task, error != NULL ? g_steal_pointer (&error)
                                             : g_error_new_literal (G_IO_ERROR,
                                                                    G_IO_ERROR_FAILED, ""));
  else
    g_task_return_pointer (task, result, read->result_free);
}

KezStoreReader *
kez_store_reader_new (KezStore *store)
{
  KezStoreReader *self = g_new0 (KezStoreReader, 1);

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->thread = g_thread_pool_new (run, self, 1, FALSE, NULL);
  return self;
}

/* Waits for the read under way; those still queued are run (cancelled, their pages gone). */
void
kez_store_reader_free (KezStoreReader *self)
{
  if (self == NULL)
    return;
  g_thread_pool_free (self->thread, FALSE, TRUE);
  g_clear_object (&self->reader);
  g_clear_object (&self->store);
  g_free (self);
}

/**
 * kez_store_reader_read_async:
 * @read: what to read, run in the reader's thread
 * @data: (nullable): for @read; freed with @data_free once it ran
 * @result_free: frees what @read returns
 * @callback: called in the caller's main context with the result
 */
void
kez_store_reader_read_async (KezStoreReader      *self,
                             KezStoreReadFunc     read,
                             gpointer             data,
                             GDestroyNotify       data_free,
                             GDestroyNotify       result_free,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  Read *job = g_new0 (Read, 1);

  job->read = read;
  job->data = data;
  job->data_free = data_free;
  job->result_free = result_free;
  g_task_set_task_data (task, job, (GDestroyNotify) read_free);
  g_task_set_source_tag (task, kez_store_reader_read_async);
  g_thread_pool_push (self->thread, task, NULL);
}

/* What the read returned, or %NULL with @error set (G_IO_ERROR_CANCELLED when a newer
 * read made it useless). */
gpointer
kez_store_reader_read_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
