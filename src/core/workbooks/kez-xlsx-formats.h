/* kez-xlsx-formats.h: the one look of every workbook the app writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

typedef struct
{
  lxw_format *title;      /* the sheet's title, above the table */
  lxw_format *header;     /* column headers: bold, wrapped, shaded, centred */
  lxw_format *text;       /* wrapped text at the top of its cell */
  lxw_format *link;       /* a web address, as text, that can be followed */
  lxw_format *number;
  lxw_format *decimal;    /* one decimal place: minutes, shares */
  lxw_format *date;       /* dd.mm.yyyy, a real date */
  lxw_format *date_time;  /* dd.mm.yyyy hh:mm */
  lxw_format *time;       /* hh:mm */
  lxw_format *good;       /* a status that is as it should be: done, kept, answered */
  lxw_format *bad;        /* one that is not: overdue, breached, rejected */
} KezXlsxFormats;

void kez_xlsx_formats_init      (KezXlsxFormats *formats,
                                 lxw_workbook   *workbook);
void kez_xlsx_write_date        (lxw_worksheet  *sheet,
                                 lxw_row_t       row,
                                 lxw_col_t       col,
                                 const GDate    *date,
                                 lxw_format     *format);
void kez_xlsx_write_iso         (lxw_worksheet  *sheet,
                                 lxw_row_t       row,
                                 lxw_col_t       col,
                                 const char     *iso,
                                 KezXlsxFormats *formats);

G_END_DECLS
