/* kez-backup-restore.h: the open database's backups, and putting one back into it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-backup.h"
#include "kez-store.h"

G_BEGIN_DECLS

GPtrArray *kez_backup_list_of_store (KezStore    *store);
gboolean   kez_backup_restore (KezStore    *store,
                               const char  *backup,
                               GError     **error);

G_END_DECLS
