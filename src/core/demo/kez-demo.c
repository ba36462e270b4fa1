/* kez-demo.c: a realistic year in a new database, for a planner to look around in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-demo"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kez-actions.h"
#include "kez-clock-events.h"
#include "kez-demo.h"
#include "kez-kazakhstan-time.h"
#include "kez-meeting-import.h"
#include "kez-meetings.h"
#include "kez-problems.h"
#include "kez-question-generator.h"
#include "kez-receptions.h"
#include "kez-schedule-status.h"
#include "kez-store-open.h"
#include "kez-store-private.h"

/* The demo stands on this day: the meetings before it were held, the later ones are to come,
 * and the action plan's deadlines are met, missed or open as seen from it. */
#define DEMO_YEAR 2026
#define DEMO_MONTH G_DATE_NOVEMBER
#define DEMO_DAY 25

#define MINUTE G_GINT64_CONSTANT (60000000)

typedef struct
{
  gint64 id;
  GDate  date;
  int    start_minute;  /* local time */
  int    planned_minutes;
  char  *region_code;
  char  *locality;
} HeldMeeting;

static void
held_meeting_clear (HeldMeeting *meeting)
{
  g_free (meeting->region_code);
  g_free (meeting->locality);
}

static const char *citizens[] = {
  "Жұмабекова Гүлнар", "Иванов Сергей", "Серікбаев Арман", "Омарова Динара", "Ким Елена",
  "Тоқтарова Айгүл", "Петренко Ольга", "Жақсылықов Ерлан",
};

static const char *reception_issues[] = {
  "Квота на операцию в областной больнице",
  "Ауылдық амбулаторияға дәрігер жоқ",
  "Лекарства по льготному списку не выдаются с весны",
  "Мүгедектікті қайта куәландыру мерзімі",
  "Очередь на МРТ больше трёх месяцев",
};

static const char *reception_outcomes[] = {
  "Поручено управлению здравоохранения, ответ в течение 15 дней",
  "Облыстық денсаулық сақтау басқармасына тапсырылды",
  "Разъяснено на месте",
};

/* What an action says, and who does it, cycled through for every problem. */
static const struct { const char *what; const char *unit; } demo_actions[] = {
  { "Провести выездную проверку и доложить о принятых мерах", "Отдел контроля качества" },
  { "Аудандық ауруханаға екі дәрігер тарту, жатақхана беру", "Кадр бөлімі" },
  { "Обеспечить поставку лекарств по списку ГОБМП до конца квартала", "Отдел лекарственного обеспечения" },
  { "Жедел жәрдем бригадаларын екі автокөлікпен толықтыру", "Материалдық-техникалық бөлім" },
  { "Сократить очередь на диагностику: вторая смена на МРТ", "Отдел организации медицинской помощи" },
};

/* A problem outside the ministry's field (roads, housing) goes to the local akimat, whose
 * answer the ministry follows: its actions say so. */
static const struct { const char *what; const char *unit; } demo_forwarded_actions[] = {
  { "Направить обращения в местный исполнительный орган и проконтролировать ответ заявителям",
    "Отдел по работе с обращениями граждан" },
  { "Жергілікті атқарушы органмен бірлескен жұмыс тобын құру, нәтижесін баяндау",
    "Өңірлермен үйлестіру бөлімі" },
};

static gboolean
is_health_topic (const char *topic)
{
  return g_strcmp0 (topic, "Денсаулық сақтау") == 0 || g_strcmp0 (topic, "Здравоохранение") == 0;
}

/* The fields' init gives every text an empty string of its own: replaced, not leaked. */
static void
set_text (char **field,
          char  *value)
{
  g_free (*field);
  *field = value;
}

/* The schedule, its places, venues and topics written in @language: a planner in Kazakh
 * writes "Орал" and "Достық үйі", one in Russian "Уральск" and "Дом дружбы". */
