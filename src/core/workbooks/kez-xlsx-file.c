/* kez-xlsx-file.c
 *
 * The workbook is written into a file without a name (kez-output-file.c) and named only when
 * it is whole, so a full disk or a crash never leaves a half-written file, nor destroys an
 * older one of the same name. "Whole" is checked, not assumed: every cell written reports
 * back (a text too long for a cell makes the export fail, naming the cell, instead of an empty
 * cell), and the finished file is read back as a zip before it gets its name (libxlsxwriter
 * does not see a write that a full disk refused).
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
#include <math.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <unistd.h>

#include "kez-output-file.h"
#include "kez-store-reads.h"
#include "kez-text-measure.h"
#include "kez-xlsx-file.h"

/* What a sheet's rows need to know to be tall enough for their text. */
typedef struct
{
  GArray     *widths;   /* double per column, in a workbook's units of width; 0 for unset */
  GHashTable *heights;     /* row → the height it was given, in hundredths of a point */
  lxw_row_t   last_row;    /* a long (streamed) table keeps only the row being written */
  guint       last_height; /* and its height, instead of @heights */
} SheetSizes;

struct _KezXlsxFile
{
  KezOutputFile *output;
  lxw_workbook  *workbook;
  locale_t       c_numbers;
  locale_t       previous;
  GError        *cell_error;  /* the first cell that could not be written */
  gboolean        streaming;
  KezTextMeasure *measure;    /* made when the first wrapped text is written */
  GHashTable     *sheets;     /* lxw_worksheet → SheetSizes */
};

/* The workbook this thread is writing, for the cell writers below. */
static GPrivate current_file;

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

static void
sheet_sizes_free (gpointer data)
{
  SheetSizes *sizes = data;

  g_array_unref (sizes->widths);
  g_hash_table_unref (sizes->heights);
  g_free (sizes);
}

static KezXlsxFile *
file_new (const char  *path,
          gboolean     streaming,
          GError     **error)
{
  g_autoptr(KezXlsxFile) self = g_new0 (KezXlsxFile, 1);
  g_autofree char *dir = g_path_get_dirname (path);
  lxw_workbook_options options = { .constant_memory = streaming ? LXW_TRUE : LXW_FALSE,
                                   .tmpdir = NULL };

  if (!(self->output = kez_output_file_new (path, error)))
    return NULL;
  self->streaming = streaming;
  self->sheets = g_hash_table_new_full (NULL, NULL, NULL, sheet_sizes_free);

  /* libxlsxwriter's own temporary files go beside the result too, not into a small /tmp;
   * it unlinks them as soon as it makes them. */
  options.tmpdir = dir;
  use_c_numbers (self);
  self->workbook = workbook_new_opt (kez_output_file_get_write_path (self->output), &options);
  if (self->workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %1$s is a file name */
                   _("Cannot create the workbook “%1$s”"), path);
      return NULL;
    }
  g_private_set (&current_file, self);
  /* What goes into the workbook from now on must be read whole. */
  kez_store_reads_begin ();
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
  return kez_output_file_get_path (self->output);
}

/* The document's title and author, which libxlsxwriter copies. */
void
kez_xlsx_file_set_properties (KezXlsxFile *self,
                              const char  *title,
                              const char  *author)
{
  lxw_doc_properties properties = { .title = (char *) title, .author = (char *) author,
                                    .company = (char *) author };

  workbook_set_properties (self->workbook, &properties);
}

/* ---- cells that report back -------------------------------------------------------------- */

static char *
cell_name (lxw_row_t row,
           lxw_col_t col)
{
  char letters[8];
  int n = 0;

  for (unsigned int c = col + 1; c > 0 && n < 7; c = (c - 1) / 26)
    letters[n++] = 'A' + (c - 1) % 26;
  letters[n] = '\0';
  g_strreverse (letters);
  return g_strdup_printf ("%s%u", letters, row + 1);
}

