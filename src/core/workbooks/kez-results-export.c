/* kez-results-export.c
 *
 * Four sheets: the summary of the meeting (who, where, when, the questions received and
 * answered, the clock's record against the rule set's share, the publication due date), the
 * problems, the action plan, and the meeting's events. Receptions appear as counts only: this
 * workbook is published. Only when asked for, a fifth sheet lists the citizens received, and
 * the audit log records the export. With both languages, labels and words read "Kazakh /
 * Russian" and the problems' titles take a column each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-results-export"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-actions.h"
#include "kez-clock-record.h"
#include "kez-deadlines.h"
#include "kez-export-names.h"
#include "kez-meetings.h"
#include "kez-personal-export.h"
#include "kez-problems.h"
#include "kez-receptions.h"
#include "kez-kazakhstan-time.h"
#include "kez-results-export.h"
#include "kez-store-private.h"
#include "kez-text.h"
#include "kez-xlsx-file.h"
#include "kez-xlsx-formats.h"

typedef struct
{
  lxw_workbook      *workbook;
  KezXlsxFormats     formats;
  KezExportLanguage  language;
  GHashTable        *bodies;
  GHashTable        *regions;
} Writer;

static const KezTerm yes = { "Иә", "Да" };
static const KezTerm no = { "Жоқ", "Нет" };

/* Sheet names cannot hold a slash and stop at 31 characters: with both languages the sheets
 * take their Kazakh names. */
static lxw_worksheet *
add_sheet (Writer        *writer,
           const KezTerm *name)
{
  return workbook_add_worksheet (writer->workbook, writer->language == KEZ_EXPORT_RU ? name->ru
                                                                                     : name->kk);
}

static void
write_term (Writer        *writer,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const KezTerm *term,
            lxw_format    *format)
{
  g_autofree char *text = kez_term_join (term, writer->language);

  kez_xlsx_write_string (sheet, row, col, text, format != NULL ? format : writer->formats.text);
}

static void
write_name (Writer        *writer,
            lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            GHashTable    *names,
            const char    *code)
{
  const KezTerm *term = code != NULL ? g_hash_table_lookup (names, code) : NULL;

  if (term != NULL)
    write_term (writer, sheet, row, col, term, NULL);
  else
    kez_xlsx_write_blank (sheet, row, col, writer->formats.text);
}

static void
write_headers (Writer        *writer,
               lxw_worksheet *sheet,
               lxw_row_t      row,
               const KezTerm *headers,
               const double  *widths,
               guint          n)
{
  /* The widths first: a row's height is measured in them. */
  for (guint i = 0; i < n; i++)
    kez_xlsx_set_column (sheet, i, i, widths[i]);
  for (guint i = 0; i < n; i++)
    write_term (writer, sheet, row, i, &headers[i], writer->formats.header);
}

static void
finish_table (lxw_worksheet *sheet,
              lxw_row_t      header_row,
              lxw_row_t      last_row,
              guint          n_columns)
{
  worksheet_freeze_panes (sheet, header_row + 1, 0);
  worksheet_autofilter (sheet, header_row, 0, MAX (last_row, header_row), n_columns - 1);
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_repeat_rows (sheet, header_row, header_row);
}

/* The summary: a label and a value per row. */
typedef struct
{
  Writer        *writer;
  lxw_worksheet *sheet;
  lxw_row_t      row;
} Summary;

static void
summary_label (Summary       *summary,
               const KezTerm *label)
{
  write_term (summary->writer, summary->sheet, summary->row, 0, label,
              summary->writer->formats.header);
}

static void
summary_text (Summary       *summary,
              const KezTerm *label,
              const char    *value)
{
  summary_label (summary, label);
  kez_xlsx_write_string (summary->sheet, summary->row++, 1, value != NULL ? value : "",
                          summary->writer->formats.text);
}

static void
summary_number (Summary       *summary,
                const KezTerm *label,
                double         value,
                lxw_format    *format)
{
  summary_label (summary, label);
  kez_xlsx_write_number (summary->sheet, summary->row++, 1, value,
                          format != NULL ? format : summary->writer->formats.number);
}

static void
summary_date (Summary       *summary,
              const KezTerm *label,
              const GDate   *date)
{
  summary_label (summary, label);
  kez_xlsx_write_date (summary->sheet, summary->row++, 1, date, summary->writer->formats.date);
}

