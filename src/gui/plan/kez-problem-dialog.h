/* kez-problem-dialog.h: a problem made from a meeting's questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-problems.h"
#include "kez-store.h"
#include "kez-store-reader.h"

G_BEGIN_DECLS

void kez_problem_dialog_open (GtkWindow      *parent,
                              KezStore       *store,
                              KezStoreReader *reader,
                              GCancellable   *cancellable,
                              gint64          meeting_id,
                              gint64          problem_id,
                              const gint64   *question_ids,
                              guint           n_question_ids);

G_END_DECLS
