/* kez-store.h: the one SQLite file that holds a ministry's year of work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-types.h"
#include "kez-rule-set.h"

G_BEGIN_DECLS

#define KEZ_TYPE_STORE (kez_store_get_type ())
#define KEZ_STORE_ERROR (kez_store_error_quark ())

G_DECLARE_FINAL_TYPE (KezStore, kez_store, KEZ, STORE, GObject)

typedef enum
{
  KEZ_STORE_ERROR_OPEN,       /* the file cannot be opened or created */
  KEZ_STORE_ERROR_CORRUPT,    /* the file is not a database, or is damaged */
  KEZ_STORE_ERROR_TOO_NEW,    /* written by a newer Kezdesu */
  KEZ_STORE_ERROR_DISK_FULL,
  KEZ_STORE_ERROR_BUSY,       /* another program holds the file */
  KEZ_STORE_ERROR_CONSTRAINT, /* the change breaks a rule of the data */
  KEZ_STORE_ERROR_FAILED,
  KEZ_STORE_ERROR_UNREACHABLE, /* the team server cannot be reached now */
  KEZ_STORE_ERROR_PASSWORD,    /* the team server asks for a password, or refused it */
} KezStoreError;

GQuark      kez_store_error_quark           (void);
char       *kez_store_default_path          (void);
int         kez_store_latest_schema_version (void);
KezStore   *kez_store_open                  (const char  *path,
                                             GError     **error);
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

G_END_DECLS
