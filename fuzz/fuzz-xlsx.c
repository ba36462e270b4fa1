/* fuzz-xlsx.c: any bytes as a workbook for the draft schedule's reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-xlsx-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  KezXlsxSheet *sheet = kez_xlsx_sheet_read_data (data, size, "fuzz.xlsx", NULL);

  if (sheet != NULL)
    {
      for (guint row = 0; row < MIN (kez_xlsx_sheet_get_n_rows (sheet), 64); row++)
        for (guint column = 0; column < 32; column++)
          (void) kez_xlsx_sheet_get (sheet, row, column);
      kez_xlsx_sheet_free (sheet);
    }
  return 0;
}
