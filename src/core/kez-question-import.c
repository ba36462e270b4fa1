/* kez-question-import.c
 *
 * The same rules as the meeting import: read() checks every row and collects "line N:
 * reason" for the bad ones; commit() saves all the rows in one transaction, and only when
 * none is bad. A file whose header names the columns otherwise is read with a mapping from
 * each of our columns to the file's header.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kez-import-values.h"
#include "kez-meetings.h"
#include "kez-question-import.h"
#include "kez-questions.h"
#include "kez-store-private.h"
#include "kez-text.h"

struct _KezQuestionImport
{
  GArray    *questions; /* KezQuestionFields */
  GPtrArray *problems;  /* "line N: reason" */
};

static const char * const column_names[KEZ_N_QUESTION_COLUMNS] = {
  "received", "channel", "region", "topic", "text", "author", "contact", "meeting",
};

static const gboolean column_required[KEZ_N_QUESTION_COLUMNS] = {
  [KEZ_QUESTION_COLUMN_RECEIVED] = TRUE,
  [KEZ_QUESTION_COLUMN_CHANNEL] = TRUE,
  [KEZ_QUESTION_COLUMN_TEXT] = TRUE,
};

const char *
kez_question_column_name (KezQuestionColumn column)
{
  g_return_val_if_fail (column < KEZ_N_QUESTION_COLUMNS, NULL);
  return column_names[column];
}

gboolean
kez_question_column_is_required (KezQuestionColumn column)
{
  g_return_val_if_fail (column < KEZ_N_QUESTION_COLUMNS, FALSE);
  return column_required[column];
}

/**
 * kez_question_column_guess:
 * @header: a name from a file's first line
 *
 * Guesses which of our columns a header in Russian, Kazakh or English names, from the words
 * e-Otinish exports and ministries' spreadsheets use ("Дата обращения", "Текст вопроса",
 * "Облыс"). Dates come first: "Дата обращения" is a date, not the request.
 *
 * Returns: a KezQuestionColumn, or -1 when nothing fits
 */
int
kez_question_column_guess (const char *header)
{
  static const struct { KezQuestionColumn column; const char *stems[6]; } guesses[] = {
    { KEZ_QUESTION_COLUMN_RECEIVED, { "received", "date", "дата", "күні", "поступ", NULL } },
    { KEZ_QUESTION_COLUMN_MEETING, { "meeting", "встреч", "кездесу", NULL } },
    { KEZ_QUESTION_COLUMN_CHANNEL, { "channel", "канал", "арна", "источник", NULL } },
    { KEZ_QUESTION_COLUMN_REGION, { "region", "регион", "област", "облыс", "өңір", NULL } },
    { KEZ_QUESTION_COLUMN_TOPIC, { "topic", "тема", "тақырып", NULL } },
    { KEZ_QUESTION_COLUMN_CONTACT, { "contact", "контакт", "телефон", "почт", "байланыс", NULL } },
    { KEZ_QUESTION_COLUMN_AUTHOR, { "author", "автор", "фио", "заявител", "аты-жөні", NULL } },
    { KEZ_QUESTION_COLUMN_TEXT, { "text", "текст", "вопрос", "мәтін", "сұрақ", NULL } },
  };
  g_autofree char *name = kez_import_normalise (header);

  for (guint i = 0; i < G_N_ELEMENTS (guesses); i++)
    for (guint j = 0; guesses[i].stems[j] != NULL; j++)
      if (strstr (name, guesses[i].stems[j]) != NULL)
        return guesses[i].column;
  return -1;
}

typedef struct
{
  KezStore   *store;
  GHashTable *regions;
  gint64      meeting_id;
  int         columns[KEZ_N_QUESTION_COLUMNS]; /* index in the record, or -1 */
} Reader;

static const char *
field (Reader             *reader,
       const KezCsvRecord *record,
       KezQuestionColumn   column)
{
  return kez_import_field (record, reader->columns[column]);
}

/* DATE or DATE TIME (or DATE'T'TIME), the date as YYYY-MM-DD or DD.MM.YYYY */
static char *
parse_received (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *time = strpbrk (copy, " T");
  GDate date;
  int minute = -1;

  if (time != NULL)
    {
      *time++ = '\0';
      g_strstrip (time);
      if (!kez_import_parse_time (time, &minute))
        return NULL;
    }
  if (!kez_import_parse_date (copy, &date))
    return NULL;
  return minute < 0 ? kez_date_to_iso (&date) : kez_local_time_to_string (&date, minute);
}

