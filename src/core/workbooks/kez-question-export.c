/* kez-question-export.c
 *
 * One row per question, in the order received, with its status, the question it was merged
 * into and the citizens behind it: the register a ministry keeps of what it was asked. The
 * workbook streams (libxlsxwriter's constant memory mode): a year's 100,000 questions take no
 * more memory than a hundred. Authors and contacts are personal data: they are written only
 * when asked for, and the audit log records each export that includes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-export"

#include "config.h"

#include "kez-export-names.h"
#include "kez-personal-export.h"
#include "kez-question-export.h"
#include "kez-question.h"
#include "kez-questions-private.h"
#include "kez-store-private.h"
#include "kez-xlsx-file.h"
#include "kez-xlsx-formats.h"

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_RECEIVED,
  COLUMN_CHANNEL,
  COLUMN_REGION,
  COLUMN_TOPIC,
  COLUMN_TEXT,
  COLUMN_STATUS,
  COLUMN_REJECT_REASON,
  COLUMN_MERGED_INTO,
  COLUMN_CITIZENS,
  COLUMN_MEETING,
  COLUMN_AUTHOR,
  COLUMN_CONTACT,
  N_COLUMNS
} Column;

#define N_PUBLIC_COLUMNS COLUMN_AUTHOR

typedef struct
{
  KezTerm  header;
  gboolean words;  /* one column per language with both */
  double   width;
} ColumnInfo;

static const ColumnInfo columns[N_COLUMNS] = {
  [COLUMN_NUMBER] = { { "№", "№" }, FALSE, 8 },
  [COLUMN_RECEIVED] = { { "Түскен күні", "Дата поступления" }, FALSE, 16 },
  [COLUMN_CHANNEL] = { { "Арна", "Канал" }, TRUE, 18 },
  [COLUMN_REGION] = { { "Өңір", "Регион" }, TRUE, 24 },
  [COLUMN_TOPIC] = { { "Тақырыбы", "Тема" }, FALSE, 22 },
  [COLUMN_TEXT] = { { "Сұрақ", "Вопрос" }, FALSE, 70 },
  [COLUMN_STATUS] = { { "Мәртебесі", "Статус" }, TRUE, 20 },
  [COLUMN_REJECT_REASON] = { { "Қабылданбау себебі", "Причина отклонения" }, FALSE, 28 },
  [COLUMN_MERGED_INTO] = { { "Біріктірілген сұрақ №", "Объединён с вопросом №" }, FALSE, 12 },
  [COLUMN_CITIZENS] = { { "Азаматтар саны", "Число граждан" }, FALSE, 10 },
  [COLUMN_MEETING] = { { "Кездесу күні", "Дата встречи" }, FALSE, 12 },
  [COLUMN_AUTHOR] = { { "Авторы", "Автор" }, FALSE, 24 },
  [COLUMN_CONTACT] = { { "Байланыс", "Контакт" }, FALSE, 20 },
};

static const KezTerm status_terms[KEZ_N_QUESTION_STATUSES] = {
  [KEZ_QUESTION_NEW] = { "Жаңа", "Новый" },
  [KEZ_QUESTION_ACCEPTED] = { "Қабылданды", "Принят" },
  [KEZ_QUESTION_ANSWERED_AT_MEETING] = { "Кездесуде жауап берілді", "Отвечен на встрече" },
  [KEZ_QUESTION_ANSWERED_IN_WRITING] = { "Жазбаша жауап берілді", "Отвечен письменно" },
  [KEZ_QUESTION_IN_ACTION_PLAN] = { "Іс-қимыл жоспарында", "В плане действий" },
  [KEZ_QUESTION_REJECTED] = { "Қабылданбады", "Отклонён" },
  [KEZ_QUESTION_MERGED] = { "Біріктірілді", "Объединён" },
};

static const KezTerm sheet_name = { "Сұрақтар", "Вопросы" };
static const KezTerm title = { "Азаматтардың сұрақтары мен ұсыныстарының тізілімі",
                               "Реестр вопросов и предложений граждан" };
static const KezTerm no_region = { "Көрсетілмеген", "Не указан" };

typedef struct
{
  lxw_worksheet     *sheet;
  KezXlsxFormats     formats;
  KezExportLanguage  language;
  GHashTable        *regions;
  guint              n_columns; /* of the table, for the filter */
} Writer;

