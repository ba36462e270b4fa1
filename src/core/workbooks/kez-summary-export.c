/* kez-summary-export.c
 *
 * What decree points 5.2 and 6.1 ask to be reported for the half-year and the year: how many
 * meetings were planned and how many held (and of those, how many outside the schedule), how
 * often the presentation kept to its share of the time, the questions received and answered,
 * and the problems and actions, done on time or not. One sheet by quarter, one by leader, each
 * with a total.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-summary-export"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "kez-actions.h"
#include "kez-export-names.h"
#include "kez-clock-record.h"
#include "kez-collate.h"
#include "kez-meetings.h"
#include "kez-store-private.h"
#include "kez-summary-export.h"
#include "kez-xlsx-file.h"
#include "kez-xlsx-formats.h"

typedef enum
{
  FIGURE_PLANNED,
  FIGURE_HELD,
  FIGURE_OFF_SCHEDULE,
  FIGURE_CANCELLED,
  FIGURE_TIMED,
  FIGURE_KEPT,
  FIGURE_QUESTIONS,
  FIGURE_ANSWERED,
  FIGURE_PROBLEMS,
  FIGURE_ACTIONS,
  FIGURE_ON_TIME,
  FIGURE_LATE,
  FIGURE_OVERDUE,
  N_FIGURES
} Figure;

static const KezTerm figure_names[N_FIGURES] = {
  [FIGURE_PLANNED] = { "Кесте бойынша жоспарланған", "Запланировано по графику" },
  [FIGURE_HELD] = { "Өткізілген", "Проведено" },
  [FIGURE_OFF_SCHEDULE] = { "Оның ішінде кестеден тыс", "В том числе вне графика" },
  [FIGURE_CANCELLED] = { "Болдырылмаған", "Отменено" },
  [FIGURE_TIMED] = { "Уақыты есепке алынған", "С учётом времени" },
  [FIGURE_KEPT] = { "Баяндама уақыты сақталған", "Время доклада соблюдено" },
  [FIGURE_QUESTIONS] = { "Түскен сұрақтар", "Поступило вопросов" },
  [FIGURE_ANSWERED] = { "Жауап берілген сұрақтар", "Отвечено вопросов" },
  [FIGURE_PROBLEMS] = { "Проблемалар", "Проблем" },
  [FIGURE_ACTIONS] = { "Іс-қимылдар", "Действий" },
  [FIGURE_ON_TIME] = { "Мерзімінде орындалған", "Выполнено в срок" },
  [FIGURE_LATE] = { "Кешігіп орындалған", "Выполнено с опозданием" },
  [FIGURE_OVERDUE] = { "Мерзімі өткен", "Просрочено" },
};

typedef struct
{
  char  *name;
  guint  figures[N_FIGURES];
} Line;

static void
line_free (Line *line)
{
  g_free (line->name);
  g_free (line);
}

static guint
count (KezStore   *store,
       const char *sql,
       gint64      meeting_id)
{
  return kez_store_query_number (store, sql, meeting_id, 0);
}

/* The figures of one meeting. */
static void
measure (KezStore    *store,
         KezRuleSet  *rules,
         KezMeeting  *meeting,
         const GDate *today,
         guint        figures[N_FIGURES])
{
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
  KezClockRecord record;
  g_autoptr(KezDbStmt) actions = NULL;

  memset (figures, 0, N_FIGURES * sizeof (guint));
  figures[FIGURE_PLANNED] = !fields->off_schedule;
  figures[FIGURE_HELD] = fields->status == KEZ_STATUS_HELD;
  figures[FIGURE_OFF_SCHEDULE] = fields->off_schedule && fields->status == KEZ_STATUS_HELD;
  figures[FIGURE_CANCELLED] = fields->status == KEZ_STATUS_CANCELLED;
  if (kez_clock_record_load (store, fields->id, fields->planned_minutes,
                             kez_rule_set_presentation_budget (rules, fields->planned_minutes),
                             &record) && record.finished)
    {
      figures[FIGURE_TIMED] = 1;
      figures[FIGURE_KEPT] = record.rule_kept;
    }
  figures[FIGURE_QUESTIONS] = count (store, "SELECT count(*) FROM questions WHERE meeting_id = ? "
                                     "AND status <> 'merged'", fields->id);
  figures[FIGURE_ANSWERED] = count (store, "SELECT count(*) FROM questions WHERE meeting_id = ? "
                                    "AND status IN ('answered-at-meeting', "
                                    "'answered-in-writing')", fields->id);
  figures[FIGURE_PROBLEMS] = count (store, "SELECT count(*) FROM problems WHERE meeting_id = ?",
                                    fields->id);

  actions = kez_store_prepare (store,
                               "SELECT a.status, a.deadline, a.completed_on FROM actions a "
                               "JOIN problems p ON p.id = a.problem_id WHERE p.meeting_id = ?",
                               NULL);
  if (actions == NULL)
    return;
  kez_db_bind_int64 (actions, 1, fields->id);
  while (kez_db_step (actions) == KEZ_DB_ROW)
    {
      KezActionFields action;

      kez_action_fields_init (&action);
      kez_action_status_from_string (kez_store_column_text (actions, 0), &action.status);
      kez_date_parse_iso (kez_store_column_text (actions, 1), &action.deadline);
      kez_date_parse_iso (kez_store_column_text (actions, 2), &action.completed_on);
      figures[FIGURE_ACTIONS]++;
      if (action.status == KEZ_ACTION_DONE)
        {
          if (g_date_valid (&action.completed_on) &&
              g_date_compare (&action.completed_on, &action.deadline) > 0)
            figures[FIGURE_LATE]++;
          else
            figures[FIGURE_ON_TIME]++;
        }
      else if (kez_action_is_overdue (&action, today))
        figures[FIGURE_OVERDUE]++;
      kez_action_fields_clear (&action);
    }
}

