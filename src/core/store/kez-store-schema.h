/* kez-store-schema.h: the schema of an open database checked against what it must be
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "kez-store-functions.h"

G_BEGIN_DECLS

typedef gboolean (*KezSchemaMigrate) (sqlite3 *db, GError **error);

gboolean kez_store_schema_check (sqlite3                *db,
                                 const char             *path,
                                 const KezStoreIdentity *identity,
                                 KezSchemaMigrate        build_expected,
                                 GError                **error);

G_END_DECLS
