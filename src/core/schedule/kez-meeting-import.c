/* kez-meeting-import.c
 *
 * Reading and saving are apart so that the window can show a preview: read() parses and
 * checks every row and collects "line N: reason" for the bad ones; commit() saves the good ones
 * in one transaction, and only when there is no bad one.
 *
 * The columns are found by our names ("organ", "leader", …) or guessed from a header in
 * Russian, Kazakh or English ("Государственный орган", "ФИО руководителя", "Лауазымы");
 * bodies, regions and positions are read through the value map, so "Председатель комитета"
 * and "Акмолинская обл." are what they mean. A meeting already present (the same body,
 * leader, day and time) is counted and skipped: the same plan imported twice adds nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>

#include "kez-export-language.h"
#include "kez-import-batch.h"
#include "kez-import-values.h"
#include "kez-meeting-import.h"
#include "kez-meetings.h"
#include "kez-store-private.h"
#include "kez-text.h"

struct _KezMeetingImport
{
  GArray            *meetings;  /* KezMeetingFields */
  GPtrArray         *problems;  /* "line N: reason" */
  GArray            *present;   /* guint: the lines of meetings already present */
  KezImportValueMap *values;    /* the caller's, or owned_values */
  KezImportValueMap *owned_values;
  char              *file_name;
};

/* In the order a header's first word decides: "Должность руководителя" is a position. */
static const KezImportColumn columns[KEZ_N_MEETING_COLUMNS] = {
  [KEZ_MEETING_COLUMN_ORGAN] = { "organ", N_("Body"), TRUE,
                                 { "organ", "орган", "body", "министерств", "ведомств",
                                   NULL } },
  [KEZ_MEETING_COLUMN_LEADER] = { "leader", N_("Leader"), TRUE,
                                  { "leader", "руководител", "басшы", "фио", "аты-жөні",
                                    NULL } },
  [KEZ_MEETING_COLUMN_POSITION] = { "position", N_("Position"), FALSE,
                                    { "position", "должност", "лауазым", NULL } },
  [KEZ_MEETING_COLUMN_DATE] = { "date", N_("Date"), TRUE,
                                { "date", "дата", "күні", NULL } },
  [KEZ_MEETING_COLUMN_TIME] = { "time", N_("Start time"), TRUE,
                                { "time", "время", "начал", "уақыт", "басталу", NULL } },
  [KEZ_MEETING_COLUMN_DURATION] = { "duration_minutes", N_("Planned duration"), TRUE,
                                    { "duration", "продолжительн", "длительн", "ұзақтығы",
                                      "минут", NULL } },
  [KEZ_MEETING_COLUMN_REGION] = { "region", N_("Region"), FALSE,
                                  { "region", "регион", "област", "облыс", "өңір", NULL } },
  [KEZ_MEETING_COLUMN_LOCALITY] = { "locality", N_("Locality"), FALSE,
                                    { "locality", "населен", "пункт", "елді мекен", "район",
                                      NULL } },
  [KEZ_MEETING_COLUMN_VENUE] = { "venue", N_("Venue"), FALSE,
                                 { "venue", "место", "орны", "адрес", "мекенжай", NULL } },
  [KEZ_MEETING_COLUMN_FORMAT] = { "format", N_("Format"), FALSE,
                                  { "format", "формат", "нысан", NULL } },
  [KEZ_MEETING_COLUMN_TOPIC] = { "topic", N_("Topic"), FALSE,
                                 { "topic", "тема", "тақырып", NULL } },
  [KEZ_MEETING_COLUMN_OFF_SCHEDULE_REASON] = { "off_schedule_reason", N_("Reason off the schedule"),
                                               FALSE,
                                               { "off_schedule", "вне график", "внеплан",
                                                 "причин", "кестеден тыс", "себеб", NULL } },
  [KEZ_MEETING_COLUMN_STATUS] = { "status", N_("Status"), FALSE,
                                  { "status", "статус", "мәртебе", "күйі", NULL } },
};

/* Returns: (array fixed-size=13): the columns a meetings file has */
const KezImportColumn *
kez_meeting_import_columns (void)
{
  return columns;
}

