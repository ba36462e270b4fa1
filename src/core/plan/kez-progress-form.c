/* kez-progress-form.c
 *
 * Decree point 3.7's quarterly progress comes from the executors: akimats, committees,
 * departments, each with its part of the action plans. Each gets this workbook: its open
 * actions with their code, what is to be done, the deadline and the current status; it fills
 * in the new status (a drop-down of the statuses in the workbook's language), what was done
 * and the evidence, and sends the file back (kez-progress-import.c). Every other cell is
 * protected, without a password: the protection keeps a slip from changing an action's code
 * or text, it is not a lock.
 *
 * Hidden columns keep what each row held when the form was made (the action's last history
 * entry, its status and evidence), so that the import sees what the executor changed and
 * what the planners changed in the database since. A hidden cell above the table names the
 * database the form came from and the executor it was made for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-progress-form"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-actions.h"
#include "kez-export-names.h"
#include "kez-meetings.h"
#include "kez-progress-form.h"
#include "kez-store-private.h"
#include "kez-text.h"
#include "kez-xlsx-file.h"
#include "kez-xlsx-formats.h"

static const KezTerm headers[KEZ_PROGRESS_N_COLUMNS] = {
  [KEZ_PROGRESS_COLUMN_ID] = { "Іс-шара коды", "Код мероприятия" },
  [KEZ_PROGRESS_COLUMN_MEETING] = { "Кездесу", "Встреча" },
  [KEZ_PROGRESS_COLUMN_PROBLEM] = { "Проблемалық мәселе", "Проблемный вопрос" },
  [KEZ_PROGRESS_COLUMN_ACTION] = { "Іс-шара", "Мероприятие" },
  [KEZ_PROGRESS_COLUMN_EXECUTOR] = { "Жауапты орындаушы", "Ответственный исполнитель" },
  [KEZ_PROGRESS_COLUMN_DEADLINE] = { "Орындау мерзімі", "Срок исполнения" },
  [KEZ_PROGRESS_COLUMN_STATUS] = { "Мәртебесі", "Статус" },
  [KEZ_PROGRESS_COLUMN_NOTE] = { "Тоқсандағы орындалу барысы", "Ход исполнения за квартал" },
  [KEZ_PROGRESS_COLUMN_EVIDENCE] = { "Растау (құжат, сілтеме)", "Подтверждение (документ, ссылка)" },
  [KEZ_PROGRESS_COLUMN_VERSION] = { "kezdesu:version", "kezdesu:version" },
  [KEZ_PROGRESS_COLUMN_STATUS_THEN] = { "kezdesu:status", "kezdesu:status" },
  [KEZ_PROGRESS_COLUMN_EVIDENCE_THEN] = { "kezdesu:evidence", "kezdesu:evidence" },
};
static const double widths[KEZ_PROGRESS_N_COLUMNS] = { 10, 22, 26, 40, 28, 12, 18, 44, 30 };

const char *
kez_progress_form_header (KezProgressColumn column,
                          KezLanguage       language)
{
  g_return_val_if_fail (column < KEZ_PROGRESS_N_COLUMNS, "");
  return kez_term_get (&headers[column], language);
}

/* The action's last history entry: any status, note, deadline or executor written since the
 * form was made moves it on. */
gint64
kez_progress_form_version (KezStore *store,
                           gint64    action_id)
{
  return kez_store_query_number (store, "SELECT coalesce (max (id), 0) FROM action_history "
                                 "WHERE action_id = ?", action_id, 0);
}

static char *
executors_key (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return g_utf8_casefold (stripped, -1);
}

