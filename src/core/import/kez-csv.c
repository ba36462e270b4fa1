/* kez-csv.c
 *
 * RFC 4180 as spreadsheets and Python's csv module read it, with what real files add: a byte
 * order mark, semicolons as separators (Excel in a Russian locale), CRLF or CR line ends,
 * quoted fields with separators, quotes and line breaks inside, and quotes inside an unquoted
 * field kept as text (ТОО "Астана Су", 55" or 37°36'37.8"N are not the start of a quoted
 * field). The encoding is settled before a byte is read as data (kez-text-encoding.c).
 *
 * The reader goes record by record through a stream, so a large file is never held in memory,
 * and an importer can report every bad row before a broken one (an unclosed quote) stops the
 * reading. It opens only regular files: a pipe would hang it, a device never end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-csv"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kez-csv.h"
#include "kez-text-encoding.h"

G_DEFINE_QUARK (kez-csv-error-quark, kez_csv_error)

#define BUFFER_SIZE 65536

typedef enum
{
  FIELD_START,
  UNQUOTED,
  QUOTED,
  QUOTE_IN_QUOTED, /* a quote inside a quoted field: doubled, or the field's end */
} State;

struct _KezCsvReader
{
  GInputStream    *stream;      /* UTF-8 from the first byte of the header */
  KezTextEncoding  encoding;
  guint64          size;        /* of the file, for progress */
  guint64          position;    /* bytes read of the UTF-8 text */
  char             buffer[BUFFER_SIZE];
  gsize            fill;
  gsize            next;
  gboolean         eof;
  gboolean         done;        /* the end, or a structural error */
  char             separator;
  guint            line;
  GString         *field;
  GPtrArray       *fields;
};

void
kez_csv_record_free (KezCsvRecord *record)
{
  g_strfreev (record->fields);
  g_free (record);
}

void
kez_csv_reader_free (KezCsvReader *self)
{
  g_clear_object (&self->stream);
  if (self->field != NULL)
    g_string_free (self->field, TRUE);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_free (self);
}

/* ---- reading bytes ----------------------------------------------------------------------- */

static gboolean
refill (KezCsvReader  *self,
        GError       **error)
{
  g_autoptr(GError) read_error = NULL;
  gssize n;

  self->next = 0;
  self->fill = 0;
  n = g_input_stream_read (self->stream, self->buffer, BUFFER_SIZE, NULL, &read_error);
  if (n < 0)
    {
      g_set_error (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_ENCODING,
                   /* Translators: %1$u is a line number, %2$s an encoding such as
                      "WINDOWS-1251", %3$s the system's reason */
                   _("line %1$u: the file cannot be read as %2$s text: %3$s"), self->line,
                   kez_text_encoding_name (self->encoding), read_error->message);
      return FALSE;
    }
  if (memchr (self->buffer, '\0', n) != NULL)
    {
      g_set_error (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_ENCODING,
                   /* Translators: %1$u is a line number */
                   _("line %1$u: a zero byte, which no text holds: the file is not a text "
                     "file, or it is damaged"), self->line);
      return FALSE;
    }
  self->fill = n;
  self->eof = n == 0;
  return TRUE;
}

/* The next byte, -1 at the end of the file, -2 on an error. */
static int
next_byte (KezCsvReader  *self,
           GError       **error)
{
  if (self->next >= self->fill)
    {
      if (self->eof)
        return -1;
      if (!refill (self, error))
        return -2;
      if (self->eof)
        return -1;
    }
  self->position++;
  return (guchar) self->buffer[self->next++];
}

static int
peek_byte (KezCsvReader *self)
{
  if (self->next >= self->fill)
    {
      if (self->eof || !refill (self, NULL))
        return -1;
    }
  return self->next < self->fill ? (guchar) self->buffer[self->next] : -1;
}

/* The separator is whichever of comma and semicolon the header line uses more, outside
 * quotes (the first buffer holds the header of any real file). */
static char
guess_separator (const char *text,
                 gsize       length)
{
  guint commas = 0, semicolons = 0;
  gboolean quoted = FALSE;

  for (gsize i = 0; i < length && (quoted || (text[i] != '\n' && text[i] != '\r')); i++)
    {
      if (text[i] == '"')
        quoted = !quoted;
      else if (!quoted && text[i] == ',')
        commas++;
      else if (!quoted && text[i] == ';')
        semicolons++;
    }
  return semicolons > commas ? ';' : ',';
}