static gboolean
parse_minutes (const char *text,
               guint      *out)
{
  char *end = NULL;
  guint64 value;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  value = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0' || value > G_MAXUINT)
    return FALSE;
  *out = value;
  return TRUE;
}

/* Our code, or a workbook's word for it in either language ("Очно", "Онлайн"). */
static gboolean
is_term (const char    *text,
         const char    *code,
         const KezTerm *term)
{
  g_autofree char *key = kez_import_header_key (text);
  g_autofree char *kk = kez_import_header_key (term->kk);
  g_autofree char *ru = kez_import_header_key (term->ru);

  return g_str_equal (key, code) || g_str_equal (key, kk) || g_str_equal (key, ru);
}

static gboolean
read_format (const char       *text,
             KezMeetingFormat *format)
{
  for (KezMeetingFormat f = KEZ_FORMAT_IN_PERSON; f <= KEZ_FORMAT_HYBRID; f++)
    if (is_term (text, kez_meeting_format_to_string (f), kez_term_for_format (f)))
      {
        *format = f;
        return TRUE;
      }
  return FALSE;
}

/* Only a plan is imported: proposed or approved. */
static gboolean
read_status (const char       *text,
             KezMeetingStatus *status)
{
  for (KezMeetingStatus s = KEZ_STATUS_PROPOSED; s <= KEZ_STATUS_APPROVED; s++)
    if (is_term (text, kez_meeting_status_to_string (s), kez_term_for_status (s)))
      {
        *status = s;
        return TRUE;
      }
  return FALSE;
}

/* "a, b, c" in the interface's language, for a message. */
static char *
join_terms (const KezTerm * const *terms,
            guint                  n)
{
  KezLanguage language = kez_language_from_locale ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (names, (gpointer) kez_term_get (terms[i], language));
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (GStrv) names->pdata);
}

typedef struct
{
  KezStore          *store;
  KezRuleSet        *rules;
  KezImportValueMap *values;
  gboolean           workbook;
  int                indices[KEZ_N_MEETING_COLUMNS];  /* of each column's field, or -1 */
  GHashTable        *in_file;                        /* the meetings read, by their key */
  KezDbStmt         *present;
  KezMeetingImport  *import;
} Reader;

static const char *
field (Reader             *reader,
       const KezCsvRecord *record,
       KezMeetingColumn    column)
{
  return kez_import_field (record, reader->indices[column]);
}

/* The code of the value in @column, or NULL: blank or not recognised (@unknown). */
static const char *
read_value (Reader             *reader,
            const KezCsvRecord *record,
            KezMeetingColumn    column,
            KezImportValueKind  kind,
            gboolean           *unknown)
{
  const char *text = field (reader, record, column);
  const char *code = kez_import_value_map_resolve (reader->values, kind, text, record->line);

  *unknown = code == NULL && !kez_text_is_blank (text);
  return code;
}

static void
read_date_and_time (Reader             *reader,
                    const KezCsvRecord *record,
                    KezMeetingFields   *fields,
                    GPtrArray          *reasons,
                    GPtrArray          *pool)
{
  const char *text = field (reader, record, KEZ_MEETING_COLUMN_DATE);
  int minute;

  if (!(reader->workbook && kez_import_parse_serial (text, &fields->date, NULL)) &&
      !kez_import_parse_date (text, &fields->date))
    /* Translators: %1$s is the value found */
    g_ptr_array_add (reasons, g_strdup_printf (_("date “%1$s” is not YYYY-MM-DD or DD.MM.YYYY"),
                                               kez_import_short (pool, text)));

  /* A worksheet's time of day is a fraction of a day. */
  text = field (reader, record, KEZ_MEETING_COLUMN_TIME);
  if (reader->workbook && text[0] == '0' && text[1] == '.')
    {
      double day = g_ascii_strtod (text, NULL);

      minute = (int) (day * 1440 + 0.5);
      if (minute < 1440)
        {
          fields->start_minute = minute;
          return;
        }
    }
  if (!kez_import_parse_time (text, &fields->start_minute))
    /* Translators: %1$s is the value found */
    g_ptr_array_add (reasons, g_strdup_printf (_("time “%1$s” is not HH:MM"),
                                               kez_import_short (pool, text)));
}

