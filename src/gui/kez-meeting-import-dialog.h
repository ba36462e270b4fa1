/* kez-meeting-import-dialog.h: choose a CSV file, look at what it holds, import it whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

void kez_meeting_import_dialog_run (GtkWindow *parent,
                                    KezStore  *store);

G_END_DECLS
