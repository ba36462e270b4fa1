/* kez-action-plan-read.h: what the Action plan page shows, read at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-meeting.h"
#include "kez-rule-set.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  GListModel *meetings;         /* last year's, this year's and next year's, in date order */
  KezRuleSet *rules;            /* the active rule set, for the publication's deadlines */
  GArray     *actions;          /* every action (KezActionFields), overdue first */
  gint64      meeting_id;       /* the meeting read, or 0 */
  KezMeeting *meeting;          /* it, or NULL when it is gone */
  GArray     *problems;         /* its problems (KezProblemFields) */
  GPtrArray  *problem_actions;  /* for each problem, its actions (GArray of KezActionFields) */
} KezActionPlanRead;

KezActionPlanRead *kez_action_plan_read      (KezStore          *store,
                                              gint64             meeting_id,
                                              const GDate       *day);
void               kez_action_plan_read_free (KezActionPlanRead *read);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezActionPlanRead, kez_action_plan_read_free)

G_END_DECLS