/* Reads one record into @fields; returns the reasons it is wrong, or NULL. */
static char *
read_record (Reader             *reader,
             const KezCsvRecord *record,
             KezMeetingFields   *fields)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  const char *text;
  const char *code;
  gboolean unknown;

  kez_meeting_fields_init (fields);

  if ((code = read_value (reader, record, KEZ_MEETING_COLUMN_ORGAN, KEZ_IMPORT_VALUE_BODY,
                          &unknown)) != NULL)
    {
      g_free (fields->body_code);
      fields->body_code = g_strdup (code);
    }
  else if (unknown)
    /* Translators: %1$s is what the file gives as the body */
    g_ptr_array_add (reasons, g_strdup_printf (_("unknown body “%1$s”"),
                                               kez_import_short (pool, field (reader, record,
                                                                 KEZ_MEETING_COLUMN_ORGAN))));

  g_free (fields->leader_name);
  fields->leader_name = g_strstrip (g_strdup (field (reader, record, KEZ_MEETING_COLUMN_LEADER)));

  if ((code = read_value (reader, record, KEZ_MEETING_COLUMN_POSITION,
                          KEZ_IMPORT_VALUE_POSITION, &unknown)) != NULL)
    kez_leader_position_from_string (code, &fields->leader_position);
  else if (unknown)
    {
      const KezTerm *positions[] = { kez_term_for_position (KEZ_LEADER_HEAD),
                                     kez_term_for_position (KEZ_LEADER_DEPUTY),
                                     kez_term_for_position (KEZ_LEADER_COMMITTEE_CHAIR) };
      g_autofree char *names = join_terms (positions, G_N_ELEMENTS (positions));

      text = field (reader, record, KEZ_MEETING_COLUMN_POSITION);

      /* Translators: %1$s is the value found, %2$s the positions' names */
      g_ptr_array_add (reasons, g_strdup_printf (_("position “%1$s” is not one of: %2$s"),
                                                 kez_import_short (pool, text), names));
    }

  read_date_and_time (reader, record, fields, reasons, pool);

  text = field (reader, record, KEZ_MEETING_COLUMN_DURATION);
  if (!parse_minutes (text, &fields->planned_minutes))
    /* Translators: %1$s is the value found */
    g_ptr_array_add (reasons, g_strdup_printf (_("duration “%1$s” is not a number of minutes"),
                                               kez_import_short (pool, text)));

  if ((code = read_value (reader, record, KEZ_MEETING_COLUMN_REGION, KEZ_IMPORT_VALUE_REGION,
                          &unknown)) != NULL)
    fields->region_code = g_strdup (code);
  else if (unknown)
    /* Translators: %1$s is what the file gives as the region */
    g_ptr_array_add (reasons, g_strdup_printf (_("unknown region “%1$s”"),
                                               kez_import_short (pool, field (reader, record,
                                                                 KEZ_MEETING_COLUMN_REGION))));

  g_free (fields->locality);
  fields->locality = g_strstrip (g_strdup (field (reader, record, KEZ_MEETING_COLUMN_LOCALITY)));
  g_free (fields->venue);
  fields->venue = g_strstrip (g_strdup (field (reader, record, KEZ_MEETING_COLUMN_VENUE)));
  g_free (fields->topic);
  fields->topic = g_strstrip (g_strdup (field (reader, record, KEZ_MEETING_COLUMN_TOPIC)));
  for (guint c = 0; c < KEZ_N_MEETING_COLUMNS; c++)
    kez_import_check_length (reasons, field (reader, record, c));

  text = field (reader, record, KEZ_MEETING_COLUMN_FORMAT);
  if (!kez_text_is_blank (text) && !read_format (text, &fields->format))
    {
      const KezTerm *formats[] = { kez_term_for_format (KEZ_FORMAT_IN_PERSON),
                                   kez_term_for_format (KEZ_FORMAT_ONLINE),
                                   kez_term_for_format (KEZ_FORMAT_HYBRID) };
      g_autofree char *names = join_terms (formats, G_N_ELEMENTS (formats));

      /* Translators: %1$s is the value found, %2$s the formats' names */
      g_ptr_array_add (reasons, g_strdup_printf (_("format “%1$s” is not one of: %2$s"),
                                                 kez_import_short (pool, text), names));
    }

  g_free (fields->off_schedule_reason);
  fields->off_schedule_reason =
    g_strstrip (g_strdup (field (reader, record, KEZ_MEETING_COLUMN_OFF_SCHEDULE_REASON)));
  fields->off_schedule = fields->off_schedule_reason[0] != '\0';

  text = field (reader, record, KEZ_MEETING_COLUMN_STATUS);
  if (!kez_text_is_blank (text) && !read_status (text, &fields->status))
    {
      const KezTerm *statuses[] = { kez_term_for_status (KEZ_STATUS_PROPOSED),
                                    kez_term_for_status (KEZ_STATUS_APPROVED) };
      g_autofree char *names = join_terms (statuses, G_N_ELEMENTS (statuses));

      /* Translators: %1$s is the value found, %2$s the statuses' names */
      g_ptr_array_add (reasons, g_strdup_printf (_("status “%1$s” is not one of: %2$s"),
                                                 kez_import_short (pool, text), names));
    }

  /* The same rules as the editor's, once the values could be read at all. */
  if (reasons->len == 0)
    {
      g_autoptr(GPtrArray) problems = kez_meeting_fields_check (fields, reader->rules);

      for (guint i = 0; i < problems->len; i++)
        g_ptr_array_add (reasons,
                         g_strdup (((KezMeetingProblem *) g_ptr_array_index (problems, i))->message));
    }

  if (reasons->len == 0)
    return NULL;
  g_ptr_array_add (reasons, NULL);
  return g_strjoinv ("; ", (GStrv) reasons->pdata);
}

