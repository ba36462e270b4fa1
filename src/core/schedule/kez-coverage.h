/* kez-coverage.h: how the year's meetings cover the quarters and the regions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-rule-set.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_REGION_NOT_COVERED,
  KEZ_REGION_PLANNED, /* a meeting is proposed or approved there */
  KEZ_REGION_VISITED, /* a meeting was held there */
} KezRegionCoverage;

typedef struct
{
  guint       meetings[4];      /* not cancelled, per quarter */
  guint       head_meetings[4]; /* held by the first head, per quarter */
  guint       minimum;          /* the rule set's minimum per quarter for first heads; 0: none */
  GHashTable *regions;          /* region code → KezRegionCoverage */
} KezCoverage;

void              kez_coverage_compute          (KezCoverage *coverage,
                                                 GListModel  *meetings,
                                                 KezRuleSet  *rules);
gboolean          kez_coverage_quarter_short    (const KezCoverage *coverage,
                                                 int          quarter);
KezRegionCoverage kez_coverage_region           (const KezCoverage *coverage,
                                                 const char  *region_code);
guint             kez_coverage_count_regions    (const KezCoverage *coverage,
                                                 KezRegionCoverage  at_least);
void              kez_coverage_clear            (KezCoverage *coverage);

G_END_DECLS
