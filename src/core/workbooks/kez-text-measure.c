/* kez-text-measure.c
 *
 * Spreadsheets do not grow a row for wrapped text a program wrote: Excel does it only when a
 * person types, LibreOffice only on some imports, and a printed page shows the row as it is
 * in the file. So the text's lines are counted here, in the font the workbook names, the way a
 * spreadsheet lays them out: words put on a line while they fit, a word longer than the line
 * broken between letters, a new line after every line feed.
 *
 * The widths are Pango's, of every character once per font (a register of 100,000 questions
 * has a few hundred distinct characters), so counting stays a sum, not a layout per cell.
 * Kerning and ligatures are left out: they only narrow a text, and a line counted a little
 * wide makes a row a little tall, never too short.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-text-measure"

#include "config.h"

#include <pango/pangocairo.h>

#include "kez-text-measure.h"

/* Latin and Cyrillic (the Kazakh letters included) are looked up directly: a register of a
 * million questions measures a hundred million letters. */
#define DIRECT_CHARS 0x500

typedef struct
{
  PangoFontDescription *description;
  float                 direct[DIRECT_CHARS];  /* points; negative until measured */
  GHashTable           *advances;     /* the other characters: thousandths of a point, + 1 */
  double                line_height;  /* points */
} MeasuredFont;

struct _KezTextMeasure
{
  PangoFontMap *font_map;
  PangoContext *context;
  PangoLayout  *layout;
  GHashTable   *fonts;  /* "Calibri Bold 11" → MeasuredFont */
  /* The font asked for last: a sheet asks for the same one cell after cell. */
  char         *last_family;
  double        last_size;
  gboolean      last_bold;
  MeasuredFont *last;
};

static void
measured_font_free (gpointer data)
{
  MeasuredFont *font = data;

  pango_font_description_free (font->description);
  g_hash_table_unref (font->advances);
  g_free (font);
}

