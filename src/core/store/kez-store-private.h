/* kez-store-private.h: what the core's own modules and tests need of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-db.h"
#include "kez-store.h"
#include "kez-store-functions.h"
#include "kez-store-reads.h"

G_BEGIN_DECLS

KezDb        *kez_store_get_db          (KezStore     *self);
KezDbStmt    *kez_store_prepare         (KezStore     *self,
                                         const char   *sql,
                                         GError      **error);
gboolean      kez_store_exec            (KezStore     *self,
                                         const char   *sql,
                                         GError      **error);
gboolean      kez_store_step_done       (KezStore     *self,
                                         KezDbStmt    *stmt,
                                         GError      **error);
void          kez_store_set_error       (KezStore     *self,
                                         GError      **error);
void          kez_store_emit_changed    (KezStore     *self,
                                         const char   *what);
void          kez_store_emit_changed_elsewhere (KezStore *self,
                                         const char   *what);
const char   *kez_store_column_text     (KezDbStmt    *stmt,
                                         int           column);
gint64        kez_store_query_number    (KezStore     *self,
                                         const char   *sql,
                                         gint64        id,
                                         gint64        fallback);

void          kez_store_set_clock       (KezStore      *self,
                                         KezStoreClock  clock,
                                         gpointer       data);
void          kez_store_identity_changed (KezStore      *self);
void          kez_store_set_server_lost (KezStore      *self,
                                         gboolean       lost);
void          kez_store_set_actor       (KezStore     *self,
                                         const char   *actor);
const char   *kez_store_get_actor       (KezStore     *self);

gboolean      kez_store_migrate_to_latest (KezStore   *self,
                                         GError     **error);

KezStore     *kez_store_open_reader     (KezStore     *store,
                                         GError      **error);

/* For tests: open without migrating past @version and without loading reference data, so
 * that an older database can be made and then upgraded by kez_store_open(). */
KezStore     *kez_store_open_at_version (const char   *path,
                                         int           version,
                                         GError      **error);

G_END_DECLS
