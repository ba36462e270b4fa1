/* kez-publication-rows.h: a meeting's publication deadlines, as rows of its plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-meeting.h"
#include "kez-rule-set.h"

G_BEGIN_DECLS

void kez_publication_rows_fill (AdwPreferencesGroup *group,
                                KezRuleSet          *rules,
                                KezMeeting          *meeting,
                                const GDate         *day);

G_END_DECLS
