/* kez-backup.c
 *
 * A ministry's year of work lives in one file. A copy is made with SQLite's online backup API
 * (consistent even while the app writes) at most once a day and before every upgrade of the
 * schema, into "backups" beside the database, each file 0600 like the database itself, the
 * last N kept. Putting one back into the open database is kez-backup-restore.c's; these
 * copies of the file need no store, which makes one before an upgrade.
 *
 * Backups belong to their database, not to its folder: a folder may hold several (a planner
 * with a database per year, an authorised body with one per ministry). Each backup's name
 * starts with its database's name, and it carries the database's identity (the table
 * database_identity, copied with the rest); a list or a restore takes only the backups whose
 * identity is the open database's, so another ministry's data can never be put in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kez-backup-private.h"
#include "kez-store-error.h"

#define DAY (24 * G_TIME_SPAN_HOUR)

void
kez_backup_free (KezBackup *backup)
{
  if (backup == NULL)
    return;
  g_free (backup->path);
  g_clear_pointer (&backup->made, g_date_time_unref);
  g_free (backup->reason);
  g_free (backup->identity);
  g_free (backup);
}

/* "kezdesu-" for kezdesu.db: what the names of a database's backups start with. */
static char *
prefix_of (const char *database)
{
  g_autofree char *base = g_path_get_basename (database);
  char *dot = g_str_has_suffix (base, ".db") ? base + strlen (base) - 3 : NULL;

  if (dot != NULL)
    *dot = '\0';
  return g_strconcat (base, "-", NULL);
}

/**
 * kez_backup_identity:
 *
 * Returns: (transfer full) (nullable): the identity a database file carries, or %NULL when
 *   it has none (made before Kezdesu kept one) or cannot be read
 */
char *
kez_backup_identity (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *identity = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT uuid FROM database_identity WHERE id = 1", -1, &stmt,
                          NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    identity = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);
  return identity;
}

char *
kez_backup_folder (const char *database)
{
  g_autofree char *dir = g_path_get_dirname (database);

  return g_build_filename (dir, "backups", NULL);
}

/* Copies @from into @to, page by page while both stay open (SQLite's online backup). */
gboolean
kez_backup_copy_database (sqlite3     *from,
                          sqlite3     *to,
                          GError     **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (to, "main", from, "main");
  int rc;

  if (backup == NULL)
    {
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED, "%s", sqlite3_errmsg (to));
      return FALSE;
    }
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, KEZ_STORE_ERROR,
                   rc == SQLITE_FULL ? KEZ_STORE_ERROR_DISK_FULL : KEZ_STORE_ERROR_FAILED,
                   "%s", sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

/**
 * kez_backup_make:
 * @reason: a word for the file's name: "daily", "before-v4"
 *
 * Copies @database, through a connection of its own, into its backups folder.
 *
 * Returns: (transfer full): the copy's path, or %NULL with @error set
 */