static gboolean
import_meetings (KezStore     *store,
                 KezLanguage   language,
                 GError      **error)
{
  g_autoptr(GBytes) csv =
    g_resources_lookup_data (language == KEZ_LANGUAGE_KK
                               ? "/io/github/kezdesu/Kezdesu/core/demo/meetings-kk.csv"
                               : "/io/github/kezdesu/Kezdesu/core/demo/meetings-ru.csv",
                             G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr(KezMeetingImport) import = NULL;
  g_autoptr(KezImportTable) table = NULL;
  gsize length;
  const char *data;

  if (csv == NULL)
    return FALSE;
  data = g_bytes_get_data (csv, &length);
  if (!(table = kez_import_table_new (data, length, "meetings.csv", error)))
    return FALSE;
  import = kez_meeting_import_read (store, table, NULL, error);
  return import != NULL && kez_meeting_import_commit (import, store, NULL, error);
}

/* Each question goes to the next meeting in its region within two and a half months; what the
 * generator marked answered at a meeting that is still to come is only accepted yet. */
static gboolean
link_questions_to_meetings (KezStore  *store,
                            GError   **error)
{
  return kez_store_begin (store, error) &&
         kez_store_exec (store,
                         "UPDATE questions SET meeting_id = "
                         "  (SELECT m.id FROM meetings m "
                         "   WHERE m.region_code = questions.region_code "
                         "     AND substr (m.starts_at, 1, 10) > questions.received_on "
                         "     AND substr (m.starts_at, 1, 10) <= kez_day_plus (questions.received_on, 75) "
                         "   ORDER BY m.starts_at LIMIT 1);"
                         "UPDATE questions SET status = 'accepted', answered_at = NULL "
                         "WHERE status = 'answered-at-meeting' AND (meeting_id IS NULL OR "
                         "  meeting_id IN (SELECT id FROM meetings "
                         "                 WHERE starts_at >= '2026-11-25'));"
                         /* A held meeting's questions were triaged: a third answered at it,
                            a third in writing, the rest kept for its action plan. */
                         "UPDATE questions SET "
                         "  status = CASE id % 3 WHEN 0 THEN 'answered-at-meeting' "
                         "                       WHEN 1 THEN 'answered-in-writing' "
                         "                       ELSE 'accepted' END, "
                         "  answered_at = CASE id % 3 WHEN 2 THEN NULL ELSE "
                         "    (SELECT substr(starts_at, 1, 10) FROM meetings "
                         "     WHERE id = questions.meeting_id) END "
                         "WHERE status IN ('new', 'accepted') AND meeting_id IN "
                         "  (SELECT id FROM meetings WHERE starts_at < '2026-11-25');"
                         /* Older letters with no meeting were answered in writing. */
                         "UPDATE questions SET status = 'answered-in-writing', "
                         "  answered_at = kez_day_plus (received_on, 15) "
                         "WHERE status = 'new' AND meeting_id IS NULL "
                         "  AND received_on < '2026-10-01';",
                         error) &&
         kez_store_commit (store, error);
}

static GArray *
list_held_meetings (KezStore  *store,
                    GError   **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  GArray *held = g_array_new (FALSE, TRUE, sizeof (HeldMeeting));

  g_array_set_clear_func (held, (GDestroyNotify) held_meeting_clear);
  stmt = kez_store_prepare (store,
                            "SELECT id, substr(starts_at, 1, 10), "
                            "  60 * CAST (substr (starts_at, 12, 2) AS INTEGER) "
                            "  + CAST (substr (starts_at, 15, 2) AS INTEGER), "
                            "  planned_minutes, region_code, locality FROM meetings "
                            "WHERE starts_at < '2026-11-25' ORDER BY starts_at", error);
  if (stmt == NULL)
    {
      g_array_unref (held);
      return NULL;
    }
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      HeldMeeting meeting = { 0 };

      meeting.id = kez_db_column_int64 (stmt, 0);
      kez_date_parse_iso (kez_store_column_text (stmt, 1), &meeting.date);
      meeting.start_minute = kez_db_column_int (stmt, 2);
      meeting.planned_minutes = kez_db_column_int (stmt, 3);
      meeting.region_code = g_strdup (kez_store_column_text (stmt, 4));
      meeting.locality = g_strdup (kez_store_column_text (stmt, 5));
      g_array_append_val (held, meeting);
    }
  return held;
}

/* The demo's meetings ran on a clock that moves only when told to. */
typedef struct
{
  gint64 clock;
  gint64 wall;
} DemoTime;

static gint64
demo_clock (gpointer data)
{
  return ((DemoTime *) data)->clock;
}

static gint64
demo_wall (gpointer data)
{
  return ((DemoTime *) data)->wall;
}

static void
demo_advance (DemoTime *time,
              gint64    span)
{
  time->clock += span;
  time->wall += span;
}

