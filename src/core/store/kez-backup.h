/* kez-backup.h: copies of the database, made while it is in use, and putting one back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>


G_BEGIN_DECLS

typedef struct
{
  char      *path;
  GDateTime *made;    /* local time, from the file's name */
  char      *reason;  /* "daily", "before-v4", "before-restore" */
  goffset    size;
  char      *identity; /* the database it was made of, when known */
} KezBackup;

char      *kez_backup_folder  (const char  *database);
char      *kez_backup_make    (const char  *database,
                               const char  *reason,
                               GError     **error);
gboolean   kez_backup_daily   (const char  *database,
                               guint        keep,
                               GError     **error);
GPtrArray *kez_backup_list    (const char  *database);
char      *kez_backup_identity (const char *path);
void       kez_backup_prune   (const char  *database,
                               guint        keep);
gboolean   kez_backup_recover (const char  *database,
                               const char  *backup,
                               char       **damaged,
                               GError     **error);
void       kez_backup_free    (KezBackup   *backup);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezBackup, kez_backup_free)

G_END_DECLS
