/* kez-schedule-export.c
 *
 * One row per meeting of the year in date order, under a title with the body and the year.
 * With both languages, the columns whose values are words (body, position, region, format)
 * come twice, Kazakh then Russian, each under a header in its own language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-schedule-export"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-export-names.h"
#include "kez-meetings.h"
#include "kez-rule-set.h"
#include "kez-schedule-columns.h"
#include "kez-schedule-events.h"
#include "kez-schedule-export.h"
#include "kez-store-private.h"
#include "kez-xlsx-file.h"
#include "kez-xlsx-formats.h"

static const KezTerm sheet_name = { "Ұсыныстар", "Предложения" };
static const KezTerm draft_sheet_name = { "Жоба", "Проект" };

typedef struct
{
  KezXlsxFile       *file;
  KezStore          *store;
  lxw_workbook      *workbook;
  lxw_worksheet     *sheet;
  KezXlsxFormats     formats;
  KezExportLanguage  language;
  GHashTable        *body_names;   /* code → KezTerm of owned strings */
  GHashTable        *region_names;
  guint              n_sheet_columns;
} Writer;

static void
write_text (Writer     *writer,
            lxw_row_t   row,
            lxw_col_t   col,
            KezScheduleColumn      column,
            const char *text)
{
  kez_xlsx_write_string (writer->sheet, row, col, text, writer->formats.text);
}

static guint
n_languages (const Writer *writer,
             KezScheduleColumn        column)
{
  return kez_schedule_columns[column].words && writer->language == KEZ_EXPORT_BOTH ? 2 : 1;
}

static KezLanguage
language_of (const Writer *writer,
             guint         copy)
{
  switch (writer->language)
    {
    case KEZ_EXPORT_KK:
      return KEZ_LANGUAGE_KK;
    case KEZ_EXPORT_RU:
      return KEZ_LANGUAGE_RU;
    case KEZ_EXPORT_BOTH:
    default:
      return copy == 0 ? KEZ_LANGUAGE_KK : KEZ_LANGUAGE_RU;
    }
}

static void
write_term (Writer        *writer,
            lxw_row_t      row,
            lxw_col_t      col,
            KezScheduleColumn         column,
            const KezTerm *term,
            guint          copy)
{
  write_text (writer, row, col, column,
              term != NULL ? kez_term_get (term, language_of (writer, copy)) : "");
}

