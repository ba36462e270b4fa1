/* kez-personal-export.h: finishing a workbook that holds citizens' personal data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"
#include "kez-xlsx-file.h"

G_BEGIN_DECLS

gboolean kez_personal_export_allowed (KezStore     *store,
                                      GError      **error);
gboolean kez_personal_export_finish (KezXlsxFile  *file,
                                     KezStore     *store,
                                     const char   *subject_kind,
                                     const char   *details,
                                     GError      **error);

G_END_DECLS
