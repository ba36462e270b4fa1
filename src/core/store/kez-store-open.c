/* kez-store-open.c
 *
 * The app's database as every part of the app opens it: the store at the latest schema, with
 * the reference data the app ships (bodies, regions, rule sets) loaded where it changed. It
 * sits above both: the reference data are written through the store, which knows nothing of
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-reference.h"
#include "kez-store-open.h"
#include "kez-store-private.h"

/**
 * kez_store_open:
 * @path: the database file; created (mode 0600) if missing
 *
 * Opens the database, brings its schema up to date, and loads the shipped reference data
 * (bodies, regions, rule sets) where it changed.
 */
KezStore *
kez_store_open (const char  *path,
                GError     **error)
{
  g_autoptr(KezStore) self = kez_store_open_at_version (path, G_MAXINT, error);

  if (self == NULL || !kez_reference_load_shipped (self, error))
    return NULL;
  return g_steal_pointer (&self);
}
