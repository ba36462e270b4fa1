/* kez-store.h: the one SQLite file that holds a ministry's year of work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-store-error.h"
#include "kez-types.h"
#include "kez-rule-set.h"

G_BEGIN_DECLS

#define KEZ_TYPE_STORE (kez_store_get_type ())

G_DECLARE_FINAL_TYPE (KezStore, kez_store, KEZ, STORE, GObject)

char       *kez_store_default_path          (void);
int         kez_store_latest_schema_version (void);
const char *kez_store_get_path              (KezStore    *self);
int         kez_store_get_schema_version    (KezStore    *self);
gboolean    kez_store_is_server_lost        (KezStore    *self);
void        kez_store_look_for_server_async (KezStore            *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             data);
gboolean    kez_store_look_for_server_finish (KezStore     *self,
                                              GAsyncResult *result,
                                              GError      **error);

gboolean    kez_store_begin                 (KezStore    *self,
                                             GError     **error);
gboolean    kez_store_commit                (KezStore    *self,
                                             GError     **error);
void        kez_store_rollback              (KezStore    *self);

char       *kez_store_dup_meta              (KezStore    *self,
                                             const char  *key);
gboolean    kez_store_set_meta              (KezStore    *self,
                                             const char  *key,
                                             const char  *value,
                                             GError     **error);
void        kez_store_last_change           (KezStore    *self,
                                             const char  *table,
                                             gint64       id,
                                             char       **who,
                                             GDateTime  **when);

GListModel *kez_store_list_bodies           (KezStore    *self);
GListModel *kez_store_list_regions          (KezStore    *self);
GListModel *kez_store_list_rule_sets        (KezStore    *self);

KezRuleSet *kez_store_dup_active_rule_set   (KezStore    *self);
gboolean    kez_store_set_active_rule_set   (KezStore    *self,
                                             const char  *rule_set_id,
                                             GError     **error);
char       *kez_store_dup_identity          (KezStore    *self);
char       *kez_store_dup_served_body       (KezStore    *self);
gboolean    kez_store_set_served_body       (KezStore    *self,
                                             const char  *body_code,
                                             GError     **error);
gboolean    kez_store_may                   (KezStore    *self,
                                             const char  *privilege,
                                             const char  *table,
                                             const char  *column);
gboolean    kez_store_reads_personal_data   (KezStore    *self);
void        kez_store_forget_grants         (KezStore    *self);

G_END_DECLS
