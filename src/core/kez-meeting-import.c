/* kez-meeting-import.c
 *
 * Reading and saving are apart so that the GUI can show a preview: read() parses and checks
 * every row and collects "line N: reason" for the bad ones; commit() saves the good ones in
 * one transaction, and only when there is no bad one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>

#include "kez-body.h"
#include "kez-csv.h"
#include "kez-import-values.h"
#include "kez-meeting-import.h"
#include "kez-meetings.h"
#include "kez-region.h"
#include "kez-store-private.h"

struct _KezMeetingImport
{
  GArray    *meetings; /* KezMeetingFields */
  GPtrArray *problems; /* "line N: reason" */
};

typedef enum
{
  COLUMN_ORGAN,
  COLUMN_LEADER,
  COLUMN_POSITION,
  COLUMN_DATE,
  COLUMN_TIME,
  COLUMN_DURATION,
  COLUMN_REGION,
  COLUMN_LOCALITY,
  COLUMN_VENUE,
  COLUMN_FORMAT,
  COLUMN_TOPIC,
  COLUMN_OFF_SCHEDULE_REASON,
  COLUMN_STATUS,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS] = {
  "organ", "leader", "position", "date", "time", "duration_minutes", "region", "locality",
  "venue", "format", "topic", "off_schedule_reason", "status",
};

static const gboolean column_required[N_COLUMNS] = {
  [COLUMN_ORGAN] = TRUE, [COLUMN_LEADER] = TRUE, [COLUMN_DATE] = TRUE,
  [COLUMN_TIME] = TRUE, [COLUMN_DURATION] = TRUE,
};

static GHashTable *
index_bodies (KezStore *store)
{
  g_autoptr(GListModel) bodies = kez_store_list_bodies (store);

  return kez_import_index_names (bodies, (KezImportCodeFunc) kez_body_get_code,
                                 (KezImportNameFunc) kez_body_get_name);
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

typedef struct
{
  KezStore   *store;
  KezRuleSet *rules;
  GHashTable *bodies;
  GHashTable *regions;
  int         columns[N_COLUMNS]; /* index in the record, or -1 */
} Reader;

static const char *
field (Reader             *reader,
       const KezCsvRecord *record,
       Column              column)
{
  return kez_import_field (record, reader->columns[column]);
}

/* Reads one record into @fields; returns the reasons it is wrong, or NULL. */
static char *
read_record (Reader             *reader,
             const KezCsvRecord *record,
             KezMeetingFields   *fields)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *organ = kez_import_normalise (field (reader, record, COLUMN_ORGAN));
  g_autofree char *region = kez_import_normalise (field (reader, record, COLUMN_REGION));
  const char *text;
  const char *code;

  kez_meeting_fields_init (fields);

  if ((code = g_hash_table_lookup (reader->bodies, organ)) != NULL)
    {
      g_free (fields->body_code);
      fields->body_code = g_strdup (code);
    }
  else if (organ[0] != '\0')
    /* Translators: %1$s is what the file gives as the body */
    g_ptr_array_add (reasons, g_strdup_printf (_("unknown body “%1$s”"),
                                               kez_import_short (pool, field (reader, record,
                                                                              COLUMN_ORGAN))));

  g_free (fields->leader_name);
  fields->leader_name = g_strstrip (g_strdup (field (reader, record, COLUMN_LEADER)));

  text = field (reader, record, COLUMN_POSITION);
  if (text[0] != '\0' && !kez_leader_position_from_string (text, &fields->leader_position))
    /* Translators: %1$s is the value found; the allowed values are not translated */
    g_ptr_array_add (reasons, g_strdup_printf (_("position “%1$s” is not head, deputy or "
                                                 "committee-chair"), kez_import_short (pool, text)));

  text = field (reader, record, COLUMN_DATE);
  if (!kez_import_parse_date (text, &fields->date))
    /* Translators: %1$s is the value found */
    g_ptr_array_add (reasons, g_strdup_printf (_("date “%1$s” is not YYYY-MM-DD or DD.MM.YYYY"),
                                               kez_import_short (pool, text)));

  text = field (reader, record, COLUMN_TIME);
  if (!kez_import_parse_time (text, &fields->start_minute))
    /* Translators: %1$s is the value found */
    g_ptr_array_add (reasons, g_strdup_printf (_("time “%1$s” is not HH:MM"), kez_import_short (pool, text)));

  text = field (reader, record, COLUMN_DURATION);
  if (!parse_minutes (text, &fields->planned_minutes))
    /* Translators: %1$s is the value found */
    g_ptr_array_add (reasons, g_strdup_printf (_("duration “%1$s” is not a number of minutes"),
                                               kez_import_short (pool, text)));

  if ((code = g_hash_table_lookup (reader->regions, region)) != NULL)
    fields->region_code = g_strdup (code);
  else if (region[0] != '\0')
    /* Translators: %1$s is what the file gives as the region */
    g_ptr_array_add (reasons, g_strdup_printf (_("unknown region “%1$s”"),
                                               kez_import_short (pool, field (reader, record,
                                                                              COLUMN_REGION))));

  g_free (fields->locality);
  fields->locality = g_strdup (field (reader, record, COLUMN_LOCALITY));
  g_free (fields->venue);
  fields->venue = g_strdup (field (reader, record, COLUMN_VENUE));
  g_free (fields->topic);
  fields->topic = g_strdup (field (reader, record, COLUMN_TOPIC));
  for (guint c = 0; c < N_COLUMNS; c++)
    kez_import_check_length (reasons, field (reader, record, c));

  text = field (reader, record, COLUMN_FORMAT);
  if (text[0] != '\0' && !kez_meeting_format_from_string (text, &fields->format))
    /* Translators: %1$s is the value found; the allowed values are not translated */
    g_ptr_array_add (reasons, g_strdup_printf (_("format “%1$s” is not in-person, online or "
                                                 "hybrid"), kez_import_short (pool, text)));

  g_free (fields->off_schedule_reason);
  fields->off_schedule_reason = g_strstrip (g_strdup (field (reader, record,
                                                             COLUMN_OFF_SCHEDULE_REASON)));
  fields->off_schedule = fields->off_schedule_reason[0] != '\0';

  text = field (reader, record, COLUMN_STATUS);
  if (text[0] != '\0' &&
      (!kez_meeting_status_from_string (text, &fields->status) ||
       fields->status > KEZ_STATUS_APPROVED))
    /* Translators: %1$s is the value found; the allowed values are not translated */
    g_ptr_array_add (reasons, g_strdup_printf (_("status “%1$s” is not proposed or approved"),
                                               kez_import_short (pool, text)));

  /* The same rules as the editor's, once the values could be read at all. */
  if (reasons->len == 0)
    {
      problems = kez_meeting_fields_check (fields, reader->rules);
      for (guint i = 0; i < problems->len; i++)
        g_ptr_array_add (reasons,
                         g_strdup (((KezMeetingProblem *) g_ptr_array_index (problems, i))->message));
    }

  if (reasons->len == 0)
    return NULL;
  g_ptr_array_add (reasons, NULL);
  return g_strjoinv ("; ", (GStrv) reasons->pdata);
}

