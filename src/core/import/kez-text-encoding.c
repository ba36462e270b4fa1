/* kez-text-encoding.c
 *
 * Files come from e-Otinish, from ministries' spreadsheets, from Excel in a Russian locale:
 * UTF-8 with or without a byte order mark, Windows-1251, UTF-16 ("Unicode text" in Excel).
 * The whole file is looked at before a byte is read as data, because the cost of a wrong
 * guess is silent mojibake: a single stray Windows-1251 byte in a UTF-8 file must not turn
 * every Cyrillic letter of the file into nonsense. So a file is read as Windows-1251 only when
 * nothing in it reads as UTF-8 Cyrillic; a file that has both is refused, naming the lines;
 * a zero byte, which no text holds, refuses the file too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-text-encoding"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kez-text-encoding.h"

G_DEFINE_QUARK (kez-text-error-quark, kez_text_error)

/* How many of the lines with a problem a message names. */
#define LINES_NAMED 5

const char *
kez_text_encoding_name (KezTextEncoding encoding)
{
  switch (encoding)
    {
    case KEZ_TEXT_WINDOWS_1251: return "WINDOWS-1251";
    case KEZ_TEXT_UTF16LE: return "UTF-16LE";
    case KEZ_TEXT_UTF16BE: return "UTF-16BE";
    case KEZ_TEXT_UTF8:
    default: return "UTF-8";
    }
}

/* UTF-16 without a byte order mark: Latin letters, digits and separators have a zero byte. */
static gboolean
looks_utf16 (const char      *data,
             gsize            length,
             KezTextEncoding *encoding)
{
  gsize sample = MIN (length, 8192) & ~(gsize) 1;
  guint even = 0, odd = 0;

  for (gsize i = 0; i < sample; i += 2)
    {
      even += data[i] == '\0';
      odd += data[i + 1] == '\0';
    }
  if (sample < 4)
    return FALSE;
  if (odd * 4 > sample / 2 && even * 20 < sample / 2)
    *encoding = KEZ_TEXT_UTF16LE;
  else if (even * 4 > sample / 2 && odd * 20 < sample / 2)
    *encoding = KEZ_TEXT_UTF16BE;
  else
    return FALSE;
  return TRUE;
}

struct _KezTextSniffer
{
  gboolean        started;
  gboolean        decided;      /* by a byte order mark, or as UTF-16 */
  KezTextEncoding encoding;
  gsize           bom_length;
  char            carry[4];     /* the start of a sequence cut by the end of a chunk */
  gsize           n_carry;
  guint           line;
  guint           nul_lines[LINES_NAMED];
  guint           n_nul_lines;
  guint           bad_lines[LINES_NAMED];
  guchar          bad_bytes[LINES_NAMED];
  guint           n_bad_lines;
  guint64         bad_bytes_total;
  guint64         utf8_letters; /* valid sequences of two bytes or more */
};

KezTextSniffer *
kez_text_sniffer_new (void)
{
  KezTextSniffer *self = g_new0 (KezTextSniffer, 1);

  self->line = 1;
  return self;
}

void
kez_text_sniffer_free (KezTextSniffer *self)
{
  g_free (self);
}

static void
note_line (guint  *lines,
           guint  *n,
           guint   line,
           guchar *bytes,
           guchar  byte)
{
  if (*n > 0 && *n <= LINES_NAMED && lines[*n - 1] == line)
    return;
  if (*n < LINES_NAMED)
    {
      lines[*n] = line;
      if (bytes != NULL)
        bytes[*n] = byte;
    }
  (*n)++;
}

static guint
count_lines (const char *from,
             const char *to)
{
  guint n = 0;

  for (const char *p = from; p < to && (p = memchr (p, '\n', to - p)) != NULL; p++)
    n++;
  return n;
}

static guint64
count_letters (const char *from,
               const char *to)
{
  guint64 n = 0;

  for (const char *p = from; p < to; p++)
    n += ((guchar) *p & 0xC0) == 0xC0;
  return n;
}