char *
kez_backup_make (const char  *database,
                 const char  *reason,
                 GError     **error)
{
  g_autofree char *folder = kez_backup_folder (database);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *prefix = prefix_of (database);
  g_autofree char *name = g_strdup_printf ("%s%s-%s.db", prefix, stamp, reason);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  /* Written under another name and renamed when whole: a copy cut short by a killed process
   * is never taken for a backup. */
  g_autofree char *partial = g_strconcat (path, ".part", NULL);
  sqlite3 *from = NULL, *to = NULL;
  gboolean done = FALSE;
  int fd;

  if (g_mkdir_with_parents (folder, 0700) != 0 ||
      (fd = g_open (partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("Cannot make the backup “%1$s”: %2$s"), path, g_strerror (saved_errno));
      return NULL;
    }
  g_close (fd, NULL);

  if (sqlite3_open_v2 (database, &from, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_open_v2 (partial, &to, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (from, 5000);
      done = kez_backup_copy_database (from, to, error);
    }
  else if (error != NULL && *error == NULL)
    g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED, "%s",
                 sqlite3_errmsg (to != NULL ? to : from));
  sqlite3_close (from);
  sqlite3_close (to);
  if (done && g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot make the backup “%1$s”: %2$s"), path, g_strerror (saved_errno));
      done = FALSE;
    }
  if (!done)
    {
      g_unlink (partial);
      return NULL;
    }
  return g_steal_pointer (&path);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const KezBackup *x = *(KezBackup **) a, *y = *(KezBackup **) b;

  return g_strcmp0 (y->path, x->path);
}

/**
 * kez_backup_list:
 *
 * Returns: (transfer full) (element-type KezBackup): the backups named after @database,
 *   newest first (for a database that cannot be opened; an open one lists with
 *   kez_backup_list_of_store(), which also checks their identity)
 */
GPtrArray *
kez_backup_list (const char *database)
{
  g_autofree char *prefix = prefix_of (database);
  GPtrArray *backups = g_ptr_array_new_with_free_func ((GDestroyNotify) kez_backup_free);
  g_autofree char *folder = kez_backup_folder (database);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      int y, mo, d, h, mi, s, consumed = 0;
      g_autofree char *path = NULL;
      KezBackup *backup;
      GStatBuf st;

      if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".db") ||
          sscanf (name + strlen (prefix), "%4d%2d%2d-%2d%2d%2d-%n", &y, &mo, &d, &h, &mi, &s,
                  &consumed) != 6 || consumed == 0)
        continue;
      consumed += strlen (prefix);
      path = g_build_filename (folder, name, NULL);
      if (g_stat (path, &st) != 0)
        continue;
      backup = g_new0 (KezBackup, 1);
      backup->path = g_steal_pointer (&path);
      backup->made = g_date_time_new (local, y, mo, d, h, mi, s);
      backup->reason = g_strndup (name + consumed, strlen (name + consumed) - 3);
      backup->size = st.st_size;
      if (backup->made == NULL)
        kez_backup_free (backup);
      else
        g_ptr_array_add (backups, backup);
    }
  g_ptr_array_sort (backups, compare_newest_first);
  return backups;
}

/* Keeps the @keep newest. */
void
kez_backup_prune (const char *database,
                  guint       keep)
{
  g_autoptr(GPtrArray) backups = kez_backup_list (database);

  for (guint i = keep; i < backups->len; i++)
    g_unlink (((KezBackup *) g_ptr_array_index (backups, i))->path);
}

/**
 * kez_backup_daily:
 * @keep: how many backups to keep
 *
 * Makes a backup unless one was made in the last 24 hours, then keeps the @keep newest.
 */
gboolean
kez_backup_daily (const char  *database,
                  guint        keep,
                  GError     **error)
{
  g_autoptr(GPtrArray) backups = kez_backup_list (database);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *made = NULL;

  if (backups->len > 0 &&
      g_date_time_difference (now, ((KezBackup *) g_ptr_array_index (backups, 0))->made) < DAY)
    return TRUE;
  if (!(made = kez_backup_make (database, "daily", error)))
    return FALSE;
  kez_backup_prune (database, MAX (keep, 1));
  return TRUE;
}

/**
 * kez_backup_recover:
 * @damaged: (out) (optional): where the damaged file was moved
 *
 * For a database that cannot be opened: the damaged file (with its -wal and -shm) is moved
 * aside, never written to, and a copy of @backup takes its place.
 */
gboolean
kez_backup_recover (const char  *database,
                    const char  *backup,
                    char       **damaged,
                    GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.damaged-%s", database, stamp);
  g_autoptr(GFile) from = g_file_new_for_path (backup);
  g_autoptr(GFile) to = g_file_new_for_path (database);
  const char *suffixes[] = { "-wal", "-shm" };

  if (g_rename (database, aside) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("Cannot move the damaged “%1$s” aside: %2$s"), database,
                   g_strerror (saved_errno));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (database, suffixes[i], NULL);
      g_autofree char *moved = g_strconcat (aside, suffixes[i], NULL);

      if (g_file_test (file, G_FILE_TEST_EXISTS))
        g_rename (file, moved);
    }
  if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, error) ||
      g_chmod (database, 0600) != 0)
    {
      /* Put the damaged file back where it was: nothing lost either way. */
      g_unlink (database);
      g_rename (aside, database);
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, g_strerror (errno));
      return FALSE;
    }
  if (damaged != NULL)
    *damaged = g_steal_pointer (&aside);
  return TRUE;
}
