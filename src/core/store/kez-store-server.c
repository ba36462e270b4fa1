/* kez-store-server.c
 *
 * When the team server went away (KezStore:server-lost), the window looks for it every few
 * seconds. The look is a connection of its own, made in a worker thread: a connection to a
 * host that does not answer may take its whole timeout, and the window must not wait for it.
 * Once one is made, the store's own connection is made again at its next statement
 * (kez-db-postgresql.c), and the store says the server is back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include "kez-store-private.h"

static void
look_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  KezDb *db = kez_db_open (data, KEZ_DB_OPEN_READ_ONLY, &error);

  if (db == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  kez_db_close (db);
  g_task_return_boolean (task, TRUE);
}

static void
looked (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  GTask *outer = data;

  if (g_task_propagate_boolean (G_TASK (result), NULL))
    kez_store_set_server_lost (KEZ_STORE (source), FALSE);
  g_task_return_boolean (outer, !kez_store_is_server_lost (KEZ_STORE (source)));
  g_object_unref (outer);
}

/**
 * kez_store_look_for_server_async:
 *
 * Tries to reach the store's server; kez_store_look_for_server_finish() says whether it did
 * (and KezStore:server-lost is then %FALSE).
 */
void
kez_store_look_for_server_async (KezStore            *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             data)
{
  GTask *outer = g_task_new (self, cancellable, callback, data);
  g_autoptr(GTask) inner = g_task_new (self, cancellable, looked, outer);

  g_task_set_source_tag (outer, kez_store_look_for_server_async);
  g_task_set_task_data (inner, g_strdup (kez_store_get_path (self)), g_free);
  g_task_run_in_thread (inner, look_in_thread);
}

gboolean
kez_store_look_for_server_finish (KezStore      *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
