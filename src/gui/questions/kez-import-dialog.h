/* kez-import-dialog.h: meetings or questions from a CSV file or a workbook, previewed first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-import-batch.h"
#include "kez-store.h"

G_BEGIN_DECLS

void kez_import_dialog_run (GtkWindow     *parent,
                            KezStore      *store,
                            KezImportKind  kind);
void kez_import_dialog_open (GtkWindow     *parent,
                             KezStore      *store,
                             KezImportKind  kind,
                             GFile         *file);

G_END_DECLS
