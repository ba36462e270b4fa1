/* kez-take-along.h: a meeting taken along on a laptop that will be offline, from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-store.h"

G_BEGIN_DECLS

void kez_take_along_take      (GtkWindow *parent,
                               KezStore  *store,
                               gint64     meeting_id);
void kez_take_along_bring_back (GtkWindow *parent,
                               KezStore  *store);

G_END_DECLS
