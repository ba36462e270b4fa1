/* kez-store-private.h: what the core's own modules and tests need of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "kez-store.h"
#include "kez-store-functions.h"
#include "kez-store-reads.h"

/* Every step of the core is watched for a failed read (kez-store-reads.c). */
#define sqlite3_step(stmt) kez_store_step (stmt)

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

sqlite3      *kez_store_get_db          (KezStore     *self);
sqlite3_stmt *kez_store_prepare         (KezStore     *self,
                                         const char   *sql,
                                         GError      **error);
gboolean      kez_store_exec            (KezStore     *self,
                                         const char   *sql,
                                         GError      **error);
gboolean      kez_store_step_done       (KezStore     *self,
                                         sqlite3_stmt *stmt,
                                         GError      **error);
void          kez_store_set_error       (KezStore     *self,
                                         GError      **error);
void          kez_store_emit_changed    (KezStore     *self,
                                         const char   *what);
const char   *kez_store_column_text     (sqlite3_stmt *stmt,
                                         int           column);
gint64        kez_store_query_number    (KezStore     *self,
                                         const char   *sql,
                                         gint64        id,
                                         gint64        fallback);

void          kez_store_set_clock       (KezStore      *self,
                                         KezStoreClock  clock,
                                         gpointer       data);
void          kez_store_set_actor       (KezStore     *self,
                                         const char   *actor);
const char   *kez_store_get_actor       (KezStore     *self);

gboolean      kez_store_migrate_to_latest (KezStore   *self,
                                         GError     **error);

/* For tests: open without migrating past @version and without loading reference data, so
 * that an older database can be made and then upgraded by kez_store_open(). */
KezStore     *kez_store_open_at_version (const char   *path,
                                         int           version,
                                         GError      **error);

G_END_DECLS