static void
write_cell (Writer                 *writer,
            lxw_row_t               row,
            lxw_col_t               col,
            KezScheduleColumn                  column,
            guint                   copy,
            guint                   number,
            const KezMeetingFields *fields)
{
  lxw_datetime date = { 0 };
  lxw_datetime time = { 0 };

  switch (column)
    {
    case KEZ_SCHEDULE_COLUMN_NUMBER:
      kez_xlsx_write_number (writer->sheet, row, col, number, writer->formats.number);
      break;
    case KEZ_SCHEDULE_COLUMN_BODY:
      write_term (writer, row, col, column,
                  g_hash_table_lookup (writer->body_names, fields->body_code), copy);
      break;
    case KEZ_SCHEDULE_COLUMN_LEADER:
      write_text (writer, row, col, column, fields->leader_name);
      break;
    case KEZ_SCHEDULE_COLUMN_POSITION:
      write_term (writer, row, col, column, kez_term_for_position (fields->leader_position),
                  copy);
      break;
    case KEZ_SCHEDULE_COLUMN_DATE:
      date.year = g_date_get_year (&fields->date);
      date.month = g_date_get_month (&fields->date);
      date.day = g_date_get_day (&fields->date);
      kez_xlsx_write_datetime (writer->sheet, row, col, &date, writer->formats.date);
      break;
    case KEZ_SCHEDULE_COLUMN_TIME:
      time.hour = fields->start_minute / 60;
      time.min = fields->start_minute % 60;
      kez_xlsx_write_datetime (writer->sheet, row, col, &time, writer->formats.time);
      break;
    case KEZ_SCHEDULE_COLUMN_DURATION:
      kez_xlsx_write_number (writer->sheet, row, col, fields->planned_minutes, writer->formats.number);
      break;
    case KEZ_SCHEDULE_COLUMN_REGION:
      write_term (writer, row, col, column,
                  fields->region_code != NULL ?
                    g_hash_table_lookup (writer->region_names, fields->region_code) : NULL,
                  copy);
      break;
    case KEZ_SCHEDULE_COLUMN_LOCALITY:
      write_text (writer, row, col, column, fields->locality);
      break;
    case KEZ_SCHEDULE_COLUMN_VENUE:
      write_text (writer, row, col, column, fields->venue);
      break;
    case KEZ_SCHEDULE_COLUMN_FORMAT:
      write_term (writer, row, col, column, kez_term_for_format (fields->format), copy);
      break;
    case KEZ_SCHEDULE_COLUMN_BROADCAST:
      /* One address is a link; several stay text, which a cell's one link cannot be. */
      kez_xlsx_write_url (writer->sheet, row, col, fields->broadcast_links,
                          writer->formats.link);
      break;
    case KEZ_SCHEDULE_COLUMN_TOPIC:
      write_text (writer, row, col, column, fields->topic);
      break;
    case KEZ_SCHEDULE_COLUMN_VIDEO_CONFERENCE:
      write_term (writer, row, col, column, kez_term_for_yes_no (fields->video_conference), copy);
      break;
    case KEZ_SCHEDULE_COLUMN_AKIMS:
      write_text (writer, row, col, column, fields->akims_attending);
      break;
    case KEZ_SCHEDULE_COLUMN_DEPUTY_PM:
      write_term (writer, row, col, column, kez_term_for_yes_no (fields->deputy_pm_attending),
                  copy);
      break;
    case KEZ_SCHEDULE_COLUMN_DEPUTY_PM_REASON:
      write_text (writer, row, col, column,
                  fields->deputy_pm_attending ? fields->deputy_pm_reason : "");
      break;
    case KEZ_SCHEDULE_COLUMN_EVENTS:
      {
        g_autofree char *events = kez_schedule_events_to_text (fields->events,
                                                               language_of (writer, copy));

        write_text (writer, row, col, column, events);
      }
      break;
    case KEZ_SCHEDULE_N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

static void
write_headers (Writer    *writer,
               lxw_row_t  row)
{
  lxw_col_t col = 0;

  /* The widths first: a row's height is measured in them. */
  for (KezScheduleColumn column = 0; column < KEZ_SCHEDULE_N_COLUMNS; column++)
    for (guint copy = 0; copy < n_languages (writer, column); copy++, col++)
      kez_xlsx_set_column (writer->sheet, col, col, kez_schedule_columns[column].width);
  col = 0;
  for (KezScheduleColumn column = 0; column < KEZ_SCHEDULE_N_COLUMNS; column++)
    {
      for (guint copy = 0; copy < n_languages (writer, column); copy++, col++)
        {
          g_autofree char *text = NULL;

          if (n_languages (writer, column) == 2)
            text = g_strdup (kez_term_get (&kez_schedule_columns[column].header, language_of (writer, copy)));
          else
            text = kez_term_join (&kez_schedule_columns[column].header, writer->language);
          kez_xlsx_write_string (writer->sheet, row, col, text, writer->formats.header);
        }
    }
  writer->n_sheet_columns = col;
}

static void
write_meeting (Writer                 *writer,
               lxw_row_t               row,
               guint                   number,
               const KezMeetingFields *fields)
{
  lxw_col_t col = 0;

  for (KezScheduleColumn column = 0; column < KEZ_SCHEDULE_N_COLUMNS; column++)
    for (guint copy = 0; copy < n_languages (writer, column); copy++, col++)
      write_cell (writer, row, col, column, copy, number, fields);
}

/* "2027 жылға арналған … ұсыныстар — Денсаулық сақтау министрлігі", one line per language;
 * the draft the authorised body makes of every body's proposals names no body. */
static void
write_title (Writer     *writer,
             const char *body_code,
             int         year,
             gboolean    draft)
{
  const KezTerm *body = body_code != NULL && !draft
                          ? g_hash_table_lookup (writer->body_names, body_code) : NULL;
  g_autofree char *kk = draft ? g_strdup_printf ("%d жылға арналған халықпен кездесулер "
                                                 "кестесінің жобасы", year)
                              : g_strdup_printf ("%d жылға арналған халықпен кездесулер "
                                                 "кестесіне ұсыныстар%s%s", year,
                                                 body != NULL ? " — " : "",
                                                 body != NULL ? body->kk : "");
  g_autofree char *ru = draft ? g_strdup_printf ("Проект графика встреч с населением на %d год",
                                                 year)
                              : g_strdup_printf ("Предложения в график встреч с населением на "
                                                 "%d год%s%s", year, body != NULL ? " — " : "",
                                                 body != NULL ? body->ru : "");
  lxw_row_t row = 0;

  kez_export_names_describe_workbook (writer->file, writer->store, body_code, kk, ru,
                                      writer->language);
  if (writer->language != KEZ_EXPORT_RU)
    kez_xlsx_write_string (writer->sheet, row++, 0, kk, writer->formats.title);
  if (writer->language != KEZ_EXPORT_KK)
    kez_xlsx_write_string (writer->sheet, row, 0, ru, writer->formats.title);
}

static void
set_up_printing (Writer    *writer,
                 lxw_row_t  header_row)
{
  worksheet_set_landscape (writer->sheet);
  /* A4, or A3 for the wider sheet with both languages */
  worksheet_set_paper (writer->sheet, writer->language == KEZ_EXPORT_BOTH ? 8 : 9);
  worksheet_fit_to_pages (writer->sheet, 1, 0);
  worksheet_repeat_rows (writer->sheet, header_row, header_row);
  worksheet_set_margins (writer->sheet, 0.4, 0.4, 0.6, 0.6);
  worksheet_set_footer (writer->sheet, "&C&P / &N");
}

/* The body the workbook is for: the one this database serves, else the only one it holds. */
static char *
find_body (KezStore   *store,
           GListModel *meetings)
{
  char *served = kez_store_dup_served_body (store);
  const char *only = NULL;

  if (served != NULL)
    return served;
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);
      const char *code = kez_meeting_get_fields (meeting)->body_code;

      if (only != NULL && !g_str_equal (only, code))
        return NULL;
      only = g_intern_string (code);
    }
  return g_strdup (only);
}

