/* kez-deadline-met.h: whether what a statutory deadline asks for is done, and which to remind of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-deadlines.h"
#include "kez-store.h"

G_BEGIN_DECLS

/* How many days ahead a planner is first told of a deadline. */
#define KEZ_DEADLINE_REMIND_DAYS 3

gboolean kez_deadline_is_met        (KezStore          *store,
                                     const KezDeadline *deadline);
GArray  *kez_deadline_reminders_for (KezStore          *store,
                                     KezRuleSet        *rules,
                                     const GDate       *today);

G_END_DECLS
