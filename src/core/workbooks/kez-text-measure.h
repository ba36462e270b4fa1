/* kez-text-measure.h: how many lines a text takes in a given width, in a given font
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KezTextMeasure KezTextMeasure;

KezTextMeasure *kez_text_measure_new         (void);
void            kez_text_measure_free        (KezTextMeasure *self);
guint           kez_text_measure_lines       (KezTextMeasure *self,
                                              const char     *text,
                                              const char     *family,
                                              double          size_pt,
                                              gboolean        bold,
                                              double          width_pt);
double          kez_text_measure_line_height (KezTextMeasure *self,
                                              const char     *family,
                                              double          size_pt,
                                              gboolean        bold);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezTextMeasure, kez_text_measure_free)

G_END_DECLS
