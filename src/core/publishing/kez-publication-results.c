/* kez-publication-results.c
 *
 * The results of one meeting as the ministry publishes them (decree point 3.7): what the
 * meeting was, the clock's record of point 3.3, the list of problematic issues raised and the
 * action plan with its executors and deadlines. The citizens are counted, never named.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-publication-results"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-actions.h"
#include "kez-clock-record.h"
#include "kez-export-names.h"
#include "kez-kazakhstan-time.h"
#include "kez-meetings.h"
#include "kez-problems.h"
#include "kez-publication.h"
#include "kez-rule-set.h"
#include "kez-store-private.h"
#include "kez-text.h"

#define T(kk, ru) (language == KEZ_LANGUAGE_KK ? (kk) : (ru))

static char *
date_text (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

static char *
minutes_text (GTimeSpan   span,
              KezLanguage language)
{
  return g_strdup_printf ("%.0f %s", span / (double) G_TIME_SPAN_MINUTE, T ("мин", "мин"));
}

static char *
count_text (KezStore   *store,
            gint64      meeting_id,
            const char *condition)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM questions WHERE meeting_id = ? "
                                          "AND status <> 'merged'%s", condition);

  return g_strdup_printf ("%" G_GINT64_FORMAT, kez_store_query_number (store, sql, meeting_id, 0));
}

static const char *
problem_title (const KezProblemFields *problem,
               KezLanguage             language)
{
  const char *title = language == KEZ_LANGUAGE_KK ? problem->title_kk : problem->title_ru;

  return title[0] != '\0' ? title
                          : language == KEZ_LANGUAGE_KK ? problem->title_ru : problem->title_kk;
}

static void
add_clock_record (KezBlock             *facts,
                  const KezClockRecord *record,
                  KezLanguage           language)
{
  g_autoptr(GDateTime) started = kez_kazakhstan_time (record->started_wall_us);
  g_autofree char *start = g_date_time_format (started, "%d.%m.%Y %H:%M");
  g_autofree char *actual = minutes_text (record->actual, language);
  g_autofree char *presentation = minutes_text (record->presentation, language);
  g_autofree char *share = g_strdup_printf ("%.0f %%", 100.0 * record->presentation_share);
  g_autofree char *questions = minutes_text (record->questions, language);
  g_autofree char *breach = record->breach > 0 ? minutes_text (record->breach, language)
                                               : NULL;

  kez_block_add_fact (facts, T ("Нақты басталған уақыты (Астана уақыты)",
                                "Фактическое начало (время Астаны)"), start);
  kez_block_add_fact (facts, T ("Нақты ұзақтығы", "Фактическая длительность"), actual);
  kez_block_add_fact (facts, T ("Баяндама", "Доклад"), presentation);
  kez_block_add_fact (facts, T ("Баяндаманың жоспарланған уақыттағы үлесі",
                                "Доля доклада от запланированного времени"), share);
  kez_block_add_fact (facts, T ("Сұрақ-жауап", "Вопросы и ответы"), questions);
  kez_block_add_fact (facts, T ("Баяндама уақытынан асқаны", "Превышение времени доклада"),
                      breach);
  kez_block_add_fact (facts, T ("Баяндама уақыты сақталды", "Время доклада соблюдено"),
                      record->rule_kept ? T ("Иә", "Да") : T ("Жоқ", "Нет"));
}

static void
add_summary (KezPublicationPart     *part,
             KezStore               *store,
             KezMeeting             *meeting,
             GHashTable             *regions,
             KezLanguage             language)
{
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);
  g_autofree char *day = date_text (&fields->date);
  g_autofree char *when = g_strdup_printf ("%s, %02d:%02d", day, fields->start_minute / 60,
                                           fields->start_minute % 60);
  const char *region = kez_export_names_get (regions, fields->region_code, language);
  g_autofree char *place = kez_text_join_present (region, fields->locality, fields->venue);
  g_autofree char *planned = minutes_text (fields->planned_minutes * G_TIME_SPAN_MINUTE,
                                           language);
  g_autofree char *received = count_text (store, fields->id, "");
  g_autofree char *answered = count_text (store, fields->id,
                                          " AND status = 'answered-at-meeting'");
  g_autofree char *in_writing = count_text (store, fields->id,
                                            " AND status = 'answered-in-writing'");
  g_autofree char *in_plan = count_text (store, fields->id, " AND status = 'in-action-plan'");
  KezBlock *facts = kez_publication_add_facts (part);
  KezClockRecord record;

  kez_block_add_fact (facts, T ("Басшы", "Руководитель"), fields->leader_name);
  kez_block_add_fact (facts, T ("Лауазымы", "Должность"),
                      kez_term_get (kez_term_for_position (fields->leader_position), language));
  kez_block_add_fact (facts, T ("Күні мен уақыты", "Дата и время"), when);
  kez_block_add_fact (facts, T ("Өткізу орны", "Место проведения"), place);
  kez_block_add_fact (facts, T ("Өткізу нысаны", "Формат"),
                      kez_term_get (kez_term_for_format (fields->format), language));
  kez_block_add_fact (facts, T ("Кездесу тақырыбы", "Тема встречи"), fields->topic);
  kez_block_add_fact (facts, T ("Қатысқан әкімдер", "Присутствовали акимы"),
                      fields->akims_attending);
  kez_block_add_fact (facts, T ("Тікелей трансляция", "Прямая трансляция"),
                      fields->broadcast_links);
  kez_block_add_fact (facts, T ("Жоспарланған ұзақтығы", "Запланированная длительность"),
                      planned);
  kez_block_add_fact (facts, T ("Түскен сұрақтар", "Поступило вопросов"), received);
  kez_block_add_fact (facts, T ("Кездесуде жауап берілді", "Отвечено на встрече"), answered);
  kez_block_add_fact (facts, T ("Жазбаша жауап берілді", "Отвечено письменно"), in_writing);
  kez_block_add_fact (facts, T ("Іс-қимыл жоспарына енгізілді", "Включено в план действий"),
                      in_plan);

  if (kez_clock_record_load (store, fields->id, fields->planned_minutes,
                             kez_rule_set_presentation_budget (rules, fields->planned_minutes),
                             &record))
    {
      kez_publication_add_heading (part, T ("Кездесу уақытының есебі",
                                            "Учёт времени встречи"));
      facts = kez_publication_add_facts (part);
      add_clock_record (facts, &record, language);
    }
}

static void
add_problems (KezPublicationPart *part,
              GArray             *problems,
              KezLanguage         language)
{
  const char *headers[] = { "№", T ("Проблемалық мәселе", "Проблемный вопрос"),
                            T ("Сипаттамасы", "Описание"), T ("Сұрақтар", "Вопросов"),
                            T ("Азаматтар", "Граждан") };
  static const double widths[] = { 0.05, 0.28, 0.43, 0.12, 0.12 };
  KezBlock *table;

  kez_publication_add_heading (part, T ("Проблемалық мәселелер тізбесі",
                                        "Перечень проблемных вопросов"));
  if (problems->len == 0)
    {
      kez_publication_add_paragraph (part, T ("Проблемалық мәселелер анықталған жоқ.",
                                              "Проблемные вопросы не выявлены."));
      return;
    }
  table = kez_publication_add_table (part, headers, widths, G_N_ELEMENTS (headers));
  for (guint i = 0; i < problems->len; i++)
    {
      const KezProblemFields *problem = &g_array_index (problems, KezProblemFields, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *n_questions = g_strdup_printf ("%u", problem->n_questions);
      g_autofree char *n_citizens = g_strdup_printf ("%u", problem->n_citizens);
      const char *description = language == KEZ_LANGUAGE_KK ? problem->description_kk
                                                             : problem->description_ru;
      const char *row[] = { number, problem_title (problem, language),
                            description[0] != '\0' ? description
                              : language == KEZ_LANGUAGE_KK ? problem->description_ru
                                                            : problem->description_kk,
                            n_questions, n_citizens };

      kez_block_add_row (table, row);
    }
}

static void
add_action_plan (KezPublicationPart *part,
                 KezStore           *store,
                 GArray             *problems,
                 KezLanguage         language)
{
  const char *headers[] = { "№", T ("Проблемалық мәселе", "Проблемный вопрос"),
                            T ("Іс-шара", "Мероприятие"),
                            T ("Жауапты орындаушы", "Ответственный исполнитель"),
                            T ("Мерзімі", "Срок"), T ("Мәртебесі", "Статус") };
  static const double widths[] = { 0.06, 0.20, 0.27, 0.21, 0.13, 0.13 };
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  KezBlock *table = NULL;
  GDate today;
  guint n = 0;

  kez_action_today (now, &today);
  kez_publication_add_heading (part, T ("Іс-қимыл жоспары", "План действий"));
  for (guint i = 0; i < problems->len; i++)
    {
      const KezProblemFields *problem = &g_array_index (problems, KezProblemFields, i);
      g_autoptr(GArray) actions = kez_actions_list_for_problem (store, problem->id);

      for (guint j = 0; j < actions->len; j++)
        {
          const KezActionFields *action = &g_array_index (actions, KezActionFields, j);
          gboolean late = kez_action_is_overdue (action, &today);
          /* The responsible body and its unit: the officials' names stay in the app. */
          g_autofree char *executor = kez_text_join_present (action->executor_org,
                                                             action->executor_unit, NULL);
          g_autofree char *executors = kez_text_is_blank (action->co_executors)
                                         ? g_strdup (executor)
                                         : g_strdup_printf ("%s\n%s", executor,
                                                            action->co_executors);
          g_autofree char *number = g_strdup_printf ("%u.%u", i + 1, j + 1);
          g_autofree char *deadline = date_text (&action->deadline);
          const char *row[] = { number, problem_title (problem, language), action->description,
                                executors, deadline,
                                kez_term_get (late ? kez_term_overdue ()
                                                   : kez_term_for_action_status (action->status),
                                              language) };

          if (table == NULL)
            table = kez_publication_add_table (part, headers, widths, G_N_ELEMENTS (headers));
          kez_block_add_row (table, row);
          n++;
        }
    }
  if (n == 0)
    kez_publication_add_paragraph (part, T ("Іс-қимыл жоспары әлі құрылған жоқ.",
                                            "План действий ещё не составлен."));
}

