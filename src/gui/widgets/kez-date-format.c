/* kez-date-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-date-format.h"

/* Month names come from our own catalogue rather than the C library's locale data: the
 * Flatpak runtime may lack the kk and ru locales, and a date in a sentence wants the
 * genitive in Russian ("1 декабря") and the lower case in Kazakh ("1 желтоқсан"). */
static const char *
month_in_date (GDateMonth month)
{
  switch (month)
    {
    case G_DATE_JANUARY: return C_("month in a date", "January");
    case G_DATE_FEBRUARY: return C_("month in a date", "February");
    case G_DATE_MARCH: return C_("month in a date", "March");
    case G_DATE_APRIL: return C_("month in a date", "April");
    case G_DATE_MAY: return C_("month in a date", "May");
    case G_DATE_JUNE: return C_("month in a date", "June");
    case G_DATE_JULY: return C_("month in a date", "July");
    case G_DATE_AUGUST: return C_("month in a date", "August");
    case G_DATE_SEPTEMBER: return C_("month in a date", "September");
    case G_DATE_OCTOBER: return C_("month in a date", "October");
    case G_DATE_NOVEMBER: return C_("month in a date", "November");
    case G_DATE_DECEMBER: return C_("month in a date", "December");
    case G_DATE_BAD_MONTH:
    default:
      g_return_val_if_reached ("");
    }
}

/* A long date for sentences: "1 December 2026", "1 декабря 2026 г.", "2026 жылғы 1 желтоқсан". */
char *
kez_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* Translators: a long date in a sentence: %1$u is the day, %2$s the month's name,
     %3$u the year */
  return g_strdup_printf (C_("long date", "%1$u %2$s %3$u"), g_date_get_day (date),
                          month_in_date (g_date_get_month (date)), g_date_get_year (date));
}

/* The month's own name, for titles: "Қараша", "Ноябрь". */
const char *
kez_month_name (int month)
{
  switch (month)
    {
    case 1: return C_("month name", "January");
    case 2: return C_("month name", "February");
    case 3: return C_("month name", "March");
    case 4: return C_("month name", "April");
    case 5: return C_("month name", "May");
    case 6: return C_("month name", "June");
    case 7: return C_("month name", "July");
    case 8: return C_("month name", "August");
    case 9: return C_("month name", "September");
    case 10: return C_("month name", "October");
    case 11: return C_("month name", "November");
    case 12: return C_("month name", "December");
    default: g_return_val_if_reached ("");
    }
}

/* @column: 0 for Monday, the first day of the week in Kazakhstan */
const char *
kez_weekday_short_name (int column)
{
  switch (column)
    {
    case 0: return C_("weekday", "Mon");
    case 1: return C_("weekday", "Tue");
    case 2: return C_("weekday", "Wed");
    case 3: return C_("weekday", "Thu");
    case 4: return C_("weekday", "Fri");
    case 5: return C_("weekday", "Sat");
    case 6: return C_("weekday", "Sun");
    default: g_return_val_if_reached ("");
    }
}
