/* kez-quarterly-export.c
 *
 * The quarter's progress for the authorised body: every action as it stood at the end of the
 * quarter, with the notes written during it and who wrote them (kez-quarter-progress.c), an
 * action late then marked overdue; and the actions taken out of the plans during the quarter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-quarterly-export"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-kazakhstan-time.h"
#include "kez-actions.h"
#include "kez-export-names.h"
#include "kez-meetings.h"
#include "kez-quarter-progress.h"
#include "kez-quarterly-export.h"
#include "kez-store-private.h"
#include "kez-text.h"
#include "kez-xlsx-file.h"
#include "kez-xlsx-formats.h"

enum
{
  COLUMN_MEETING,
  COLUMN_PROBLEM,
  COLUMN_ACTION,
  COLUMN_EXECUTOR,
  COLUMN_DEADLINE,
  COLUMN_STATUS,
  COLUMN_PROGRESS,
  COLUMN_EVIDENCE,
  N_COLUMNS
};

static const KezTerm headers[N_COLUMNS] = {
  { "Кездесу", "Встреча" },
  { "Проблема", "Проблема" },
  { "Іс-қимыл", "Действие" },
  { "Жауапты орындаушы", "Ответственный исполнитель" },
  { "Мерзімі", "Срок" },
  { "Тоқсан соңындағы мәртебесі", "Статус на конец квартала" },
  { "Тоқсандағы орындалу барысы", "Ход исполнения за квартал" },
  { "Растау", "Подтверждение" },
};
static const double widths[N_COLUMNS] = { 24, 30, 40, 28, 12, 18, 50, 26 };

/* Actions deleted during the quarter, from what the audit log kept of them: a plan's progress
 * report shows what was taken out of it, by whom and when, not only what is left. */
static gboolean
write_removed (KezStore            *store,
               lxw_workbook        *workbook,
               KezXlsxFormats      *formats,
               KezExportLanguage    language,
               const char          *start,
               const char          *end,
               GError             **error)
{
  static const KezTerm sheet_name = { "Жоспардан алынды", "Исключено из плана" };
  static const KezTerm removed_headers[] = {
    { "Алынған күні", "Дата исключения" },
    { "Кім алды", "Кто исключил" },
    { "Іс-шара", "Мероприятие" },
    { "Жауапты орындаушы", "Ответственный исполнитель" },
    { "Орындау мерзімі", "Срок исполнения" },
  };
  static const double removed_widths[] = { 16, 16, 50, 30, 14 };
  g_autoptr(KezDbStmt) stmt =
    kez_store_prepare (store,
                       "SELECT at, actor, json_extract (details, '$.description'), "
                       "json_extract (details, '$.executor'), "
                       "json_extract (details, '$.deadline') FROM audit_log "
                       "WHERE action = 'delete-action' AND at >= ?1 AND at < ?2 "
                       "ORDER BY at, id", error);
  lxw_worksheet *sheet = NULL;
  lxw_row_t row = 1;

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_text (stmt, 1, start);
  kez_db_bind_text (stmt, 2, end);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (kez_store_column_text (stmt, 0),
                                                                NULL);
      g_autoptr(GDateTime) local = when != NULL
                                     ? g_date_time_to_timezone (when, kez_kazakhstan_zone ())
                                     : NULL;
      GDate day, deadline;

      if (sheet == NULL)
        {
          sheet = workbook_add_worksheet (workbook, language == KEZ_EXPORT_RU ? sheet_name.ru
                                                                               : sheet_name.kk);
          for (guint c = 0; c < G_N_ELEMENTS (removed_headers); c++)
            kez_xlsx_set_column (sheet, c, c, removed_widths[c]);
          for (guint c = 0; c < G_N_ELEMENTS (removed_headers); c++)
            {
              g_autofree char *text = kez_term_join (&removed_headers[c], language);

              kez_xlsx_write_string (sheet, 0, c, text, formats->header);
            }
          worksheet_freeze_panes (sheet, 1, 0);
        }
      if (local != NULL)
        {
          kez_kazakhstan_day_of (local, &day);
          kez_xlsx_write_date (sheet, row, 0, &day, formats->date);
        }
      kez_xlsx_write_string (sheet, row, 1, kez_store_column_text (stmt, 1), formats->text);
      kez_xlsx_write_string (sheet, row, 2, kez_store_column_text (stmt, 2), formats->text);
      kez_xlsx_write_string (sheet, row, 3, kez_store_column_text (stmt, 3), formats->text);
      if (kez_date_parse_iso (kez_store_column_text (stmt, 4), &deadline))
        kez_xlsx_write_date (sheet, row, 4, &deadline, formats->date);
      row++;
    }
  return TRUE;
}