/**
 * kez_publication_of_results:
 *
 * Returns: (transfer full): the meeting's results in @language (both: the Kazakh document,
 *   then the Russian one), or %NULL if there is no such meeting.
 */
KezPublication *
kez_publication_of_results (KezStore          *store,
                            gint64             meeting_id,
                            KezExportLanguage  export_language,
                            GError           **error)
{
  g_autoptr(KezMeeting) meeting = kez_meetings_get (store, meeting_id);
  g_autoptr(KezPublication) self = NULL;
  g_autoptr(GHashTable) bodies = NULL;
  g_autoptr(GHashTable) regions = NULL;
  g_autoptr(GArray) problems = NULL;

  if (meeting == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %1$s is a number */
                   _("There is no meeting with the ID “%1$s”"), number);
      return NULL;
    }
  self = kez_publication_new ();
  bodies = kez_export_names_of_bodies (store);
  regions = kez_export_names_of_regions (store);
  problems = kez_problems_list (store, meeting_id);
  for (KezLanguage language = KEZ_LANGUAGE_KK; language <= KEZ_LANGUAGE_RU; language++)
    {
      const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
      KezPublicationPart *part;

      if (!kez_publication_language_wanted (export_language, language))
        continue;
      part = kez_publication_add_part (self, language, T ("Халықпен кездесу қорытындылары",
                                                          "Итоги встречи с населением"),
                                       kez_export_names_get (bodies, fields->body_code, language));
      part->subtitle = g_strdup (fields->leader_name);
      add_summary (part, store, meeting, regions, language);
      add_problems (part, problems, language);
      add_action_plan (part, store, problems, language);
    }
  return g_steal_pointer (&self);
}
