/* kez-backup-private.h: SQLite's online copy, for the backups' two halves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "kez-backup.h"

G_BEGIN_DECLS

gboolean kez_backup_copy_database (sqlite3  *from,
                                   sqlite3  *to,
                                   GError  **error);

G_END_DECLS