typedef struct
{
  KezStore *store;
  gint64    meeting_id;
  GError   *error;
} DemoSaver;

static void
save_demo_event (KezMeetingClock *clock,
                 KezClockEvent   *event,
                 DemoSaver       *saver)
{
  if (saver->error == NULL)
    kez_clock_events_append (saver->store, saver->meeting_id, event, &saver->error);
}

/* The clock's record, made by the clock itself: the presentation kept to its quarter, by the
 * clock's own switch or the planner's a little earlier; every seventh meeting went back to
 * the presentation for six minutes after the questions began, which breaks the rule. */
static gboolean
record_clock (KezStore           *store,
              const HeldMeeting  *meeting,
              guint               index,
              GError            **error)
{
  g_autoptr(GDateTime) start = g_date_time_new (kez_kazakhstan_zone (),
                                                g_date_get_year (&meeting->date),
                                                g_date_get_month (&meeting->date),
                                                g_date_get_day (&meeting->date),
                                                meeting->start_minute / 60,
                                                meeting->start_minute % 60, 0);
  DemoTime time = { G_TIME_SPAN_HOUR, g_date_time_to_unix (start) * G_USEC_PER_SEC };
  KezClockSource source = { demo_clock, demo_wall, &time, 1.0 };
  DemoSaver saver = { store, meeting->id, NULL };
  g_autoptr(KezMeetingClock) clock = NULL;
  gint64 planned = meeting->planned_minutes * MINUTE;
  gint64 budget = planned / 4;

  clock = kez_meeting_clock_new (meeting->planned_minutes, budget, &source);
  g_signal_connect (clock, "event", G_CALLBACK (save_demo_event), &saver);
  kez_meeting_clock_start (clock, NULL);
  if (index % 3 == 0)
    {
      demo_advance (&time, budget - 4 * MINUTE);
      kez_meeting_clock_to_questions (clock, NULL);
    }
  else
    demo_advance (&time, budget);
  if (index % 7 == 6)
    {
      demo_advance (&time, 20 * MINUTE);
      kez_meeting_clock_back_to_presentation (clock, NULL);
      demo_advance (&time, 6 * MINUTE);
      kez_meeting_clock_to_questions (clock, NULL);
    }
  demo_advance (&time, planned - kez_meeting_clock_get_presentation (clock) -
                       kez_meeting_clock_get_questions (clock));
  kez_meeting_clock_finish (clock, NULL);
  if (saver.error != NULL)
    {
      g_propagate_error (error, saver.error);
      return FALSE;
    }
  return TRUE;
}

/* The personal reception after the meeting (point 3.6), with three citizens, and a media
 * briefing at every other meeting. */
static gboolean
record_events (KezStore           *store,
               const HeldMeeting  *meeting,
               guint               index,
               GError            **error)
{
  int reception = meeting->start_minute + meeting->planned_minutes + 30;

  if (!kez_meetings_add_event (store, meeting->id, KEZ_EVENT_RECEPTION, &meeting->date,
                               reception, reception + 90, "", "", error))
    return FALSE;
  if (index % 2 == 0 &&
      !kez_meetings_add_event (store, meeting->id, KEZ_EVENT_MEDIA_BRIEFING, &meeting->date,
                               reception + 100, reception + 130, "Хабар, Kazinform, 24.kz",
                               "", error))
    return FALSE;

  for (guint i = 0; i < 3; i++)
    {
      guint pick = index * 3 + i;
      g_autofree char *phone = g_strdup_printf ("+7 70%u %03u %02u %02u", pick % 8,
                                                (pick * 37) % 1000, (pick * 7) % 100,
                                                (pick * 13) % 100);
      KezReceptionFields fields = {
        .citizen_name = citizens[pick % G_N_ELEMENTS (citizens)],
        .iin = "",
        .phone = phone,
        .address = meeting->locality,
        .issue = reception_issues[pick % G_N_ELEMENTS (reception_issues)],
        .outcome = reception_outcomes[pick % G_N_ELEMENTS (reception_outcomes)],
      };

      if (!kez_receptions_add (store, meeting->id, &fields, error))
        return FALSE;
    }
  return TRUE;
}

