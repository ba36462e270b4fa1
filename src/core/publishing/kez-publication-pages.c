/* kez-publication-pages.c
 *
 * A publication on A4 pages: the body's name and the date at the top of every page, the page's
 * number and the count at its foot, a table's header repeated on every page the table reaches,
 * a row never split between pages, a heading never left alone at a page's foot, each
 * language's document from a new page.
 *
 * The same walk through the document counts the pages, draws one of them (the printer asks
 * for them one at a time) or draws them all (a PDF), so what is counted is what is drawn.
 * Text is laid out by Pango at 72 dots an inch with unhinted metrics: a point of the font is a
 * point of the page, on paper and in a PDF alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-publication-pages"

#include "config.h"

#include <pango/pangocairo.h>

#include "kez-publication-pages.h"

/* DejaVu Sans has every letter of Kazakh's and Russian's alphabets, and comes with GNOME. */
#define FONT_FAMILY "DejaVu Sans"
#define MARGIN 50.0
#define BODY_SIZE 9.0
#define TABLE_SIZE 8.0
#define CELL_PADDING 3.5
#define ALL_PAGES G_MAXUINT

typedef struct
{
  cairo_t                  *cr;
  PangoContext             *context;
  double                    page_width, page_height;
  double                    left, right, top, bottom;
  guint                     page;      /* the page being laid out, from 0 */
  guint                     target;    /* the page to draw, ALL_PAGES, or none (G_MAXUINT - 1) */
  guint                     n_pages;
  double                    y;
  const KezPublicationPart *part;
} Walk;

#define NO_PAGE (G_MAXUINT - 1)

static gboolean
drawing (const Walk *walk)
{
  return walk->target == ALL_PAGES || walk->target == walk->page;
}

static PangoLayout *
layout_text (Walk       *walk,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_layout_new (walk->context);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static void
show (Walk        *walk,
      PangoLayout *layout,
      double       x,
      double       y,
      double       grey)
{
  cairo_set_source_rgb (walk->cr, grey, grey, grey);
  cairo_move_to (walk->cr, x, y);
  pango_cairo_show_layout (walk->cr, layout);
}

/* The page's top and foot: who publishes and when, and where in the document this is. */
static void
draw_margins (Walk *walk)
{
  double width = walk->right - walk->left;
  g_autoptr(PangoLayout) issuer = layout_text (walk, walk->part->issuer, 7.5, FALSE, width * 0.7);
  g_autoptr(PangoLayout) date = layout_text (walk, walk->part->date, 7.5, FALSE, width * 0.3);
  g_autofree char *number = g_strdup_printf ("%u / %u", walk->page + 1, walk->n_pages);
  g_autoptr(PangoLayout) page = layout_text (walk, number, 7.5, FALSE, width);

  pango_layout_set_alignment (date, PANGO_ALIGN_RIGHT);
  pango_layout_set_alignment (page, PANGO_ALIGN_CENTER);
  show (walk, issuer, walk->left, MARGIN / 2, 0.35);
  show (walk, date, walk->left + width * 0.7, MARGIN / 2, 0.35);
  show (walk, page, walk->left, walk->page_height - MARGIN / 2 - 8, 0.35);
  cairo_set_source_rgb (walk->cr, 0.7, 0.7, 0.7);
  cairo_set_line_width (walk->cr, 0.5);
  cairo_move_to (walk->cr, walk->left, MARGIN / 2 + 12);
  cairo_line_to (walk->cr, walk->right, MARGIN / 2 + 12);
  cairo_stroke (walk->cr);
}

static void
begin_page (Walk *walk)
{
  walk->y = walk->top;
  if (drawing (walk))
    draw_margins (walk);
}

static void
next_page (Walk *walk)
{
  if (walk->target == ALL_PAGES)
    cairo_show_page (walk->cr);
  walk->page++;
  begin_page (walk);
}

/* Room for @height more, on this page or the next. */
static void
make_room (Walk   *walk,
           double  height)
{
  if (walk->y + height > walk->bottom && walk->y > walk->top)
    next_page (walk);
}

static void
place_text (Walk       *walk,
            const char *text,
            double      size,
            gboolean    bold,
            double      keep_with_next,
            double      space_after)
{
  g_autoptr(PangoLayout) layout = layout_text (walk, text, size, bold, walk->right - walk->left);
  double height = layout_height (layout);

  make_room (walk, height + keep_with_next);
  if (drawing (walk))
    show (walk, layout, walk->left, walk->y, 0);
  walk->y += height + space_after;
}

/* One row of a table: its cells side by side, as tall as the tallest, with borders. */
static double
row_height (Walk            *walk,
            const KezBlock  *block,
            guint            row,
            const double    *widths,
            gboolean         bold,
            PangoLayout    **layouts)
{
  double height = 0;

  for (guint c = 0; c < block->n_columns; c++)
    {
      layouts[c] = layout_text (walk, kez_block_get_cell (block, row, c), TABLE_SIZE, bold,
                                widths[c] - 2 * CELL_PADDING);
      height = MAX (height, layout_height (layouts[c]));
    }
  return height + 2 * CELL_PADDING;
}

static void
draw_row (Walk          *walk,
          const KezBlock *block,
          const double   *widths,
          PangoLayout   **layouts,
          double          height,
          double          shade)
{
  double x = walk->left;

  for (guint c = 0; c < block->n_columns; c++)
    {
      cairo_rectangle (walk->cr, x, walk->y, widths[c], height);
      if (shade < 1)
        {
          cairo_set_source_rgb (walk->cr, shade, shade, shade);
          cairo_fill_preserve (walk->cr);
        }
      cairo_set_source_rgb (walk->cr, 0.55, 0.55, 0.55);
      cairo_set_line_width (walk->cr, 0.5);
      cairo_stroke (walk->cr);
      show (walk, layouts[c], x + CELL_PADDING, walk->y + CELL_PADDING, 0);
      x += widths[c];
    }
}

static void
place_row (Walk           *walk,
           const KezBlock *block,
           guint           row,
           const double   *widths,
           gboolean        header,
           double          shade)
{
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, block->n_columns);
  double height = row_height (walk, block, row, widths, header, layouts);

  if (drawing (walk))
    draw_row (walk, block, widths, layouts, height, shade);
  walk->y += height;
  for (guint c = 0; c < block->n_columns; c++)
    g_object_unref (layouts[c]);
}

