/* kez-publication-pdf.c
 *
 * A publication as a PDF on A4: cairo embeds the subset of every font it draws with, so the
 * file reads the same on any computer; the document's title and author (the body) are in its
 * properties. The file appears whole or not at all (kez-output-file.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-publication-pdf"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <unistd.h>

#include <cairo-pdf.h>

#include "kez-output-file.h"
#include "kez-publication-pages.h"

typedef struct
{
  int fd;
  int error;  /* the first write's errno that failed, or 0 */
} Sink;

static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0 && sink->error == 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          sink->error = written < 0 ? errno : ENOSPC;
          break;
        }
      data += written;
      length -= written;
    }
  return sink->error == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

gboolean
kez_publication_write_pdf (KezPublication  *self,
                           const char      *path,
                           GError         **error)
{
  g_autoptr(KezOutputFile) output = kez_output_file_new (path, error);
  const KezPublicationPart *first;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  Sink sink = { -1, 0 };
  double width = self->landscape ? KEZ_PUBLICATION_PAGE_HEIGHT : KEZ_PUBLICATION_PAGE_WIDTH;
  double height = self->landscape ? KEZ_PUBLICATION_PAGE_WIDTH : KEZ_PUBLICATION_PAGE_HEIGHT;
  guint n_pages;

  g_return_val_if_fail (self->parts->len > 0, FALSE);

  if (output == NULL)
    return FALSE;
  first = g_ptr_array_index (self->parts, 0);
  sink.fd = kez_output_file_get_fd (output);
  surface = cairo_pdf_surface_create_for_stream (write_to_fd, &sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, first->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, first->issuer);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Kezdesu");
  cr = cairo_create (surface);
  n_pages = kez_publication_count_pages (self, cr, width, height);
  kez_publication_draw_all (self, cr, width, height, n_pages);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != 0 || status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (sink.error != 0 ? sink.error : EIO),
                   /* Translators: %1$s is a file name, %2$s the reason */
                   _("The document “%1$s” could not be written: %2$s. Nothing was saved."),
                   path, sink.error != 0 ? g_strerror (sink.error)
                                         : _("its pages could not be drawn"));
      return FALSE;
    }
  return kez_output_file_commit (output, error);
}