/* "15.03.2027 Ахметова А. Ж. (mia)": a meeting the rules in force no longer allow. */
static void
note_left_out (GPtrArray              *left_out,
               const KezMeetingFields *fields)
{
  g_ptr_array_add (left_out, g_strdup_printf ("%02u.%02u.%04u %s", g_date_get_day (&fields->date),
                                              g_date_get_month (&fields->date),
                                              g_date_get_year (&fields->date),
                                              fields->leader_name));
}

/* Below the table, so that whoever reads the workbook knows what is not in it and why. */
static void
write_left_out (Writer    *writer,
                lxw_row_t  row,
                GPtrArray *left_out)
{
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *kk = NULL;
  g_autofree char *ru = NULL;

  for (guint i = 0; i < left_out->len; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? "; " : "",
                            (const char *) g_ptr_array_index (left_out, i));
  kk = g_strdup_printf ("Қолданыстағы қағидалар бойынша халықпен кездесулер өткізуден "
                        "босатылған органдардың кездесулері енгізілмеді (%u): %s",
                        left_out->len, list->str);
  ru = g_strdup_printf ("Не включены встречи органов, освобождённых от встреч с населением "
                        "по действующим правилам (%u): %s", left_out->len, list->str);
  if (writer->language != KEZ_EXPORT_RU)
    kez_xlsx_write_string (writer->sheet, row++, 0, kk, NULL);
  if (writer->language != KEZ_EXPORT_KK)
    kez_xlsx_write_string (writer->sheet, row, 0, ru, NULL);
}

