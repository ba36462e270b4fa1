/* kez-kazakhstan-time.c
 *
 * Meetings, deadlines and the clock's record are Kazakhstan's, wherever the computer's own
 * zone is set (a laptop bought abroad, a server in UTC): every page, workbook and deadline
 * asks here what time and what day it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-kazakhstan-time"

#include "config.h"

#include "kez-kazakhstan-time.h"

/**
 * kez_kazakhstan_zone:
 *
 * Returns: (transfer none): Asia/Almaty from the system's tzdata; without it, UTC+5,
 *   Kazakhstan's single time zone since 1 March 2024.
 */
GTimeZone *
kez_kazakhstan_zone (void)
{
  static gsize zone;

  if (g_once_init_enter (&zone))
    {
      GTimeZone *found = g_time_zone_new_identifier ("Asia/Almaty");

      if (found == NULL)
        found = g_time_zone_new_offset (5 * 3600);
      g_once_init_leave (&zone, (gsize) found);
    }
  return (GTimeZone *) zone;
}

GDateTime *
kez_kazakhstan_time (gint64 unix_us)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_us / G_USEC_PER_SEC);

  return g_date_time_to_timezone (utc, kez_kazakhstan_zone ());
}

GDateTime *
kez_kazakhstan_now (void)
{
  return g_date_time_new_now (kez_kazakhstan_zone ());
}

void
kez_kazakhstan_day_of (GDateTime *time,
                       GDate     *day)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (time, kez_kazakhstan_zone ());

  g_date_clear (day, 1);
  g_date_set_dmy (day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

/* The calendar day in Kazakhstan now. */
void
kez_kazakhstan_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  kez_kazakhstan_day_of (now, today);
}