/* The same body and leader at the same day and time. */
static gboolean
is_present (Reader                 *reader,
            const KezMeetingFields *fields)
{
  g_autofree char *starts = kez_local_time_to_string (&fields->date, fields->start_minute);
  char *key = g_strjoin ("\x1f", starts, fields->body_code, fields->leader_name, NULL);
  gboolean present;

  if (g_hash_table_contains (reader->in_file, key))
    {
      g_free (key);
      return TRUE;
    }
  g_hash_table_add (reader->in_file, key);
  kez_db_reset (reader->present);
  kez_db_bind_text_copy (reader->present, 1, starts);
  kez_db_bind_text_copy (reader->present, 2, fields->body_code);
  kez_db_bind_text_copy (reader->present, 3, fields->leader_name);
  present = kez_db_step (reader->present) == KEZ_DB_ROW;
  kez_db_reset (reader->present);
  return present;
}

static char *
read_row (const KezCsvRecord *record,
          gpointer            data)
{
  Reader *reader = data;
  KezMeetingFields fields;
  char *reasons = read_record (reader, record, &fields);

  if (reasons == NULL && is_present (reader, &fields))
    {
      g_array_append_val (reader->import->present, record->line);
      kez_meeting_fields_clear (&fields);
    }
  else if (reasons == NULL)
    g_array_append_val (reader->import->meetings, fields);
  else
    kez_meeting_fields_clear (&fields);
  return reasons;
}

/**
 * kez_meeting_import_read:
 * @table: the file, from its first record (rewound first when read before)
 * @options: (nullable): the choices; %NULL for the guesses
 *
 * Returns: (transfer full): the meetings read, the lines of those already present and the
 *   problems of the bad rows (and, after them, where the file breaks if it does), or %NULL
 *   with @error set when the file as a whole cannot be read (no column for a required value,
 *   no row at all).
 */
