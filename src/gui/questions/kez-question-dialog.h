/* kez-question-dialog.h: quick entry of questions, one after another
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

GtkWidget *kez_question_dialog_new (GtkWindow *parent,
                                    KezStore  *store);

G_END_DECLS