static void
write_row (lxw_worksheet        *sheet,
           lxw_row_t             row,
           KezStore             *store,
           KezDbStmt            *stmt,
           KezXlsxFormats       *formats,
           lxw_format           *to_fill,
           KezExportLanguage     language)
{
  gint64 id = kez_db_column_int64 (stmt, 0);
  g_autofree char *executor = kez_text_join_present (kez_store_column_text (stmt, 2),
                                                     kez_store_column_text (stmt, 3),
                                                     kez_store_column_text (stmt, 4));
  g_autofree char *meeting = NULL;
  g_autofree char *status_text = NULL;
  const char *problem = kez_store_column_text (stmt, language == KEZ_EXPORT_RU ? 10 : 9);
  KezActionStatus status = KEZ_ACTION_PLANNED;
  GDate day, deadline;
  int minute;

  if (problem[0] == '\0')
    problem = kez_store_column_text (stmt, language == KEZ_EXPORT_RU ? 9 : 10);
  if (kez_local_time_parse (kez_store_column_text (stmt, 7), &day, &minute))
    meeting = g_strdup_printf ("%02u.%02u.%04u, %s", g_date_get_day (&day),
                               g_date_get_month (&day), g_date_get_year (&day),
                               kez_store_column_text (stmt, 8));
  kez_action_status_from_string (kez_store_column_text (stmt, 6), &status);
  status_text = kez_term_join (kez_term_for_action_status (status), language);

  kez_xlsx_write_number (sheet, row, KEZ_PROGRESS_COLUMN_ID, id, formats->number);
  kez_xlsx_write_string (sheet, row, KEZ_PROGRESS_COLUMN_MEETING, meeting != NULL ? meeting : "",
                         formats->text);
  kez_xlsx_write_string (sheet, row, KEZ_PROGRESS_COLUMN_PROBLEM, problem, formats->text);
  kez_xlsx_write_string (sheet, row, KEZ_PROGRESS_COLUMN_ACTION,
                         kez_store_column_text (stmt, 1), formats->text);
  kez_xlsx_write_string (sheet, row, KEZ_PROGRESS_COLUMN_EXECUTOR, executor, formats->text);
  g_date_clear (&deadline, 1);
  kez_date_parse_iso (kez_store_column_text (stmt, 5), &deadline);
  kez_xlsx_write_date (sheet, row, KEZ_PROGRESS_COLUMN_DEADLINE, &deadline, formats->date);
  kez_xlsx_write_string (sheet, row, KEZ_PROGRESS_COLUMN_STATUS, status_text, to_fill);
  kez_xlsx_write_blank (sheet, row, KEZ_PROGRESS_COLUMN_NOTE, to_fill);
  kez_xlsx_write_string (sheet, row, KEZ_PROGRESS_COLUMN_EVIDENCE,
                         kez_store_column_text (stmt, 11), to_fill);
  kez_xlsx_write_number (sheet, row, KEZ_PROGRESS_COLUMN_VERSION,
                         kez_progress_form_version (store, id), NULL);
  kez_xlsx_write_string (sheet, row, KEZ_PROGRESS_COLUMN_STATUS_THEN,
                         kez_action_status_to_string (status), NULL);
  kez_xlsx_write_string (sheet, row, KEZ_PROGRESS_COLUMN_EVIDENCE_THEN,
                         kez_store_column_text (stmt, 11), NULL);
}

/* The status cells take one of the four statuses, as the workbook writes them. */
static void
add_status_choice (lxw_worksheet     *sheet,
                   lxw_row_t          first,
                   lxw_row_t          last,
                   KezExportLanguage  language,
                   GPtrArray         *texts)
{
  lxw_data_validation validation = { 0 };

  for (int s = KEZ_ACTION_PLANNED; s < KEZ_N_ACTION_STATUSES; s++)
    g_ptr_array_add (texts, kez_term_join (kez_term_for_action_status (s), language));
  g_ptr_array_add (texts, NULL);
  validation.validate = LXW_VALIDATION_TYPE_LIST;
  validation.value_list = (char **) texts->pdata;
  validation.show_error = LXW_VALIDATION_ON;
  validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  validation.error_title = (char *) (language == KEZ_EXPORT_RU ? "Статус" : "Мәртебесі");
  validation.error_message = (char *) (language == KEZ_EXPORT_KK
                                         ? "Тізімнен мәртебені таңдаңыз."
                                         : language == KEZ_EXPORT_RU
                                             ? "Выберите статус из списка."
                                             : "Тізімнен мәртебені таңдаңыз. / "
                                               "Выберите статус из списка.");
  worksheet_data_validation_range (sheet, first, KEZ_PROGRESS_COLUMN_STATUS, MAX (first, last),
                                   KEZ_PROGRESS_COLUMN_STATUS, &validation);
}

/**
 * kez_progress_form_export:
 * @year, @quarter: the quarter the executors report on
 * @executor: (nullable): only the actions of this responsible body ("Акимат области Абай"),
 *   as the actions name it, whatever its letters' case; %NULL for every executor
 * @n_actions: (out) (optional): how many actions the form holds
 *
 * Writes the form of every action still open (planned or in progress).
 */
