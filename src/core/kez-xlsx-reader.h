/* kez-xlsx-reader.h: the cells of a workbook's first sheet, read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KezXlsxSheet KezXlsxSheet;

KezXlsxSheet *kez_xlsx_sheet_read      (const char    *path,
                                        GError       **error);
KezXlsxSheet *kez_xlsx_sheet_read_data (const void    *data,
                                        gsize          length,
                                        const char    *name,
                                        GError       **error);
const char   *kez_xlsx_sheet_get       (KezXlsxSheet  *self,
                                        guint          row,
                                        guint          column);
guint         kez_xlsx_sheet_get_n_rows (KezXlsxSheet *self);
void          kez_xlsx_sheet_free      (KezXlsxSheet  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezXlsxSheet, kez_xlsx_sheet_free)

G_END_DECLS