static double
language_width (Writer *writer,
                double  width)
{
  return writer->language == KEZ_EXPORT_BOTH ? width * 1.3 : width;
}

static guint
count_questions (KezStore   *store,
                 gint64      meeting_id,
                 const char *condition)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM questions WHERE meeting_id = ? "
                                          "AND status <> 'merged'%s", condition);

  return kez_store_query_number (store, sql, meeting_id, 0);
}

static double
minutes (GTimeSpan span)
{
  return span / (double) G_TIME_SPAN_MINUTE;
}

/* Point 3.3's record, whole: the actual start in Kazakhstan's time, the actual duration with
 * its pauses, the presentation and its share of the planned time (the rule's basis), the
 * breach and the verdict. */
static void
write_clock_record (Summary              *summary,
                    const KezClockRecord *record)
{
  Writer *writer = summary->writer;
  g_autoptr(GDateTime) started = kez_kazakhstan_time (record->started_wall_us);
  lxw_datetime start = { g_date_time_get_year (started), g_date_time_get_month (started),
                         g_date_time_get_day_of_month (started), g_date_time_get_hour (started),
                         g_date_time_get_minute (started), 0 };

  summary_label (summary, &(KezTerm) { "Нақты басталған уақыты (Астана уақыты)",
                                       "Фактическое начало (время Астаны)" });
  kez_xlsx_write_datetime (summary->sheet, summary->row++, 1, &start, writer->formats.date_time);
  summary_number (summary, &(KezTerm) { "Нақты ұзақтығы, мин", "Фактическая длительность, мин" },
                  minutes (record->actual), writer->formats.decimal);
  summary_number (summary, &(KezTerm) { "Баяндама, мин", "Доклад, мин" },
                  minutes (record->presentation), writer->formats.decimal);
  summary_number (summary, &(KezTerm) { "Баяндаманың жоспарланған уақыттағы үлесі, %",
                                        "Доля доклада от запланированного времени, %" },
                  100.0 * record->presentation_share, writer->formats.decimal);
  summary_number (summary, &(KezTerm) { "Сұрақ-жауап, мин", "Вопросы и ответы, мин" },
                  minutes (record->questions), writer->formats.decimal);
  summary_number (summary, &(KezTerm) { "Үзілістер саны", "Число перерывов" },
                  record->n_pauses, NULL);
  summary_number (summary, &(KezTerm) { "Үзілістер, мин", "Перерывы, мин" },
                  minutes (record->paused), writer->formats.decimal);
  summary_number (summary, &(KezTerm) { "Баяндама уақытынан асқаны, мин",
                                        "Превышение времени доклада, мин" },
                  minutes (record->breach), writer->formats.decimal);
  summary_label (summary, &(KezTerm) { "Баяндама уақыты сақталды",
                                       "Время доклада соблюдено" });
  write_term (writer, summary->sheet, summary->row++, 1, record->rule_kept ? &yes : &no,
              record->rule_kept ? writer->formats.good : writer->formats.bad);
}

