/* bare-question-register.c: the question register written with libxlsxwriter and nothing
 * else, as the yardstick for the app's own export (bench/question-export.py runs both)
 *
 *   _build/bench/bare-question-register DATABASE OUTPUT.xlsx
 *
 * The same rows, the same cells (numbers, dates and the Russian words, which SQL supplies
 * here) with the same kinds of format, in the same constant-memory mode, and a height for
 * every row as the app gives them so that the printed page shows the whole question (here
 * from a count of the question's characters, where the app measures them in the sheet's
 * font): what is left is the app's own cost, its lookups, checks and measuring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

/* Letters, not bytes: the questions are Cyrillic, two bytes a letter. */
static size_t
letters_in (const char *text)
{
  size_t letters = 0;

  for (; *text != '\0'; text++)
    letters += ((unsigned char) *text & 0xC0) != 0x80;
  return letters;
}

int
main (int   argc,
      char *argv[])
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *date;
  lxw_format *cell;
  sqlite3 *db;
  sqlite3_stmt *stmt;
  lxw_row_t row = 3;

  if (argc != 3 || sqlite3_open_v2 (argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      fprintf (stderr, "usage: %s DATABASE OUTPUT.xlsx\n", argv[0]);
      return EXIT_FAILURE;
    }
  sqlite3_prepare_v2 (db,
                      "SELECT q.id, q.received_on, "
                      "CASE q.channel WHEN 'website' THEN 'Сайт' WHEN 'blog' THEN "
                      "'Блог руководителя' WHEN 'social' THEN 'Социальные сети' WHEN 'e-otinish' "
                      "THEN 'e-Otinish' WHEN 'akim-meeting' THEN 'Встречи акимов' WHEN 'letter' "
                      "THEN 'Письмо' WHEN 'reception' THEN 'Личный приём' WHEN 'hall' THEN "
                      "'Из зала' ELSE 'Онлайн-комментарий' END, "
                      "coalesce (r.name_ru, 'Не указан'), q.topic, q.text, "
                      "CASE q.status WHEN 'new' THEN 'Новый' WHEN 'accepted' THEN 'Принят' "
                      "WHEN 'answered-at-meeting' THEN 'Отвечен на встрече' "
                      "WHEN 'answered-in-writing' THEN 'Отвечен письменно' WHEN 'in-action-plan' "
                      "THEN 'В плане действий' WHEN 'rejected' THEN 'Отклонён' "
                      "ELSE 'Объединён' END, "
                      "q.reject_reason, q.merged_into, q.citizens, m.starts_at "
                      "FROM questions q LEFT JOIN meetings m ON m.id = q.meeting_id "
                      "LEFT JOIN regions r ON r.code = q.region_code "
                      "ORDER BY q.received_on, q.id", -1, &stmt, NULL);
  workbook = workbook_new_opt (argv[2], &options);
  sheet = workbook_add_worksheet (workbook, NULL);
  date = workbook_add_format (workbook);
  format_set_num_format (date, "dd.mm.yyyy hh:mm");
  format_set_border (date, LXW_BORDER_THIN);
  cell = workbook_add_format (workbook);
  format_set_border (cell, LXW_BORDER_THIN);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      lxw_datetime when = { 0 };
      const char *text;

      /* About 60 letters to a line of the question's column, 15 points a line; a row of one
         line keeps the sheet's default, as the app's does. */
      text = (const char *) sqlite3_column_text (stmt, 5);
      if (text != NULL && letters_in (text) > 60)
        worksheet_set_row (sheet, row, 15.0 * (1 + letters_in (text) / 60), NULL);
      worksheet_write_number (sheet, row, 0, sqlite3_column_int64 (stmt, 0), cell);
      sscanf ((const char *) sqlite3_column_text (stmt, 1), "%4d-%2d-%2dT%2d:%2d", &when.year,
              &when.month, &when.day, &when.hour, &when.min);
      worksheet_write_datetime (sheet, row, 1, &when, date);
      for (int column = 2; column <= 7; column++)
        {
          text = (const char *) sqlite3_column_text (stmt, column);
          worksheet_write_string (sheet, row, column, text != NULL ? text : "", cell);
        }
      if (sqlite3_column_type (stmt, 8) == SQLITE_NULL)
        worksheet_write_blank (sheet, row, 8, cell);
      else
        worksheet_write_number (sheet, row, 8, sqlite3_column_int64 (stmt, 8), cell);
      worksheet_write_number (sheet, row, 9, sqlite3_column_int (stmt, 9), cell);
      worksheet_write_blank (sheet, row, 10, cell);
      row++;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return workbook_close (workbook) == LXW_NO_ERROR ? EXIT_SUCCESS : EXIT_FAILURE;
}
