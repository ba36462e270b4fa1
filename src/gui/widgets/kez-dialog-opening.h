/* kez-dialog-opening.h: a dialog that opens once what it shows has been read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store-reader.h"

G_BEGIN_DECLS

/* Makes the dialog of @read (taking it) for @data, on the main thread; %NULL when there is
 * nothing to show (what was asked for was deleted in the meantime). */
typedef GtkWindow *(*KezDialogBuildFunc) (GtkWidget *where,
                                          KezStore  *store,
                                          gpointer   read,
                                          gpointer   data);

void kez_dialog_open_after_read (GtkWidget          *where,
                                 KezStore           *store,
                                 KezStoreReader     *reader,
                                 GCancellable       *cancellable,
                                 KezStoreReadFunc    read,
                                 GDestroyNotify      read_free,
                                 KezDialogBuildFunc  build,
                                 gpointer            data,
                                 GDestroyNotify      data_free);

G_END_DECLS