static gboolean
map_header (Reader              *reader,
            const KezCsvRecord  *header,
            GError             **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    reader->columns[c] = -1;

  for (guint i = 0; header->fields[i] != NULL; i++)
    {
      g_autofree char *name = kez_import_normalise (header->fields[i]);

      for (guint c = 0; c < N_COLUMNS; c++)
        if (g_str_equal (name, column_names[c]) && reader->columns[c] < 0)
          reader->columns[c] = i;
    }

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (column_required[c] && reader->columns[c] < 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %1$s is a column name, not translated */
                       _("The file has no column “%1$s” in its first line"), column_names[c]);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * kez_meeting_import_read:
 *
 * Returns: (transfer full): the meetings read and the problems of the bad rows, or %NULL with
 *   @error set when the file as a whole cannot be read (empty, not text, no header).
 */
typedef struct
{
  Reader           *reader;
  KezMeetingImport *import;
} Rows;

static char *
read_row (const KezCsvRecord *record,
          gpointer            data)
{
  Rows *rows = data;
  KezMeetingFields fields;
  char *reasons = read_record (rows->reader, record, &fields);

  if (reasons == NULL)
    g_array_append_val (rows->import->meetings, fields);
  else
    kez_meeting_fields_clear (&fields);
  return reasons;
}

/**
 * kez_meeting_import_read:
 *
 * Returns: (transfer full): the meetings read and the problems of the bad rows (and, after
 *   them, where the file breaks if it does), or %NULL with @error set when the file as a
 *   whole cannot be read (empty, not text, no header).
 */
KezMeetingImport *
kez_meeting_import_read (KezStore    *store,
                         const char  *data,
                         gsize        length,
                         GError     **error)
{
  g_autoptr(KezCsvReader) csv = NULL;
  g_autoptr(KezCsvRecord) header = NULL;
  g_autoptr(KezMeetingImport) self = NULL;
  g_autoptr(KezRuleSet) rules = NULL;
  Reader reader = { 0 };
  Rows rows;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  if (!(csv = kez_import_open (data, length, &header, error)))
    return NULL;

  reader.store = store;
  reader.rules = rules = kez_store_dup_active_rule_set (store);
  if (!map_header (&reader, header, error))
    return NULL;
  reader.bodies = index_bodies (store);
  reader.regions = kez_import_index_regions (store);

  self = g_new0 (KezMeetingImport, 1);
  self->meetings = g_array_new (FALSE, TRUE, sizeof (KezMeetingFields));
  g_array_set_clear_func (self->meetings, (GDestroyNotify) kez_meeting_fields_clear);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  rows = (Rows) { &reader, self };
  kez_import_read_rows (csv, self->problems, read_row, &rows);

  g_hash_table_unref (reader.bodies);
  g_hash_table_unref (reader.regions);

  if (self->meetings->len == 0 && self->problems->len == 0)
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

gboolean
kez_meeting_import_commit (KezMeetingImport  *self,
                           KezStore          *store,
                           GError           **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (kez_import_refuse_problems (self->problems, error))
    return FALSE;

  if (!kez_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < self->meetings->len; i++)
    {
      KezMeetingFields *fields = &g_array_index (self->meetings, KezMeetingFields, i);

      fields->id = 0;
      if (!kez_meetings_save (store, fields, error))
        {
          kez_store_rollback (store);
          return FALSE;
        }
    }
  return kez_store_commit (store, error);
}

void
kez_meeting_import_free (KezMeetingImport *self)
{
  g_clear_pointer (&self->meetings, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_free (self);
}