static guint
n_copies (const Writer *writer,
          Column        column)
{
  return columns[column].words && writer->language == KEZ_EXPORT_BOTH ? 2 : 1;
}

static KezLanguage
copy_language (const Writer *writer,
               guint         copy)
{
  if (writer->language == KEZ_EXPORT_BOTH)
    return copy == 0 ? KEZ_LANGUAGE_KK : KEZ_LANGUAGE_RU;
  return writer->language == KEZ_EXPORT_KK ? KEZ_LANGUAGE_KK : KEZ_LANGUAGE_RU;
}

static void
write_header (Writer    *writer,
              lxw_row_t  row,
              Column     last)
{
  lxw_col_t col = 0;

  /* The widths first: a row's height is measured in them. */
  for (Column column = 0; column <= last; column++)
    for (guint copy = 0; copy < n_copies (writer, column); copy++, col++)
      kez_xlsx_set_column (writer->sheet, col, col, columns[column].width);
  col = 0;
  for (Column column = 0; column <= last; column++)
    for (guint copy = 0; copy < n_copies (writer, column); copy++, col++)
      {
        g_autofree char *text = n_copies (writer, column) == 2
                                  ? g_strdup (kez_term_get (&columns[column].header,
                                                            copy_language (writer, copy)))
                                  : kez_term_join (&columns[column].header, writer->language);

        kez_xlsx_write_string (writer->sheet, row, col, text, writer->formats.header);
      }
  writer->n_columns = col;
}

static void
write_term (Writer        *writer,
            lxw_row_t      row,
            lxw_col_t     *col,
            Column         column,
            const KezTerm *term,
            lxw_format    *format)
{
  for (guint copy = 0; copy < n_copies (writer, column); copy++)
    kez_xlsx_write_string (writer->sheet, row, (*col)++,
                            kez_term_get (term, copy_language (writer, copy)), format);
}

static void
write_row (Writer       *writer,
           lxw_row_t     row,
           KezDbStmt    *stmt,
           Column        last)
{
  const char *region = kez_db_column_text (stmt, 3);
  const KezTerm *region_term = region != NULL ? g_hash_table_lookup (writer->regions, region)
                                              : NULL;
  KezChannel channel = KEZ_CHANNEL_WEBSITE;
  KezQuestionStatus status = KEZ_QUESTION_NEW;
  lxw_format *status_format;
  lxw_col_t col = 0;

  kez_channel_from_string (kez_store_column_text (stmt, 2), &channel);
  kez_question_status_from_string (kez_store_column_text (stmt, 6), &status);
  status_format = status == KEZ_QUESTION_REJECTED ? writer->formats.bad
                : status == KEZ_QUESTION_ANSWERED_AT_MEETING ||
                  status == KEZ_QUESTION_ANSWERED_IN_WRITING ? writer->formats.good
                : writer->formats.text;

  kez_xlsx_write_number (writer->sheet, row, col++, kez_db_column_int64 (stmt, 0),
                          writer->formats.number);
  kez_xlsx_write_iso (writer->sheet, row, col++, kez_store_column_text (stmt, 1),
                      &writer->formats);
  write_term (writer, row, &col, COLUMN_CHANNEL, kez_term_for_channel (channel), writer->formats.text);
  write_term (writer, row, &col, COLUMN_REGION, region_term != NULL ? region_term : &no_region,
              writer->formats.text);
  kez_xlsx_write_string (writer->sheet, row, col++, kez_store_column_text (stmt, 4),
                          writer->formats.text);
  kez_xlsx_write_string (writer->sheet, row, col++, kez_store_column_text (stmt, 5),
                          writer->formats.text);
  write_term (writer, row, &col, COLUMN_STATUS, &status_terms[status], status_format);
  kez_xlsx_write_string (writer->sheet, row, col++, kez_store_column_text (stmt, 7),
                          writer->formats.text);
  if (kez_db_column_is_null (stmt, 8))
    kez_xlsx_write_blank (writer->sheet, row, col++, writer->formats.number);
  else
    kez_xlsx_write_number (writer->sheet, row, col++, kez_db_column_int64 (stmt, 8),
                            writer->formats.number);
  kez_xlsx_write_number (writer->sheet, row, col++, kez_db_column_int (stmt, 9),
                          writer->formats.number);
  if (kez_db_column_is_null (stmt, 10))
    kez_xlsx_write_blank (writer->sheet, row, col++, writer->formats.date);
  else
    {
      g_autofree char *day = g_strndup (kez_store_column_text (stmt, 10), 10);

      kez_xlsx_write_iso (writer->sheet, row, col++, day, &writer->formats);
    }
  if (last >= COLUMN_CONTACT)
    {
      kez_xlsx_write_string (writer->sheet, row, col++, kez_store_column_text (stmt, 11),
                              writer->formats.text);
      kez_xlsx_write_string (writer->sheet, row, col++, kez_store_column_text (stmt, 12),
                              writer->formats.text);
    }
}

