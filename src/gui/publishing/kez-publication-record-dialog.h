/* kez-publication-record-dialog.h: when and where a meeting's results were published
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

void kez_publication_record_dialog_run (GtkWindow *parent,
                                        KezStore  *store,
                                        gint64     meeting_id);

G_END_DECLS
