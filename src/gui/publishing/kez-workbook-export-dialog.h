/* kez-workbook-export-dialog.h: the options of a workbook, where to save it, and saving it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_WORKBOOK_QUESTIONS,
  KEZ_WORKBOOK_RESULTS,
  KEZ_WORKBOOK_QUARTERLY,
  KEZ_WORKBOOK_SUMMARY,
  KEZ_WORKBOOK_PROGRESS_FORM,
  KEZ_WORKBOOK_QUARTER_PUBLICATION,  /* not a workbook: the quarter's PDF or web page */
} KezWorkbookKind;

GtkWidget *kez_workbook_export_dialog_new (GtkWindow       *parent,
                                           KezStore        *store,
                                           KezWorkbookKind  kind,
                                           gint64           meeting_id);

G_END_DECLS
