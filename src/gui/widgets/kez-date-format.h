/* kez-date-format.h: dates as the interface language writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *kez_date_format        (const GDate *date);
const char *kez_month_name         (int          month);
const char *kez_weekday_short_name (int          column);

G_END_DECLS
