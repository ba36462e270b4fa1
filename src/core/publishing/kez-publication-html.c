/* kez-publication-html.c
 *
 * A publication as a web page a website's editor can paste into the ministry's site: plain
 * semantic HTML (headings, a description list for the facts, tables with their header cells
 * scoped), each language's document an <article> with its lang, no script, no style sheet
 * or image to fetch, so the site's own look applies and nothing reaches outside. The file
 * appears whole or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-publication-html"

#include "config.h"

#include <gio/gio.h>
#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "kez-output-file.h"
#include "kez-publication.h"

static const char *
language_code (KezLanguage language)
{
  return language == KEZ_LANGUAGE_KK ? "kk" : "ru";
}

/* The text escaped, its line feeds as line breaks. */
static void
append_text (GString    *html,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (lines[i], -1);

      if (i > 0)
        g_string_append (html, "<br>");
      g_string_append (html, escaped);
    }
}

static void
append_element (GString    *html,
                const char *indent,
                const char *tag,
                const char *text)
{
  g_string_append_printf (html, "%s<%s>", indent, tag);
  append_text (html, text);
  g_string_append_printf (html, "</%s>\n", tag);
}

static void
append_table (GString        *html,
              const KezBlock *block)
{
  g_string_append (html, "    <table>\n      <thead>\n        <tr>");
  for (guint c = 0; c < block->n_columns; c++)
    {
      g_string_append (html, "<th scope=\"col\">");
      append_text (html, kez_block_get_cell (block, 0, c));
      g_string_append (html, "</th>");
    }
  g_string_append (html, "</tr>\n      </thead>\n      <tbody>\n");
  for (guint r = 1; r < kez_block_get_n_rows (block); r++)
    {
      g_string_append (html, "        <tr>");
      for (guint c = 0; c < block->n_columns; c++)
        {
          g_string_append (html, "<td>");
          append_text (html, kez_block_get_cell (block, r, c));
          g_string_append (html, "</td>");
        }
      g_string_append (html, "</tr>\n");
    }
  g_string_append (html, "      </tbody>\n    </table>\n");
}

static void
append_facts (GString        *html,
              const KezBlock *block)
{
  g_string_append (html, "    <dl>\n");
  for (guint r = 0; r < kez_block_get_n_rows (block); r++)
    {
      append_element (html, "      ", "dt", kez_block_get_cell (block, r, 0));
      append_element (html, "      ", "dd", kez_block_get_cell (block, r, 1));
    }
  g_string_append (html, "    </dl>\n");
}

static void
append_part (GString                  *html,
             const KezPublicationPart *part)
{
  g_string_append_printf (html, "  <article lang=\"%s\">\n", language_code (part->language));
  append_element (html, "    ", "h1", part->title);
  if (part->subtitle != NULL)
    append_element (html, "    ", "p", part->subtitle);
  g_string_append (html, "    <p>");
  append_text (html, part->issuer);
  g_string_append (html, ", ");
  append_text (html, part->date);
  g_string_append (html, "</p>\n");
  for (guint b = 0; b < part->blocks->len; b++)
    {
      const KezBlock *block = g_ptr_array_index (part->blocks, b);

      switch (block->kind)
        {
        case KEZ_BLOCK_HEADING:
          append_element (html, "    ", "h2", block->text);
          break;
        case KEZ_BLOCK_PARAGRAPH:
          append_element (html, "    ", "p", block->text);
          break;
        case KEZ_BLOCK_FACTS:
          append_facts (html, block);
          break;
        case KEZ_BLOCK_TABLE:
          append_table (html, block);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_string_append (html, "  </article>\n");
}

char *
kez_publication_to_html (KezPublication *self)
{
  const KezPublicationPart *first = g_ptr_array_index (self->parts, 0);
  GString *html = g_string_new ("<!DOCTYPE html>\n");

  g_string_append_printf (html, "<html lang=\"%s\">\n<head>\n  <meta charset=\"utf-8\">\n",
                          language_code (first->language));
  append_element (html, "  ", "title", first->title);
  g_string_append (html, "</head>\n<body>\n");
  for (guint p = 0; p < self->parts->len; p++)
    append_part (html, g_ptr_array_index (self->parts, p));
  g_string_append (html, "</body>\n</html>\n");
  return g_string_free (html, FALSE);
}

gboolean
kez_publication_write_html (KezPublication  *self,
                            const char      *path,
                            GError         **error)
{
  g_autoptr(KezOutputFile) output = kez_output_file_new (path, error);
  g_autofree char *html = NULL;
  g_autoptr(GOutputStream) stream = NULL;

  g_return_val_if_fail (self->parts->len > 0, FALSE);

  if (output == NULL)
    return FALSE;
  html = kez_publication_to_html (self);
  stream = g_unix_output_stream_new (kez_output_file_get_fd (output), FALSE);
  if (!g_output_stream_write_all (stream, html, strlen (html), NULL, NULL, error))
    return FALSE;
  return kez_output_file_commit (output, error);
}
