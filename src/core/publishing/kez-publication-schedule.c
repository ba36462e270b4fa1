/* kez-publication-schedule.c
 *
 * The schedule of meetings with the population for printing: a month or a whole year, one row
 * a meeting in the order of the days, with its time, leader, place, form and state; a meeting
 * held off the schedule says so with its reason. Cancelled meetings are listed as cancelled,
 * which is what a printed schedule on a noticeboard must say.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-publication-schedule"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-export-names.h"
#include "kez-meetings.h"
#include "kez-publication.h"
#include "kez-text.h"

#define T(kk, ru) (language == KEZ_LANGUAGE_KK ? (kk) : (ru))

static const KezTerm month_names[12] = {
  { "қаңтар", "январь" }, { "ақпан", "февраль" }, { "наурыз", "март" },
  { "сәуір", "апрель" }, { "мамыр", "май" }, { "маусым", "июнь" },
  { "шілде", "июль" }, { "тамыз", "август" }, { "қыркүйек", "сентябрь" },
  { "қазан", "октябрь" }, { "қараша", "ноябрь" }, { "желтоқсан", "декабрь" },
};

static void
add_meetings (KezPublicationPart *part,
              GListModel         *meetings,
              GHashTable         *regions,
              KezLanguage         language)
{
  const char *headers[] = { "№", T ("Күні, уақыты", "Дата, время"),
                            T ("Басшы", "Руководитель"),
                            T ("Өткізу орны", "Место проведения"),
                            T ("Тақырыбы", "Тема"), T ("Нысаны", "Формат"),
                            T ("Күйі", "Состояние") };
  static const double widths[] = { 0.05, 0.12, 0.20, 0.24, 0.19, 0.08, 0.12 };
  KezBlock *table = NULL;
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);
      const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
      g_autofree char *number = g_strdup_printf ("%u", ++n);
      g_autofree char *when = g_strdup_printf ("%02u.%02u.%04u, %02d:%02d",
                                               g_date_get_day (&fields->date),
                                               g_date_get_month (&fields->date),
                                               g_date_get_year (&fields->date),
                                               fields->start_minute / 60,
                                               fields->start_minute % 60);
      g_autofree char *leader = g_strdup_printf ("%s\n%s", fields->leader_name,
                                                 kez_term_get (kez_term_for_position (
                                                                 fields->leader_position),
                                                               language));
      const char *region = kez_export_names_get (regions, fields->region_code, language);
      g_autofree char *place = kez_text_join_present (region, fields->locality, fields->venue);
      g_autofree char *state = fields->off_schedule
                                 ? g_strdup_printf ("%s\n%s: %s",
                                                    kez_term_get (kez_term_for_status (
                                                                    fields->status), language),
                                                    T ("кестеден тыс", "вне графика"),
                                                    fields->off_schedule_reason)
                                 : g_strdup (kez_term_get (kez_term_for_status (fields->status),
                                                           language));
      const char *row[] = { number, when, leader, place, fields->topic,
                            kez_term_get (kez_term_for_format (fields->format), language),
                            state };

      if (table == NULL)
        table = kez_publication_add_table (part, headers, widths, G_N_ELEMENTS (headers));
      kez_block_add_row (table, row);
    }
  if (table == NULL)
    kez_publication_add_paragraph (part, T ("Бұл кезеңде кездесулер жоспарланбаған.",
                                            "На этот период встречи не запланированы."));
}

/**
 * kez_publication_of_schedule:
 * @month: 1 to 12, or 0 for the whole year
 *
 * Returns: (transfer full): the schedule of the month or year in @language (both: the Kazakh
 *   document, then the Russian one)
 */
KezPublication *
kez_publication_of_schedule (KezStore          *store,
                             int                year,
                             int                month,
                             KezExportLanguage  export_language)
{
  g_autoptr(KezPublication) self = kez_publication_new ();
  g_autoptr(GHashTable) bodies = kez_export_names_of_bodies (store);
  g_autoptr(GHashTable) regions = kez_export_names_of_regions (store);
  g_autofree char *served = kez_store_dup_served_body (store);
  g_autoptr(GListModel) meetings = NULL;
  GDate first, last;

  g_return_val_if_fail (month >= 0 && month <= 12, NULL);

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month == 0 ? 1 : month, year);
  last = first;
  g_date_add_months (&last, month == 0 ? 12 : 1);
  g_date_subtract_days (&last, 1);
  meetings = kez_meetings_list_range (store, &first, &last);
  self->landscape = TRUE;

  for (KezLanguage language = KEZ_LANGUAGE_KK; language <= KEZ_LANGUAGE_RU; language++)
    {
      g_autofree char *title = NULL;
      KezPublicationPart *part;

      if (!kez_publication_language_wanted (export_language, language))
        continue;
      if (language == KEZ_LANGUAGE_KK)
        title = month == 0
                  ? g_strdup_printf ("%d жылға арналған халықпен кездесулер кестесі", year)
                  : g_strdup_printf ("%d жылғы %s айына арналған халықпен кездесулер кестесі",
                                     year, month_names[month - 1].kk);
      else
        title = month == 0
                  ? g_strdup_printf ("График встреч с населением на %d год", year)
                  : g_strdup_printf ("График встреч с населением на %s %d года",
                                     month_names[month - 1].ru, year);
      part = kez_publication_add_part (self, language, title,
                                       kez_export_names_get (bodies, served, language));
      add_meetings (part, meetings, regions, language);
    }
  return g_steal_pointer (&self);
}
