/* kez-backup-restore.c
 *
 * Backups as the open database sees them: those that are its own (its identity), and one of
 * them put back into it through SQLite's online backup API, after a copy of the state being
 * replaced, so a restore can itself be undone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-backup"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-backup-private.h"
#include "kez-backup-restore.h"
#include "kez-db-engine.h"
#include "kez-store-private.h"

/**
 * kez_backup_list_of_store:
 *
 * Returns: (transfer full) (element-type KezBackup): the backups of the open database, newest
 *   first: named after it, and carrying its identity (or none, when made before identities)
 */
GPtrArray *
kez_backup_list_of_store (KezStore *store)
{
  GPtrArray *backups;
  g_autofree char *identity = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  backups = kez_backup_list (kez_store_get_path (store));
  identity = kez_store_dup_identity (store);
  for (guint i = backups->len; i > 0; i--)
    {
      KezBackup *backup = g_ptr_array_index (backups, i - 1);

      backup->identity = kez_backup_identity (backup->path);
      if (identity != NULL && backup->identity != NULL &&
          g_strcmp0 (identity, backup->identity) != 0)
        g_ptr_array_remove_index (backups, i - 1);
    }
  return backups;
}

/**
 * kez_backup_restore:
 *
 * Puts @backup back into the open database, after a backup of what it replaces. A backup
 * from before an upgrade is upgraded again after it is put back.
 */
gboolean
kez_backup_restore (KezStore    *store,
                    const char  *backup,
                    GError     **error)
{
  g_autofree char *safety = NULL;
  sqlite3 *from = NULL;
  gboolean done;

  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  /* Never another database's data into this one. */
  ours = kez_store_dup_identity (store);
  theirs = kez_backup_identity (backup);
  if (ours != NULL && theirs != NULL && g_strcmp0 (ours, theirs) != 0)
    {
      g_autofree char *name = g_path_get_basename (backup);

      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED,
                   /* Translators: %1$s is a file name */
                   _("The backup “%1$s” is of another database: it is not put back"), name);
      return FALSE;
    }
  if (sqlite3_open_v2 (backup, &from, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      sqlite3_exec (from, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_autofree char *name = g_path_get_basename (backup);

      sqlite3_close (from);
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CORRUPT,
                   /* Translators: %1$s is a file name */
                   _("The backup “%1$s” cannot be read"), name);
      return FALSE;
    }
  if (!(safety = kez_backup_make (kez_store_get_path (store), "before-restore", error)))
    {
      sqlite3_close (from);
      return FALSE;
    }
  done = kez_backup_copy_database (from, kez_db_sqlite_handle (kez_store_get_db (store)), error);
  sqlite3_close (from);
  if (!done || !kez_store_migrate_to_latest (store, error))
    return FALSE;
  kez_store_emit_changed (store, "meetings");
  kez_store_emit_changed (store, "questions");
  kez_store_emit_changed (store, "problems");
  kez_store_emit_changed (store, "actions");
  return TRUE;
}
