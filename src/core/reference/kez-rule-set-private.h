/* kez-rule-set-private.h: building a rule set from a database row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-rule-set.h"

G_BEGIN_DECLS

typedef struct
{
  const char  *id;
  const char  *name_en;
  const char  *name_ru;
  const char  *name_kk;
  const char  *source_en;
  const char  *source_ru;
  const char  *source_kk;
  gboolean     verified;
  gboolean     is_default;
  int          order;
  double       presentation_ratio;
  guint        publication_days;
  KezMonthDay  proposals_due;
  KezMonthDay  draft_due;
  KezMonthDay  approval_due;
  guint        quarterly_report_day;
  guint        min_meetings_per_quarter;
  const char * const *exempt_bodies;
} KezRuleSetFields;

KezRuleSet *kez_rule_set_new_from_fields (const KezRuleSetFields *fields);

G_END_DECLS
