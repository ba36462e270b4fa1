/* kez-output-file.c
 *
 * What the app writes for others (workbooks, documents, calendars) appears under its name
 * whole or not at all, readable by its owner only: it may hold citizens' names. The file is
 * made with O_TMPFILE, an inode without a name, so that a kill or a power cut in the middle
 * leaves nothing behind; writers that want a path write to /proc/self/fd/N. Once the writer is
 * done the data goes to the disk (fsync), the file gets a hidden name beside the target and is
 * renamed over it, and the folder is synced so that the rename survives too. Where O_TMPFILE is
 * not available (some network file systems, the sandbox's document portal) a hidden 0600 file
 * takes its place and is removed on failure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-output-file"

#include "config.h"

/* O_TMPFILE and linkat()'s AT_SYMLINK_FOLLOW are Linux's. */
#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "kez-output-file.h"

struct _KezOutputFile
{
  char     *path;        /* the name it gets when whole */
  char     *dir;
  int       fd;
  char     *write_path;  /* where a writer opens it */
  char     *temp_path;   /* the hidden name, or NULL while it has none */
  gboolean  committed;
};

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               /* Translators: %1$s is a file name, %2$s the system's reason */
               _("Cannot save “%1$s”: %2$s. Nothing was saved."), path,
               g_strerror (saved_errno));
  return FALSE;
}

static char *
hidden_name (const char *dir,
             const char *path)
{
  g_autofree char *base = g_path_get_basename (path);

  return g_strdup_printf ("%s/.%s.%08x", dir, base, g_random_int ());
}

/**
 * kez_output_file_new:
 *
 * Returns: (transfer full): a file to write, without a name yet, or %NULL with @error set
 *   when its folder cannot be written in
 */
KezOutputFile *
kez_output_file_new (const char  *path,
                     GError     **error)
{
  g_autoptr(KezOutputFile) self = g_new0 (KezOutputFile, 1);

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  self->dir = g_path_get_dirname (path);
  self->fd = -1;
#ifdef O_TMPFILE
  self->fd = open (self->dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (self->fd >= 0)
    {
      self->write_path = g_strdup_printf ("/proc/self/fd/%d", self->fd);
      if (access (self->write_path, W_OK) != 0)
        {
          g_close (self->fd, NULL);
          self->fd = -1;
          g_clear_pointer (&self->write_path, g_free);
        }
    }
#endif
  if (self->fd < 0)
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *template = g_strdup_printf ("%s/.%s.XXXXXX", self->dir, base);

      self->fd = g_mkstemp_full (template, O_RDWR | O_CLOEXEC, 0600);
      if (self->fd < 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       /* Translators: %1$s is a folder, %2$s the system's reason */
                       _("Cannot write in “%1$s”: %2$s"), self->dir, g_strerror (saved_errno));
          return NULL;
        }
      self->temp_path = g_steal_pointer (&template);
      self->write_path = g_strdup (self->temp_path);
    }
  return g_steal_pointer (&self);
}

const char *
kez_output_file_get_path (KezOutputFile *self)
{
  return self->path;
}

/* Where a writer that wants a file name opens the file. */
const char *
kez_output_file_get_write_path (KezOutputFile *self)
{
  return self->write_path;
}

int
kez_output_file_get_fd (KezOutputFile *self)
{
  return self->fd;
}

/* A name for the nameless file, beside the target. */
static gboolean
give_hidden_name (KezOutputFile  *self,
                  GError        **error)
{
  for (int attempt = 0; attempt < 10; attempt++)
    {
      g_autofree char *name = hidden_name (self->dir, self->path);

      if (linkat (AT_FDCWD, self->write_path, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0)
        {
          self->temp_path = g_steal_pointer (&name);
          return TRUE;
        }
      if (errno != EEXIST)
        return set_errno_error (error, errno, self->path);
    }
  return set_errno_error (error, EEXIST, self->path);
}

/**
 * kez_output_file_commit:
 *
 * Puts the written file on the disk and under its name, replacing an older file of that name
 * only now. On failure the older file is as it was.
 */
gboolean
kez_output_file_commit (KezOutputFile  *self,
                        GError        **error)
{
  int dir_fd;

  g_return_val_if_fail (!self->committed, FALSE);

  if (fsync (self->fd) != 0)
    return set_errno_error (error, errno, self->path);
  if (self->temp_path == NULL && !give_hidden_name (self, error))
    return FALSE;
  if (g_rename (self->temp_path, self->path) != 0)
    return set_errno_error (error, errno, self->path);
  g_clear_pointer (&self->temp_path, g_free);
  self->committed = TRUE;

  /* The new name on the disk too: without it a power cut could bring the old file back. */
  dir_fd = open (self->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;
}

void
kez_output_file_free (KezOutputFile *self)
{
  if (self->fd >= 0)
    close (self->fd);
  if (self->temp_path != NULL && !self->committed)
    g_unlink (self->temp_path);
  g_free (self->temp_path);
  g_free (self->write_path);
  g_free (self->dir);
  g_free (self->path);
  g_free (self);
}
