/* kez-xlsx-reader.c
 *
 * An .xlsx file is a zip of XML documents: libarchive opens the zip, libxml2's streaming
 * reader goes through the shared strings and the worksheets, and the cells come back as text
 * (a shared string resolved, an inline string, or a number as written). Enough to read back
 * the workbooks this app writes, also after an office suite saved them again.
 *
 * A workbook comes from outside, so it is read as hostile: an entry is decompressed straight
 * into the parser, counted, and refused past a size; a document type definition (which no
 * workbook has, and whose entities can expand a few kilobytes into gigabytes) refuses the
 * file; the parser fetches nothing from the network; a cell reference is checked against
 * the size of a worksheet (1,048,576 rows, 16,384 columns) before it is used.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-xlsx-reader"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlreader.h>
#include <string.h>

#include "kez-xlsx-reader.h"

/* No part of a workbook this app reads comes near it; a zip bomb does. */
#define MAX_ENTRY_SIZE (G_GINT64_CONSTANT (512) * 1024 * 1024)
#define MAX_FILE_SIZE (G_GINT64_CONSTANT (256) * 1024 * 1024)
#define MAX_SHEETS 256

struct _KezXlsxSheet
{
  char       *name;
  GHashTable *cells;  /* row << 14 | column → text */
  guint       n_rows;
  guint       n_columns;
};