/* The first of a meeting's open questions, with the others of its topic: one problem. */
static GArray *
questions_of_one_topic (KezStore  *store,
                        GArray    *candidates,
                        char     **topic)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store,
                                                    "SELECT topic FROM questions WHERE id = ?",
                                                    NULL);
  GArray *picked = g_array_new (FALSE, FALSE, sizeof (gint64));

  *topic = NULL;
  for (guint i = 0; stmt != NULL && i < candidates->len && picked->len < 4; i++)
    {
      gint64 id = g_array_index (candidates, gint64, i);
      const char *this_topic;

      kez_db_reset (stmt);
      kez_db_bind_int64 (stmt, 1, id);
      if (kez_db_step (stmt) != KEZ_DB_ROW)
        continue;
      this_topic = kez_store_column_text (stmt, 0);
      if (*topic == NULL)
        *topic = g_strdup (this_topic);
      if (g_str_equal (*topic, this_topic))
        g_array_append_val (picked, id);
    }
  return picked;
}

/* The store's clock set to ten in the morning, Kazakhstan time, of @day (or of @fallback, if
 * @day is after it): each step of an action's history is dated when it happened, so that
 * each quarter's progress shows what was done in that quarter. */
static void
history_on (KezStore    *store,
            DemoTime    *time,
            const GDate *day,
            const GDate *fallback)
{
  const GDate *when = g_date_compare (day, fallback) > 0 ? fallback : day;
  g_autoptr(GDateTime) moment = g_date_time_new_utc (g_date_get_year (when),
                                                     g_date_get_month (when),
                                                     g_date_get_day (when), 5, 0, 0);

  time->clock = g_date_time_to_unix (moment) * G_USEC_PER_SEC;
  kez_store_identity_changed (store);
}

static gboolean
plan_actions (KezStore           *store,
              gint64              problem_id,
              const char         *topic,
              const HeldMeeting  *meeting,
              guint               index,
              const GDate        *today,
              KezLanguage         language,
              GError            **error)
{
  gboolean health = is_health_topic (topic);
  DemoTime time = { 0, 0 };
  gboolean ok = TRUE;

  kez_store_set_clock (store, demo_clock, &time);
  for (guint i = 0; ok && i < 2; i++)
    {
      guint pick = index * 2 + i;
      const char *what = health ? demo_actions[pick % G_N_ELEMENTS (demo_actions)].what
                                : demo_forwarded_actions[i].what;
      const char *unit = health ? demo_actions[pick % G_N_ELEMENTS (demo_actions)].unit
                                : demo_forwarded_actions[i].unit;
      KezActionFields fields;
      KezActionStatus status = KEZ_ACTION_PLANNED;
      GDate planned = meeting->date;
      GDate note = meeting->date;
      GDate changed;

      kez_action_fields_init (&fields);
      fields.problem_id = problem_id;
      set_text (&fields.description, g_strdup (what));
      /* The regional health department does most of the work; the ministry some; the
         akimat what is not health. */
      if (!health)
        set_text (&fields.executor_org,
                  language == KEZ_LANGUAGE_KK
                    ? g_strdup_printf ("%s әкімдігі", meeting->locality)
                    : g_strdup_printf ("Акимат (%s)", meeting->locality));
      else if (language == KEZ_LANGUAGE_KK)
        set_text (&fields.executor_org,
                  pick % 3 == 0 ? g_strdup ("ҚР Денсаулық сақтау министрлігі")
                                : g_strdup_printf ("Денсаулық сақтау басқармасы (%s)",
                                                   meeting->locality));
      else
        set_text (&fields.executor_org,
                  pick % 3 == 0 ? g_strdup ("Министерство здравоохранения РК")
                                : g_strdup_printf ("Управление здравоохранения (%s)",
                                                   meeting->locality));
      set_text (&fields.executor_unit, g_strdup (unit));
      set_text (&fields.executor_person,
                g_strdup (citizens[(pick + 3) % G_N_ELEMENTS (citizens)]));
      fields.deadline = meeting->date;
      g_date_add_days (&fields.deadline, 30 + 30 * (pick % 3));
      g_date_clear (&changed, 1);
      if (g_date_compare (&fields.deadline, today) < 0)
        {
          /* Past its deadline: mostly done in time, some late, one in seven still open. */
          status = pick % 7 == 3 ? KEZ_ACTION_IN_PROGRESS : KEZ_ACTION_DONE;
          changed = fields.deadline;
          g_date_subtract_days (&changed, pick % 5 == 0 ? 0 : 5);
          if (pick % 5 == 0)
            g_date_add_days (&changed, 9);
        }
      else if (pick % 2 == 0)
        status = KEZ_ACTION_IN_PROGRESS;
      if (status == KEZ_ACTION_IN_PROGRESS)
        {
          changed = meeting->date;
          g_date_add_days (&changed, 12);
        }

      /* Planned two days after the meeting, a note ten days after, and done (or under way)
         when it was. */
      g_date_add_days (&planned, 2);
      history_on (store, &time, &planned, today);
      fields.id = kez_actions_save (store, &fields, error);
      ok = fields.id != 0;
      g_date_add_days (&note, 10);
      if (ok && pick % 2 == 0)
        {
          history_on (store, &time, &note, today);
          ok = kez_actions_add_note (store, fields.id, "Жұмыс тобы құрылды, кесте бекітілді.",
                                     error);
        }
      if (ok && status != KEZ_ACTION_PLANNED)
        {
          fields.status = status;
          if (status == KEZ_ACTION_DONE)
            fields.completed_on = changed;
          history_on (store, &time, &changed, today);
          ok = kez_actions_save (store, &fields, error) != 0;
        }
      kez_action_fields_clear (&fields);
    }
  kez_store_set_clock (store, NULL, NULL);
  return ok;
}