static void
add_figures (Line        *line,
             const guint  figures[N_FIGURES])
{
  for (guint i = 0; i < N_FIGURES; i++)
    line->figures[i] += figures[i];
}

static void
write_sheet (lxw_workbook      *workbook,
             KezXlsxFormats    *formats,
             KezExportLanguage  language,
             const KezTerm     *name,
             const KezTerm     *first_header,
             const char        *title,
             GPtrArray         *lines)
{
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, language == KEZ_EXPORT_RU ? name->ru
                                                                                      : name->kk);
  g_autofree char *first = kez_term_join (first_header, language);
  static const KezTerm total = { "Барлығы", "Итого" };
  g_autofree char *total_text = kez_term_join (&total, language);
  Line sum = { 0 };
  lxw_row_t row = 3;

  kez_xlsx_set_column (sheet, 0, 0, 28);
  kez_xlsx_set_column (sheet, 1, N_FIGURES, 13);
  kez_xlsx_write_string (sheet, 0, 0, title, formats->title);
  kez_xlsx_write_string (sheet, 2, 0, first, formats->header);
  for (guint i = 0; i < N_FIGURES; i++)
    {
      g_autofree char *text = kez_term_join (&figure_names[i], language);

      kez_xlsx_write_string (sheet, 2, i + 1, text, formats->header);
    }
  for (guint j = 0; j < lines->len; j++, row++)
    {
      Line *line = g_ptr_array_index (lines, j);

      kez_xlsx_write_string (sheet, row, 0, line->name, formats->text);
      for (guint i = 0; i < N_FIGURES; i++)
        kez_xlsx_write_number (sheet, row, i + 1, line->figures[i], formats->number);
      add_figures (&sum, line->figures);
    }
  kez_xlsx_write_string (sheet, row, 0, total_text, formats->header);
  for (guint i = 0; i < N_FIGURES; i++)
    kez_xlsx_write_number (sheet, row, i + 1, sum.figures[i], formats->header);
  worksheet_freeze_panes (sheet, 3, 1);
  worksheet_autofilter (sheet, 2, 0, MAX (row - 1, 2), N_FIGURES);
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_fit_to_pages (sheet, 1, 0);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b,
               gpointer      language)
{
  return kez_collate (GPOINTER_TO_INT (language), (*(Line **) a)->name, (*(Line **) b)->name);
}

/**
 * kez_summary_export:
 * @half: 1 or 2 for a half-year, 0 for the whole year
 */
