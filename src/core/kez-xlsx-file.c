/* kez-xlsx-file.c
 *
 * The workbook is written under a temporary name beside the target and renamed over it only
 * when libxlsxwriter reports success, so a full disk or a crash never leaves a half-written
 * file, nor destroys an older one of the same name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-xlsx-file"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <fcntl.h>
#include <locale.h>

#include "kez-xlsx-file.h"

struct _KezXlsxFile
{
  char         *path;
  char         *temporary_path;
  lxw_workbook *workbook;
  locale_t      c_numbers;
  locale_t      previous;
};

/* libxlsxwriter prints numbers with the C library, which follows the locale: in Russian or
 * Kazakh a column width would be written "8,43", and Excel and openpyxl refuse the file. The
 * thread writing a workbook uses C's numbers until the file is closed; uselocale() is per
 * thread, so the rest of the program keeps its own. */
static void
use_c_numbers (KezXlsxFile *self)
{
  locale_t current = duplocale (uselocale ((locale_t) 0));

  self->c_numbers = newlocale (LC_NUMERIC_MASK, "C", current);
  if (self->c_numbers == (locale_t) 0)
    {
      freelocale (current);
      return;
    }
  self->previous = uselocale (self->c_numbers);
}

static void
restore_numbers (KezXlsxFile *self)
{
  if (self->c_numbers == (locale_t) 0)
    return;
  uselocale (self->previous);
  freelocale (self->c_numbers);
  self->c_numbers = (locale_t) 0;
}

static KezXlsxFile *
file_new (const char  *path,
          gboolean     streaming,
          GError     **error)
{
  g_autoptr(KezXlsxFile) self = g_new0 (KezXlsxFile, 1);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", base);
  lxw_workbook_options options = { .constant_memory = streaming ? LXW_TRUE : LXW_FALSE,
                                   .tmpdir = NULL };
  int fd;

  self->path = g_strdup (path);
  self->temporary_path = g_build_filename (dir, template, NULL);
  fd = g_mkstemp_full (self->temporary_path, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_clear_pointer (&self->temporary_path, g_free);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %1$s is a folder, %2$s the system's reason */
                   _("Cannot write in “%1$s”: %2$s"), dir, g_strerror (saved_errno));
      return NULL;
    }
  g_close (fd, NULL);

  /* libxlsxwriter's own temporary files go beside the result too, not into a small /tmp. */
  options.tmpdir = dir;
  use_c_numbers (self);
  self->workbook = workbook_new_opt (self->temporary_path, &options);
  if (self->workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %1$s is a file name */
                   _("Cannot create the workbook “%1$s”"), path);
      return NULL;
    }
  return g_steal_pointer (&self);
}

KezXlsxFile *
kez_xlsx_file_new (const char  *path,
                   GError     **error)
{
  return file_new (path, FALSE, error);
}

/* For long tables: each row goes to disk once the next is begun, so memory stays flat
 * whatever the number of rows; rows must be written in order. */
KezXlsxFile *
kez_xlsx_file_new_streaming (const char  *path,
                             GError     **error)
{
  return file_new (path, TRUE, error);
}

lxw_workbook *
kez_xlsx_file_get_workbook (KezXlsxFile *self)
{
  return self->workbook;
}

/* The file's final name. */
const char *
kez_xlsx_file_get_path (KezXlsxFile *self)
{
  return self->path;
}

gboolean
kez_xlsx_file_finish (KezXlsxFile  *self,
                      GError      **error)
{
  lxw_error result = workbook_close (g_steal_pointer (&self->workbook));

  restore_numbers (self);

  if (result != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %1$s is a file name, %2$s the library's reason */
                   _("The workbook “%1$s” could not be written: %2$s. Nothing was saved."),
                   self->path, lxw_strerror (result));
      return FALSE;
    }
  if (g_rename (self->temporary_path, self->path) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("Cannot save “%1$s”: %2$s"), self->path, g_strerror (saved_errno));
      return FALSE;
    }
  g_clear_pointer (&self->temporary_path, g_free);
  return TRUE;
}

void
kez_xlsx_file_free (KezXlsxFile *self)
{
  if (self->workbook != NULL)
    {
      /* Abandoned: close to free it, then throw the partial file away. */
      workbook_close (self->workbook);
    }
  restore_numbers (self);
  if (self->temporary_path != NULL)
    g_unlink (self->temporary_path);
  g_free (self->temporary_path);
  g_free (self->path);
  g_free (self);
}