/* Two problems from the open questions of each meeting held since June. */
static gboolean
build_action_plan (KezStore           *store,
                   const HeldMeeting  *meeting,
                   guint               index,
                   const GDate        *today,
                   KezLanguage         language,
                   GError            **error)
{
  if (g_date_get_month (&meeting->date) < G_DATE_JUNE)
    return TRUE;

  for (guint p = 0; p < 2; p++)
    {
      g_autoptr(GArray) candidates = kez_problems_candidates (store, meeting->id);
      g_autoptr(GArray) picked = NULL;
      g_autofree char *topic = NULL;
      KezProblemFields fields;
      gint64 problem_id;

      if (candidates == NULL || candidates->len == 0)
        return TRUE;
      picked = questions_of_one_topic (store, candidates, &topic);
      kez_problem_fields_init (&fields);
      set_text (&fields.title_kk, g_strdup_printf ("%s: азаматтардың өтініштері", topic));
      set_text (&fields.title_ru, g_strdup_printf ("%s: обращения граждан", topic));
      set_text (&fields.description_ru,
                g_strdup ("Повторяющиеся обращения жителей региона, поднятые на встрече и до неё."));
      set_text (&fields.description_kk,
                g_strdup ("Кездесуде және оған дейін көтерілген өңір тұрғындарының қайталанатын "
                          "өтініштері."));
      fields.meeting_id = meeting->id;
      set_text (&fields.topic, g_strdup (topic));
      fields.region_code = g_strdup (meeting->region_code);
      problem_id = kez_problems_create (store, &fields, (const gint64 *) (gpointer) picked->data,
                                        picked->len, error);
      kez_problem_fields_clear (&fields);
      if (problem_id == 0 ||
          !plan_actions (store, problem_id, topic, meeting, index * 2 + p, today, language,
                         error))
        return FALSE;
    }
  return TRUE;
}

/* Results published on the seventh day, for every meeting whose ten days have passed. */
static gboolean
publish (KezStore           *store,
         const HeldMeeting  *meeting,
         const GDate        *today,
         GError            **error)
{
  GDate published = meeting->date;
  g_autofree char *link = NULL;

  g_date_add_days (&published, 7);
  if (g_date_compare (&published, today) >= 0)
    return TRUE;
  link = g_strdup_printf ("https://www.gov.kz/memleket/entities/dsm/press/news/details/%"
                          G_GINT64_FORMAT, 900000 + meeting->id);
  return kez_meetings_set_published (store, meeting->id, &published, link, error);
}

/* The demo is the Ministry of Health's, and its 2026 schedule was approved in January;
 * next year's is still a draft, with the proposals due on 1 December. */
static gboolean
set_up_body (KezStore  *store,
             GError   **error)
{
  KezScheduleStatus approved = { KEZ_SCHEDULE_APPROVED };

  g_date_clear (&approved.submitted_on, 1);
  g_date_set_dmy (&approved.submitted_on, 28, G_DATE_NOVEMBER, DEMO_YEAR - 1);
  g_date_clear (&approved.approved_on, 1);
  g_date_set_dmy (&approved.approved_on, 8, G_DATE_JANUARY, DEMO_YEAR);
  approved.resolution_number = (char *) "12";
  return kez_store_set_served_body (store, "moh", error) &&
         kez_schedule_status_set (store, "moh", DEMO_YEAR, &approved, error);
}

