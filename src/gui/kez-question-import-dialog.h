/* kez-question-import-dialog.h: importing questions from a CSV file, with a preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-store.h"

G_BEGIN_DECLS

void kez_question_import_dialog_run (GtkWindow *parent,
                                     KezStore  *store);

G_END_DECLS
