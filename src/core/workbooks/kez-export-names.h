/* kez-export-names.h: the names workbooks give bodies and regions, in both languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-store.h"
#include "kez-xlsx-file.h"

G_BEGIN_DECLS

GHashTable *kez_export_names_of_bodies  (KezStore *store);
GHashTable *kez_export_names_of_regions (KezStore *store);
const char *kez_export_names_get        (GHashTable  *names,
                                         const char  *code,
                                         KezLanguage  language);
void        kez_export_names_describe_workbook (KezXlsxFile       *file,
                                                KezStore          *store,
                                                const char        *body_code,
                                                const char        *title_kk,
                                                const char        *title_ru,
                                                KezExportLanguage  language);

G_END_DECLS
