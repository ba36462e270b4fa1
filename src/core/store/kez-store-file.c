/* kez-store-file.c
 *
 * A desk's store is a file that holds citizens' personal data: made private to its owner
 * before SQLite opens it. (A server's files are its operators'.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kez-store-file.h"

/* The file holds citizens' personal data: only its owner may read it. SQLite gives the -wal
 * and -shm files the same mode as the database, so creating it 0600 covers all three. */
gboolean
kez_store_file_make_private (const char  *path,
                             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_OPEN,
                   /* Translators: %1$s is a folder, %2$s the system's reason */
                   _("Cannot create the folder “%1$s”: %2$s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd >= 0)
    return g_close (fd, error);

  /* lstat: a symbolic link is refused, never followed, and nothing of its target changed. */
  if (errno == EEXIST && g_lstat (path, &st) == 0)
    {
      if (S_ISLNK (st.st_mode))
        {
          g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_OPEN,
                       /* Translators: %1$s is a file name */
                       _("“%1$s” is a symbolic link: open the database it points to by its own "
                         "name"), path);
          return FALSE;
        }
      /* Another owner's file is theirs to protect: its mode is left as it is. */
      if ((st.st_mode & 077) != 0 && st.st_uid == getuid () &&
          g_chmod (path, st.st_mode & 0700) != 0)
        g_warning ("Could not make %s private: %s", path, g_strerror (errno));
      return TRUE;
    }

  {
    int saved_errno = errno;
    g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_OPEN,
                 /* Translators: %1$s is a file name, %2$s the system's reason */
                 _("Cannot create “%1$s”: %2$s"), path, g_strerror (saved_errno));
  }
  return FALSE;
}
