/* kez-progress-import-dialog.h: an executor's progress form, previewed and imported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

void kez_progress_import_dialog_run (GtkWindow *parent,
                                     KezStore  *store);

G_END_DECLS
