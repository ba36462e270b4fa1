/* kez-kazakhstan-time.h: the time of day and the calendar day in Kazakhstan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GTimeZone *kez_kazakhstan_zone        (void);
GDateTime *kez_kazakhstan_time        (gint64     unix_us);
GDateTime *kez_kazakhstan_now         (void);
void       kez_kazakhstan_today       (GDate     *today);
void       kez_kazakhstan_day_of      (GDateTime *time,
                                       GDate     *day);

G_END_DECLS