static lxw_error
note (lxw_error      result,
      lxw_worksheet *sheet,
      lxw_row_t      row,
      lxw_col_t      col,
      const char    *text)
{
  KezXlsxFile *self = g_private_get (&current_file);
  g_autofree char *cell = NULL;

  if (result == LXW_NO_ERROR || self == NULL || self->cell_error != NULL)
    return result;
  cell = cell_name (row, col);
  if (result == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED && text != NULL)
    g_set_error (&self->cell_error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 /* Translators: %1$s is a cell such as "C12", %2$s a sheet's name, %3$ld a
                    number of characters */
                 _("The cell %1$s of the sheet “%2$s” would hold a text of %3$ld characters, "
                   "more than a workbook cell holds (32767): nothing was saved"),
                 cell, sheet->name, g_utf8_strlen (text, -1));
  else
    g_set_error (&self->cell_error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 /* Translators: %1$s is a cell such as "C12", %2$s a sheet's name, %3$s the
                    library's reason */
                 _("The cell %1$s of the sheet “%2$s” could not be written: %3$s"), cell,
                 sheet->name, lxw_strerror (result));
  return result;
}

/* ---- rows tall enough for their text ----------------------------------------------------- */

/* Excel's and LibreOffice's default: 8.43 characters of the default font. */
#define DEFAULT_COLUMN_WIDTH 8.43
/* The height of a row that was not given one, in points. */
#define DEFAULT_ROW_HEIGHT 15.0
/* What a cell keeps between its border and its text, on each side, in points. */
#define CELL_PADDING 2.5

static SheetSizes *
sheet_sizes (KezXlsxFile   *self,
             lxw_worksheet *sheet)
{
  SheetSizes *sizes = g_hash_table_lookup (self->sheets, sheet);

  if (sizes == NULL)
    {
      sizes = g_new0 (SheetSizes, 1);
      sizes->widths = g_array_new (FALSE, TRUE, sizeof (double));
      sizes->heights = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (self->sheets, sheet, sizes);
    }
  return sizes;
}

/**
 * kez_xlsx_set_column:
 * @width: in a workbook's units, characters of the default font
 *
 * Sets the width of the columns @first to @last, which the rows' heights are measured in.
 */
void
kez_xlsx_set_column (lxw_worksheet *sheet,
                     lxw_col_t      first,
                     lxw_col_t      last,
                     double         width)
{
  KezXlsxFile *self = g_private_get (&current_file);

  note (worksheet_set_column (sheet, first, last, width, NULL), sheet, 0, first, NULL);
  if (self == NULL)
    return;
  for (lxw_col_t col = first; col <= last; col++)
    {
      SheetSizes *sizes = sheet_sizes (self, sheet);

      if (col >= sizes->widths->len)
        g_array_set_size (sizes->widths, col + 1);
      g_array_index (sizes->widths, double, col) = width;
    }
}

/* A column's width on the page, in points: Excel's rule for its default font (Calibri 11,
 * whose digits are 7 pixels wide), which LibreOffice follows when it reads the file. */
static double
column_points (SheetSizes *sizes,
               lxw_col_t   col)
{
  double width = col < sizes->widths->len ? g_array_index (sizes->widths, double, col) : 0;
  double pixels;

  if (width <= 0)
    width = DEFAULT_COLUMN_WIDTH;
  pixels = width < 1 ? width * 12 : (int) (width * 7 + 0.5) + 5;
  return pixels * 0.75;
}

/* The row is made tall enough for this cell's text, if it is not yet: every line of it, in
 * the cell's font, wrapped in the column's width (a little narrower, so that a spreadsheet
 * that breaks lines a little differently still has room). */