struct _KezXlsxBook
{
  GPtrArray *sheets;  /* KezXlsxSheet, in the workbook's order */
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

/* ---- an entry of the zip, decompressed into the XML parser ------------------------------- */

typedef struct
{
  struct archive *archive;
  gint64          read;
  gboolean        too_large;
} Entry;

static int
read_entry (void *context,
            char *buffer,
            int   length)
{
  Entry *entry = context;
  la_ssize_t n = archive_read_data (entry->archive, buffer, length);

  if (n < 0)
    return -1;
  entry->read += n;
  if (entry->read > MAX_ENTRY_SIZE)
    {
      entry->too_large = TRUE;
      return -1;
    }
  return (int) n;
}

typedef enum
{
  PART_OK,
  PART_BROKEN,
  PART_DTD,
  PART_TOO_LARGE,
  PART_REFERENCE,
  PART_TOO_MANY_ROWS,
} PartResult;

/* What reading one part found; the first failure stays. */
typedef struct
{
  PartResult  result;
  char       *detail;
} Part;

static xmlTextReaderPtr
open_part (Entry *entry)
{
  return xmlReaderForIO (read_entry, NULL, entry, NULL, NULL,
                         XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

/* Reads the next node; a document type or an entity reference refuses the part. */
static int
next_node (xmlTextReaderPtr  reader,
           Part             *part)
{
  int status = xmlTextReaderRead (reader);
  int type;

  if (status != 1)
    return status;
  type = xmlTextReaderNodeType (reader);
  if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE ||
      type == XML_READER_TYPE_ENTITY)
    {
      part->result = PART_DTD;
      return -1;
    }
  return 1;
}

static gboolean
is_element (xmlTextReaderPtr  reader,
            const char       *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_end (xmlTextReaderPtr  reader,
        const char       *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT &&
         g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

static gboolean
is_text (xmlTextReaderPtr reader)
{
  int type = xmlTextReaderNodeType (reader);

  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

/* The text of every <t> until the end of @element: a rich-text string is split into runs. */
static int
collect_text (xmlTextReaderPtr  reader,
              const char       *element,
              GString          *text,
              Part             *part)
{
  gboolean in_t = FALSE;
  int status;

  if (xmlTextReaderIsEmptyElement (reader))
    return 1;
  while ((status = next_node (reader, part)) == 1)
    {
      if (is_end (reader, element))
        break;
      if (is_element (reader, "t") && !xmlTextReaderIsEmptyElement (reader))
        in_t = TRUE;
      else if (is_end (reader, "t"))
        in_t = FALSE;
      else if (in_t && is_text (reader))
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
    }
  return status;
}

static PartResult
finish_part (xmlTextReaderPtr  reader,
             Entry            *entry,
             Part             *part,
             int               status)
{
  xmlFreeTextReader (reader);
  if (part->result != PART_OK)
    return part->result;
  if (entry->too_large)
    return part->result = PART_TOO_LARGE;
  return part->result = status == 0 ? PART_OK : PART_BROKEN;
}

static PartResult
read_shared_strings (Entry     *entry,
                     GPtrArray *strings,
                     Part      *part)
{
  xmlTextReaderPtr reader = open_part (entry);
  int status = -1;

  if (reader == NULL)
    return part->result = PART_BROKEN;
  while ((status = next_node (reader, part)) == 1)
    if (is_element (reader, "si"))
      {
        GString *text = g_string_new (NULL);

        status = collect_text (reader, "si", text, part);
        g_ptr_array_add (strings, g_string_free (text, FALSE));
        if (status != 1)
          break;
      }
  return finish_part (reader, entry, part, status);
}

/* "BC12" → row 11, column 54 (from 0); FALSE for what no worksheet has. */
static gboolean
parse_reference (const char *reference,
                 guint      *row,
                 guint      *column)
{
  guint64 col = 0, r = 0;
  const char *p = reference;

  for (; g_ascii_isupper (*p) && col <= KEZ_XLSX_MAX_COLUMNS; p++)
    col = col * 26 + (*p - 'A' + 1);
  for (; g_ascii_isdigit (*p) && r <= KEZ_XLSX_MAX_ROWS; p++)
    r = r * 10 + (*p - '0');
  if (*p != '\0' || col == 0 || r == 0 || col > KEZ_XLSX_MAX_COLUMNS || r > KEZ_XLSX_MAX_ROWS)
    return FALSE;
  *row = r - 1;
  *column = col - 1;
  return TRUE;
}

static gpointer
cell_key (guint row,
          guint column)
{
  return GSIZE_TO_POINTER ((gsize) row << 14 | column);
}

typedef struct
{
  guint row, column;
  char *type;
  GString *value;
  gboolean has_value;
} Cell;

/* One <c>: its reference and type from the attributes, its value from <v> or <is>. */
static int
read_cell (xmlTextReaderPtr  reader,
           Cell             *cell,
           Part             *part)
{
  g_autofree char *reference = (char *) xmlTextReaderGetAttribute (reader, (const xmlChar *) "r");
  gboolean in_v = FALSE;
  int status = 1;

  g_free (cell->type);
  cell->type = (char *) xmlTextReaderGetAttribute (reader, (const xmlChar *) "t");
  g_string_truncate (cell->value, 0);
  cell->has_value = FALSE;
  if (reference == NULL || !parse_reference (reference, &cell->row, &cell->column))
    {
      part->result = PART_REFERENCE;
      part->detail = g_strndup (reference != NULL ? reference : "", 32);
      return -1;
    }
  if (xmlTextReaderIsEmptyElement (reader))
    return 1;
  while ((status = next_node (reader, part)) == 1)
    {
      if (is_end (reader, "c"))
        break;
      if (is_element (reader, "v"))
        in_v = !xmlTextReaderIsEmptyElement (reader);
      else if (is_end (reader, "v"))
        in_v = FALSE;
      else if (in_v && is_text (reader))
        {
          g_string_append (cell->value, (const char *) xmlTextReaderConstValue (reader));
          cell->has_value = TRUE;
        }
      else if (is_element (reader, "is"))
        {
          if ((status = collect_text (reader, "is", cell->value, part)) != 1)
            break;
          cell->has_value = TRUE;
        }
    }
  return status;
}

static void
store_cell (KezXlsxSheet *sheet,
            Cell         *cell,
            GPtrArray    *strings)
{
  char *text = NULL;

  if (!cell->has_value)
    return;
  if (g_strcmp0 (cell->type, "s") == 0)
    {
      guint64 index = g_ascii_strtoull (cell->value->str, NULL, 10);

      if (index < strings->len)
        text = g_strdup (g_ptr_array_index (strings, index));
    }
  else
    text = g_strdup (cell->value->str);
  if (text == NULL || text[0] == '\0')
    {
      g_free (text);
      return;
    }
  g_hash_table_insert (sheet->cells, cell_key (cell->row, cell->column), text);
  sheet->n_rows = MAX (sheet->n_rows, cell->row + 1);
  sheet->n_columns = MAX (sheet->n_columns, cell->column + 1);
}

static PartResult
read_sheet (Entry        *entry,
            KezXlsxSheet *sheet,
            GPtrArray    *strings,
            Part         *part)
{
  xmlTextReaderPtr reader = open_part (entry);
  Cell cell = { 0, 0, NULL, g_string_new (NULL), FALSE };
  gboolean data = FALSE;
  int status = -1;

  if (reader == NULL)
    {
      g_string_free (cell.value, TRUE);
      return part->result = PART_BROKEN;
    }
  while ((status = next_node (reader, part)) == 1)
    {
      if (is_element (reader, "sheetData"))
        data = TRUE;
      else if (is_element (reader, "c"))
        {
          if ((status = read_cell (reader, &cell, part)) != 1)
            break;
          store_cell (sheet, &cell, strings);
        }
    }
  g_free (cell.type);
  g_string_free (cell.value, TRUE);
  if (finish_part (reader, entry, part, status) == PART_OK && !data)
    part->result = PART_BROKEN;
  return part->result;
}

/* ---- the workbook ------------------------------------------------------------------------ */

/* "xl/worksheets/sheet12.xml" → 12 */
static guint
sheet_number (const char *entry_name)
{
  const char *prefix = "xl/worksheets/sheet";
  char *end = NULL;
  guint64 n;

  if (!g_str_has_prefix (entry_name, prefix))
    return 0;
  n = g_ascii_strtoull (entry_name + strlen (prefix), &end, 10);
  return end != NULL && g_str_equal (end, ".xml") && n > 0 && n <= MAX_SHEETS ? n : 0;
}

static struct archive *
open_zip (const void *data,
          gsize       length)
{
  struct archive *archive = archive_read_new ();

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, data, length) != ARCHIVE_OK)
    {
      archive_read_free (archive);
      return NULL;
    }
  return archive;
}

/* The first pass: the shared strings and the sheets' names, wherever they stand in the zip. */
static gboolean
read_strings_and_names (const void *data,
                        gsize       length,
                        GPtrArray  *strings,
                        GPtrArray  *names,
                        Part       *part)
{
  struct archive *archive = open_zip (data, length);
  struct archive_entry *header;
  gboolean seen_strings = FALSE, seen_book = FALSE;

  if (archive == NULL)
    return FALSE;
  while (part->result == PART_OK && archive_read_next_header (archive, &header) == ARCHIVE_OK)
    {
      const char *entry_name = archive_entry_pathname (header);
      Entry entry = { archive, 0, FALSE };

      /* A zip may name an entry twice; a workbook does not (found by fuzzing). */
      if (g_strcmp0 (entry_name, "xl/sharedStrings.xml") == 0)
        {
          if (seen_strings)
            part->result = PART_BROKEN;
          else
            read_shared_strings (&entry, strings, part);
          seen_strings = TRUE;
        }
      else if (g_strcmp0 (entry_name, "xl/workbook.xml") == 0 && !seen_book)
        {
          xmlTextReaderPtr reader = open_part (&entry);
          int status = -1;

          seen_book = TRUE;
          while (reader != NULL && (status = next_node (reader, part)) == 1)
            if (is_element (reader, "sheet"))
              g_ptr_array_add (names, xmlTextReaderGetAttribute (reader,
                                                                 (const xmlChar *) "name"));
          if (reader != NULL)
            finish_part (reader, &entry, part, status);
        }
    }
  archive_read_free (archive);
  return TRUE;
}

static void
sheet_free (KezXlsxSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_clear_pointer (&sheet->cells, g_hash_table_unref);
  g_free (sheet->name);
  g_free (sheet);
}

static gboolean
report (Part        *part,
        const char  *name,
        GError     **error)
{
  g_autofree char *base = g_path_get_basename (name);

  switch (part->result)
    {
    case PART_OK:
      return TRUE;
    case PART_DTD:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is a file name */
                   _("“%1$s” holds a document type definition, which no workbook has: it is "
                     "not read"), base);
      break;
    case PART_TOO_LARGE:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is a file name, %2$d a number of megabytes */
                   _("A part of “%1$s” is larger than %2$d MB once unpacked: it is not read"),
                   base, (int) (MAX_ENTRY_SIZE / 1024 / 1024));
      break;
    case PART_REFERENCE:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is a file name, %2$s a cell reference such as "D4" */
                   _("“%1$s” names a cell “%2$s” that no worksheet has (at most 1,048,576 "
                     "rows and 16,384 columns): it is not read"), base,
                   part->detail != NULL ? part->detail : "");
      break;
    case PART_TOO_MANY_ROWS:
    case PART_BROKEN:
    default:
      set_not_a_workbook (error, name);
      break;
    }
  g_clear_pointer (&part->detail, g_free);
  return FALSE;
}

