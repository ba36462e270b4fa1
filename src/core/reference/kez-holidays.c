/* kez-holidays.c
 *
 * The public holidays are those of the Law "On holidays in the Republic of Kazakhstan"
 * (data/reference/holidays-kz.tsv, each row with its source). When one falls on a Saturday
 * or a Sunday, the day off moves to the next working day (Labour Code, article 85), except
 * for the religious holidays, whose day off does not move.
 *
 * Not here, because they are fixed anew each year: the day of Kurban ait, and the moves of
 * days off that a Government decree makes for a given year. A planner who needs them reads
 * the decree; the calendar marks what the law itself says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-holidays"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-holidays.h"
#include "kez-tsv.h"

#define HOLIDAYS_PATH "/io/github/kezdesu/Kezdesu/core/reference/holidays-kz.tsv"

typedef struct
{
  guint     month;
  guint     day;
  guint     days;
  gboolean  moves;
  char     *name_kk;
  char     *name_ru;
} Holiday;

typedef struct
{
  guint32      julian;
  KezDayKind   kind;
  const Holiday *holiday;
} DayOff;

static GArray *holidays;      /* Holiday, from the data file */
static GHashTable *years;     /* year → GArray of DayOff */
static GMutex lock;

static void
load_holidays (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (HOLIDAYS_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                                     NULL);
  static const char * const required[] = { "month", "day", "days", "moves", "name_kk",
                                           "name_ru", "source", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KezTsv) tsv = NULL;

  holidays = g_array_new (FALSE, TRUE, sizeof (Holiday));
  if (bytes == NULL || !(tsv = kez_tsv_parse (bytes, "holidays-kz.tsv", required, &error)))
    {
      g_critical ("The holidays cannot be read: %s", error != NULL ? error->message : "missing");
      return;
    }
  for (guint i = 0; i < kez_tsv_get_n_rows (tsv); i++)
    {
      Holiday holiday = {
        .month = g_ascii_strtoull (kez_tsv_get (tsv, i, "month"), NULL, 10),
        .day = g_ascii_strtoull (kez_tsv_get (tsv, i, "day"), NULL, 10),
        .days = g_ascii_strtoull (kez_tsv_get (tsv, i, "days"), NULL, 10),
        .moves = g_str_equal (kez_tsv_get (tsv, i, "moves"), "yes"),
        .name_kk = g_strdup (kez_tsv_get (tsv, i, "name_kk")),
        .name_ru = g_strdup (kez_tsv_get (tsv, i, "name_ru")),
      };

      g_array_append_val (holidays, holiday);
    }
}

static gboolean
is_weekend (const GDate *date)
{
  GDateWeekday weekday = g_date_get_weekday (date);

  return weekday == G_DATE_SATURDAY || weekday == G_DATE_SUNDAY;
}

static DayOff *
find (GArray  *days,
      guint32  julian)
{
  for (guint i = 0; i < days->len; i++)
    if (g_array_index (days, DayOff, i).julian == julian)
      return &g_array_index (days, DayOff, i);
  return NULL;
}

/* The year's holidays, then the days off they move (in date order, each to the first working
 * day after its holiday that is not already taken). */
static GArray *
compute_year (int year)
{
  GArray *days = g_array_new (FALSE, TRUE, sizeof (DayOff));
  g_autoptr(GArray) to_move = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) moved_from = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint h = 0; h < holidays->len; h++)
    {
      const Holiday *holiday = &g_array_index (holidays, Holiday, h);
      GDate date;

      if (!g_date_valid_dmy (holiday->day, holiday->month, year))
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, holiday->day, holiday->month, year);
      for (guint d = 0; d < holiday->days; d++, g_date_add_days (&date, 1))
        {
          DayOff off = { g_date_get_julian (&date), KEZ_DAY_HOLIDAY, holiday };

          g_array_append_val (days, off);
          if (holiday->moves && is_weekend (&date))
            {
              g_array_append_val (to_move, off.julian);
              g_array_append_val (moved_from, h);
            }
        }
    }
  for (guint i = 0; i < to_move->len; i++)
    {
      const Holiday *holiday = &g_array_index (holidays, Holiday,
                                               g_array_index (moved_from, guint, i));
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, g_array_index (to_move, guint32, i));
      do
        g_date_add_days (&date, 1);
      while (is_weekend (&date) || find (days, g_date_get_julian (&date)) != NULL);
      {
        DayOff off = { g_date_get_julian (&date), KEZ_DAY_MOVED_DAY_OFF, holiday };

        g_array_append_val (days, off);
      }
    }
  return days;
}

/* A holiday late in December moves its day off into January: the year before is asked too. */
static const DayOff *
day_off (const GDate *date)
{
  guint32 julian = g_date_get_julian (date);
  const DayOff *found = NULL;

  g_mutex_lock (&lock);
  if (holidays == NULL)
    {
      load_holidays ();
      years = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                     (GDestroyNotify) g_array_unref);
    }
  for (int year = g_date_get_year (date) - 1; year <= g_date_get_year (date) && !found; year++)
    {
      GArray *days = g_hash_table_lookup (years, GINT_TO_POINTER (year));

      if (days == NULL)
        {
          days = compute_year (year);
          g_hash_table_insert (years, GINT_TO_POINTER (year), days);
        }
      found = find (days, julian);
    }
  g_mutex_unlock (&lock);
  return found;
}

KezDayKind
kez_day_kind (const GDate *date)
{
  const DayOff *off;

  g_return_val_if_fail (date != NULL && g_date_valid (date), KEZ_DAY_WORKING);

  if ((off = day_off (date)) != NULL)
    return off->kind;
  return is_weekend (date) ? KEZ_DAY_WEEKEND : KEZ_DAY_WORKING;
}

/* Whether nobody works on @date: a weekend, a holiday or a day off moved from one. */
gboolean
kez_day_is_off (const GDate *date)
{
  return kez_day_kind (date) != KEZ_DAY_WORKING;
}

/**
 * kez_day_off_name:
 *
 * Returns: (transfer full) (nullable): the holiday on @date, or the one whose day off it is,
 *   in @language; %NULL on a working day or a plain weekend
 */
char *
kez_day_off_name (const GDate *date,
                  KezLanguage  language)
{
  const DayOff *off;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  if ((off = day_off (date)) == NULL)
    return NULL;
  return g_strdup (language == KEZ_LANGUAGE_KK ? off->holiday->name_kk : off->holiday->name_ru);
}

/**
 * kez_day_off_describe:
 *
 * Returns: (transfer full) (nullable): why nobody works on @date, in the interface's language
 *   ("Sunday: a day off", "Public holiday: Nauryz"), or %NULL on a working day
 */
char *
kez_day_off_describe (const GDate *date)
{
  g_autofree char *holiday = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  switch (kez_day_kind (date))
    {
    case KEZ_DAY_WEEKEND:
      return g_strdup (g_date_get_weekday (date) == G_DATE_SATURDAY ? _("Saturday: a day off")
                                                                    : _("Sunday: a day off"));
    case KEZ_DAY_HOLIDAY:
      holiday = kez_day_off_name (date, kez_language_from_locale ());
      /* Translators: %1$s is a public holiday's name */
      return g_strdup_printf (_("Public holiday: %1$s"), holiday);
    case KEZ_DAY_MOVED_DAY_OFF:
      holiday = kez_day_off_name (date, kez_language_from_locale ());
      /* Translators: %1$s is a public holiday's name, which fell on a weekend */
      return g_strdup_printf (_("Day off for %1$s"), holiday);
    case KEZ_DAY_WORKING:
    default:
      return NULL;
    }
}