static gboolean
parse_id (const char *text,
          gint64     *id)
{
  char *end = NULL;
  guint64 value;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  value = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0' || value == 0 || value > G_MAXINT64)
    return FALSE;
  *id = value;
  return TRUE;
}

static gboolean
meeting_exists (KezStore *store,
                gint64    id)
{
  return kez_store_query_number (store, "SELECT count(*) FROM meetings WHERE id = ?", id, 0) > 0;
}

/* Reads one record into @fields; returns the reasons it is wrong, or NULL. */
static char *
read_record (Reader             *reader,
             const KezCsvRecord *record,
             KezQuestionFields  *fields)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *channel = kez_import_normalise (field (reader, record,
                                                          KEZ_QUESTION_COLUMN_CHANNEL));
  g_autofree char *region = kez_import_normalise (field (reader, record,
                                                         KEZ_QUESTION_COLUMN_REGION));
  g_autofree char *received = NULL;
  const char *text;
  const char *code;

  kez_question_fields_init (fields);

  text = field (reader, record, KEZ_QUESTION_COLUMN_RECEIVED);
  if ((received = parse_received (text)) != NULL)
    {
      g_free (fields->received_on);
      fields->received_on = g_steal_pointer (&received);
    }
  else
    /* Translators: %1$s is the value found */
    g_ptr_array_add (reasons, g_strdup_printf (_("received “%1$s” is not a date as YYYY-MM-DD or "
                                                 "DD.MM.YYYY, with or without HH:MM"),
                                               kez_import_short (pool, text)));

  if (!kez_channel_from_string (channel, &fields->channel))
    /* Translators: %1$s is the value found; the channel names that follow are not translated */
    g_ptr_array_add (reasons, g_strdup_printf (_("channel “%1$s” is not one of website, blog, "
                                                 "social, e-otinish, akim-meeting, letter, "
                                                 "reception, hall, online-comment"),
                                               kez_import_short (pool, field (reader, record,
                                                                KEZ_QUESTION_COLUMN_CHANNEL))));

  if ((code = g_hash_table_lookup (reader->regions, region)) != NULL)
    fields->region_code = g_strdup (code);
  else if (region[0] != '\0')
    /* Translators: %1$s is what the file gives as the region */
    g_ptr_array_add (reasons, g_strdup_printf (_("unknown region “%1$s”"),
                                               kez_import_short (pool, field (reader, record,
                                                                 KEZ_QUESTION_COLUMN_REGION))));

  text = field (reader, record, KEZ_QUESTION_COLUMN_TEXT);
  if (kez_text_is_blank (text))
    g_ptr_array_add (reasons, g_strdup (_("the question has no text")));
  for (guint c = 0; c < KEZ_N_QUESTION_COLUMNS; c++)
    kez_import_check_length (reasons, field (reader, record, c));
  g_free (fields->text);
  fields->text = g_strstrip (g_strdup (text));

  g_free (fields->topic);
  fields->topic = g_strstrip (g_strdup (field (reader, record, KEZ_QUESTION_COLUMN_TOPIC)));
  g_free (fields->author);
  fields->author = g_strstrip (g_strdup (field (reader, record, KEZ_QUESTION_COLUMN_AUTHOR)));
  g_free (fields->contact);
  fields->contact = g_strstrip (g_strdup (field (reader, record, KEZ_QUESTION_COLUMN_CONTACT)));

  /* A meeting named in the row wins over the one the whole import is for. */
  text = field (reader, record, KEZ_QUESTION_COLUMN_MEETING);
  fields->meeting_id = reader->meeting_id;
  if (text[0] != '\0' && (!parse_id (text, &fields->meeting_id) ||
                          !meeting_exists (reader->store, fields->meeting_id)))
    /* Translators: %1$s is the value found */
    g_ptr_array_add (reasons, g_strdup_printf (_("there is no meeting with the ID “%1$s”"),
                                               kez_import_short (pool, text)));

  if (reasons->len == 0)
    return NULL;
  g_ptr_array_add (reasons, NULL);
  return g_strjoinv ("; ", (GStrv) reasons->pdata);
}

