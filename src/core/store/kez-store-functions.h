/* kez-store-functions.h: the time and the person the app knows, as SQL functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Where the time of the record comes from: the computer's clock, or the demo's. */
typedef gint64 (*KezStoreClock) (gpointer data);

typedef struct
{
  KezStoreClock clock;     /* microseconds since 1970, UTC; NULL: the computer's clock */
  gpointer      data;
  char         *actor;     /* who writes; NULL: the user's login name */
} KezStoreIdentity;

gboolean    kez_store_functions_register (sqlite3                *db,
                                          const KezStoreIdentity *identity);
char       *kez_store_identity_now       (const KezStoreIdentity *identity);
const char *kez_store_identity_actor     (const KezStoreIdentity *identity);

G_END_DECLS