static gboolean
fill (KezStore  *store,
      GError   **error)
{
  g_autoptr(GArray) held = NULL;
  /* Planners write topics and executors in their working language: the demo follows the
     interface's, Kazakh or Russian. */
  KezLanguage language = kez_language_from_locale () == KEZ_LANGUAGE_KK ? KEZ_LANGUAGE_KK
                                                                      : KEZ_LANGUAGE_RU;
  GDate first, last, today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, DEMO_DAY, DEMO_MONTH, DEMO_YEAR);
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, DEMO_YEAR);
  last = today;
  g_date_subtract_days (&last, 1);

  if (!set_up_body (store, error) ||
      !import_meetings (store, language, error) ||
      !kez_question_generator_fill (store, 1400, DEMO_YEAR, &first, &last, language,
                                    error) ||
      !link_questions_to_meetings (store, error) ||
      !(held = list_held_meetings (store, error)) ||
      !kez_store_exec (store, "UPDATE meetings SET status = 'held' "
                              "WHERE starts_at < '2026-11-25'", error))
    return FALSE;

  for (guint i = 0; i < held->len; i++)
    {
      const HeldMeeting *meeting = &g_array_index (held, HeldMeeting, i);

      if (!record_clock (store, meeting, i, error) ||
          !record_events (store, meeting, i, error) ||
          !build_action_plan (store, meeting, i, &today, language, error) ||
          !publish (store, meeting, &today, error))
        return FALSE;
    }
  return TRUE;
}

/* On a team server the demo goes into an empty database, in one transaction: a database
 * with anything of a ministry's in it is never touched. */
static gboolean
create_on_server (const char  *location,
                  GError     **error)
{
  g_autoptr(KezStore) store = kez_store_open (location, error);

  if (store == NULL)
    return FALSE;
  if (kez_store_query_number (store, "SELECT (SELECT count(*) FROM meetings) + "
                                     "(SELECT count(*) FROM questions)", 0, -1) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("The team server’s database already holds meetings or questions. "
                             "The demo is made only in an empty database, so that no real "
                             "data is ever mixed with it."));
      return FALSE;
    }
  if (!kez_store_begin (store, error))
    return FALSE;
  if (!fill (store, error))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  return kez_store_commit (store, error);
}

/**
 * kez_demo_create:
 * @path: where the demo database goes; nothing may be there yet (or an empty database on a
 *   team server)
 *
 * Makes a database that shows a ministry's year as it stands on 25 November 2026, its topics
 * and executors in the interface's language (Kazakh, or else Russian): the
 * schedule, some 1,400 questions, the held meetings with their clock records, receptions and
 * publications, and action plans with deadlines met, missed and still open. The names are
 * invented. It is built beside @path and moved there only when whole; an existing file is
 * never touched.
 */
gboolean
kez_demo_create (const char  *path,
                 GError     **error)
{
  g_autofree char *part = g_strconcat (path, ".demo-part", NULL);
  g_autofree char *part_wal = g_strconcat (part, "-wal", NULL);
  g_autofree char *part_shm = g_strconcat (part, "-shm", NULL);
  g_autoptr(KezStore) store = NULL;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);

  if (kez_db_location_is_server (path))
    return create_on_server (path, error);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   /* Translators: %s is a file name */
                   _("“%s” already exists. The demo is made only as a new file, so that no "
                     "real data is ever mixed with it; name a file that does not exist."),
                   path);
      return FALSE;
    }
  g_remove (part);
  g_remove (part_wal);
  g_remove (part_shm);

  store = kez_store_open (part, error);
  /* The log folded into the file before it moves: only the file itself is renamed. */
  ok = store != NULL && fill (store, error) &&
       kez_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", error);
  g_clear_object (&store);   /* closes the file, folding the log into it */
  if (ok && g_rename (part, path) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   /* Translators: %1$s is a file name, %2$s the system's reason */
                   _("Cannot create “%1$s”: %2$s"), path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    {
      g_remove (part);
      g_remove (part_wal);
      g_remove (part_shm);
    }
  return ok;
}