static gboolean
map_header (Reader              *reader,
            const KezCsvRecord  *header,
            const char * const  *mapping,
            GError             **error)
{
  for (guint c = 0; c < KEZ_N_QUESTION_COLUMNS; c++)
    {
      g_autofree char *wanted =
        kez_import_normalise (mapping != NULL && mapping[c] != NULL ? mapping[c]
                                                                    : column_names[c]);

      reader->columns[c] = -1;
      for (guint i = 0; header->fields[i] != NULL && reader->columns[c] < 0; i++)
        {
          g_autofree char *name = kez_import_normalise (header->fields[i]);

          if (wanted[0] != '\0' && g_str_equal (name, wanted))
            reader->columns[c] = i;
        }
      if (column_required[c] && reader->columns[c] < 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %1$s is a column name, not translated */
                       _("The file has no column “%1$s” in its first line"),
                       mapping != NULL && mapping[c] != NULL ? mapping[c] : column_names[c]);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * kez_question_import_read_header:
 *
 * Returns: (transfer full): the names in the file's first line, for mapping its columns
 */
GStrv
kez_question_import_read_header (const char  *data,
                                 gsize        length,
                                 GError     **error)
{
  g_autoptr(KezCsvRecord) header = NULL;
  g_autoptr(KezCsvReader) csv = kez_import_open (data, length, &header, error);

  if (csv == NULL)
    return NULL;
  return g_strdupv (header->fields);
}

typedef struct
{
  Reader            *reader;
  KezQuestionImport *import;
} Rows;

static char *
read_row (const KezCsvRecord *record,
          gpointer            data)
{
  Rows *rows = data;
  KezQuestionFields fields;
  char *reasons = read_record (rows->reader, record, &fields);

  if (reasons == NULL)
    g_array_append_val (rows->import->questions, fields);
  else
    kez_question_fields_clear (&fields);
  return reasons;
}

/**
 * kez_question_import_read:
 * @mapping: (nullable) (array fixed-size=8): for each KezQuestionColumn, the name the file's
 *   header gives it, or %NULL for the usual name
 * @meeting_id: the meeting the questions are for, or 0; a row's own meeting column wins
 *
 * Returns: (transfer full): the questions read and the problems of the bad rows, or %NULL
 *   with @error set when the file as a whole cannot be read (empty, not text, no header).
 */
KezQuestionImport *
kez_question_import_read (KezStore            *store,
                          const char          *data,
                          gsize                length,
                          const char * const  *mapping,
                          gint64               meeting_id,
                          GError             **error)
{
  g_autoptr(KezCsvReader) csv = NULL;
  g_autoptr(KezCsvRecord) header = NULL;
  g_autoptr(KezQuestionImport) self = NULL;
  Reader reader = { .store = store, .meeting_id = meeting_id };
  Rows rows;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  if (meeting_id > 0 && !meeting_exists (store, meeting_id))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %1$s is a number */
                   _("There is no meeting with the ID “%1$s”"), number);
      return NULL;
    }
  if (!(csv = kez_import_open (data, length, &header, error)))
    return NULL;
  if (!map_header (&reader, header, mapping, error))
    return NULL;
  reader.regions = kez_import_index_regions (store);

  self = g_new0 (KezQuestionImport, 1);
  self->questions = g_array_new (FALSE, TRUE, sizeof (KezQuestionFields));
  g_array_set_clear_func (self->questions, (GDestroyNotify) kez_question_fields_clear);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  rows = (Rows) { &reader, self };
  kez_import_read_rows (csv, self->problems, read_row, &rows);
  g_hash_table_unref (reader.regions);

  if (self->questions->len == 0 && self->problems->len == 0)
    {
      g_set_error_literal (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_EMPTY,
                           _("The file has a header but no questions"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

guint
kez_question_import_get_n_questions (KezQuestionImport *self)
{
  return self->questions->len;
}

const KezQuestionFields *
kez_question_import_get_question (KezQuestionImport *self,
                                  guint              index)
{
  g_return_val_if_fail (index < self->questions->len, NULL);
  return &g_array_index (self->questions, KezQuestionFields, index);
}

/**
 * kez_question_import_get_problems:
 *
 * Returns: (transfer none) (element-type utf8): "line N: reason" for every bad row
 */
GPtrArray *
kez_question_import_get_problems (KezQuestionImport *self)
{
  return self->problems;
}

gboolean
kez_question_import_commit (KezQuestionImport  *self,
                            KezStore           *store,
                            GError            **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (kez_import_refuse_problems (self->problems, error))
    return FALSE;

  if (!kez_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < self->questions->len; i++)
    if (kez_questions_add (store, &g_array_index (self->questions, KezQuestionFields, i),
                           error) == 0)
      {
        kez_store_rollback (store);
        return FALSE;
      }
  return kez_store_commit (store, error);
}

void
kez_question_import_free (KezQuestionImport *self)
{
  g_clear_pointer (&self->questions, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_free (self);
}