static void
write_summary (Writer     *writer,
               KezStore   *store,
               KezMeeting *meeting)
{
  static const KezTerm sheet_name = { "Қорытынды", "Итоги" };
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);
  g_autofree char *place = NULL;
  g_autofree char *title = NULL;
  const KezTerm *region = fields->region_code != NULL
                            ? g_hash_table_lookup (writer->regions, fields->region_code) : NULL;
  Summary summary = { writer, add_sheet (writer, &sheet_name), 2 };
  KezClockRecord record;
  lxw_datetime start = { g_date_get_year (&fields->date), g_date_get_month (&fields->date),
                         g_date_get_day (&fields->date), fields->start_minute / 60,
                         fields->start_minute % 60, 0 };
  GDate last, due;

  title = g_strdup_printf ("%s — %s", writer->language == KEZ_EXPORT_KK
                                        ? "Халықпен кездесу қорытындылары"
                                        : writer->language == KEZ_EXPORT_RU
                                            ? "Итоги встречи с населением"
                                            : "Халықпен кездесу қорытындылары / Итоги встречи с населением",
                           fields->leader_name);
  kez_xlsx_set_column (summary.sheet, 0, 0, language_width (writer, 42));
  kez_xlsx_set_column (summary.sheet, 1, 1, 60);
  kez_xlsx_write_string (summary.sheet, 0, 0, title, writer->formats.title);

  summary_label (&summary, &(KezTerm) { "Орталық атқарушы орган",
                                        "Центральный исполнительный орган" });
  write_name (writer, summary.sheet, summary.row++, 1, writer->bodies, fields->body_code);
  summary_text (&summary, &(KezTerm) { "Басшы", "Руководитель" }, fields->leader_name);
  summary_label (&summary, &(KezTerm) { "Лауазымы", "Должность" });
  write_term (writer, summary.sheet, summary.row++, 1,
              kez_term_for_position (fields->leader_position), NULL);
  summary_label (&summary, &(KezTerm) { "Өткізілген күні мен уақыты", "Дата и время" });
  kez_xlsx_write_datetime (summary.sheet, summary.row++, 1, &start, writer->formats.date_time);
  place = g_strjoin (", ", region != NULL ? (writer->language == KEZ_EXPORT_KK ? region->kk
                                                                               : region->ru)
                                          : "",
                     fields->locality, fields->venue, NULL);
  summary_text (&summary, &(KezTerm) { "Өткізу орны", "Место проведения" }, place);
  summary_label (&summary, &(KezTerm) { "Өткізу нысаны", "Формат" });
  write_term (writer, summary.sheet, summary.row++, 1, kez_term_for_format (fields->format), NULL);
  summary_text (&summary, &(KezTerm) { "Қатысқан әкімдер", "Присутствовали акимы" },
                fields->akims_attending);
  summary_number (&summary, &(KezTerm) { "Жоспарланған ұзақтығы, мин",
                                         "Запланированная длительность, мин" },
                  fields->planned_minutes, NULL);

  summary_number (&summary, &(KezTerm) { "Түскен сұрақтар", "Поступило вопросов" },
                  count_questions (store, fields->id, ""), NULL);
  summary_number (&summary, &(KezTerm) { "Кездесуде жауап берілді", "Отвечено на встрече" },
                  count_questions (store, fields->id, " AND status = 'answered-at-meeting'"),
                  NULL);
  summary_number (&summary, &(KezTerm) { "Жазбаша жауап берілді", "Отвечено письменно" },
                  count_questions (store, fields->id, " AND status = 'answered-in-writing'"),
                  NULL);
  summary_number (&summary, &(KezTerm) { "Іс-қимыл жоспарына енгізілді",
                                         "Включено в план действий" },
                  count_questions (store, fields->id, " AND status = 'in-action-plan'"), NULL);

  if (kez_clock_record_load (store, fields->id, fields->planned_minutes,
                             kez_rule_set_presentation_budget (rules, fields->planned_minutes),
                             &record))
    write_clock_record (&summary, &record);

  kez_meeting_get_last_day (meeting, &last);
  kez_deadlines_publication_due (rules, &last, &due);
  summary_date (&summary, &(KezTerm) { "Қорытындыларды жариялау мерзімі",
                                       "Срок публикации итогов" }, &due);
  summary_date (&summary, &(KezTerm) { "Жарияланған күні", "Дата публикации" },
                &fields->published_on);
  summary_label (&summary, &(KezTerm) { "Жарияланған жері", "Где опубликовано" });
  kez_xlsx_write_url (summary.sheet, summary.row++, 1, fields->publication_link,
                      writer->formats.link);
  worksheet_set_portrait (summary.sheet);
  worksheet_set_paper (summary.sheet, 9);
  worksheet_fit_to_pages (summary.sheet, 1, 0);
}

static const char *
problem_title (const KezProblemFields *problem,
               KezExportLanguage       language)
{
  const char *first = language == KEZ_EXPORT_KK ? problem->title_kk : problem->title_ru;

  return first[0] != '\0' ? first : (language == KEZ_EXPORT_KK ? problem->title_ru
                                                                : problem->title_kk);
}

