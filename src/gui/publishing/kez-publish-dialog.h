/* kez-publish-dialog.h: a meeting's results as a document for the website, saved or printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

GtkWidget *kez_publish_dialog_new (GtkWindow *parent,
                                   KezStore  *store,
                                   gint64     meeting_id);

G_END_DECLS