/**
 * kez_question_export:
 * @meeting_id: the meeting whose questions to write, or 0 for all
 * @include_personal_data: whether to add the authors and their contacts
 * @n_questions: (out) (optional): how many rows were written
 *
 * Writes the register to @path; the file appears only when it is complete.
 */
gboolean
kez_question_export (KezStore           *store,
                     gint64              meeting_id,
                     KezExportLanguage   language,
                     gboolean            include_personal_data,
                     const char         *path,
                     guint              *n_questions,
                     GError            **error)
{
  g_autoptr(KezXlsxFile) file = NULL;
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *sheet_title = NULL;
  lxw_workbook *workbook;
  Writer writer = { .language = language };
  Column last = include_personal_data ? COLUMN_CONTACT : N_PUBLIC_COLUMNS - 1;
  const lxw_row_t header_row = 2;
  lxw_row_t row = 0;
  guint n = 0;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (include_personal_data && !kez_personal_export_allowed (store, error))
    return FALSE;
  /* The register without personal data reads none: a viewer on a team server may not. */
#define REGISTER_SELECT(personal) \
  "SELECT q.id, q.received_on, q.channel, q.region_code, q.topic, q.text, q.status, " \
  "q.reject_reason, q.merged_into, q.citizens, m.starts_at" personal " FROM questions q " \
  "LEFT JOIN meetings m ON m.id = q.meeting_id " \
  "WHERE ?1 = 0 OR q.meeting_id = ?1 ORDER BY q.received_on, q.id"
  stmt = kez_store_prepare (store,
                            include_personal_data ? REGISTER_SELECT (", q.author, q.contact")
                                                  : REGISTER_SELECT (""),
                            error);
#undef REGISTER_SELECT
  if (stmt == NULL || !(file = kez_xlsx_file_new_streaming (path, error)))
    return FALSE;
  kez_db_bind_int64 (stmt, 1, meeting_id);

  workbook = kez_xlsx_file_get_workbook (file);
  kez_xlsx_formats_init (&writer.formats, workbook);
  writer.regions = kez_export_names_of_regions (store);
  writer.sheet = workbook_add_worksheet (workbook, language == KEZ_EXPORT_RU ? sheet_name.ru
                                                                             : sheet_name.kk);

  kez_export_names_describe_workbook (file, store, NULL, title.kk, title.ru, language);
  /* Rows go in order: the workbook streams. */
  if (language != KEZ_EXPORT_RU)
    kez_xlsx_write_string (writer.sheet, row++, 0, title.kk, writer.formats.title);
  if (language != KEZ_EXPORT_KK)
    kez_xlsx_write_string (writer.sheet, row, 0, title.ru, writer.formats.title);
  write_header (&writer, header_row, last);
  for (row = header_row + 1; kez_db_step (stmt) == KEZ_DB_ROW; row++, n++)
    write_row (&writer, row, stmt, last);

  worksheet_freeze_panes (writer.sheet, header_row + 1, 0);
  worksheet_autofilter (writer.sheet, header_row, 0, MAX (row - 1, header_row),
                        writer.n_columns - 1);
  worksheet_set_landscape (writer.sheet);
  worksheet_set_paper (writer.sheet, 9);
  worksheet_fit_to_pages (writer.sheet, 1, 0);
  worksheet_repeat_rows (writer.sheet, header_row, header_row);
  worksheet_set_footer (writer.sheet, "&C&P / &N");
  g_hash_table_unref (writer.regions);

  if (include_personal_data)
    {
      g_autofree char *details = g_strdup_printf ("%u questions with authors and contacts to %s",
                                                  n, path);

      if (!kez_personal_export_finish (file, store, "questions", details, error))
        return FALSE;
    }
  else if (!kez_xlsx_file_finish (file, error))
    return FALSE;
  if (n_questions != NULL)
    *n_questions = n;
  return TRUE;
}