static double
measure_row (Walk           *walk,
             const KezBlock *block,
             guint           row,
             const double   *widths,
             gboolean        header)
{
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, block->n_columns);
  double height = row_height (walk, block, row, widths, header, layouts);

  for (guint c = 0; c < block->n_columns; c++)
    g_object_unref (layouts[c]);
  return height;
}

/* The widest word of a column's cells, header (bold) included: a column narrower than that
 * would break a word in two ("Жоспарланғ-ан"). Each distinct word is measured once. */
static double
widest_word (Walk           *walk,
             const KezBlock *block,
             guint           column)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(PangoLayout) regular = layout_text (walk, "", TABLE_SIZE, FALSE, 1);
  g_autoptr(PangoLayout) bold = layout_text (walk, "", TABLE_SIZE, TRUE, 1);
  guint n_rows = kez_block_get_n_rows (block);
  double widest = 0;

  pango_layout_set_width (regular, -1);
  pango_layout_set_width (bold, -1);
  for (guint r = 0; r < n_rows; r++)
    {
      g_auto(GStrv) words = g_strsplit_set (kez_block_get_cell (block, r, column), " \n\t", -1);
      PangoLayout *layout = r == 0 ? bold : regular;

      for (guint w = 0; words[w] != NULL; w++)
        {
          PangoRectangle logical;
          g_autofree char *key = g_strdup_printf ("%c%s", r == 0 ? 'b' : 'r', words[w]);

          if (*words[w] == '\0' || !g_hash_table_add (seen, g_steal_pointer (&key)))
            continue;
          pango_layout_set_text (layout, words[w], -1);
          pango_layout_get_extents (layout, NULL, &logical);
          widest = MAX (widest, (double) logical.width / PANGO_SCALE);
        }
    }
  return widest + 2 * CELL_PADDING + 0.5;
}

/* The columns' shares of @width, each widened to its widest word where the others have room to
 * give (taken from them in proportion to what they can spare); as planned when none has. */
static void
fit_widths (Walk           *walk,
            const KezBlock *block,
            double          width,
            double         *widths)
{
  g_autofree double *least = g_new0 (double, block->n_columns);
  double wanted = 0, spare = 0;

  for (guint c = 0; c < block->n_columns; c++)
    {
      widths[c] = g_array_index (block->widths, double, c) * width;
      least[c] = widest_word (walk, block, c);
      if (least[c] > widths[c])
        wanted += least[c] - widths[c];
      else
        spare += widths[c] - least[c];
    }
  if (wanted == 0 || wanted > spare)
    return;
  for (guint c = 0; c < block->n_columns; c++)
    {
      if (least[c] > widths[c])
        widths[c] = least[c];
      else
        widths[c] -= (widths[c] - least[c]) * wanted / spare;
    }
}

