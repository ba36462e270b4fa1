/* kez-schedule-export.h: the schedule proposals workbook (decree point 2.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_schedule_export (KezStore           *store,
                              int                 year,
                              const char         *body_code,
                              KezExportLanguage   language,
                              const char         *path,
                              guint              *n_meetings,
                              guint              *n_left_out,
                              GError            **error);

gboolean kez_schedule_export_draft (KezStore           *store,
                                    int                 year,
                                    KezExportLanguage   language,
                                    const char         *path,
                                    guint              *n_meetings,
                                    GError            **error);

G_END_DECLS
