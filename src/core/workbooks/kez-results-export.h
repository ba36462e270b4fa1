/* kez-results-export.h: a meeting's results as the workbook point 3.7 asks to publish
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_results_export (KezStore           *store,
                             gint64              meeting_id,
                             KezExportLanguage   language,
                             gboolean            include_personal_data,
                             const char         *path,
                             GError            **error);

G_END_DECLS
