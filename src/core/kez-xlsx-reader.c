/* kez-xlsx-reader.c
 *
 * An .xlsx file is a zip of XML documents: libarchive opens the zip, libxml2 parses the shared
 * strings and the first worksheet, and the cells come back as text (a shared string resolved,
 * an inline string, or a number as written). Enough to read back the workbooks this app
 * writes; anything that is not such a zip, or lacks a first worksheet, is refused with a
 * clear error. Entries are read with a size limit, and the XML parser fetches nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-xlsx-reader"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

#include "kez-xlsx-reader.h"

/* No sheet this app writes comes near it; a zip bomb does. */
#define MAX_ENTRY_SIZE (64 * 1024 * 1024)

struct _KezXlsxSheet
{
  GHashTable *cells;  /* row << 16 | column → text */
  guint       n_rows;
};

static void
set_not_a_workbook (GError     **error,
                    const char  *path)
{
  g_autofree char *name = g_path_get_basename (path);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: %1$s is a file name */
               _("“%1$s” is not an Excel workbook (.xlsx)"), name);
}

static GBytes *
read_entry (struct archive *archive,
            gint64          size)
{
  GByteArray *data = g_byte_array_new ();
  guint8 buffer[16384];
  la_ssize_t n;

  while ((n = archive_read_data (archive, buffer, sizeof buffer)) > 0)
    {
      if (data->len + n > MAX_ENTRY_SIZE)
        {
          g_byte_array_unref (data);
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }
  if (n < 0)
    {
      g_byte_array_unref (data);
      return NULL;
    }
  return g_byte_array_free_to_bytes (data);
}

static xmlNode *
child (xmlNode    *node,
       const char *name)
{
  for (xmlNode *c = node != NULL ? node->children : NULL; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && g_str_equal ((const char *) c->name, name))
      return c;
  return NULL;
}

/* Every <t> under @node, in order: a rich-text string is split into runs. */
static void
collect_text (xmlNode *node,
              GString *text)
{
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (g_str_equal ((const char *) c->name, "t"))
        {
          xmlChar *content = xmlNodeGetContent (c);

          g_string_append (text, (const char *) content);
          xmlFree (content);
        }
      else
        collect_text (c, text);
    }
}

static xmlDoc *
parse (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length > G_MAXINT)
    return NULL;
  return xmlReadMemory (data, (int) length, NULL, NULL, XML_PARSE_NONET);
}

static GPtrArray *
read_shared_strings (GBytes *bytes)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  xmlDoc *doc = bytes != NULL ? parse (bytes) : NULL;
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

  for (xmlNode *si = root != NULL ? root->children : NULL; si != NULL; si = si->next)
    if (si->type == XML_ELEMENT_NODE && g_str_equal ((const char *) si->name, "si"))
      {
        GString *text = g_string_new (NULL);

        collect_text (si, text);
        g_ptr_array_add (strings, g_string_free (text, FALSE));
      }
  if (doc != NULL)
    xmlFreeDoc (doc);
  return strings;
}

/* "BC12" → row 11, column 54 (from 0) */
static gboolean
parse_reference (const char *reference,
                 guint      *row,
                 guint      *column)
{
  guint col = 0, r = 0;
  const char *p = reference;

  for (; g_ascii_isupper (*p); p++)
    col = col * 26 + (*p - 'A' + 1);
  for (; g_ascii_isdigit (*p); p++)
    r = r * 10 + (*p - '0');
  if (*p != '\0' || col == 0 || r == 0 || col > 0xFFFF || r > 0xFFFF)
    return FALSE;
  *row = r - 1;
  *column = col - 1;
  return TRUE;
}

