/* kez-action-dialog.h: an action of the plan, with its progress notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"
#include "kez-store-reader.h"

G_BEGIN_DECLS

void kez_action_dialog_open (GtkWindow      *parent,
                             KezStore       *store,
                             KezStoreReader *reader,
                             GCancellable   *cancellable,
                             gint64          problem_id,
                             gint64          action_id);

G_END_DECLS