/* How many bytes at the end of [p, end) are the unfinished start of a UTF-8 sequence. */
static gsize
unfinished_tail (const char *p,
                 const char *end)
{
  for (gsize back = 1; back <= 3 && end - back >= p; back++)
    {
      guchar c = (guchar) end[-(gssize) back];

      if ((c & 0xC0) == 0x80)
        continue;
      if (c >= 0xC0)
        {
          gsize need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;

          return need > back ? back : 0;
        }
      return 0;
    }
  return 0;
}

static void
survey (KezTextSniffer *s,
        const char     *data,
        gsize           length,
        gboolean        last)
{
  const char *p = data, *end = data + length;

  while (p < end)
    {
      const char *stop = NULL;
      gsize tail;

      if (g_utf8_validate_len (p, end - p, &stop))
        stop = end;
      s->utf8_letters += count_letters (p, stop);
      s->line += count_lines (p, stop);
      if (stop >= end)
        break;
      if (!last && (tail = unfinished_tail (stop, end)) > 0 && stop + tail == end)
        {
          memcpy (s->carry, stop, tail);
          s->n_carry = tail;
          return;
        }
      if (*stop == '\0')
        note_line (s->nul_lines, &s->n_nul_lines, s->line, NULL, 0);
      else
        {
          note_line (s->bad_lines, &s->n_bad_lines, s->line, s->bad_bytes, (guchar) *stop);
          s->bad_bytes_total++;
        }
      p = stop + 1;
    }
}

