/* kez-store-reader.h: a page's reads in a worker thread, on a connection of their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef struct _KezStoreReader KezStoreReader;

/* Runs in the reader's thread, with its own connection; returns what was read, or %NULL
 * with @error set. */
typedef gpointer (*KezStoreReadFunc) (KezStore  *reader,
                                      gpointer   data,
                                      GError   **error);

KezStoreReader *kez_store_reader_new         (KezStore            *store);
void            kez_store_reader_free        (KezStoreReader      *self);
void            kez_store_reader_read_async  (KezStoreReader      *self,
                                              KezStoreReadFunc     read,
                                              gpointer             data,
                                              GDestroyNotify       data_free,
                                              GDestroyNotify       result_free,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gpointer        kez_store_reader_read_finish (GAsyncResult        *result,
                                              GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezStoreReader, kez_store_reader_free)

G_END_DECLS