/**
 * kez_xlsx_book_read_data:
 * @name: the file's name, for messages
 *
 * Returns: (transfer full): every worksheet's cells, in the workbook's order, or %NULL with
 *   @error set: not a workbook, or a hostile one
 */
KezXlsxBook *
kez_xlsx_book_read_data (const void  *data,
                         gsize        length,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (xmlFree);
  g_autoptr(GPtrArray) by_number = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  g_autoptr(KezXlsxBook) self = NULL;
  struct archive *archive;
  struct archive_entry *header;
  Part part = { PART_OK, NULL };

  if (length > MAX_FILE_SIZE || !read_strings_and_names (data, length, strings, names, &part))
    {
      set_not_a_workbook (error, name);
      return NULL;
    }
  if (!report (&part, name, error))
    return NULL;

  g_ptr_array_set_size (by_number, MAX_SHEETS + 1);
  archive = open_zip (data, length);
  while (archive != NULL && part.result == PART_OK &&
         archive_read_next_header (archive, &header) == ARCHIVE_OK)
    {
      guint number = sheet_number (archive_entry_pathname (header));
      Entry entry = { archive, 0, FALSE };
      KezXlsxSheet *sheet;

      if (number == 0)
        continue;
      if (g_ptr_array_index (by_number, number) != NULL)
        {
          part.result = PART_BROKEN;
          break;
        }
      sheet = g_new0 (KezXlsxSheet, 1);
      sheet->cells = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
      by_number->pdata[number] = sheet;
      read_sheet (&entry, sheet, strings, &part);
    }
  if (archive != NULL)
    archive_read_free (archive);
  if (!report (&part, name, error))
    return NULL;

  self = g_new0 (KezXlsxBook, 1);
  self->sheets = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_free);
  for (guint n = 1; n <= MAX_SHEETS; n++)
    {
      KezXlsxSheet *sheet = g_steal_pointer (&by_number->pdata[n]);

      if (sheet == NULL)
        continue;
      sheet->name = g_strdup (self->sheets->len < names->len
                                ? (const char *) g_ptr_array_index (names, self->sheets->len)
                                : "");
      g_ptr_array_add (self->sheets, sheet);
    }
  if (self->sheets->len == 0)
    {
      set_not_a_workbook (error, name);
      return NULL;
    }
  return g_steal_pointer (&self);
}

