/* kez-question-generator.h: realistic questions for tests, benchmarks and the demo database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_question_generator_fill (KezStore     *store,
                                      guint         count,
                                      guint32       seed,
                                      const GDate  *first,
                                      const GDate  *last,
                                      KezLanguage   topic_language,
                                      GError      **error);

G_END_DECLS