/* ---- opening ----------------------------------------------------------------------------- */

static KezCsvReader *
reader_new (GInputStream    *stream,
            KezTextEncoding  encoding,
            guint64          size,
            GError         **error)
{
  g_autoptr(KezCsvReader) self = g_new0 (KezCsvReader, 1);

  if (encoding != KEZ_TEXT_UTF8)
    {
      g_autoptr(GCharsetConverter) converter =
        g_charset_converter_new ("UTF-8", kez_text_encoding_name (encoding), error);

      if (converter == NULL)
        return NULL;
      self->stream = g_converter_input_stream_new (stream, G_CONVERTER (converter));
    }
  else
    self->stream = g_object_ref (stream);
  self->encoding = encoding;
  self->size = size;
  self->line = 1;
  self->field = g_string_new (NULL);
  self->fields = g_ptr_array_new_with_free_func (g_free);
  if (!refill (self, error))
    return NULL;
  self->separator = guess_separator (self->buffer, self->fill);
  if (self->fill == 0)
    {
      g_set_error_literal (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_EMPTY, _("The file is empty"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * kez_csv_reader_new_for_data:
 * @data: the file's bytes; they must outlive the reader
 *
 * Returns: (transfer full): a reader at the file's first record, or %NULL with @error set
 *   when the data is not text (naming the lines), mixes encodings, or is empty.
 */
KezCsvReader *
kez_csv_reader_new_for_data (const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;
  KezTextEncoding encoding;
  gsize bom;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!kez_text_sniff (data, length, &encoding, &bom, error))
    return NULL;
  stream = g_memory_input_stream_new_from_data (data + bom, length - bom, NULL);
  return reader_new (stream, encoding, length, error);
}

/* Only a regular file: a pipe would block the reading for ever, a device never end. */
static int
open_regular_file (const char  *path,
                   guint64     *size,
                   GError     **error)
{
  struct stat info;
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0);
  int saved_errno = errno;

  if (fd < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("Cannot open “%1$s”: %2$s"), path, g_strerror (saved_errno));
      return -1;
    }
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    {
      g_close (fd, NULL);
      g_set_error (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_NOT_A_FILE,
                   /* Translators: %1$s is a path */
                   _("“%1$s” is not a file but a folder, a device or a pipe: choose a CSV "
                     "file"), path);
      return -1;
    }
  if (info.st_size > KEZ_CSV_MAX_FILE_BYTES)
    {
      g_autofree char *size_text = g_format_size (info.st_size);
      g_autofree char *limit = g_format_size (KEZ_CSV_MAX_FILE_BYTES);

      g_close (fd, NULL);
      g_set_error (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_TOO_LONG,
                   /* Translators: %1$s is a file name, %2$s and %3$s sizes such as "3.1 GB" */
                   _("“%1$s” is %2$s; at most %3$s are imported at once: split the file"),
                   path, size_text, limit);
      return -1;
    }
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  *size = info.st_size;
  return fd;
}

/* The whole file is looked at once before it is read as data. */
static gboolean
sniff_file (int               fd,
            KezTextEncoding  *encoding,
            gsize            *bom,
            GError          **error)
{
  KezTextSniffer *sniffer = kez_text_sniffer_new ();
  g_autofree char *chunk = g_malloc (BUFFER_SIZE);
  gboolean ok;
  gssize n;

  while ((n = read (fd, chunk, BUFFER_SIZE)) > 0)
    kez_text_sniffer_feed (sniffer, chunk, n, FALSE);
  if (n < 0)
    {
      int saved_errno = errno;

      kez_text_sniffer_free (sniffer);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   /* Translators: %1$s is the system's reason */
                   _("The file cannot be read: %1$s"), g_strerror (saved_errno));
      return FALSE;
    }
  kez_text_sniffer_feed (sniffer, "", 0, TRUE);
  ok = kez_text_sniffer_finish (sniffer, encoding, bom, error);
  kez_text_sniffer_free (sniffer);
  return ok && lseek (fd, *bom, SEEK_SET) == (off_t) *bom;
}

