/* kez-quarterly-export.c
 *
 * Every action that existed at the end of the quarter, grouped by meeting and problem, with
 * its status as it stood then (from its history, which is never rewritten) and the progress
 * notes written during the quarter. An action still open past its deadline at the end of the
 * quarter is marked overdue. The quarter's bounds are midnights in Kazakhstan.
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

/* Midnight in Kazakhstan at the start of @date, as the history's UTC stamps write it. */
static char *
utc_stamp (const GDate *date)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) utc = NULL;

  local = g_date_time_new (kez_kazakhstan_zone (), g_date_get_year (date), g_date_get_month (date),
                           g_date_get_day (date), 0, 0, 0);
  utc = g_date_time_to_utc (local);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.000Z");
}

/* "15.12.2026" from "2026-12-15" */
static char *
day_text (const char *iso)
{
  GDate date;

  if (!kez_date_parse_iso (iso, &date))
    return g_strdup (iso);
  return g_strdup_printf ("%02d.%02d.%04d", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

/* "Срок исполнения перенесён: 15.12.2026 → 31.03.2027": a change the database recorded. */
static char *
changed (const char        *kind,
         const char        *from,
         const char        *to,
         KezExportLanguage  language)
{
  static const KezTerm deadline = { "Орындау мерзімі ауыстырылды", "Срок исполнения перенесён" };
  static const KezTerm executor = { "Орындаушы ауыстырылды", "Исполнитель заменён" };
  gboolean is_deadline = g_str_equal (kind, "deadline");
  g_autofree char *what = kez_term_join (is_deadline ? &deadline : &executor, language);
  g_autofree char *old_text = is_deadline ? day_text (from) : g_strdup (from);
  g_autofree char *new_text = is_deadline ? day_text (to) : g_strdup (to);

  return g_strdup_printf ("%s: %s → %s", what, old_text, new_text);
}

/* "02.11.2026 Подрядчик выбран (a.nurlanova)", one line per note of the quarter. */
static char *
progress_of (sqlite3_stmt      *notes,
             gint64             action_id,
             KezExportLanguage  language)
{
  GString *text = g_string_new (NULL);

  sqlite3_bind_int64 (notes, 1, action_id);
  while (sqlite3_step (notes) == SQLITE_ROW)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (kez_store_column_text (notes, 0),
                                                                NULL);
      g_autoptr(GTimeZone) almaty = g_time_zone_new_offset (5 * 3600);
      g_autoptr(GDateTime) local = when != NULL ? g_date_time_to_timezone (when, almaty) : NULL;
      g_autofree char *day = local != NULL ? g_date_time_format (local, "%d.%m.%Y")
                                           : g_strdup ("");
      const char *note = kez_store_column_text (notes, 2);
      const char *kind = kez_store_column_text (notes, 4);
      KezActionStatus status;
      g_autofree char *status_text = NULL;

      if (g_str_equal (kind, "deadline") || g_str_equal (kind, "executor"))
        status_text = changed (kind, kez_store_column_text (notes, 5),
                               kez_store_column_text (notes, 6), language);
      else if (kez_action_status_from_string ((const char *) sqlite3_column_text (notes, 3),
                                              &status))
        status_text = kez_term_join (kez_term_for_action_status (status), language);
      g_string_append_printf (text, "%s%s %s%s%s (%s)", text->len > 0 ? "\n" : "", day,
                              status_text != NULL ? status_text : "",
                              status_text != NULL && note[0] != '\0' ? ": " : "", note,
                              kez_store_column_text (notes, 1));
    }
  sqlite3_reset (notes);
  return g_string_free (text, FALSE);
}

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
  g_autoptr(sqlite3_stmt) stmt =
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
  sqlite3_bind_text (stmt, 1, start, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, end, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
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
  g_autoptr(KezXlsxFile) file = NULL;
  g_autoptr(sqlite3_stmt) actions = NULL;
  g_autoptr(sqlite3_stmt) notes = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *title_kk = NULL;
  g_autofree char *title_ru = NULL;
  KezXlsxFormats formats;
  lxw_worksheet *sheet;
  GDate first, last, after;
  lxw_row_t row = 0, header_row;
  guint n = 0;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (quarter < 1 || quarter > 4 || year < 2000 || year > 2200)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The quarter is 1, 2, 3 or 4 of a year from 2000"));
      return FALSE;
    }
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, (quarter - 1) * 3 + 1, year);
  after = first;
  g_date_add_months (&after, 3);
  last = after;
  g_date_subtract_days (&last, 1);
  start = utc_stamp (&first);
  end = utc_stamp (&after);

  actions = kez_store_prepare (store,
                               "SELECT a.id, a.description, a.executor_org, a.executor_unit, "
                               "a.executor_person, a.deadline, a.evidence, a.status, "
                               "(SELECT h.status FROM action_history h WHERE h.action_id = a.id "
                               " AND h.status IS NOT NULL AND h.recorded_at < ?1 "
                               " ORDER BY h.recorded_at DESC, h.id DESC LIMIT 1), "
                               "m.starts_at, m.leader_name, p.title_kk, p.title_ru "
                               "FROM actions a JOIN problems p ON p.id = a.problem_id "
                               "JOIN meetings m ON m.id = p.meeting_id "
                               "WHERE a.created_at < ?1 "
                               "ORDER BY m.starts_at, p.id, a.deadline, a.id", error);
  notes = kez_store_prepare (store,
                             "SELECT recorded_at, author, note, status, kind, old_value, "
                             "new_value FROM action_history "
                             "WHERE action_id = ?1 AND recorded_at >= ?2 AND recorded_at < ?3 "
                             "ORDER BY recorded_at, id", error);
  if (actions == NULL || notes == NULL || !(file = kez_xlsx_file_new (path, error)))
    return FALSE;
  sqlite3_bind_text (actions, 1, end, -1, SQLITE_STATIC);
  sqlite3_bind_text (notes, 2, start, -1, SQLITE_STATIC);
  sqlite3_bind_text (notes, 3, end, -1, SQLITE_STATIC);

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

  for (row = header_row + 1; sqlite3_step (actions) == SQLITE_ROW; row++, n++)
    {
      KezActionFields action;
      g_autofree char *executor = kez_text_join_present (kez_store_column_text (actions, 2),
                                                kez_store_column_text (actions, 3),
                                                kez_store_column_text (actions, 4));
      g_autofree char *meeting = NULL;
      g_autofree char *progress = progress_of (notes, sqlite3_column_int64 (actions, 0),
                                               language);
      g_autofree char *status_text = NULL;
      const char *title_kk_of = kez_store_column_text (actions, 11);
      const char *title_ru_of = kez_store_column_text (actions, 12);
      const char *problem = language == KEZ_EXPORT_KK ? title_kk_of : title_ru_of;
      const char *then = (const char *) sqlite3_column_text (actions, 8);
      GDate day;
      int minute;
      gboolean late;

      kez_action_fields_init (&action);
      kez_date_parse_iso (kez_store_column_text (actions, 5), &action.deadline);
      kez_action_status_from_string (then != NULL ? then : kez_store_column_text (actions, 7),
                                     &action.status);
      late = kez_action_is_overdue (&action, &last);
      status_text = kez_term_join (late ? kez_term_overdue ()
                                        : kez_term_for_action_status (action.status), language);
      if (kez_local_time_parse (kez_store_column_text (actions, 9), &day, &minute))
        meeting = g_strdup_printf ("%02u.%02u.%04u, %s", g_date_get_day (&day),
                                   g_date_get_month (&day), g_date_get_year (&day),
                                   kez_store_column_text (actions, 10));
      if (problem[0] == '\0')
        problem = language == KEZ_EXPORT_KK ? title_ru_of : title_kk_of;

      kez_xlsx_write_string (sheet, row, COLUMN_MEETING, meeting != NULL ? meeting : "",
                              formats.text);
      kez_xlsx_write_string (sheet, row, COLUMN_PROBLEM, problem, formats.text);
      kez_xlsx_write_string (sheet, row, COLUMN_ACTION, kez_store_column_text (actions, 1),
                              formats.text);
      kez_xlsx_write_string (sheet, row, COLUMN_EXECUTOR, executor, formats.text);
      kez_xlsx_write_date (sheet, row, COLUMN_DEADLINE, &action.deadline, formats.date);
      kez_xlsx_write_string (sheet, row, COLUMN_STATUS, status_text,
                              late ? formats.bad
                                   : action.status == KEZ_ACTION_DONE ? formats.good
                                                                      : formats.text);
      kez_xlsx_write_string (sheet, row, COLUMN_PROGRESS, progress, formats.text);
      kez_xlsx_write_string (sheet, row, COLUMN_EVIDENCE, kez_store_column_text (actions, 6),
                              formats.text);
      kez_action_fields_clear (&action);
    }

  worksheet_freeze_panes (sheet, header_row + 1, 0);
  worksheet_autofilter (sheet, header_row, 0, MAX (row - 1, header_row), N_COLUMNS - 1);
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_repeat_rows (sheet, header_row, header_row);
  worksheet_set_footer (sheet, "&C&P / &N");

  if (!write_removed (store, kez_xlsx_file_get_workbook (file), &formats, language, start, end,
                      error) ||
      !kez_xlsx_file_finish (file, error))
    return FALSE;
  if (n_actions != NULL)
    *n_actions = n;
  return TRUE;
}