/**
 * kez_quarterly_export:
 * @quarter: 1 to 4
 * @n_actions: (out) (optional): how many actions were written
 */
gboolean
kez_quarterly_export (KezStore           *store,
                      int                 year,
                      int                 quarter,
                      KezExportLanguage   language,
                      const char         *path,
                      guint              *n_actions,
                      GError            **error)
{
  static const KezTerm sheet_name = { "Орындалу барысы", "Ход исполнения" };
  g_autoptr(KezQuarterProgress) progress = kez_quarter_progress_open (store, year, quarter,
                                                                      error);
  g_autoptr(KezXlsxFile) file = NULL;
  g_autofree char *title_kk = NULL;
  g_autofree char *title_ru = NULL;
  KezXlsxFormats formats;
  lxw_worksheet *sheet;
  KezQuarterAction action;
  lxw_row_t row = 0, header_row;
  guint n = 0;

  if (progress == NULL || !(file = kez_xlsx_file_new (path, error)))
    return FALSE;
  kez_xlsx_formats_init (&formats, kez_xlsx_file_get_workbook (file));
  sheet = workbook_add_worksheet (kez_xlsx_file_get_workbook (file),
                                  language == KEZ_EXPORT_RU ? sheet_name.ru : sheet_name.kk);
  title_kk = g_strdup_printf ("Іс-қимыл жоспарларының орындалу барысы, %d жылғы %d-тоқсан",
                              year, quarter);
  title_ru = g_strdup_printf ("Ход исполнения планов действий, %d квартал %d года", quarter,
                              year);
  kez_export_names_describe_workbook (file, store, NULL, title_kk, title_ru, language);
  if (language != KEZ_EXPORT_RU)
    kez_xlsx_write_string (sheet, row++, 0, title_kk, formats.title);
  if (language != KEZ_EXPORT_KK)
    kez_xlsx_write_string (sheet, row++, 0, title_ru, formats.title);
  header_row = row + 1;
  for (int column = 0; column < N_COLUMNS; column++)
    kez_xlsx_set_column (sheet, column, column, widths[column]);
  for (int column = 0; column < N_COLUMNS; column++)
    {
      g_autofree char *text = kez_term_join (&headers[column], language);

      kez_xlsx_write_string (sheet, header_row, column, text, formats.header);
    }

  for (row = header_row + 1; kez_quarter_progress_next (progress, &action); row++, n++)
    {
      g_autofree char *notes = kez_quarter_progress_notes (progress, action.id, language, TRUE);
      g_autofree char *status_text = kez_term_join (action.late
                                                      ? kez_term_overdue ()
                                                      : kez_term_for_action_status (action.status),
                                                    language);
      g_autofree char *meeting = kez_quarter_action_meeting (&action);
      const char *problem = language == KEZ_EXPORT_KK ? action.problem_kk : action.problem_ru;

      if (problem[0] == '\0')
        problem = language == KEZ_EXPORT_KK ? action.problem_ru : action.problem_kk;
      kez_xlsx_write_string (sheet, row, COLUMN_MEETING, meeting, formats.text);
      kez_xlsx_write_string (sheet, row, COLUMN_PROBLEM, problem, formats.text);
      kez_xlsx_write_string (sheet, row, COLUMN_ACTION, action.description, formats.text);
      kez_xlsx_write_string (sheet, row, COLUMN_EXECUTOR, action.executor, formats.text);
      kez_xlsx_write_date (sheet, row, COLUMN_DEADLINE, &action.deadline, formats.date);
      kez_xlsx_write_string (sheet, row, COLUMN_STATUS, status_text,
                              action.late ? formats.bad
                                          : action.status == KEZ_ACTION_DONE ? formats.good
                                                                             : formats.text);
      kez_xlsx_write_string (sheet, row, COLUMN_PROGRESS, notes, formats.text);
      kez_xlsx_write_string (sheet, row, COLUMN_EVIDENCE, action.evidence, formats.text);
    }

  worksheet_freeze_panes (sheet, header_row + 1, 0);
  worksheet_autofilter (sheet, header_row, 0, MAX (row - 1, header_row), N_COLUMNS - 1);
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_repeat_rows (sheet, header_row, header_row);
  worksheet_set_footer (sheet, "&C&P / &N");

  if (!write_removed (store, kez_xlsx_file_get_workbook (file), &formats, language,
                      kez_quarter_progress_get_start (progress),
                      kez_quarter_progress_get_end (progress), error) ||
      !kez_xlsx_file_finish (file, error))
    return FALSE;
  if (n_actions != NULL)
    *n_actions = n;
  return TRUE;
}
