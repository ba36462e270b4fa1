/* kez-plan-forms.h: what the problem and action dialogs show, read at once before they open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-actions.h"
#include "kez-problems.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  KezProblemFields problem; /* as it is; a new one's meeting alone when none */
  GListModel *regions;    /* (element-type KezRegion) */
  GPtrArray  *candidates; /* (element-type KezQuestion): the problem's own, then the
                             meeting's others not answered and in no problem */
  GArray     *own;        /* (element-type gint64): the problem's own questions */
} KezProblemForm;

typedef struct
{
  KezActionFields fields;  /* the action as it is; a new one's problem alone when none */
  GArray         *history; /* (element-type KezActionNote) */
} KezActionForm;

KezProblemForm *kez_problem_form_read (KezStore       *store,
                                       gint64          meeting_id,
                                       gint64          problem_id);
void            kez_problem_form_free (KezProblemForm *form);
KezActionForm  *kez_action_form_read  (KezStore       *store,
                                       gint64          problem_id,
                                       gint64          action_id);
void            kez_action_form_free  (KezActionForm  *form);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezProblemForm, kez_problem_form_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezActionForm, kez_action_form_free)

G_END_DECLS