static void
write_problems (Writer *writer,
                GArray *problems)
{
  static const KezTerm sheet_name = { "Проблемалар", "Проблемы" };
  gboolean both = writer->language == KEZ_EXPORT_BOTH;
  static const KezTerm headers[] = {
    { "№", "№" },
    { "Атауы", "Название" },
    { "Атауы (орысша)", "Название (на русском)" },
    { "Сипаттамасы", "Описание" },
    { "Тақырыбы", "Тема" },
    { "Өңір", "Регион" },
    { "Сұрақтар", "Вопросов" },
    { "Азаматтар", "Граждан" },
  };
  static const double widths[] = { 5, 40, 40, 50, 20, 22, 10, 10 };
  lxw_worksheet *sheet = add_sheet (writer, &sheet_name);
  /* With one language, the second title column is left out. */
  guint n_columns = G_N_ELEMENTS (headers) - (both ? 0 : 1);
  KezTerm shown[G_N_ELEMENTS (headers)];
  double shown_widths[G_N_ELEMENTS (headers)];
  lxw_row_t row = 2;

  for (guint i = 0, j = 0; i < G_N_ELEMENTS (headers); i++)
    if (both || i != 2)
      {
        shown[j] = headers[i];
        shown_widths[j++] = widths[i];
      }
  if (both)
    shown[1] = (KezTerm) { "Атауы (қазақша)", "Название (на казахском)" };
  kez_xlsx_write_string (sheet, 0, 0, kez_term_get (&sheet_name,
                                                     writer->language == KEZ_EXPORT_RU
                                                       ? KEZ_LANGUAGE_RU : KEZ_LANGUAGE_KK),
                          writer->formats.title);
  write_headers (writer, sheet, 1, shown, shown_widths, n_columns);
  for (guint i = 0; i < problems->len; i++, row++)
    {
      const KezProblemFields *problem = &g_array_index (problems, KezProblemFields, i);
      lxw_col_t col = 0;

      kez_xlsx_write_number (sheet, row, col++, i + 1, writer->formats.number);
      if (both)
        {
          kez_xlsx_write_string (sheet, row, col++, problem->title_kk, writer->formats.text);
          kez_xlsx_write_string (sheet, row, col++, problem->title_ru, writer->formats.text);
        }
      else
        kez_xlsx_write_string (sheet, row, col++, problem_title (problem, writer->language),
                                writer->formats.text);
      kez_xlsx_write_string (sheet, row, col++,
                              writer->language == KEZ_EXPORT_KK ||
                              problem->description_ru[0] == '\0' ? problem->description_kk
                                                                 : problem->description_ru,
                              writer->formats.text);
      kez_xlsx_write_string (sheet, row, col++, problem->topic, writer->formats.text);
      write_name (writer, sheet, row, col++, writer->regions, problem->region_code);
      kez_xlsx_write_number (sheet, row, col++, problem->n_questions, writer->formats.number);
      kez_xlsx_write_number (sheet, row, col++, problem->n_citizens, writer->formats.number);
    }
  finish_table (sheet, 1, row - 1, n_columns);
}

static void
write_actions (Writer   *writer,
               KezStore *store,
               GArray   *problems)
{
  static const KezTerm sheet_name = { "Іс-қимыл жоспары", "План действий" };
  static const KezTerm headers[] = {
    { "Проблема №", "Проблема №" },
    { "Проблема", "Проблема" },
    { "Іс-қимыл", "Действие" },
    { "Жауапты орындаушы", "Ответственный исполнитель" },
    { "Бірлесіп орындаушылар", "Соисполнители" },
    { "Мерзімі", "Срок" },
    { "Мәртебесі", "Статус" },
    { "Растау", "Подтверждение" },
  };
  static const double widths[] = { 10, 34, 44, 30, 24, 12, 16, 30 };
  lxw_worksheet *sheet = add_sheet (writer, &sheet_name);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  lxw_row_t row = 2;
  GDate today;

  kez_action_today (now, &today);
  kez_xlsx_write_string (sheet, 0, 0, kez_term_get (&sheet_name,
                                                     writer->language == KEZ_EXPORT_RU
                                                       ? KEZ_LANGUAGE_RU : KEZ_LANGUAGE_KK),
                          writer->formats.title);
  write_headers (writer, sheet, 1, headers, widths, G_N_ELEMENTS (headers));
  for (guint i = 0; i < problems->len; i++)
    {
      const KezProblemFields *problem = &g_array_index (problems, KezProblemFields, i);
      g_autoptr(GArray) actions = kez_actions_list_for_problem (store, problem->id);

      for (guint j = 0; j < actions->len; j++, row++)
        {
          const KezActionFields *action = &g_array_index (actions, KezActionFields, j);
          gboolean late = kez_action_is_overdue (action, &today);
          g_autofree char *executor = kez_text_join_present (action->executor_org,
                                                             action->executor_unit,
                                                             action->executor_person);

          kez_xlsx_write_number (sheet, row, 0, i + 1, writer->formats.number);
          kez_xlsx_write_string (sheet, row, 1, problem_title (problem, writer->language),
                                  writer->formats.text);
          kez_xlsx_write_string (sheet, row, 2, action->description, writer->formats.text);
          kez_xlsx_write_string (sheet, row, 3, executor, writer->formats.text);
          kez_xlsx_write_string (sheet, row, 4, action->co_executors, writer->formats.text);
          kez_xlsx_write_date (sheet, row, 5, &action->deadline, writer->formats.date);
          write_term (writer, sheet, row, 6, late ? kez_term_overdue ()
                                                : kez_term_for_action_status (action->status),
                      late ? writer->formats.bad
                           : action->status == KEZ_ACTION_DONE ? writer->formats.good : NULL);
          kez_xlsx_write_string (sheet, row, 7, action->evidence, writer->formats.text);
        }
    }
  finish_table (sheet, 1, row - 1, G_N_ELEMENTS (headers));
}

