/* kez-problem-dialog.h: a problem made from a meeting's questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-problems.h"
#include "kez-store.h"

G_BEGIN_DECLS

GtkWidget *kez_problem_dialog_new  (GtkWindow              *parent,
                                    KezStore               *store,
                                    gint64                  meeting_id);
GtkWidget *kez_problem_dialog_new_for_questions (GtkWindow    *parent,
                                                 KezStore     *store,
                                                 gint64        meeting_id,
                                                 const gint64 *question_ids,
                                                 guint         n_question_ids);
GtkWidget *kez_problem_dialog_edit (GtkWindow              *parent,
                                    KezStore               *store,
                                    const KezProblemFields *problem);

G_END_DECLS