KezTextMeasure *
kez_text_measure_new (void)
{
  KezTextMeasure *self = g_new0 (KezTextMeasure, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* A font map of its own, so that a worker thread may measure while the window draws; at
   * 72 dots an inch a Pango unit of size is a point, and unhinted metrics are the font's. */
  self->font_map = pango_cairo_font_map_new ();
  self->context = pango_font_map_create_context (self->font_map);
  pango_cairo_context_set_resolution (self->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  self->layout = pango_layout_new (self->context);
  self->fonts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, measured_font_free);
  return self;
}

void
kez_text_measure_free (KezTextMeasure *self)
{
  g_clear_object (&self->layout);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_pointer (&self->fonts, g_hash_table_unref);
  g_free (self->last_family);
  g_free (self);
}

static MeasuredFont *new_font (KezTextMeasure *self, const char *family, double size_pt,
                               gboolean bold, char *key);

static MeasuredFont *
font_for (KezTextMeasure *self,
          const char     *family,
          double          size_pt,
          gboolean        bold)
{
  g_autofree char *key = NULL;
  MeasuredFont *font;

  if (self->last != NULL && self->last_size == size_pt && self->last_bold == bold &&
      g_strcmp0 (self->last_family, family) == 0)
    return self->last;
  key = g_strdup_printf ("%s|%d|%.2f", family, bold, size_pt);
  font = g_hash_table_lookup (self->fonts, key);
  if (font == NULL)
    font = new_font (self, family, size_pt, bold, g_steal_pointer (&key));
  g_free (self->last_family);
  self->last_family = g_strdup (family);
  self->last_size = size_pt;
  self->last_bold = bold;
  self->last = font;
  return font;
}

static MeasuredFont *
new_font (KezTextMeasure *self,
          const char     *family,
          double          size_pt,
          gboolean        bold,
          char           *key)
{
  MeasuredFont *font;
  PangoFontMetrics *metrics;

  font = g_new0 (MeasuredFont, 1);
  for (guint i = 0; i < DIRECT_CHARS; i++)
    font->direct[i] = -1;
  font->description = pango_font_description_new ();
  pango_font_description_set_family (font->description, family);
  pango_font_description_set_weight (font->description,
                                     bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_size (font->description, (int) (size_pt * PANGO_SCALE));
  font->advances = g_hash_table_new (NULL, NULL);
  metrics = pango_context_get_metrics (self->context, font->description, NULL);
  font->line_height = (double) (pango_font_metrics_get_ascent (metrics) +
                                pango_font_metrics_get_descent (metrics)) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  g_hash_table_insert (self->fonts, key, font);
  return font;
}

/* A character's width; a character the font lacks is measured in the font Pango falls back
 * to, as a spreadsheet would draw it. */
static double
advance (KezTextMeasure *self,
         MeasuredFont   *font,
         gunichar        c)
{
  guint stored;
  char utf8[8];
  PangoRectangle logical;

  if (c < DIRECT_CHARS && font->direct[c] >= 0)
    return font->direct[c];
  stored = GPOINTER_TO_UINT (g_hash_table_lookup (font->advances, GUINT_TO_POINTER (c)));
  if (stored != 0)
    return (stored - 1) / 1000.0;
  utf8[g_unichar_to_utf8 (c, utf8)] = '\0';
  pango_layout_set_font_description (self->layout, font->description);
  pango_layout_set_text (self->layout, utf8, -1);
  pango_layout_get_extents (self->layout, NULL, &logical);
  stored = (guint) (MAX (0, logical.width) * 1000.0 / PANGO_SCALE) + 1;
  if (c < DIRECT_CHARS)
    font->direct[c] = (stored - 1) / 1000.0;
  else
    g_hash_table_insert (font->advances, GUINT_TO_POINTER (c), GUINT_TO_POINTER (stored));
  return (stored - 1) / 1000.0;
}

/* The character at *p, and *p moved past it: Latin and Cyrillic (one or two bytes) decoded
 * here, since a register measures every letter of a hundred thousand texts. */
static inline gunichar
take_char (const char **p)
{
  const guchar *s = (const guchar *) *p;
  gunichar c;

  if (s[0] < 0x80)
    {
      *p += 1;
      return s[0];
    }
  if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80)
    {
      *p += 2;
      return ((gunichar) (s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    }
  c = g_utf8_get_char (*p);
  *p = g_utf8_next_char (*p);
  return c;
}

/* The lines of one paragraph (no line feed in it). */
static guint
paragraph_lines (KezTextMeasure *self,
                 MeasuredFont   *font,
                 const char     *start,
                 const char     *end,
                 double          width)
{
  double space = advance (self, font, ' ');
  guint lines = 1;
  double x = 0;  /* where the next word would begin */
  const char *p = start;

  while (p < end)
    {
      const char *word_end;
      double word = 0;

      if (*p == ' ')
        {
          x += space;
          p++;
          continue;
        }
      for (word_end = p; word_end < end && *word_end != ' ';)
        word += advance (self, font, take_char (&word_end));
      if (x > 0 && x + word > width)
        {
          lines++;
          x = 0;
        }
      if (word <= width)
        x += word;
      else
        for (const char *c = p; c < word_end;)
          {
            double letter = advance (self, font, take_char (&c));

            if (x > 0 && x + letter > width)
              {
                lines++;
                x = 0;
              }
            x += letter;
          }
      p = word_end;
    }
  return lines;
}

/**
 * kez_text_measure_lines:
 * @text: the text, lines separated by line feeds
 * @family: the font's family, as a workbook names it ("Calibri")
 * @width_pt: the width the text is wrapped in
 *
 * Returns: how many lines @text takes, at least one.
 */
guint
kez_text_measure_lines (KezTextMeasure *self,
                        const char     *text,
                        const char     *family,
                        double          size_pt,
                        gboolean        bold,
                        double          width_pt)
{
  MeasuredFont *font = font_for (self, family, size_pt, bold);
  const char *p = text != NULL ? text : "";
  guint lines = 0;

  width_pt = MAX (width_pt, 1.0);
  for (;;)
    {
      const char *end = strchr (p, '\n');

      if (end == NULL)
        end = p + strlen (p);
      lines += paragraph_lines (self, font, p, end > p && end[-1] == '\r' ? end - 1 : end,
                                width_pt);
      if (*end == '\0')
        break;
      p = end + 1;
    }
  return lines;
}

/* The height of one line of the font, in points. */
double
kez_text_measure_line_height (KezTextMeasure *self,
                              const char     *family,
                              double          size_pt,
                              gboolean        bold)
{
  return font_for (self, family, size_pt, bold)->line_height;
}