static gboolean
read_sheet (KezXlsxSheet *self,
            GBytes       *bytes,
            GPtrArray    *strings)
{
  xmlDoc *doc = parse (bytes);
  xmlNode *data = doc != NULL ? child (xmlDocGetRootElement (doc), "sheetData") : NULL;

  if (data == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      return FALSE;
    }
  for (xmlNode *row = data->children; row != NULL; row = row->next)
    for (xmlNode *cell = row->type == XML_ELEMENT_NODE ? row->children : NULL; cell != NULL;
         cell = cell->next)
      {
        xmlChar *reference = NULL, *type = NULL;
        guint r, c;

        if (cell->type != XML_ELEMENT_NODE || !g_str_equal ((const char *) cell->name, "c"))
          continue;
        reference = xmlGetProp (cell, (const xmlChar *) "r");
        type = xmlGetProp (cell, (const xmlChar *) "t");
        if (reference != NULL && parse_reference ((const char *) reference, &r, &c))
          {
            g_autofree char *text = NULL;
            xmlNode *value = child (cell, "v");
            xmlChar *content = value != NULL ? xmlNodeGetContent (value) : NULL;

            if (type != NULL && g_str_equal ((const char *) type, "s") && content != NULL)
              {
                guint64 index = g_ascii_strtoull ((const char *) content, NULL, 10);

                if (index < strings->len)
                  text = g_strdup (g_ptr_array_index (strings, index));
              }
            else if (type != NULL && g_str_equal ((const char *) type, "inlineStr"))
              {
                GString *inline_text = g_string_new (NULL);

                if (child (cell, "is") != NULL)
                  collect_text (child (cell, "is"), inline_text);
                text = g_string_free (inline_text, FALSE);
              }
            else if (content != NULL)
              text = g_strdup ((const char *) content);
            if (content != NULL)
              xmlFree (content);
            if (text != NULL && text[0] != '\0')
              {
                g_hash_table_insert (self->cells, GUINT_TO_POINTER (r << 16 | c),
                                     g_steal_pointer (&text));
                self->n_rows = MAX (self->n_rows, r + 1);
              }
          }
        if (reference != NULL)
          xmlFree (reference);
        if (type != NULL)
          xmlFree (type);
      }
  xmlFreeDoc (doc);
  return TRUE;
}

/**
 * kez_xlsx_sheet_read_data:
 * @name: the file's name, for messages
 *
 * Returns: (transfer full): the first worksheet's cells, or %NULL with @error set
 */
KezXlsxSheet *
kez_xlsx_sheet_read_data (const void  *data,
                          gsize        length,
                          const char  *name,
                          GError     **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  g_autoptr(GBytes) shared = NULL;
  g_autoptr(GBytes) sheet = NULL;
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(KezXlsxSheet) self = NULL;
  gboolean broken = FALSE;

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    {
      set_not_a_workbook (error, name);
      archive_read_free (archive);
      return NULL;
    }
  while (!broken && archive_read_next_header (archive, &entry) == ARCHIVE_OK)
    {
      const char *entry_name = archive_entry_pathname (entry);

      /* A zip may name an entry twice; a workbook does not (found by fuzzing: the first
       * copy leaked). */
      if (g_strcmp0 (entry_name, "xl/sharedStrings.xml") == 0)
        broken = shared != NULL || !(shared = read_entry (archive, archive_entry_size (entry)));
      else if (g_strcmp0 (entry_name, "xl/worksheets/sheet1.xml") == 0)
        broken = sheet != NULL || !(sheet = read_entry (archive, archive_entry_size (entry)));
    }
  archive_read_free (archive);

  if (broken || sheet == NULL)
    {
      set_not_a_workbook (error, name);
      return NULL;
    }
  strings = read_shared_strings (shared);
  self = g_new0 (KezXlsxSheet, 1);
  self->cells = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  if (!read_sheet (self, sheet, strings))
    {
      set_not_a_workbook (error, name);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * kez_xlsx_sheet_read:
 *
 * Returns: (transfer full): the first worksheet's cells, or %NULL with @error set
 */
KezXlsxSheet *
kez_xlsx_sheet_read (const char  *path,
                     GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %1$s is a file name */
                   _("There is no file “%1$s”"), path);
      return NULL;
    }
  return kez_xlsx_sheet_read_data (contents, length, path, error);
}

/* Returns: the cell's text, or %NULL when it is empty */
const char *
kez_xlsx_sheet_get (KezXlsxSheet *self,
                    guint         row,
                    guint         column)
{
  if (row > 0xFFFF || column > 0xFFFF)
    return NULL;
  return g_hash_table_lookup (self->cells, GUINT_TO_POINTER (row << 16 | column));
}

guint
kez_xlsx_sheet_get_n_rows (KezXlsxSheet *self)
{
  return self->n_rows;
}

void
kez_xlsx_sheet_free (KezXlsxSheet *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_free (self);
}
