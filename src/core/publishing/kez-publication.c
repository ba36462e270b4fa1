/* kez-publication.c
 *
 * Decree point 3.7: a meeting's results, its problem list and its action plan are published
 * in the media and on the ministry's website within ten days, and the progress every quarter.
 * A publication is kept here as the few things such a document is made of (headings,
 * paragraphs, label-and-value facts, tables), so that one text becomes a PDF, a web page and a
 * printed page alike (kez-publication-pdf.c, kez-publication-html.c). It never holds personal
 * data: the citizens received and the questions' authors are not read into it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-publication"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-publication.h"

static void
block_free (gpointer data)
{
  KezBlock *block = data;

  g_free (block->text);
  g_clear_pointer (&block->cells, g_ptr_array_unref);
  g_clear_pointer (&block->widths, g_array_unref);
  g_free (block);
}

static void
part_free (gpointer data)
{
  KezPublicationPart *part = data;

  g_free (part->title);
  g_free (part->subtitle);
  g_free (part->issuer);
  g_free (part->date);
  g_ptr_array_unref (part->blocks);
  g_free (part);
}

/* Whether a document in @export_language has a part in @language: both has two. */
gboolean
kez_publication_language_wanted (KezExportLanguage export_language,
                                 KezLanguage       language)
{
  switch (export_language)
    {
    case KEZ_EXPORT_KK:
      return language == KEZ_LANGUAGE_KK;
    case KEZ_EXPORT_RU:
      return language == KEZ_LANGUAGE_RU;
    case KEZ_EXPORT_BOTH:
    default:
      return language == KEZ_LANGUAGE_KK || language == KEZ_LANGUAGE_RU;
    }
}

KezPublication *
kez_publication_new (void)
{
  KezPublication *self = g_new0 (KezPublication, 1);

  self->parts = g_ptr_array_new_with_free_func (part_free);
  return self;
}

void
kez_publication_free (KezPublication *self)
{
  g_ptr_array_unref (self->parts);
  g_free (self);
}

KezPublicationPart *
kez_publication_add_part (KezPublication *self,
                          KezLanguage     language,
                          const char     *title,
                          const char     *issuer)
{
  KezPublicationPart *part = g_new0 (KezPublicationPart, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  part->language = language;
  part->title = g_strdup (title);
  part->issuer = g_strdup (issuer != NULL ? issuer : "");
  part->date = g_date_time_format (now, "%d.%m.%Y");
  part->blocks = g_ptr_array_new_with_free_func (block_free);
  g_ptr_array_add (self->parts, part);
  return part;
}

static KezBlock *
add_block (KezPublicationPart *part,
           KezBlockKind        kind,
           const char         *text)
{
  KezBlock *block = g_new0 (KezBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (part->blocks, block);
  return block;
}

void
kez_publication_add_heading (KezPublicationPart *part,
                             const char         *text)
{
  add_block (part, KEZ_BLOCK_HEADING, text);
}

void
kez_publication_add_paragraph (KezPublicationPart *part,
                               const char         *text)
{
  add_block (part, KEZ_BLOCK_PARAGRAPH, text);
}

KezBlock *
kez_publication_add_facts (KezPublicationPart *part)
{
  KezBlock *block = add_block (part, KEZ_BLOCK_FACTS, NULL);

  block->n_columns = 2;
  block->cells = g_ptr_array_new_with_free_func (g_free);
  return block;
}

/* A fact without a value is left out: a published document says what is known. */
void
kez_block_add_fact (KezBlock   *facts,
                    const char *label,
                    const char *value)
{
  g_return_if_fail (facts->kind == KEZ_BLOCK_FACTS);

  if (value == NULL || *value == '\0')
    return;
  g_ptr_array_add (facts->cells, g_strdup (label));
  g_ptr_array_add (facts->cells, g_strdup (value));
}

KezBlock *
kez_publication_add_table (KezPublicationPart *part,
                           const char * const *headers,
                           const double       *widths,
                           guint               n_columns)
{
  KezBlock *block = add_block (part, KEZ_BLOCK_TABLE, NULL);

  block->n_columns = n_columns;
  block->cells = g_ptr_array_new_with_free_func (g_free);
  block->widths = g_array_new (FALSE, FALSE, sizeof (double));
  g_array_append_vals (block->widths, widths, n_columns);
  kez_block_add_row (block, headers);
  return block;
}

void
kez_block_add_row (KezBlock           *table,
                   const char * const *cells)
{
  for (guint i = 0; i < table->n_columns; i++)
    g_ptr_array_add (table->cells, g_strdup (cells[i] != NULL ? cells[i] : ""));
}

/* A table's rows count its header. */
guint
kez_block_get_n_rows (const KezBlock *block)
{
  return block->cells != NULL && block->n_columns > 0 ? block->cells->len / block->n_columns : 0;
}

const char *
kez_block_get_cell (const KezBlock *block,
                    guint           row,
                    guint           column)
{
  return g_ptr_array_index (block->cells, row * block->n_columns + column);
}

/**
 * kez_publication_write:
 * @path: a file ending in .pdf or .html
 *
 * Writes the publication in the form its name asks for.
 */
gboolean
kez_publication_write (KezPublication  *self,
                       const char      *path,
                       GError         **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    return kez_publication_write_pdf (self, path, error);
  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm"))
    return kez_publication_write_html (self, path, error);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               /* Translators: %1$s is a file name */
               _("“%1$s”: a publication is written as a PDF (.pdf) or a web page (.html)"),
               path);
  return FALSE;
}
