/* kez-draft-schedule.h: the authorised body's draft, made of the bodies' proposals (point 2.2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_draft_schedule_build (const char * const *inputs,
                                   int                 year,
                                   KezExportLanguage   language,
                                   const char         *path,
                                   guint              *n_meetings,
                                   GError            **error);

gboolean kez_draft_schedule_from_store (KezStore          *store,
                                        int                year,
                                        KezExportLanguage  language,
                                        const char        *path,
                                        guint             *n_meetings,
                                        GError           **error);

G_END_DECLS
