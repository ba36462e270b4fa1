/* kez-problems.h: the problems a meeting raised, grouped from its questions (point 3.7)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;             /* 0 until saved */
  gint64  version;        /* as read: a save over another fails (0: whatever it is) */
  gint64  meeting_id;
  char   *title_kk;
  char   *title_ru;
  char   *description_kk;
  char   *description_ru;
  char   *topic;
  char   *region_code;    /* NULL for none */
  guint   n_questions;    /* read only: the questions behind it */
  guint   n_citizens;     /* read only: the citizens behind them */
} KezProblemFields;

void       kez_problem_fields_init  (KezProblemFields       *fields);
void       kez_problem_fields_clear (KezProblemFields       *fields);

gint64     kez_problems_create      (KezStore               *store,
                                     const KezProblemFields *fields,
                                     const gint64           *question_ids,
                                     guint                   n_question_ids,
                                     GError                **error);
GArray    *kez_problems_list        (KezStore               *store,
                                     gint64                  meeting_id);
GArray    *kez_problems_candidates  (KezStore               *store,
                                     gint64                  meeting_id);
gboolean   kez_problems_update      (KezStore               *store,
                                     const KezProblemFields *fields,
                                     GError                **error);
GArray    *kez_problems_list_questions (KezStore            *store,
                                     gint64                  problem_id);
gboolean   kez_problems_set_questions (KezStore             *store,
                                     gint64                  problem_id,
                                     const gint64           *question_ids,
                                     guint                   n_question_ids,
                                     GError                **error);
gboolean   kez_problems_delete      (KezStore               *store,
                                     gint64                  problem_id,
                                     GError                **error);

G_END_DECLS
