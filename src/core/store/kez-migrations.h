/* kez-migrations.h: the schema's migrations, shipped as resources, and the schema they make
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "kez-db.h"

G_BEGIN_DECLS

GStrv     kez_migrations_list         (KezDbKind    kind);
GBytes   *kez_migrations_read         (KezDbKind    kind,
                                       const char  *name,
                                       GError     **error);
gboolean  kez_migrations_build_latest (sqlite3     *db,
                                       GError     **error);
char     *kez_schema_digest           (sqlite3     *db);

G_END_DECLS