static void
write_events (Writer     *writer,
              KezStore   *store,
              KezMeeting *meeting)
{
  static const KezTerm sheet_name = { "Іс-шаралар", "Мероприятия" };
  static const KezTerm headers[] = {
    { "Іс-шара", "Мероприятие" },
    { "Күні", "Дата" },
    { "Басталуы", "Начало" },
    { "Аяқталуы", "Окончание" },
    { "Қатысушылар", "Участники" },
    { "Қабылданған азаматтар", "Принято граждан" },
    { "Ескертпе", "Примечание" },
  };
  static const double widths[] = { 26, 12, 10, 10, 40, 12, 40 };
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
  lxw_worksheet *sheet = add_sheet (writer, &sheet_name);
  lxw_row_t row = 2;

  kez_xlsx_write_string (sheet, 0, 0, kez_term_get (&sheet_name,
                                                     writer->language == KEZ_EXPORT_RU
                                                       ? KEZ_LANGUAGE_RU : KEZ_LANGUAGE_KK),
                          writer->formats.title);
  write_headers (writer, sheet, 1, headers, widths, G_N_ELEMENTS (headers));
  for (guint i = 0; i < fields->events->len; i++, row++)
    {
      const KezMeetingEvent *event = &g_array_index (fields->events, KezMeetingEvent, i);
      lxw_datetime start = { 0, 0, 0, event->start_minute / 60, event->start_minute % 60, 0 };
      lxw_datetime end = { 0, 0, 0, event->end_minute / 60, event->end_minute % 60, 0 };

      write_term (writer, sheet, row, 0, kez_term_for_event_kind (event->kind), NULL);
      kez_xlsx_write_date (sheet, row, 1, &event->date, writer->formats.date);
      kez_xlsx_write_datetime (sheet, row, 2, &start, writer->formats.time);
      if (event->end_minute >= 0)
        kez_xlsx_write_datetime (sheet, row, 3, &end, writer->formats.time);
      else
        kez_xlsx_write_blank (sheet, row, 3, writer->formats.time);
      kez_xlsx_write_string (sheet, row, 4, event->participants, writer->formats.text);
      if (event->kind == KEZ_EVENT_RECEPTION)
        kez_xlsx_write_number (sheet, row, 5, kez_store_query_number (store,
                                  "SELECT count(*) FROM receptions WHERE event_id = ?",
                                  event->id, 0), writer->formats.number);
      else
        kez_xlsx_write_blank (sheet, row, 5, writer->formats.number);
      kez_xlsx_write_string (sheet, row, 6, event->notes, writer->formats.text);
    }
  finish_table (sheet, 1, row - 1, G_N_ELEMENTS (headers));
}

