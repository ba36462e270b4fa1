/* kez-draft-schedule.c
 *
 * Each body sends its proposals as the workbook this app writes (--export=schedule). The
 * authorised body's draft reads them back: the header row that names the columns in Kazakh,
 * Russian or both, found by its words on whichever sheet and row it stands (the file may have
 * been opened and saved in an office suite, with a sheet or rows added and headers reworded),
 * and a meeting per row below it.
 * The meetings go into a scratch database, checked by the same rules as any other, and come
 * out as one schedule in date order with the body in its column. A file that is not such a
 * workbook, or a row that cannot be read, stops the whole draft with the file and row named.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-draft-schedule"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>

#include "kez-body.h"
#include "kez-draft-schedule.h"
#include "kez-import-columns.h"
#include "kez-import-value-map.h"
#include "kez-import-values.h"
#include "kez-meetings.h"
#include "kez-rule-set.h"
#include "kez-schedule-columns.h"
#include "kez-schedule-events.h"
#include "kez-schedule-export.h"
#include "kez-store-open.h"
#include "kez-xlsx-reader.h"

typedef struct
{
  GHashTable *bodies;   /* normalised name or code → code */
  GHashTable *regions;
  KezImportValueMap *values;  /* the spellings other systems use: "Атырау обл." */
  KezRuleSet *rules;          /* the decree's, for the exempt bodies and the durations */
  GHashTable *body_files;     /* body code → the file that gave its proposals */
  const char *file;           /* the file being read */
  int         columns[KEZ_SCHEDULE_N_COLUMNS]; /* index in the sheet, or -1 */
} Reader;

/* Which of our columns a header names: the one whose header, in either language, it holds,
 * the longest if several ("Басшының лауазымы" names the position, not the leader), so that a
 * header a person lengthened or rewrapped in an office suite still names its column. */
static int
column_named (const char *text)
{
  g_autofree char *key = kez_import_header_key (text);
  int found = -1;
  glong found_length = 0;

  for (guint c = 0; c < KEZ_SCHEDULE_N_COLUMNS; c++)
    {
      const KezTerm *header = &kez_schedule_columns[c].header;
      const char *names[] = { header->kk, header->ru };

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        {
          g_autofree char *name = kez_import_header_key (names[n]);
          glong length = g_utf8_strlen (name, -1);

          if (strstr (key, name) != NULL && length > found_length)
            {
              found = c;
              found_length = length;
            }
        }
    }
  return found;
}

/* Finds each column by its header in @row, whichever language the file was written in;
 * %FALSE unless the row names the columns a meeting needs. */
static gboolean
map_columns (Reader       *reader,
             KezXlsxSheet *sheet,
             guint         row)
{
  for (guint c = 0; c < KEZ_SCHEDULE_N_COLUMNS; c++)
    reader->columns[c] = -1;
  for (guint col = 0; col < MIN (kez_xlsx_sheet_get_n_columns (sheet), 256); col++)
    {
      const char *text = kez_xlsx_sheet_get (sheet, row, col);
      int c = text != NULL && text[0] != '\0' ? column_named (text) : -1;

      /* With both languages a column of words comes twice: the first, Kazakh, is read. */
      if (c >= 0 && reader->columns[c] < 0)
        reader->columns[c] = col;
    }
  return reader->columns[KEZ_SCHEDULE_COLUMN_BODY] >= 0 &&
         reader->columns[KEZ_SCHEDULE_COLUMN_LEADER] >= 0 &&
         reader->columns[KEZ_SCHEDULE_COLUMN_DATE] >= 0 &&
         reader->columns[KEZ_SCHEDULE_COLUMN_TIME] >= 0 &&
         reader->columns[KEZ_SCHEDULE_COLUMN_DURATION] >= 0;
}

/* The sheet and row of the header, wherever they are: an office suite's user may have put a
 * sheet before ours or rows above the title. */
static KezXlsxSheet *
find_header (Reader      *reader,
             KezXlsxBook *book,
             guint       *header_row)
{
  for (guint s = 0; s < kez_xlsx_book_get_n_sheets (book); s++)
    {
      KezXlsxSheet *sheet = kez_xlsx_book_get_sheet (book, s);

      for (guint row = 0; row < MIN (kez_xlsx_sheet_get_n_rows (sheet), 50); row++)
        if (map_columns (reader, sheet, row))
          {
            *header_row = row;
            return sheet;
          }
    }
  return NULL;
}

static const char *
cell (Reader            *reader,
      KezXlsxSheet      *sheet,
      guint              row,
      KezScheduleColumn  column)
{
  const char *text = reader->columns[column] >= 0
                       ? kez_xlsx_sheet_get (sheet, row, reader->columns[column]) : NULL;

  return text != NULL ? text : "";
}

static gboolean
read_number (const char *text,
             double     *value)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  return text[0] != '\0' && *end == '\0' && isfinite (*value);
}

