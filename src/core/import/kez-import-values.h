/* kez-import-values.h: reading the values people type into CSV files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-csv.h"
#include "kez-import-table.h"
#include "kez-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

char       *kez_import_normalise     (const char         *text);
typedef const char *(*KezImportCodeFunc) (gpointer item);
typedef const char *(*KezImportNameFunc) (gpointer item, KezLanguage language);

GHashTable *kez_import_index_names   (GListModel         *items,
                                      KezImportCodeFunc   get_code,
                                      KezImportNameFunc   get_name);
GHashTable *kez_import_index_regions (KezStore           *store);
gboolean    kez_import_parse_date    (const char         *text,
                                      GDate              *date);
gboolean    kez_import_parse_time    (const char         *text,
                                      int                *minute);
gboolean    kez_import_parse_serial  (const char         *text,
                                      GDate              *date,
                                      int                *minute);
gboolean    kez_import_refuse_problems (GPtrArray      *problems,
                                        GError        **error);
const char *kez_import_field         (const KezCsvRecord *record,
                                      int                 index);

/* The most characters a text may have: what a workbook cell holds. */
#define KEZ_IMPORT_MAX_TEXT 32767

/* Reads one row; returns what is wrong with it ("; " between reasons), or NULL. */
typedef char *(*KezImportRowFunc) (const KezCsvRecord *record,
                                   gpointer            user_data);

const char   *kez_import_short       (GPtrArray          *pool,
                                      const char         *value);
void          kez_import_check_length (GPtrArray         *reasons,
                                      const char         *value);
KezCsvRecord *kez_import_next_row    (KezImportTable     *table,
                                      GError            **broken);
void          kez_import_read_rows   (KezImportTable     *table,
                                      GPtrArray          *problems,
                                      KezImportRowFunc    read_row,
                                      gpointer            user_data);

G_END_DECLS