/**
 * kez_csv_reader_new_for_path:
 *
 * Returns: (transfer full): a reader at the file's first record, or %NULL with @error set
 *   when the path is not a regular file, is too large, is not text (naming the lines), mixes
 *   encodings or is empty.
 */
KezCsvReader *
kez_csv_reader_new_for_path (const char  *path,
                             GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;
  KezTextEncoding encoding;
  guint64 size;
  gsize bom;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if ((fd = open_regular_file (path, &size, error)) < 0)
    return NULL;
  if (!sniff_file (fd, &encoding, &bom, error))
    {
      g_close (fd, NULL);
      return NULL;
    }
  stream = g_unix_input_stream_new (fd, TRUE);
  return reader_new (stream, encoding, size, error);
}

/**
 * kez_csv_load_file:
 *
 * Returns: (transfer full): the bytes of a regular file no larger than
 *   KEZ_CSV_MAX_FILE_BYTES, or %NULL with @error set
 */
char *
kez_csv_load_file (const char  *path,
                   gsize       *length,
                   GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *data = NULL;
  guint64 size;
  gsize read_bytes = 0;
  int fd;

  if ((fd = open_regular_file (path, &size, error)) < 0)
    return NULL;
  stream = g_unix_input_stream_new (fd, TRUE);
  data = g_malloc (size + 1);
  if (!g_input_stream_read_all (stream, data, size, &read_bytes, NULL, error))
    return NULL;
  data[read_bytes] = '\0';
  *length = read_bytes;
  return g_steal_pointer (&data);
}

/**
 * kez_csv_load_gfile:
 *
 * kez_csv_load_file() for a file chosen in a file chooser, which in a sandbox may have no
 * local path.
 */
char *
kez_csv_load_gfile (GFile   *file,
                    gsize   *length,
                    GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;

  if (path != NULL)
    return kez_csv_load_file (path, length, error);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
      g_file_info_get_size (info) > KEZ_CSV_MAX_FILE_BYTES)
    {
      g_set_error_literal (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_NOT_A_FILE,
                           _("This is not a CSV file that can be imported"));
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &contents, length, NULL, error))
    return NULL;
  return contents;
}

/* ---- records ----------------------------------------------------------------------------- */

static gboolean
end_field (KezCsvReader  *self,
           GError       **error)
{
  if (self->fields->len >= KEZ_CSV_MAX_FIELDS)
    {
      g_set_error (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_TOO_LONG,
                   /* Translators: %1$u is a line number, %2$u a number of fields */
                   _("line %1$u: more than %2$u fields in one row: the file is damaged or is "
                     "not a table"), self->line, KEZ_CSV_MAX_FIELDS);
      return FALSE;
    }
  g_ptr_array_add (self->fields, g_strndup (self->field->str, self->field->len));
  g_string_truncate (self->field, 0);
  return TRUE;
}

static gboolean
append (KezCsvReader  *self,
        char           c,
        guint          record_line,
        GError       **error)
{
  if (self->field->len >= KEZ_CSV_MAX_FIELD_BYTES)
    {
      g_set_error (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_TOO_LONG,
                   /* Translators: %1$u is a line number, %2$u a number of characters */
                   _("line %1$u: a field is longer than a workbook cell can hold (%2$u "
                     "characters): the file is damaged, or a quote is not closed"),
                   record_line, 32767);
      return FALSE;
    }
  g_string_append_c (self->field, c);
  return TRUE;
}

static KezCsvRecord *
take_record (KezCsvReader *self,
             guint         line)
{
  KezCsvRecord *record = g_new0 (KezCsvRecord, 1);

  record->line = line;
  g_ptr_array_add (self->fields, NULL);
  record->fields = (GStrv) g_ptr_array_steal (self->fields, NULL);
  return record;
}

/* A line break: LF, CRLF or a lone CR. */
static void
end_line (KezCsvReader *self,
          int           c)
{
  if (c == '\r' && peek_byte (self) == '\n')
    next_byte (self, NULL);
  self->line++;
}

/* Nothing is read after a broken record. */
static KezCsvRecord *
fail (KezCsvReader *self)
{
  self->done = TRUE;
  g_ptr_array_set_size (self->fields, 0);
  g_string_truncate (self->field, 0);
  return NULL;
}

