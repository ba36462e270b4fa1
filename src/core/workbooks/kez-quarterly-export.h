/* kez-quarterly-export.h: the quarter's progress on every action plan (point 3.7)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_quarterly_export (KezStore           *store,
                               int                 year,
                               int                 quarter,
                               KezExportLanguage   language,
                               const char         *path,
                               guint              *n_actions,
                               GError            **error);

G_END_DECLS
