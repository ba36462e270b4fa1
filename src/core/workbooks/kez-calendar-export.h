/* kez-calendar-export.h: the year's meetings and deadlines as an iCalendar file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_calendar_export (KezStore           *store,
                              int                 year,
                              KezExportLanguage   language,
                              const char         *path,
                              guint              *n_meetings,
                              GError            **error);

G_END_DECLS
