/* kez-holidays.h: which days Kazakhstan does not work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-language.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_DAY_WORKING,
  KEZ_DAY_WEEKEND,        /* a Saturday or a Sunday */
  KEZ_DAY_HOLIDAY,        /* a public holiday (also when it falls on a weekend) */
  KEZ_DAY_MOVED_DAY_OFF,  /* a weekday off because a holiday fell on a weekend */
} KezDayKind;

KezDayKind kez_day_kind      (const GDate *date);
char      *kez_day_off_name  (const GDate *date,
                              KezLanguage  language);
gboolean   kez_day_is_off    (const GDate *date);
char      *kez_day_off_describe (const GDate *date);

G_END_DECLS