/**
 * kez_csv_reader_next:
 *
 * Returns: (transfer full) (nullable): the next record, blank lines left out; %NULL at the
 *   end of the file, or with @error set (naming the line) when the file is broken there: a
 *   quote left open, a field too long. Nothing is read after an error.
 */
KezCsvRecord *
kez_csv_reader_next (KezCsvReader  *self,
                     GError       **error)
{
  State state = FIELD_START;
  guint record_line = self->line, quote_line = 0;
  gboolean quoted_any = FALSE;

  if (self->done)
    return NULL;
  for (;;)
    {
      int c = next_byte (self, error);

      if (c == -2)
        return fail (self);
      if (c == -1)
        {
          self->done = TRUE;
          if (state == QUOTED)
            {
              g_set_error (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_UNCLOSED_QUOTE,
                           /* Translators: %1$u is a line number */
                           _("line %1$u: a quoted field is not closed"), quote_line);
              return fail (self);
            }
          if (state == FIELD_START && self->fields->len == 0)
            return NULL;
          if (!end_field (self, error))
            return fail (self);
          return take_record (self, record_line);
        }

      switch (state)
        {
        case QUOTED:
          if (c == '"')
            state = QUOTE_IN_QUOTED;
          else
            {
              /* A line break inside a field is the field's own, kept as written (the
               * importers make it one \n); it counts once as a line of the file. */
              if (c == '\n' || (c == '\r' && peek_byte (self) != '\n'))
                self->line++;
              if (!append (self, c, record_line, error))
                return fail (self);
            }
          continue;

        case QUOTE_IN_QUOTED:
          if (c == '"')
            {
              if (!append (self, '"', record_line, error))
                return fail (self);
              state = QUOTED;
              continue;
            }
          break; /* the field's closing quote: what follows is read as unquoted */

        case FIELD_START:
          if (c == '"')
            {
              state = QUOTED;
              quoted_any = TRUE;
              quote_line = self->line;
              continue;
            }
          break;

        case UNQUOTED:
        default:
          break;
        }

      /* Outside quotes. */
      if (c == self->separator)
        {
          if (!end_field (self, error))
            return fail (self);
          state = FIELD_START;
        }
      else if (c == '\n' || c == '\r')
        {
          end_line (self, c);
          if (!end_field (self, error))
            return fail (self);
          /* A blank line is no record. */
          if (self->fields->len == 1 && !quoted_any &&
              ((char *) g_ptr_array_index (self->fields, 0))[0] == '\0')
            {
              g_ptr_array_set_size (self->fields, 0);
              record_line = self->line;
              state = FIELD_START;
              continue;
            }
          return take_record (self, record_line);
        }
      else
        {
          /* A quote inside an unquoted field, or after a closing quote, is text. */
          if (!append (self, c, record_line, error))
            return fail (self);
          state = UNQUOTED;
        }
    }
}

guint64
kez_csv_reader_get_position (KezCsvReader *self)
{
  return self->position;
}

guint64
kez_csv_reader_get_size (KezCsvReader *self)
{
  return self->size;
}

/* The encoding the file was read in, for the preview: "UTF-8", "WINDOWS-1251". */
const char *
kez_csv_reader_get_encoding (KezCsvReader *self)
{
  return kez_text_encoding_name (self->encoding);
}

/**
 * kez_csv_parse:
 *
 * Returns: (transfer full) (element-type KezCsvRecord): the records, blank lines left out,
 *   or %NULL with @error set when the file is empty, not text, or broken.
 */
GPtrArray *
kez_csv_parse (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(KezCsvReader) reader = kez_csv_reader_new_for_data (data, length, error);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) broken = NULL;
  KezCsvRecord *record;

  if (reader == NULL)
    return NULL;
  records = g_ptr_array_new_with_free_func ((GDestroyNotify) kez_csv_record_free);
  while ((record = kez_csv_reader_next (reader, &broken)) != NULL)
    g_ptr_array_add (records, record);
  if (broken != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&broken));
      return NULL;
    }
  if (records->len == 0)
    {
      g_set_error_literal (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_EMPTY, _("The file is empty"));
      return NULL;
    }
  return g_steal_pointer (&records);
}
