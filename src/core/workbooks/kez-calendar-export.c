/* kez-calendar-export.c
 *
 * For the leaders' own calendars (Outlook, Evolution, GNOME Calendar): one event per meeting
 * of the year, at its time in Asia/Almaty with that zone's definition in the file, and the
 * statutory deadlines as all-day events. Written with libical. An event's UID is the
 * database's identity and the meeting's id, so importing the file again after a change
 * updates the meeting in the calendar rather than adding it twice.
 *
 * The texts are the workbooks' (kez-export-language.c): Kazakh, Russian or both, whatever the
 * interface's language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-calendar-export"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <unistd.h>

#include "kez-calendar-export.h"
#include "kez-deadlines.h"
#include "kez-export-names.h"
#include "kez-meetings.h"
#include "kez-output-file.h"
#include "kez-rule-set.h"
#include "kez-store-private.h"

static const KezTerm meeting_with = { "Халықпен кездесу", "Встреча с населением" };
static const KezTerm off_schedule = { "Кестеден тыс", "Вне графика" };
static const KezTerm topic_term = { "Тақырыбы", "Тема" };
static const KezTerm links_term = { "Трансляция", "Трансляция" };

static const KezTerm deadline_terms[] = {
  [KEZ_DEADLINE_SCHEDULE_PROPOSALS] = { "Кестеге ұсыныстар уәкілетті органға",
                                        "Предложения в график в уполномоченный орган" },
  [KEZ_DEADLINE_SCHEDULE_DRAFT] = { "Кесте жобасы Үкімет Аппаратына",
                                    "Проект графика в Аппарат Правительства" },
  [KEZ_DEADLINE_SCHEDULE_APPROVAL] = { "Кестені бекіту", "Утверждение графика" },
  [KEZ_DEADLINE_QUARTERLY_REPORT] = { "Іс-қимыл жоспарларын орындау барысы",
                                      "Ход исполнения планов действий" },
  [KEZ_DEADLINE_PUBLICATION] = { "Кездесу қорытындыларын жариялау",
                                 "Публикация итогов встречи" },
};

static const char *
name_in (GHashTable        *names,
         const char        *code,
         KezExportLanguage  language)
{
  const KezTerm *name = code != NULL ? g_hash_table_lookup (names, code) : NULL;

  if (name == NULL)
    return code;
  return language == KEZ_EXPORT_RU ? name->ru : name->kk;
}

static icaltimetype
local_time (const GDate  *date,
            int           minute,
            icaltimezone *zone)
{
  icaltimetype time = icaltime_null_time ();

  time.year = g_date_get_year (date);
  time.month = g_date_get_month (date);
  time.day = g_date_get_day (date);
  time.hour = minute / 60;
  time.minute = minute % 60;
  time.is_date = 0;
  return icaltime_set_timezone (&time, zone);
}

/* The zone by the name Outlook, Evolution and GNOME Calendar know, with its definition in the
 * file for whoever does not. */
#define ZONE "Asia/Almaty"

static icalproperty *
zoned (icalproperty *property,
       icaltimezone *zone)
{
  icalproperty_remove_parameter_by_kind (property, ICAL_TZID_PARAMETER);
  icalproperty_add_parameter (property, icalparameter_new_tzid (ZONE));
  return property;
}

static icalcomponent *
zone_definition (icaltimezone *zone)
{
  icalcomponent *definition = icalcomponent_new_clone (icaltimezone_get_component (zone));
  icalproperty *tzid = icalcomponent_get_first_property (definition, ICAL_TZID_PROPERTY);

  if (tzid != NULL)
    icalproperty_set_tzid (tzid, ZONE);
  return definition;
}

static icalproperty_status
status_of (KezMeetingStatus status)
{
  switch (status)
    {
    case KEZ_STATUS_PROPOSED: return ICAL_STATUS_TENTATIVE;
    case KEZ_STATUS_CANCELLED: return ICAL_STATUS_CANCELLED;
    case KEZ_STATUS_APPROVED:
    case KEZ_STATUS_HELD:
    default: return ICAL_STATUS_CONFIRMED;
    }
}