static void
fit_row (KezXlsxFile   *self,
         lxw_worksheet *sheet,
         lxw_row_t      row,
         lxw_col_t      col,
         const char    *text,
         lxw_format    *format)
{
  SheetSizes *sizes;
  const char *family;
  double size, width, height;
  guint lines, given;

  if (format == NULL || text == NULL || *text == '\0' ||
      (!format->text_wrap && strchr (text, '\n') == NULL))
    return;
  sizes = sheet_sizes (self, sheet);
  if (self->streaming && row != sizes->last_row)
    sizes->last_height = 0;
  sizes->last_row = row;
  if (self->measure == NULL)
    self->measure = kez_text_measure_new ();
  family = format->font_name[0] != '\0' ? format->font_name : "Calibri";
  size = format->font_size > 0 ? format->font_size : 11;
  width = (column_points (sizes, col) - 2 * CELL_PADDING) * 0.95;
  if (format->text_wrap)
    lines = kez_text_measure_lines (self->measure, text, family, size, format->bold, width);
  else
    {
      /* Unwrapped, a line feed still begins a line. */
      lines = 1;
      for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
        lines++;
    }
  height = lines * kez_text_measure_line_height (self->measure, family, size, format->bold) +
           2 * CELL_PADDING;
  if (height <= DEFAULT_ROW_HEIGHT * size / 11)
    return;
  given = self->streaming ? sizes->last_height :
          GPOINTER_TO_UINT (g_hash_table_lookup (sizes->heights, GUINT_TO_POINTER (row)));
  if (given >= (guint) (height * 100))
    return;
  if (self->streaming)
    sizes->last_height = (guint) (height * 100);
  else
    g_hash_table_insert (sizes->heights, GUINT_TO_POINTER (row),
                         GUINT_TO_POINTER ((guint) (height * 100)));
  note (worksheet_set_row (sheet, row, ceil (height), NULL), sheet, row, col, NULL);
}

lxw_error
kez_xlsx_write_string (lxw_worksheet *sheet,
                       lxw_row_t      row,
                       lxw_col_t      col,
                       const char    *text,
                       lxw_format    *format)
{
  KezXlsxFile *self = g_private_get (&current_file);
  lxw_error result = worksheet_write_string (sheet, row, col, text, format);

  if (result == LXW_NO_ERROR && self != NULL)
    fit_row (self, sheet, row, col, text, format);
  return note (result, sheet, row, col, text);
}

lxw_error
kez_xlsx_write_number (lxw_worksheet *sheet,
                       lxw_row_t      row,
                       lxw_col_t      col,
                       double         number,
                       lxw_format    *format)
{
  return note (worksheet_write_number (sheet, row, col, number, format), sheet, row, col, NULL);
}

lxw_error
kez_xlsx_write_datetime (lxw_worksheet *sheet,
                         lxw_row_t      row,
                         lxw_col_t      col,
                         lxw_datetime  *datetime,
                         lxw_format    *format)
{
  return note (worksheet_write_datetime (sheet, row, col, datetime, format), sheet, row, col,
               NULL);
}

/* A link a reader can follow; a text that is not a web or mail address, or that a workbook's
 * link cannot hold (2,079 characters), is written as text. */