static gboolean
write_schedule (KezStore           *store,
                int                 year,
                KezExportLanguage   language,
                gboolean            draft,
                const char         *body_code,
                const char         *path,
                guint              *n_meetings,
                guint              *n_left_out,
                GError            **error)
{
  g_autoptr(KezXlsxFile) file = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autofree char *body = NULL;
  g_autofree char *sheet = NULL;
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);
  g_autoptr(GPtrArray) left_out = g_ptr_array_new_with_free_func (g_free);
  Writer writer = { 0 };
  const lxw_row_t header_row = 2;
  lxw_row_t row = header_row + 1;
  guint number = 0;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(file = kez_xlsx_file_new (path, error)))
    return FALSE;

  meetings = kez_meetings_list_year (store, year);
  writer.file = file;
  writer.store = store;
  writer.workbook = kez_xlsx_file_get_workbook (file);
  writer.language = language;
  writer.body_names = kez_export_names_of_bodies (store);
  writer.region_names = kez_export_names_of_regions (store);
  sheet = g_strdup_printf ("%s %d", kez_term_get (draft ? &draft_sheet_name : &sheet_name,
                                                  language == KEZ_EXPORT_RU ? KEZ_LANGUAGE_RU
                                                                            : KEZ_LANGUAGE_KK),
                           year);
  writer.sheet = workbook_add_worksheet (writer.workbook, sheet);
  kez_xlsx_formats_init (&writer.formats, writer.workbook);

  body = body_code != NULL ? g_strdup (body_code) : find_body (store, meetings);
  write_title (&writer, body, year, draft);
  write_headers (&writer, header_row);

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);
      const KezMeetingFields *fields = kez_meeting_get_fields (meeting);

      /* The schedule is the plan: a cancelled meeting is not in it, nor one held off it. */
      if (fields->status == KEZ_STATUS_CANCELLED || fields->off_schedule)
        continue;
      /* A body's proposals are its own meetings: a database that also holds others' (an
       * import, a copy) must not send them as this body's. */
      if (!draft && body != NULL && g_strcmp0 (fields->body_code, body) != 0)
        continue;
      if (rules != NULL && kez_rule_set_is_exempt (rules, fields->body_code))
        {
          note_left_out (left_out, fields);
          continue;
        }
      write_meeting (&writer, row++, ++number, fields);
    }
  if (left_out->len > 0)
    write_left_out (&writer, row + 1, left_out);

  worksheet_freeze_panes (writer.sheet, header_row + 1, 0);
  worksheet_autofilter (writer.sheet, header_row, 0, MAX (row - 1, header_row),
                        writer.n_sheet_columns - 1);
  set_up_printing (&writer, header_row);

  g_hash_table_unref (writer.body_names);
  g_hash_table_unref (writer.region_names);

  if (!kez_xlsx_file_finish (file, error))
    return FALSE;
  if (n_meetings != NULL)
    *n_meetings = number;
  if (n_left_out != NULL)
    *n_left_out = left_out->len;
  return TRUE;
}

/**
 * kez_schedule_export:
 * @n_meetings: (out) (optional): how many rows were written
 * @n_left_out: (out) (optional): how many meetings of bodies the rule set in force exempts
 *   were left out (a note below the table lists them)
 *
 * @body_code: (nullable): the body whose proposals to write; %NULL for the one the database
 *   serves (or, when none is set, the only body it holds)
 *
 * Writes the meetings of @year, cancelled and off-schedule ones left out, to the workbook
 * @path: the body's proposals for the schedule, with only that body's meetings. The file
 * appears only when it is complete.
 */
gboolean
kez_schedule_export (KezStore           *store,
                     int                 year,
                     const char         *body_code,
                     KezExportLanguage   language,
                     const char         *path,
                     guint              *n_meetings,
                     guint              *n_left_out,
                     GError            **error)
{
  g_autoptr(GHashTable) bodies = NULL;

  if (body_code != NULL &&
      !g_hash_table_contains ((bodies = kez_export_names_of_bodies (store)), body_code))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %1$s is what was given */
                   _("There is no body with the code “%1$s”"), body_code);
      return FALSE;
    }
  return write_schedule (store, year, language, FALSE, body_code, path, n_meetings, n_left_out,
                         error);
}


/**
 * kez_schedule_export_draft:
 *
 * The same table for the authorised body's draft schedule (point 2.2): every body's meetings
 * in @store, in date order, the body in its column.
 */
gboolean
kez_schedule_export_draft (KezStore           *store,
                           int                 year,
                           KezExportLanguage   language,
                           const char         *path,
                           guint              *n_meetings,
                           GError            **error)
{
  return write_schedule (store, year, language, TRUE, NULL, path, n_meetings, NULL, error);
}