KezMeetingImport *
kez_meeting_import_read (KezStore                      *store,
                         KezImportTable                *table,
                         const KezMeetingImportOptions *options,
                         GError                       **error)
{
  static const KezMeetingImportOptions guesses = { NULL, NULL, NULL };
  g_autoptr(KezMeetingImport) self = NULL;
  g_autoptr(KezRuleSet) rules = NULL;
  g_autoptr(GHashTable) in_file = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(KezDbStmt) present = NULL;
  Reader reader = { .store = store, .in_file = in_file };

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);
  if (options == NULL)
    options = &guesses;

  if (!kez_import_table_rewind (table, error))
    return NULL;
  kez_import_columns_find (columns, KEZ_N_MEETING_COLUMNS, kez_import_table_get_header (table),
                           options->mapping, reader.indices);
  if (!kez_import_columns_check_required (columns, KEZ_N_MEETING_COLUMNS,
                                          kez_import_table_get_header (table), reader.indices,
                                          0, error))
    return NULL;
  if (!(present = kez_store_prepare (store, "SELECT 1 FROM meetings WHERE starts_at = ?1 "
                                            "AND body_code = ?2 AND leader_name = ?3 LIMIT 1",
                                     error)))
    return NULL;

  self = g_new0 (KezMeetingImport, 1);
  self->meetings = g_array_new (FALSE, TRUE, sizeof (KezMeetingFields));
  g_array_set_clear_func (self->meetings, (GDestroyNotify) kez_meeting_fields_clear);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->present = g_array_new (FALSE, FALSE, sizeof (guint));
  self->file_name = g_strdup (options->file_name);
  if (options->values != NULL)
    self->values = options->values;
  else
    self->values = self->owned_values = kez_import_value_map_new (store);
  kez_import_value_map_forget_seen (self->values);

  reader.rules = rules = kez_store_dup_active_rule_set (store);
  reader.values = self->values;
  reader.workbook = kez_import_table_is_workbook (table);
  reader.present = present;
  reader.import = self;
  kez_import_read_rows (table, self->problems, read_row, &reader);

  if (self->meetings->len == 0 && self->problems->len == 0 && self->present->len == 0)
    {
      g_set_error_literal (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_EMPTY,
                           _("The file has a header but no meetings"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

guint
kez_meeting_import_get_n_meetings (KezMeetingImport *self)
{
  return self->meetings->len;
}

const KezMeetingFields *
kez_meeting_import_get_meeting (KezMeetingImport *self,
                                guint             index)
{
  g_return_val_if_fail (index < self->meetings->len, NULL);
  return &g_array_index (self->meetings, KezMeetingFields, index);
}

/**
 * kez_meeting_import_get_problems:
 *
 * Returns: (transfer none) (element-type utf8): "line N: reason" for every bad row
 */
GPtrArray *
kez_meeting_import_get_problems (KezMeetingImport *self)
{
  return self->problems;
}

/**
 * kez_meeting_import_get_present:
 *
 * Returns: (transfer none) (element-type guint): the lines of the meetings already in the
 *   database (or earlier in the file), which are not imported again
 */
GArray *
kez_meeting_import_get_present (KezMeetingImport *self)
{
  return self->present;
}

/**
 * kez_meeting_import_commit:
 * @import_id: (out) (optional): the import's id for kez_import_undo(), or 0 when every
 *   meeting was already present and nothing was saved
 */
gboolean
kez_meeting_import_commit (KezMeetingImport  *self,
                           KezStore          *store,
                           gint64            *import_id,
                           GError           **error)
{
  gint64 id;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (import_id != NULL)
    *import_id = 0;
  if (kez_import_refuse_problems (self->problems, error))
    return FALSE;
  if (self->meetings->len == 0)
    return TRUE;

  if (!kez_store_begin (store, error))
    return FALSE;
  if (!(id = kez_import_batch_begin (store, KEZ_IMPORT_MEETINGS, self->file_name,
                                     self->meetings->len, self->present->len, error)) ||
      !kez_import_value_map_remember (self->values, store, error))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  for (guint i = 0; i < self->meetings->len; i++)
    {
      KezMeetingFields *fields = &g_array_index (self->meetings, KezMeetingFields, i);

      fields->id = 0;
      if (!kez_meetings_save (store, fields, error) ||
          !kez_import_batch_add (store, KEZ_IMPORT_MEETINGS, id, fields->id, error))
        {
          kez_store_rollback (store);
          return FALSE;
        }
    }
  if (!kez_store_commit (store, error))
    return FALSE;
  if (import_id != NULL)
    *import_id = id;
  return TRUE;
}

void
kez_meeting_import_free (KezMeetingImport *self)
{
  g_clear_pointer (&self->meetings, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->present, g_array_unref);
  g_clear_pointer (&self->owned_values, kez_import_value_map_free);
  g_free (self->file_name);
  g_free (self);
}
