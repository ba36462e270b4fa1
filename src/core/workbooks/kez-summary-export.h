/* kez-summary-export.h: the half-year or year in figures, by quarter and by leader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_summary_export (KezStore           *store,
                             int                 year,
                             int                 half,
                             KezExportLanguage   language,
                             const char         *path,
                             GError            **error);

G_END_DECLS