lxw_error
kez_xlsx_write_url (lxw_worksheet *sheet,
                    lxw_row_t      row,
                    lxw_col_t      col,
                    const char    *url,
                    lxw_format    *format)
{
  if (url != NULL && strlen (url) < 2080 && strchr (url, ' ') == NULL &&
      strchr (url, '\n') == NULL &&
      (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")))
    {
      KezXlsxFile *self = g_private_get (&current_file);
      lxw_error result = worksheet_write_url_opt (sheet, row, col, url, format, url, NULL);

      if (result == LXW_NO_ERROR && self != NULL)
        fit_row (self, sheet, row, col, url, format);
      if (result == LXW_NO_ERROR)
        return result;
    }
  return kez_xlsx_write_string (sheet, row, col, url != NULL ? url : "", format);
}

lxw_error
kez_xlsx_write_blank (lxw_worksheet *sheet,
                      lxw_row_t      row,
                      lxw_col_t      col,
                      lxw_format    *format)
{
  return note (worksheet_write_blank (sheet, row, col, format), sheet, row, col, NULL);
}

/* ---- finishing --------------------------------------------------------------------------- */

/* The written file read back as the zip it must be, so that a write refused by a full disk
 * or a size limit is noticed before the file takes its name: its directory at its end, and
 * each entry's header where the directory says, with the entry's size after it. A refused
 * write leaves the file short (no directory) or its parts out of place (a header not where
 * it should be); the entries are not inflated again, which took a twentieth of the export. */
static gboolean
check_zip (KezXlsxFile  *self,
           GError      **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  int fd = dup (kez_output_file_get_fd (self->output));
  guint entries = 0;
  int result = ARCHIVE_FATAL;

  archive_read_support_format_zip_seekable (archive);
  if (fd >= 0 && lseek (fd, 0, SEEK_SET) == 0 &&
      archive_read_open_fd (archive, fd, 16384) == ARCHIVE_OK)
    {
      while ((result = archive_read_next_header (archive, &entry)) == ARCHIVE_OK)
        {
          entries++;
          if (archive_read_data_skip (archive) != ARCHIVE_OK)
            {
              result = ARCHIVE_FATAL;
              break;
            }
        }
    }
  archive_read_free (archive);
  if (fd >= 0)
    close (fd);
  if (result == ARCHIVE_EOF && entries > 0)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %1$s is a file name */
               _("The workbook “%1$s” was not written whole (is the disk full?). Nothing was "
                 "saved."), kez_xlsx_file_get_path (self));
  return FALSE;
}

/* A long table goes through a temporary file per sheet, and libxlsxwriter does not look at
 * whether its writes there succeed: the pending row is written out now, and a sheet whose
 * temporary file saw a failed write (a full disk, a file size limit) fails the workbook. */
static gboolean
sheets_written (lxw_workbook *workbook)
{
  lxw_worksheet *sheet;

  STAILQ_FOREACH (sheet, workbook->worksheets, list_pointers)
    {
      if (!sheet->optimize || sheet->optimize_tmpfile == NULL)
        continue;
      lxw_worksheet_write_single_row (sheet);
      if (fflush (sheet->optimize_tmpfile) != 0 || ferror (sheet->optimize_tmpfile))
        return FALSE;
    }
  return TRUE;
}

gboolean
kez_xlsx_file_finish (KezXlsxFile  *self,
                      GError      **error)
{
  gboolean sheets_whole = sheets_written (self->workbook);
  lxw_error result = workbook_close (g_steal_pointer (&self->workbook));

  restore_numbers (self);
  g_private_set (&current_file, NULL);

  if (self->cell_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->cell_error));
      return FALSE;
    }
  if (!kez_store_reads_check (error))
    return FALSE;
  if (!sheets_whole)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   /* Translators: %1$s is a file name */
                   _("The workbook “%1$s” was not written whole (is the disk full?). Nothing was "
                     "saved."), kez_xlsx_file_get_path (self));
      return FALSE;
    }
  if (result != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %1$s is a file name, %2$s the library's reason */
                   _("The workbook “%1$s” could not be written: %2$s. Nothing was saved."),
                   kez_xlsx_file_get_path (self), lxw_strerror (result));
      return FALSE;
    }
  return check_zip (self, error) && kez_output_file_commit (self->output, error);
}

void
kez_xlsx_file_free (KezXlsxFile *self)
{
  if (self->workbook != NULL)
    {
      /* Abandoned: close to free it; the file without a name goes with it. */
      workbook_close (self->workbook);
    }
  restore_numbers (self);
  if (g_private_get (&current_file) == self)
    g_private_set (&current_file, NULL);
  g_clear_error (&self->cell_error);
  g_clear_pointer (&self->measure, kez_text_measure_free);
  g_clear_pointer (&self->sheets, g_hash_table_unref);
  g_clear_pointer (&self->output, kez_output_file_free);
  g_free (self);
}