gboolean
kez_progress_form_export (KezStore          *store,
                          int                year,
                          int                quarter,
                          const char        *executor,
                          KezExportLanguage  language,
                          const char        *path,
                          guint             *n_actions,
                          GError           **error)
{
  static const KezTerm sheet_name = { "Орындалу барысы", "Ход исполнения" };
  g_autoptr(KezXlsxFile) file = NULL;
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) status_texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *identity = kez_store_dup_identity (store);
  g_autofree char *wanted = executor != NULL ? executors_key (executor) : NULL;
  g_autofree char *title_kk = NULL;
  g_autofree char *title_ru = NULL;
  g_autofree char *hint = NULL;
  lxw_protection protection = { 0 };
  KezXlsxFormats formats;
  lxw_worksheet *sheet;
  lxw_format *to_fill;
  lxw_row_t row = 0, header_row;
  guint n = 0;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (quarter < 1 || quarter > 4 || year < 2000 || year > 2200)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The quarter is 1, 2, 3 or 4 of a year from 2000"));
      return FALSE;
    }
  stmt = kez_store_prepare (store,
                            "SELECT a.id, a.description, a.executor_org, a.executor_unit, "
                            "a.executor_person, a.deadline, a.status, m.starts_at, "
                            "m.leader_name, p.title_kk, p.title_ru, a.evidence "
                            "FROM actions a JOIN problems p ON p.id = a.problem_id "
                            "JOIN meetings m ON m.id = p.meeting_id "
                            "WHERE a.status IN ('planned', 'in-progress') "
                            "ORDER BY m.starts_at, p.id, a.deadline, a.id", error);
  if (stmt == NULL || !(file = kez_xlsx_file_new (path, error)))
    return FALSE;
  kez_xlsx_formats_init (&formats, kez_xlsx_file_get_workbook (file));
  /* What the executor fills in: unlocked, and marked as such. */
  to_fill = workbook_add_format (kez_xlsx_file_get_workbook (file));
  format_set_text_wrap (to_fill);
  format_set_align (to_fill, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (to_fill, LXW_BORDER_THIN);
  format_set_border_color (to_fill, 0xA0A0A0);
  format_set_bg_color (to_fill, 0xFFF5CC);
  format_set_unlocked (to_fill);

  sheet = workbook_add_worksheet (kez_xlsx_file_get_workbook (file),
                                  language == KEZ_EXPORT_RU ? sheet_name.ru : sheet_name.kk);
  title_kk = g_strdup_printf ("Іс-қимыл жоспарларының орындалу барысы туралы ақпарат, "
                              "%d жылғы %d-тоқсан%s%s", year, quarter,
                              executor != NULL ? " — " : "", executor != NULL ? executor : "");
  title_ru = g_strdup_printf ("Информация о ходе исполнения планов действий, %d квартал %d "
                              "года%s%s", quarter, year, executor != NULL ? " — " : "",
                              executor != NULL ? executor : "");
  kez_export_names_describe_workbook (file, store, NULL, title_kk, title_ru, language);
  for (int c = 0; c < KEZ_PROGRESS_N_COLUMNS; c++)
    kez_xlsx_set_column (sheet, c, c, c < KEZ_PROGRESS_COLUMN_VERSION ? widths[c] : 10);
  worksheet_set_column_opt (sheet, KEZ_PROGRESS_COLUMN_VERSION,
                            KEZ_PROGRESS_COLUMN_EVIDENCE_THEN, 10, NULL,
                            &(lxw_row_col_options) { .hidden = LXW_TRUE });
  if (language != KEZ_EXPORT_RU)
    kez_xlsx_write_string (sheet, row++, 0, title_kk, formats.title);
  if (language != KEZ_EXPORT_KK)
    kez_xlsx_write_string (sheet, row++, 0, title_ru, formats.title);
  hint = kez_term_join (&(KezTerm) {
                          "«Мәртебесі», «Тоқсандағы орындалу барысы» және «Растау» "
                          "бағандарын толтырыңыз; қалғандары қорғалған.",
                          "Заполните столбцы «Статус», «Ход исполнения за квартал» и "
                          "«Подтверждение»; остальные защищены." }, language);
  kez_xlsx_write_string (sheet, row++, 0, hint, NULL);
  /* Which database and executor the form is for, where no one types. */
  kez_xlsx_write_string (sheet, 0, KEZ_PROGRESS_COLUMN_VERSION, KEZ_PROGRESS_FORM_MARK, NULL);
  kez_xlsx_write_string (sheet, 0, KEZ_PROGRESS_COLUMN_STATUS_THEN,
                         identity != NULL ? identity : "", NULL);
  kez_xlsx_write_string (sheet, 0, KEZ_PROGRESS_COLUMN_EVIDENCE_THEN,
                         executor != NULL ? executor : "", NULL);

  header_row = row;
  for (int c = 0; c < KEZ_PROGRESS_N_COLUMNS; c++)
    {
      g_autofree char *text = kez_term_join (&headers[c], language);

      kez_xlsx_write_string (sheet, header_row, c, text,
                             c < KEZ_PROGRESS_COLUMN_VERSION ? formats.header : NULL);
    }
  for (row = header_row + 1; kez_db_step (stmt) == KEZ_DB_ROW; )
    {
      g_autofree char *org = executors_key (kez_store_column_text (stmt, 2));

      if (wanted != NULL && !g_str_equal (org, wanted))
        continue;
      write_row (sheet, row++, store, stmt, &formats, to_fill, language);
      n++;
    }
  add_status_choice (sheet, header_row + 1, row - 1, language, status_texts);

  worksheet_freeze_panes (sheet, header_row + 1, 0);
  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_repeat_rows (sheet, header_row, header_row);
  worksheet_set_footer (sheet, "&C&P / &N");
  /* Rows may be made taller and sorted; the codes and the actions' texts stay as written. */
  protection.format_rows = LXW_TRUE;
  protection.format_columns = LXW_TRUE;
  protection.sort = LXW_TRUE;
  protection.autofilter = LXW_TRUE;
  worksheet_protect (sheet, NULL, &protection);

  if (!kez_xlsx_file_finish (file, error))
    return FALSE;
  if (n_actions != NULL)
    *n_actions = n;
  return TRUE;
}