static icalcomponent *
meeting_event (const KezMeetingFields *fields,
               const char             *identity,
               GHashTable             *regions,
               KezExportLanguage       language,
               icaltimezone           *zone,
               icaltimetype            stamp)
{
  g_autofree char *uid = g_strdup_printf ("meeting-%" G_GINT64_FORMAT "-%s@kezdesu",
                                          fields->id, identity);
  g_autofree char *what = kez_term_join (&meeting_with, language);
  g_autofree char *summary = g_strdup_printf ("%s: %s", what, fields->leader_name);
  g_autoptr(GString) location = g_string_new (NULL);
  g_autoptr(GString) description = g_string_new (NULL);
  const char *places[] = { name_in (regions, fields->region_code, language), fields->locality,
                           fields->venue };
  icaltimetype start = local_time (&fields->date, fields->start_minute, zone);
  icaltimetype end = start;
  icalcomponent *event;

  icaltime_adjust (&end, 0, 0, (int) fields->planned_minutes, 0);
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    if (places[i] != NULL && places[i][0] != '\0')
      g_string_append_printf (location, "%s%s", location->len > 0 ? ", " : "", places[i]);
  if (fields->topic[0] != '\0')
    {
      g_autofree char *label = kez_term_join (&topic_term, language);

      g_string_append_printf (description, "%s: %s\n", label, fields->topic);
    }
  if (fields->off_schedule)
    {
      g_autofree char *label = kez_term_join (&off_schedule, language);

      g_string_append_printf (description, "%s: %s\n", label, fields->off_schedule_reason);
    }
  if (fields->broadcast_links[0] != '\0')
    {
      g_autofree char *label = kez_term_join (&links_term, language);

      g_string_append_printf (description, "%s: %s\n", label, fields->broadcast_links);
    }

  event = icalcomponent_vanew (ICAL_VEVENT_COMPONENT,
                               icalproperty_new_uid (uid),
                               icalproperty_new_dtstamp (stamp),
                               zoned (icalproperty_new_dtstart (start), zone),
                               zoned (icalproperty_new_dtend (end), zone),
                               icalproperty_new_summary (summary),
                               icalproperty_new_status (status_of (fields->status)),
                               (void *) 0);
  if (location->len > 0)
    icalcomponent_add_property (event, icalproperty_new_location (location->str));
  if (description->len > 0)
    {
      g_string_truncate (description, description->len - 1);
      icalcomponent_add_property (event, icalproperty_new_description (description->str));
    }
  return event;
}

static icalcomponent *
deadline_event (const KezDeadline *deadline,
                const char        *identity,
                GListModel        *meetings,
                KezExportLanguage  language,
                icaltimetype       stamp)
{
  g_autofree char *uid = g_strdup_printf ("deadline-%d-%d-%d-%" G_GINT64_FORMAT "-%s@kezdesu",
                                          deadline->kind, deadline->year, deadline->quarter,
                                          deadline->meeting_id, identity);
  g_autofree char *summary = kez_term_join (&deadline_terms[deadline->kind], language);
  icaltimetype day = icaltime_null_date ();
  icaltimetype next;
  icalcomponent *event;

  day.year = g_date_get_year (&deadline->date);
  day.month = g_date_get_month (&deadline->date);
  day.day = g_date_get_day (&deadline->date);
  next = day;
  icaltime_adjust (&next, 1, 0, 0, 0);
  if (deadline->kind == KEZ_DEADLINE_QUARTERLY_REPORT)
    {
      g_autofree char *with = g_strdup_printf ("%s (%d/%d)", summary, deadline->quarter,
                                               deadline->year);

      g_free (summary);
      summary = g_steal_pointer (&with);
    }
  else if (deadline->kind == KEZ_DEADLINE_PUBLICATION)
    {
      for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
        {
          g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);

          if (kez_meeting_get_id (meeting) == deadline->meeting_id)
            {
              g_autofree char *with = g_strdup_printf ("%s: %s", summary,
                                                       kez_meeting_get_fields (meeting)->leader_name);

              g_free (summary);
              summary = g_steal_pointer (&with);
              break;
            }
        }
    }
  else
    {
      g_autofree char *with = g_strdup_printf ("%s %d", summary, deadline->year);

      g_free (summary);
      summary = g_steal_pointer (&with);
    }

  event = icalcomponent_vanew (ICAL_VEVENT_COMPONENT,
                               icalproperty_new_uid (uid),
                               icalproperty_new_dtstamp (stamp),
                               icalproperty_new_dtstart (day),
                               icalproperty_new_dtend (next),
                               icalproperty_new_summary (summary),
                               icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT),
                               (void *) 0);
  icalcomponent_add_property (event, icalproperty_new_categories ("Kezdesu"));
  return event;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           GError     **error)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       /* Translators: %1$s is the system's reason, such as "No space left" */
                       _("The calendar file could not be written: %1$s"), g_strerror (saved));
          return FALSE;
        }
      data += written;
      length -= written;
    }
  return TRUE;
}

