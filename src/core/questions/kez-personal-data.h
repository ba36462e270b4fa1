/* kez-personal-data.h: citizens' personal data purged everywhere they live
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint      n_receptions; /* citizens received whose data were emptied */
  guint      n_questions;  /* questions whose author and contact were emptied */
  gboolean   log_cleared;  /* the write-ahead log was emptied too */
  GPtrArray *backups;      /* KezBackup made before the purge: they still hold the data */
} KezPurgeResult;

gboolean kez_personal_data_purge        (KezStore        *store,
                                         guint            months,
                                         KezPurgeResult  *result,
                                         GError         **error);
gboolean kez_personal_data_purge_backup (const char      *backup,
                                         guint            months,
                                         GError         **error);
void     kez_purge_result_clear         (KezPurgeResult  *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KezPurgeResult, kez_purge_result_clear)

G_END_DECLS
