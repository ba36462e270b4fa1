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
const char   *kez_xlsx_sheet_get_name  (KezXlsxSheet  *self);
const char   *kez_xlsx_sheet_get       (KezXlsxSheet  *self,
                                        guint          row,
                                        guint          column);
guint         kez_xlsx_sheet_get_n_rows (KezXlsxSheet *self);
guint         kez_xlsx_sheet_get_n_columns (KezXlsxSheet *self);
void          kez_xlsx_sheet_free      (KezXlsxSheet  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezXlsxSheet, kez_xlsx_sheet_free)

/* The size of a worksheet in Excel. */
#define KEZ_XLSX_MAX_ROWS 1048576
#define KEZ_XLSX_MAX_COLUMNS 16384

typedef struct _KezXlsxBook KezXlsxBook;

KezXlsxBook  *kez_xlsx_book_read        (const char    *path,
                                         GError       **error);
KezXlsxBook  *kez_xlsx_book_read_data   (const void    *data,
                                         gsize          length,
                                         const char    *name,
                                         GError       **error);
guint         kez_xlsx_book_get_n_sheets (KezXlsxBook  *self);
KezXlsxSheet *kez_xlsx_book_get_sheet   (KezXlsxBook   *self,
                                         guint          index);
void          kez_xlsx_book_free        (KezXlsxBook   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezXlsxBook, kez_xlsx_book_free)

G_END_DECLS
