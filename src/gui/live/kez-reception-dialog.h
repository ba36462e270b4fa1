/* kez-reception-dialog.h: record a citizen at the personal reception
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

GtkWidget *kez_reception_dialog_new (GtkWindow *parent,
                                     KezStore  *store,
                                     gint64     meeting_id);

G_END_DECLS