gboolean
kez_summary_export (KezStore           *store,
                    int                 year,
                    int                 half,
                    KezExportLanguage   language,
                    const char         *path,
                    GError            **error)
{
  static const KezTerm by_quarter = { "Тоқсандар бойынша", "По кварталам" };
  static const KezTerm by_leader = { "Басшылар бойынша", "По руководителям" };
  static const KezTerm quarter_header = { "Тоқсан", "Квартал" };
  static const KezTerm leader_header = { "Басшы", "Руководитель" };
  g_autoptr(KezXlsxFile) file = NULL;
  g_autoptr(KezRuleSet) rules = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GPtrArray) quarters = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  g_autoptr(GPtrArray) leaders = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  g_autoptr(GHashTable) leader_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *period_kk = NULL;
  g_autofree char *period_ru = NULL;
  g_autofree char *title = NULL;
  KezXlsxFormats formats;
  int first_quarter = half == 2 ? 3 : 1, last_quarter = half == 1 ? 2 : 4;
  GDate first, last, today;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (half < 0 || half > 2 || year < 2000 || year > 2200)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The half-year is 1 or 2 of a year from 2000"));
      return FALSE;
    }
  kez_action_today (now, &today);
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, (first_quarter - 1) * 3 + 1, year);
  g_date_set_dmy (&last, last_quarter == 2 ? 30 : 31, last_quarter * 3, year);
  rules = kez_store_dup_active_rule_set (store);
  meetings = kez_meetings_list_range (store, &first, &last);

  for (int quarter = first_quarter; quarter <= last_quarter; quarter++)
    {
      Line *line = g_new0 (Line, 1);
      KezTerm name = { NULL, NULL };
      g_autofree char *kk = g_strdup_printf ("%d-тоқсан", quarter);
      g_autofree char *ru = g_strdup_printf ("%d квартал", quarter);

      name.kk = kk;
      name.ru = ru;
      line->name = kez_term_join (&name, language);
      g_ptr_array_add (quarters, line);
    }

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);
      const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
      int quarter = (g_date_get_month (&fields->date) - 1) / 3 + 1;
      guint figures[N_FIGURES];
      Line *leader;

      measure (store, rules, meeting, &today, figures);
      add_figures (g_ptr_array_index (quarters, quarter - first_quarter), figures);
      if (!(leader = g_hash_table_lookup (leader_index, fields->leader_name)))
        {
          leader = g_new0 (Line, 1);
          leader->name = g_strdup (fields->leader_name);
          g_ptr_array_add (leaders, leader);
          g_hash_table_insert (leader_index, leader->name, leader);
        }
      add_figures (leader, figures);
    }
  /* In the workbook's language's alphabet (Kazakh's when both). */
  g_ptr_array_sort_with_data (leaders, compare_lines,
                              GINT_TO_POINTER (language == KEZ_EXPORT_RU ? KEZ_LANGUAGE_RU
                                                                         : KEZ_LANGUAGE_KK));

  if (!(file = kez_xlsx_file_new (path, error)))
    return FALSE;
  kez_xlsx_formats_init (&formats, kez_xlsx_file_get_workbook (file));
  period_kk = half == 0 ? g_strdup_printf ("%d жыл", year)
                        : g_strdup_printf ("%d жылғы %d-жартыжылдық", year, half);
  period_ru = half == 0 ? g_strdup_printf ("%d год", year)
                        : g_strdup_printf ("%d полугодие %d года", half, year);
  title = language == KEZ_EXPORT_KK ? g_strdup_printf ("Халықпен кездесулер: %s", period_kk)
        : language == KEZ_EXPORT_RU ? g_strdup_printf ("Встречи с населением: %s", period_ru)
        : g_strdup_printf ("Халықпен кездесулер: %s / Встречи с населением: %s", period_kk,
                           period_ru);
  {
    g_autofree char *title_kk = g_strdup_printf ("Халықпен кездесулер: %s", period_kk);
    g_autofree char *title_ru = g_strdup_printf ("Встречи с населением: %s", period_ru);

    kez_export_names_describe_workbook (file, store, NULL, title_kk, title_ru, language);
  }
  write_sheet (kez_xlsx_file_get_workbook (file), &formats, language, &by_quarter,
               &quarter_header, title, quarters);
  write_sheet (kez_xlsx_file_get_workbook (file), &formats, language, &by_leader, &leader_header,
               title, leaders);
  return kez_xlsx_file_finish (file, error);
}
