/* kez-import-table.h: the rows of a file to import, a CSV file or an Excel workbook alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-csv.h"

G_BEGIN_DECLS

typedef struct _KezImportTable KezImportTable;

KezImportTable     *kez_import_table_new            (const char      *data,
                                                     gsize            length,
                                                     const char      *name,
                                                     GError         **error);
KezImportTable     *kez_import_table_new_for_path   (const char      *path,
                                                     const char      *name,
                                                     GError         **error);
KezImportTable     *kez_import_table_new_for_file   (GFile           *file,
                                                     const char      *name,
                                                     GError         **error);
const char * const *kez_import_table_get_header     (KezImportTable  *self);
guint64             kez_import_table_get_version    (KezImportTable  *self);
gboolean            kez_import_table_is_workbook    (KezImportTable  *self);
KezCsvRecord       *kez_import_table_next           (KezImportTable  *self,
                                                     GError         **broken);
gboolean            kez_import_table_rewind         (KezImportTable  *self,
                                                     GError         **error);
char               *kez_import_table_where          (KezImportTable  *self,
                                                     guint            line,
                                                     const char      *reasons);
char               *kez_import_table_lines          (KezImportTable  *self,
                                                     GArray          *lines);
KezImportTable     *kez_import_table_ref            (KezImportTable  *self);
void                kez_import_table_free           (KezImportTable  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezImportTable, kez_import_table_free)

G_END_DECLS