static void
start (KezTextSniffer *s,
       const char     *data,
       gsize           length)
{
  s->started = TRUE;
  s->encoding = KEZ_TEXT_UTF8;
  if (length >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    {
      s->encoding = KEZ_TEXT_UTF16LE;
      s->bom_length = 2;
      s->decided = TRUE;
    }
  else if (length >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    {
      s->encoding = KEZ_TEXT_UTF16BE;
      s->bom_length = 2;
      s->decided = TRUE;
    }
  else if (looks_utf16 (data, length, &s->encoding))
    s->decided = TRUE;
  else if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    s->bom_length = 3;
}

/**
 * kez_text_sniffer_feed:
 *
 * Looks at the next piece of a file; the first one should hold at least its first few
 * kilobytes.
 */
void
kez_text_sniffer_feed (KezTextSniffer *self,
                       const char     *data,
                       gsize           length,
                       gboolean        last)
{
  if (!self->started)
    {
      start (self, data, length);
      data += self->bom_length;
      length -= MIN (length, self->bom_length);
    }
  if (self->decided)
    return;
  if (self->n_carry > 0)
    {
      /* The sequence the last piece cut, completed by the first bytes of this one. */
      char joined[8];
      guchar lead = (guchar) self->carry[0];
      gsize need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      gsize take = MIN (length, need - self->n_carry);
      gsize n = self->n_carry + take;

      memcpy (joined, self->carry, self->n_carry);
      memcpy (joined + self->n_carry, data, take);
      self->n_carry = 0;
      survey (self, joined, n, last && take == length);
      data += take;
      length -= take;
    }
  survey (self, data, length, last);
}
static char *
lines_message (const guint  *lines,
               guint         n,
               const guchar *bytes,
               gboolean      nul)
{
  GString *message = g_string_new (NULL);

  for (guint i = 0; i < MIN (n, LINES_NAMED); i++)
    {
      if (i > 0)
        g_string_append_c (message, '\n');
      if (nul)
        g_string_append_printf (message,
                                /* Translators: %1$u is a line number */
                                _("line %1$u: a zero byte, which no text holds: the file is "
                                  "not a text file, or it is damaged"), lines[i]);
      else
        g_string_append_printf (message,
                                /* Translators: %1$u is a line number, %2$02X a byte in
                                   hexadecimal, such as "CA" */
                                _("line %1$u: the byte 0x%2$02X is not UTF-8: the file mixes "
                                  "UTF-8 with another encoding. Save it again as UTF-8 and "
                                  "import it again"), lines[i], bytes[i]);
    }
  if (n > LINES_NAMED)
    {
      g_string_append_c (message, '\n');
      g_string_append_printf (message,
                              /* Translators: %1$u is a number of lines */
                              g_dngettext (GETTEXT_PACKAGE, "and %1$u more line",
                                           "and %1$u more lines", n - LINES_NAMED),
                              n - LINES_NAMED);
    }
  return g_string_free (message, FALSE);
}

/**
 * kez_text_sniffer_finish:
 * @encoding: (out): how the file is to be read
 * @bom_length: (out): bytes of byte order mark to skip at its start
 *
 * Returns: %FALSE with @error set, naming the lines, when the file is not text or mixes
 *   encodings; nothing of it should be imported then.
 */
gboolean
kez_text_sniffer_finish (KezTextSniffer   *self,
                         KezTextEncoding  *encoding,
                         gsize            *bom_length,
                         GError          **error)
{
  if (!self->started)
    start (self, "", 0);
  if (self->n_carry > 0)
    {
      survey (self, self->carry, self->n_carry, TRUE);
      self->n_carry = 0;
    }
  *encoding = self->encoding;
  *bom_length = self->bom_length;
  if (self->decided)
    return TRUE;
  if (self->n_nul_lines > 0)
    {
      g_autofree char *message = lines_message (self->nul_lines, self->n_nul_lines, NULL, TRUE);

      g_set_error_literal (error, KEZ_TEXT_ERROR, KEZ_TEXT_ERROR_NOT_TEXT, message);
      return FALSE;
    }
  if (self->bad_bytes_total == 0)
    return TRUE;
  /* Windows-1251 Cyrillic almost never forms a valid UTF-8 sequence; a file with many of
   * them and a few bad bytes is UTF-8 with an accident in it. */
  if (self->bom_length == 0 && self->utf8_letters * 50 < self->bad_bytes_total)
    {
      *encoding = KEZ_TEXT_WINDOWS_1251;
      return TRUE;
    }
  {
    g_autofree char *message = lines_message (self->bad_lines, self->n_bad_lines,
                                              self->bad_bytes, FALSE);

    g_set_error_literal (error, KEZ_TEXT_ERROR, KEZ_TEXT_ERROR_MIXED, message);
  }
  return FALSE;
}

/* The whole of @data at once. */
gboolean
kez_text_sniff (const char       *data,
                gsize             length,
                KezTextEncoding  *encoding,
                gsize            *bom_length,
                GError          **error)
{
  KezTextSniffer *sniffer = kez_text_sniffer_new ();
  gboolean ok;

  kez_text_sniffer_feed (sniffer, data, length, TRUE);
  ok = kez_text_sniffer_finish (sniffer, encoding, bom_length, error);
  kez_text_sniffer_free (sniffer);
  return ok;
}

/**
 * kez_text_to_utf8:
 *
 * Returns: (transfer full): @data as UTF-8, NUL-terminated, or %NULL with @error set
 */
char *
kez_text_to_utf8 (const char       *data,
                  gsize             length,
                  KezTextEncoding   encoding,
                  gsize            *out_length,
                  GError          **error)
{
  g_autoptr(GError) conversion = NULL;
  char *converted;

  if (encoding == KEZ_TEXT_UTF8)
    {
      *out_length = length;
      return g_strndup (data, length);
    }
  converted = g_convert (data, length, "UTF-8", kez_text_encoding_name (encoding), NULL,
                         out_length, &conversion);
  if (converted == NULL)
    g_set_error (error, KEZ_TEXT_ERROR, KEZ_TEXT_ERROR_MIXED,
                 /* Translators: %1$s is an encoding such as "WINDOWS-1251" */
                 _("The file is not text in %1$s, the encoding it seems to be in"),
                 kez_text_encoding_name (encoding));
  else if (memchr (converted, '\0', *out_length) != NULL)
    {
      g_clear_pointer (&converted, g_free);
      g_set_error_literal (error, KEZ_TEXT_ERROR, KEZ_TEXT_ERROR_NOT_TEXT,
                           _("The file holds a zero byte, which no text holds: it is not a "
                             "text file, or it is damaged"));
    }
  return converted;
}

/**
 * kez_text_shorten:
 *
 * Returns: (transfer full): @value for a message, cut to its first forty characters: a
 *   message must name the value, not echo a whole megabyte of it.
 */
char *
kez_text_shorten (const char *value)
{
  g_autofree char *start = NULL;

  if (value == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (value, 41 * 4) <= 40)
    return g_strdup (value);
  start = g_utf8_substring (value, 0, 40);
  return g_strconcat (start, "…", NULL);
}