static void
place_table (Walk           *walk,
             const KezBlock *block)
{
  double width = walk->right - walk->left;
  g_autofree double *widths = g_new0 (double, block->n_columns);
  double header_height;
  guint n_rows = kez_block_get_n_rows (block);

  fit_widths (walk, block, width, widths);
  header_height = measure_row (walk, block, 0, widths, TRUE);
  /* The header with at least its first row. */
  make_room (walk, header_height + (n_rows > 1 ? measure_row (walk, block, 1, widths, FALSE) : 0));
  place_row (walk, block, 0, widths, TRUE, 0.9);
  for (guint r = 1; r < n_rows; r++)
    {
      double height = measure_row (walk, block, r, widths, FALSE);

      if (walk->y + height > walk->bottom)
        {
          next_page (walk);
          place_row (walk, block, 0, widths, TRUE, 0.9);
        }
      place_row (walk, block, r, widths, FALSE, 1);
    }
  walk->y += 10;
}

static void
place_facts (Walk           *walk,
             const KezBlock *block)
{
  double width = walk->right - walk->left;
  double label_width = width * 0.38;

  for (guint r = 0; r < kez_block_get_n_rows (block); r++)
    {
      g_autoptr(PangoLayout) label = layout_text (walk, kez_block_get_cell (block, r, 0),
                                                  BODY_SIZE, FALSE, label_width - 8);
      g_autoptr(PangoLayout) value = layout_text (walk, kez_block_get_cell (block, r, 1),
                                                  BODY_SIZE, TRUE, width - label_width);
      double height = MAX (layout_height (label), layout_height (value));

      make_room (walk, height);
      if (drawing (walk))
        {
          show (walk, label, walk->left, walk->y, 0.3);
          show (walk, value, walk->left + label_width, walk->y, 0);
        }
      walk->y += height + 3;
    }
  walk->y += 8;
}

static void
walk_publication (KezPublication *publication,
                  Walk           *walk)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  walk->context = pango_cairo_create_context (walk->cr);
  pango_cairo_context_set_resolution (walk->context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (walk->context, options);
  cairo_font_options_destroy (options);
  walk->left = MARGIN;
  walk->right = walk->page_width - MARGIN;
  walk->top = MARGIN + 10;
  walk->bottom = walk->page_height - MARGIN;
  walk->page = 0;

  for (guint p = 0; p < publication->parts->len; p++)
    {
      walk->part = g_ptr_array_index (publication->parts, p);
      pango_context_set_language (walk->context,
                                  pango_language_from_string (walk->part->language ==
                                                              KEZ_LANGUAGE_KK ? "kk" : "ru"));
      if (p == 0)
        begin_page (walk);
      else
        next_page (walk);
      place_text (walk, walk->part->title, 16, TRUE, 0, walk->part->subtitle != NULL ? 4 : 12);
      if (walk->part->subtitle != NULL)
        place_text (walk, walk->part->subtitle, 11, FALSE, 0, 12);
      for (guint b = 0; b < walk->part->blocks->len; b++)
        {
          const KezBlock *block = g_ptr_array_index (walk->part->blocks, b);

          switch (block->kind)
            {
            case KEZ_BLOCK_HEADING:
              walk->y += 6;
              place_text (walk, block->text, 12, TRUE, 60, 6);
              break;
            case KEZ_BLOCK_PARAGRAPH:
              place_text (walk, block->text, BODY_SIZE, FALSE, 0, 8);
              break;
            case KEZ_BLOCK_FACTS:
              place_facts (walk, block);
              break;
            case KEZ_BLOCK_TABLE:
              place_table (walk, block);
              break;
            default:
              g_assert_not_reached ();
            }
        }
    }
  g_clear_object (&walk->context);
}

guint
kez_publication_count_pages (KezPublication *publication,
                             cairo_t        *cr,
                             double          page_width,
                             double          page_height)
{
  Walk walk = { .cr = cr, .page_width = page_width, .page_height = page_height,
                .target = NO_PAGE };

  walk_publication (publication, &walk);
  return walk.page + 1;
}

/* One page, from 0, of @n_pages: the printer's way. */
void
kez_publication_draw_page (KezPublication *publication,
                           cairo_t        *cr,
                           double          page_width,
                           double          page_height,
                           guint           page,
                           guint           n_pages)
{
  Walk walk = { .cr = cr, .page_width = page_width, .page_height = page_height,
                .target = page, .n_pages = n_pages };

  walk_publication (publication, &walk);
}

/* Every page, each shown on the surface: a PDF's way. */
void
kez_publication_draw_all (KezPublication *publication,
                          cairo_t        *cr,
                          double          page_width,
                          double          page_height,
                          guint           n_pages)
{
  Walk walk = { .cr = cr, .page_width = page_width, .page_height = page_height,
                .target = ALL_PAGES, .n_pages = n_pages };

  walk_publication (publication, &walk);
  cairo_show_page (cr);
}