KezXlsxBook *
kez_xlsx_book_read (const char  *path,
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
  return kez_xlsx_book_read_data (contents, length, path, error);
}

guint
kez_xlsx_book_get_n_sheets (KezXlsxBook *self)
{
  return self->sheets->len;
}

KezXlsxSheet *
kez_xlsx_book_get_sheet (KezXlsxBook *self,
                         guint        index)
{
  g_return_val_if_fail (index < self->sheets->len, NULL);
  return g_ptr_array_index (self->sheets, index);
}

void
kez_xlsx_book_free (KezXlsxBook *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->sheets, g_ptr_array_unref);
  g_free (self);
}

/* ---- one sheet --------------------------------------------------------------------------- */

/* The first worksheet alone, taken out of its book. */
static KezXlsxSheet *
first_sheet (KezXlsxBook *book)
{
  if (book == NULL)
    return NULL;
  return g_ptr_array_steal_index (book->sheets, 0);
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
  g_autoptr(KezXlsxBook) book = kez_xlsx_book_read_data (data, length, name, error);

  return first_sheet (book);
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
  g_autoptr(KezXlsxBook) book = kez_xlsx_book_read (path, error);

  return first_sheet (book);
}

/* Returns: the cell's text, or %NULL when it is empty */
const char *
kez_xlsx_sheet_get (KezXlsxSheet *self,
                    guint         row,
                    guint         column)
{
  if (row >= KEZ_XLSX_MAX_ROWS || column >= KEZ_XLSX_MAX_COLUMNS)
    return NULL;
  return g_hash_table_lookup (self->cells, cell_key (row, column));
}

guint
kez_xlsx_sheet_get_n_rows (KezXlsxSheet *self)
{
  return self->n_rows;
}

/* Returns: one more than the rightmost column with a value */
guint
kez_xlsx_sheet_get_n_columns (KezXlsxSheet *self)
{
  return self->n_columns;
}

/* The sheet's name on its tab, or "" when the workbook does not say. */
const char *
kez_xlsx_sheet_get_name (KezXlsxSheet *self)
{
  return self->name != NULL ? self->name : "";
}

void
kez_xlsx_sheet_free (KezXlsxSheet *self)
{
  sheet_free (self);
}
