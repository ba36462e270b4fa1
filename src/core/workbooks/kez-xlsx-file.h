/* kez-xlsx-file.h: a workbook that appears whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

typedef struct _KezXlsxFile KezXlsxFile;

KezXlsxFile  *kez_xlsx_file_new      (const char   *path,
                                      GError      **error);
KezXlsxFile  *kez_xlsx_file_new_streaming (const char *path,
                                      GError      **error);
lxw_workbook *kez_xlsx_file_get_workbook (KezXlsxFile *self);
const char   *kez_xlsx_file_get_path (KezXlsxFile  *self);
void          kez_xlsx_file_set_properties (KezXlsxFile *self,
                                      const char   *title,
                                      const char   *author);
gboolean      kez_xlsx_file_finish   (KezXlsxFile  *self,
                                      GError      **error);
void          kez_xlsx_file_free     (KezXlsxFile  *self);

/* libxlsxwriter's cell writers, whose failures the file remembers and reports at the finish. */
lxw_error     kez_xlsx_write_string  (lxw_worksheet *sheet,
                                      lxw_row_t      row,
                                      lxw_col_t      col,
                                      const char    *text,
                                      lxw_format    *format);
lxw_error     kez_xlsx_write_number  (lxw_worksheet *sheet,
                                      lxw_row_t      row,
                                      lxw_col_t      col,
                                      double         number,
                                      lxw_format    *format);
lxw_error     kez_xlsx_write_datetime (lxw_worksheet *sheet,
                                      lxw_row_t      row,
                                      lxw_col_t      col,
                                      lxw_datetime  *datetime,
                                      lxw_format    *format);
void          kez_xlsx_set_column    (lxw_worksheet *sheet,
                                      lxw_col_t      first,
                                      lxw_col_t      last,
                                      double         width);
lxw_error     kez_xlsx_write_url     (lxw_worksheet *sheet,
                                      lxw_row_t      row,
                                      lxw_col_t      col,
                                      const char    *url,
                                      lxw_format    *format);
lxw_error     kez_xlsx_write_blank   (lxw_worksheet *sheet,
                                      lxw_row_t      row,
                                      lxw_col_t      col,
                                      lxw_format    *format);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezXlsxFile, kez_xlsx_file_free)

G_END_DECLS
