/* kez-publication-pages.h: a publication laid out on pages, for a PDF and for the printer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "kez-publication.h"

G_BEGIN_DECLS

/* Everything is in points; the cairo context draws in points. */
guint kez_publication_count_pages (KezPublication *publication,
                                   cairo_t        *cr,
                                   double          page_width,
                                   double          page_height);
void  kez_publication_draw_page   (KezPublication *publication,
                                   cairo_t        *cr,
                                   double          page_width,
                                   double          page_height,
                                   guint           page,
                                   guint           n_pages);
void  kez_publication_draw_all    (KezPublication *publication,
                                   cairo_t        *cr,
                                   double          page_width,
                                   double          page_height,
                                   guint           n_pages);

/* A4 */
#define KEZ_PUBLICATION_PAGE_WIDTH  595.276
#define KEZ_PUBLICATION_PAGE_HEIGHT 841.890

G_END_DECLS