/* A spreadsheet's date is a number of days since 30 December 1899. */
static gboolean
read_date (const char *text,
           GDate      *date)
{
  double serial;

  if (!read_number (text, &serial) || serial < 1 || serial > 2958465)
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, 30, 12, 1899);
  g_date_add_days (date, (guint) serial);
  return TRUE;
}

static gboolean
match_term (const char    *text,
            const KezTerm *term)
{
  g_autofree char *both = kez_term_join (term, KEZ_EXPORT_BOTH);

  return g_str_equal (text, term->kk) || g_str_equal (text, term->ru) ||
         g_str_equal (text, both);
}

static char *
read_row (Reader           *reader,
          KezXlsxSheet     *sheet,
          guint             row,
          KezMeetingFields *fields)
{
  static const KezLeaderPosition positions[] = {
    KEZ_LEADER_HEAD, KEZ_LEADER_DEPUTY, KEZ_LEADER_COMMITTEE_CHAIR,
  };
  static const KezMeetingFormat formats[] = {
    KEZ_FORMAT_IN_PERSON, KEZ_FORMAT_ONLINE, KEZ_FORMAT_HYBRID,
  };
  g_autofree char *body = kez_import_normalise (cell (reader, sheet, row,
                                                      KEZ_SCHEDULE_COLUMN_BODY));
  g_autofree char *region = kez_import_normalise (cell (reader, sheet, row,
                                                        KEZ_SCHEDULE_COLUMN_REGION));
  const char *text;
  const char *code;
  char *problem = NULL;
  double number;

  kez_meeting_fields_init (fields);
  if (!(code = g_hash_table_lookup (reader->bodies, body)) &&
      !(code = kez_import_value_map_resolve (reader->values, KEZ_IMPORT_VALUE_BODY,
                                             cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_BODY),
                                             row + 1)))
    /* Translators: %1$s is the body's name as the file gives it */
    return g_strdup_printf (_("unknown body “%1$s”"), cell (reader, sheet, row,
                                                             KEZ_SCHEDULE_COLUMN_BODY));
  g_free (fields->body_code);
  fields->body_code = g_strdup (code);
  g_free (fields->leader_name);
  fields->leader_name = g_strdup (cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_LEADER));

  text = cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_POSITION);
  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    if (match_term (text, kez_term_for_position (positions[i])))
      fields->leader_position = positions[i];

  if (!read_date (cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_DATE), &fields->date))
    return g_strdup (_("the date is not a date"));
  if (!read_number (cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_TIME), &number) ||
      number < 0 || number >= 1)
    return g_strdup (_("the time is not a time of day"));
  fields->start_minute = (int) lround (number * 24 * 60);
  if (!read_number (cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_DURATION), &number) ||
      number < 0 || number > 24 * 60)
    return g_strdup (_("the duration is not a number of minutes"));
  fields->planned_minutes = (guint) lround (number);

  if ((code = g_hash_table_lookup (reader->regions, region)) != NULL ||
      (code = kez_import_value_map_resolve (reader->values, KEZ_IMPORT_VALUE_REGION,
                                            cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_REGION),
                                            row + 1)) != NULL)
    fields->region_code = g_strdup (code);
  else if (region[0] != '\0')
    /* Translators: %1$s is the region as the file gives it */
    return g_strdup_printf (_("unknown region “%1$s”"), cell (reader, sheet, row,
                                                               KEZ_SCHEDULE_COLUMN_REGION));
  g_free (fields->locality);
  fields->locality = g_strdup (cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_LOCALITY));
  g_free (fields->venue);
  fields->venue = g_strdup (cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_VENUE));
  text = cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_FORMAT);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (match_term (text, kez_term_for_format (formats[i])))
      fields->format = formats[i];
  g_free (fields->topic);
  fields->topic = g_strdup (cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_TOPIC));
  fields->video_conference = match_term (cell (reader, sheet, row,
                                               KEZ_SCHEDULE_COLUMN_VIDEO_CONFERENCE),
                                         kez_term_for_yes_no (TRUE));
  g_free (fields->akims_attending);
  fields->akims_attending = g_strdup (cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_AKIMS));
  fields->deputy_pm_attending = match_term (cell (reader, sheet, row,
                                                  KEZ_SCHEDULE_COLUMN_DEPUTY_PM),
                                            kez_term_for_yes_no (TRUE));
  g_free (fields->deputy_pm_reason);
  fields->deputy_pm_reason = g_strdup (cell (reader, sheet, row,
                                             KEZ_SCHEDULE_COLUMN_DEPUTY_PM_REASON));
  if (!kez_schedule_events_from_text (cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_EVENTS),
                                      fields, &problem))
    return problem;
  return NULL;
}

/* What the decree and the draft refuse in a row that reads well: an exempt body, a duration
 * out of range (kez_meeting_fields_check()'s words, not the database's CHECK), a meeting of
 * another year, a body whose proposals another file already gave. */