/**
 * kez_calendar_export:
 * @n_meetings: (out) (optional): how many meetings were written
 *
 * Writes @year's meetings and deadlines to the iCalendar file @path, which appears only when
 * it is whole.
 */
gboolean
kez_calendar_export (KezStore           *store,
                     int                 year,
                     KezExportLanguage   language,
                     const char         *path,
                     guint              *n_meetings,
                     GError            **error)
{
  g_autoptr(KezOutputFile) output = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GArray) deadlines = NULL;
  g_autoptr(GHashTable) regions = NULL;
  g_autoptr(KezRuleSet) rules = NULL;
  g_autofree char *identity = NULL;
  g_autofree char *text = NULL;
  icaltimezone *zone;
  icalcomponent *calendar;
  icaltimetype stamp;
  GDate first, last;
  gboolean written;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(zone = icaltimezone_get_builtin_timezone (ZONE)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The time zone Asia/Almaty is not known on this computer (tzdata)"));
      return FALSE;
    }
  if (!(output = kez_output_file_new (path, error)))
    return FALSE;

  meetings = kez_meetings_list_year (store, year);
  rules = kez_store_dup_active_rule_set (store);
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, 1, year);
  g_date_set_dmy (&last, 31, 12, year);
  deadlines = kez_deadlines_in_range (rules, meetings, &first, &last);
  regions = kez_export_names_of_regions (store);
  /* A database made before identities: the file's name stands in, stable all the same. */
  if (!(identity = kez_store_dup_identity (store)))
    identity = g_strdup ("kezdesu");
  stamp = icaltime_current_time_with_zone (icaltimezone_get_utc_timezone ());

  calendar = icalcomponent_vanew (ICAL_VCALENDAR_COMPONENT,
                                  icalproperty_new_version ("2.0"),
                                  icalproperty_new_prodid ("-//Kezdesu//Kezdesu " PACKAGE_VERSION "//KK"),
                                  icalproperty_new_calscale ("GREGORIAN"),
                                  (void *) 0);
  icalcomponent_add_component (calendar, zone_definition (zone));
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);

      icalcomponent_add_component (calendar, meeting_event (kez_meeting_get_fields (meeting),
                                                            identity, regions, language, zone,
                                                            stamp));
    }
  for (guint i = 0; i < deadlines->len; i++)
    icalcomponent_add_component (calendar,
                                 deadline_event (&g_array_index (deadlines, KezDeadline, i),
                                                 identity, meetings, language, stamp));

  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  written = write_all (kez_output_file_get_fd (output), text, strlen (text), error);
  if (!written || !kez_output_file_commit (output, error))
    return FALSE;
  if (n_meetings != NULL)
    *n_meetings = g_list_model_get_n_items (meetings);
  return TRUE;
}
