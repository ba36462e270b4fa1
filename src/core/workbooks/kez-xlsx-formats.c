/* kez-xlsx-formats.c
 *
 * Every workbook goes to the authorised body under the ministry's name: one set of formats,
 * made here, gives them one look. Dates are written as dates, so that they sort and filter as
 * dates in Excel and LibreOffice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-xlsx-formats"

#include "config.h"

#include <stdio.h>

#include "kez-xlsx-file.h"
#include "kez-xlsx-formats.h"

static lxw_format *
cell_format (lxw_workbook *workbook)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (format, LXW_BORDER_THIN);
  format_set_border_color (format, 0xA0A0A0);
  return format;
}

void
kez_xlsx_formats_init (KezXlsxFormats *formats,
                       lxw_workbook   *workbook)
{
  formats->title = workbook_add_format (workbook);
  format_set_bold (formats->title);
  format_set_font_size (formats->title, 14);

  formats->header = workbook_add_format (workbook);
  format_set_bold (formats->header);
  format_set_text_wrap (formats->header);
  format_set_align (formats->header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_align (formats->header, LXW_ALIGN_CENTER);
  format_set_bg_color (formats->header, 0xDEE6EF);
  format_set_border (formats->header, LXW_BORDER_THIN);

  formats->text = cell_format (workbook);
  format_set_text_wrap (formats->text);

  formats->link = cell_format (workbook);
  format_set_text_wrap (formats->link);
  format_set_font_color (formats->link, 0x1A5FB4);
  format_set_underline (formats->link, LXW_UNDERLINE_SINGLE);

  formats->number = cell_format (workbook);

  formats->decimal = cell_format (workbook);
  format_set_num_format (formats->decimal, "0.0");

  formats->date = cell_format (workbook);
  format_set_num_format (formats->date, "dd.mm.yyyy");

  formats->date_time = cell_format (workbook);
  format_set_num_format (formats->date_time, "dd.mm.yyyy hh:mm");

  formats->time = cell_format (workbook);
  format_set_num_format (formats->time, "hh:mm");

  formats->good = cell_format (workbook);
  format_set_text_wrap (formats->good);
  format_set_bg_color (formats->good, 0xD7F0DB);

  formats->bad = cell_format (workbook);
  format_set_text_wrap (formats->bad);
  format_set_bg_color (formats->bad, 0xF8D7D3);
  format_set_font_color (formats->bad, 0x8B1A10);
}

void
kez_xlsx_write_date (lxw_worksheet *sheet,
                     lxw_row_t      row,
                     lxw_col_t      col,
                     const GDate   *date,
                     lxw_format    *format)
{
  lxw_datetime value = { 0 };

  if (date == NULL || !g_date_valid (date))
    {
      kez_xlsx_write_blank (sheet, row, col, format);
      return;
    }
  value.year = g_date_get_year (date);
  value.month = g_date_get_month (date);
  value.day = g_date_get_day (date);
  kez_xlsx_write_datetime (sheet, row, col, &value, format);
}

/* "YYYY-MM-DD" as a date, "YYYY-MM-DDTHH:MM" as a date and time; anything else as text. */
void
kez_xlsx_write_iso (lxw_worksheet  *sheet,
                    lxw_row_t       row,
                    lxw_col_t       col,
                    const char     *iso,
                    KezXlsxFormats *formats)
{
  lxw_datetime value = { 0 };
  int consumed = 0;

  if (iso != NULL &&
      sscanf (iso, "%4d-%2d-%2d%n", &value.year, &value.month, &value.day, &consumed) == 3 &&
      g_date_valid_dmy (value.day, value.month, value.year))
    {
      if (iso[consumed] == 'T' &&
          sscanf (iso + consumed + 1, "%2d:%2d", &value.hour, &value.min) == 2)
        kez_xlsx_write_datetime (sheet, row, col, &value, formats->date_time);
      else
        kez_xlsx_write_datetime (sheet, row, col, &value, formats->date);
      return;
    }
  kez_xlsx_write_string (sheet, row, col, iso != NULL ? iso : "", formats->text);
}