static char *
check_row (Reader                 *reader,
           const KezMeetingFields *fields,
           int                     year)
{
  g_autoptr(GPtrArray) problems = kez_meeting_fields_check (fields, reader->rules);
  const char *earlier;

  if (problems->len > 0)
    return g_strdup (((KezMeetingProblem *) g_ptr_array_index (problems, 0))->message);
  if (g_date_get_year (&fields->date) != (GDateYear) year)
    /* Translators: %1$u is the meeting's year, %2$d the year of the draft */
    return g_strdup_printf (_("the meeting is in %1$u, not in the %2$d schedule"),
                            (guint) g_date_get_year (&fields->date), year);
  earlier = g_hash_table_lookup (reader->body_files, fields->body_code);
  if (earlier != NULL && !g_str_equal (earlier, reader->file))
    /* Translators: %1$s is a file name */
    return g_strdup_printf (_("this body’s proposals were already given in “%1$s”"), earlier);
  if (earlier == NULL)
    g_hash_table_insert (reader->body_files, g_strdup (fields->body_code),
                         g_strdup (reader->file));
  return NULL;
}

static gboolean
read_proposals (Reader      *reader,
                KezStore    *scratch,
                const char  *path,
                int          year,
                GError     **error)
{
  g_autoptr(KezXlsxBook) book = kez_xlsx_book_read (path, error);
  g_autofree char *name = g_path_get_basename (path);
  KezXlsxSheet *sheet;
  guint header_row = 0;

  if (book == NULL)
    return FALSE;
  reader->file = name;
  if (!(sheet = find_header (reader, book, &header_row)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is a file name */
                   _("“%1$s” is not a workbook of schedule proposals: no sheet has a header "
                     "naming the body, the leader, the date, the time and the duration"), name);
      return FALSE;
    }

  for (guint row = header_row + 1; row < kez_xlsx_sheet_get_n_rows (sheet); row++)
    {
      g_autoptr(GError) local = NULL;
      g_autofree char *problem = NULL;
      KezMeetingFields fields;

      if (cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_LEADER)[0] == '\0' &&
          cell (reader, sheet, row, KEZ_SCHEDULE_COLUMN_DATE)[0] == '\0')
        continue;
      problem = read_row (reader, sheet, row, &fields);
      if (problem == NULL)
        problem = check_row (reader, &fields, year);
      if (problem == NULL && !kez_meetings_save (scratch, &fields, &local))
        problem = g_strdup (local->message);
      kez_meeting_fields_clear (&fields);
      if (problem != NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %1$s is a file name, %2$u a row, %3$s what is wrong */
                       _("%1$s, row %2$u: %3$s"), name, row + 1, problem);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * kez_draft_schedule_build:
 * @inputs: (array zero-terminated=1): the bodies' proposals workbooks
 * @n_meetings: (out) (optional): how many meetings the draft holds
 *
 * Writes the draft schedule of @year to @path; nothing is written when any input is wrong.
 */
gboolean
kez_draft_schedule_build (const char * const *inputs,
                          int                 year,
                          KezExportLanguage   language,
                          const char         *path,
                          guint              *n_meetings,
                          GError            **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *scratch_path = NULL;
  g_autoptr(KezStore) scratch = NULL;
  g_autoptr(GListModel) bodies = NULL;
  Reader reader = { 0 };
  gboolean done = FALSE;

  if (inputs == NULL || inputs[0] == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The draft schedule needs the bodies’ proposals: --input=FILE.xlsx, "
                             "once for each"));
      return FALSE;
    }
  if (!(dir = g_dir_make_tmp ("kezdesu-draft-XXXXXX", error)))
    return FALSE;
  scratch_path = g_build_filename (dir, "draft.db", NULL);
  if (!(scratch = kez_store_open (scratch_path, error)))
    goto out;

  bodies = kez_store_list_bodies (scratch);
  reader.bodies = kez_import_index_names (bodies, (KezImportCodeFunc) kez_body_get_code,
                                          (KezImportNameFunc) kez_body_get_name);
  reader.regions = kez_import_index_regions (scratch);
  reader.values = kez_import_value_map_new (scratch);
  reader.rules = kez_store_dup_active_rule_set (scratch);
  reader.body_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!kez_store_begin (scratch, error))
    goto out;
  for (guint i = 0; inputs[i] != NULL; i++)
    if (!read_proposals (&reader, scratch, inputs[i], year, error))
      {
        kez_store_rollback (scratch);
        goto out;
      }
  done = kez_store_commit (scratch, error) &&
         kez_schedule_export_draft (scratch, year, language, path, n_meetings, error);

out:
  g_clear_pointer (&reader.bodies, g_hash_table_unref);
  g_clear_pointer (&reader.regions, g_hash_table_unref);
  g_clear_pointer (&reader.values, kez_import_value_map_free);
  g_clear_pointer (&reader.body_files, g_hash_table_unref);
  g_clear_object (&reader.rules);
  reader.file = NULL;
  g_clear_object (&scratch);
  if (scratch_path != NULL)
    {
      g_autofree char *wal = g_strconcat (scratch_path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (scratch_path, "-shm", NULL);

      g_unlink (scratch_path);
      g_unlink (wal);
      g_unlink (shm);
    }
  g_rmdir (dir);
  return done;
}
