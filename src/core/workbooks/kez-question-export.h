/* kez-question-export.h: the register of citizens' questions as a workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_question_export (KezStore           *store,
                              gint64              meeting_id,
                              KezExportLanguage   language,
                              gboolean            include_personal_data,
                              const char         *path,
                              guint              *n_questions,
                              GError            **error);

G_END_DECLS