/* The citizens received, with their personal data: for the ministry's own files only. */
static guint
write_receptions (Writer   *writer,
                  KezStore *store,
                  gint64    meeting_id)
{
  static const KezTerm sheet_name = { "Қабылданғандар", "Принятые граждане" };
  static const KezTerm headers[] = {
    { "Уақыты", "Время" },
    { "Аты-жөні", "ФИО" },
    { "ЖСН", "ИИН" },
    { "Телефон", "Телефон" },
    { "Мекенжайы", "Адрес" },
    { "Мәселе", "Вопрос" },
    { "Нәтижесі", "Результат" },
  };
  static const double widths[] = { 16, 28, 14, 16, 28, 40, 40 };
  g_autoptr(KezDbStmt) stmt =
    kez_store_prepare (store,
                       "SELECT r.received_at, r.citizen_name, r.iin, r.phone, r.address, r.issue, "
                       "r.outcome FROM receptions r JOIN meeting_events e ON e.id = r.event_id "
                       "WHERE e.meeting_id = ? AND r.purged_at IS NULL "
                       "ORDER BY r.received_at, r.id", NULL);
  lxw_worksheet *sheet = add_sheet (writer, &sheet_name);
  lxw_row_t row = 2;
  guint n = 0;

  kez_xlsx_write_string (sheet, 0, 0, kez_term_get (&sheet_name,
                                                     writer->language == KEZ_EXPORT_RU
                                                       ? KEZ_LANGUAGE_RU : KEZ_LANGUAGE_KK),
                          writer->formats.title);
  write_headers (writer, sheet, 1, headers, widths, G_N_ELEMENTS (headers));
  if (stmt != NULL)
    kez_db_bind_int64 (stmt, 1, meeting_id);
  for (; stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW; row++, n++)
    {
      kez_xlsx_write_iso (sheet, row, 0, kez_store_column_text (stmt, 0), &writer->formats);
      /* The IIN as text: twelve digits, leading zeros kept. */
      for (int column = 1; column < 7; column++)
        kez_xlsx_write_string (sheet, row, column, kez_store_column_text (stmt, column),
                                writer->formats.text);
    }
  finish_table (sheet, 1, row - 1, G_N_ELEMENTS (headers));
  return n;
}

/**
 * kez_results_export:
 *
 * @include_personal_data: whether to add the citizens received, with their personal data
 *
 * Writes the results of the meeting @meeting_id to @path; the file appears only when whole.
 */
gboolean
kez_results_export (KezStore           *store,
                    gint64              meeting_id,
                    KezExportLanguage   language,
                    gboolean            include_personal_data,
                    const char         *path,
                    GError            **error)
{
  g_autoptr(KezXlsxFile) file = NULL;
  guint n_received = 0;
  g_autoptr(KezMeeting) meeting = NULL;
  g_autoptr(GArray) problems = NULL;
  Writer writer = { .language = language };

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (include_personal_data && !kez_personal_export_allowed (store, error))
    return FALSE;
  if (!(meeting = kez_meetings_get (store, meeting_id)))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %1$s is a number */
                   _("There is no meeting with the ID “%1$s”"), number);
      return FALSE;
    }
  if (!(file = kez_xlsx_file_new (path, error)))
    return FALSE;

  writer.workbook = kez_xlsx_file_get_workbook (file);
  kez_xlsx_formats_init (&writer.formats, writer.workbook);
  writer.bodies = kez_export_names_of_bodies (store);
  writer.regions = kez_export_names_of_regions (store);
  problems = kez_problems_list (store, meeting_id);

  {
    const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
    g_autofree char *title_kk = g_strdup_printf ("Халықпен кездесу қорытындылары — %s",
                                                 fields->leader_name);
    g_autofree char *title_ru = g_strdup_printf ("Итоги встречи с населением — %s",
                                                 fields->leader_name);

    kez_export_names_describe_workbook (file, store, fields->body_code, title_kk, title_ru,
                                        language);
  }
  write_summary (&writer, store, meeting);
  write_problems (&writer, problems);
  write_actions (&writer, store, problems);
  write_events (&writer, store, meeting);
  if (include_personal_data)
    n_received = write_receptions (&writer, store, meeting_id);

  g_hash_table_unref (writer.bodies);
  g_hash_table_unref (writer.regions);
  if (include_personal_data)
    {
      g_autofree char *details = g_strdup_printf ("%u citizens received at meeting %"
                                                  G_GINT64_FORMAT " to %s", n_received,
                                                  meeting_id, path);

      return kez_personal_export_finish (file, store, "receptions", details, error);
    }
  return kez_xlsx_file_finish (file, error);
}
