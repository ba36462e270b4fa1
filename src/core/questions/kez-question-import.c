/* kez-question-import.c
 *
 * The same rules as the meeting import: read() checks every row and collects "line N:
 * reason" for the bad ones; commit() saves all the rows in one transaction, and only when
 * none is bad. Columns are found by our names or guessed from the header's words
 * (kez-import-columns.c); channels and regions are read through the value map, so that
 * "е-Өтініш" and "г. Астана" are what they mean (kez-import-value-map.c).
 *
 * A question already in the database (the same text, day and author) is not imported again:
 * it is counted and its line given, so that importing the same export twice adds nothing and
 * says so. Two such rows in one file are one question.
 *
 * A million rows are never in memory at once: read() keeps the first rows for the preview,
 * the count, the lines of the rows already present and a 64-bit digest of each row's key
 * (kez-digest-set.c); commit() reads the file again, row by row, into one prepared INSERT
 * (kez-questions-bulk.c). A row whose digest an earlier row of the file had is looked up in
 * the database again when saved, where the earlier one now is: two different texts with the
 * same digest are both saved. A file that changed in between saves nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kez-digest-set.h"
#include "kez-export-language.h"
#include "kez-import-batch.h"
#include "kez-import-values.h"
#include "kez-meetings.h"
#include "kez-question-import.h"
#include "kez-questions-bulk.h"
#include "kez-questions.h"
#include "kez-store-private.h"
#include "kez-text.h"

struct _KezQuestionImport
{
  KezImportTable    *table;      /* read again to save the questions */
  guint64            version;    /* of the file, when read */
  GArray            *preview;    /* KezQuestionFields: the first questions read */
  guint              n_questions;
  GPtrArray         *problems;   /* "line N: reason" */
  GArray            *present;    /* guint: the lines of questions already present */
  GArray            *repeated;   /* guint: those of @present an earlier row of the file had */
  gboolean           workbook;
  gint64             meeting_id;
  int                channel;
  int                indices[KEZ_N_QUESTION_COLUMNS];
  KezImportValueMap *values;     /* the caller's, or owned_values */
  KezImportValueMap *owned_values;
  char              *file_name;
};

static const KezImportColumn columns[KEZ_N_QUESTION_COLUMNS] = {
  [KEZ_QUESTION_COLUMN_RECEIVED] = { "received", N_("Received"), TRUE,
                                     { "received", "date", "дата", "күні", "поступ",
                                       NULL } },
  [KEZ_QUESTION_COLUMN_CHANNEL] = { "channel", N_("Channel"), TRUE,
                                    { "channel", "канал", "арна", "источник", "көзі", NULL } },
  [KEZ_QUESTION_COLUMN_REGION] = { "region", N_("Region"), FALSE,
                                   { "region", "регион", "област", "облыс", "өңір", NULL } },
  [KEZ_QUESTION_COLUMN_TOPIC] = { "topic", N_("Topic"), FALSE,
                                  { "topic", "тема", "тақырып", NULL } },
  [KEZ_QUESTION_COLUMN_TEXT] = { "text", N_("Question text"), TRUE,
                                 { "text", "текст", "вопрос", "мәтін", "сұрақ", "содержан",
                                   "мазмұн", NULL } },
  [KEZ_QUESTION_COLUMN_AUTHOR] = { "author", N_("Author"), FALSE,
                                   { "author", "автор", "фио", "заявител", "аты-жөні",
                                     "өтініш беруші", NULL } },
  [KEZ_QUESTION_COLUMN_CONTACT] = { "contact", N_("Contact"), FALSE,
                                    { "contact", "контакт", "телефон", "почт", "байланыс",
                                      NULL } },
  [KEZ_QUESTION_COLUMN_MEETING] = { "meeting", N_("Meeting ID"), FALSE,
                                    { "meeting", "встреч", "кездесу", NULL } },
};

/* Returns: (array fixed-size=8): the columns a question file has */
const KezImportColumn *
kez_question_import_columns (void)
{
  return columns;
}

typedef struct
{
  KezStore          *store;
  KezImportValueMap *values;
  gboolean           workbook;
  gint64             meeting_id;
  int                channel;
  int                indices[KEZ_N_QUESTION_COLUMNS];  /* of each column's field, or -1 */
  KezDigestSet      *in_file;                         /* the questions read, by their key */
  KezDbStmt         *present;
  KezQuestionImport *import;
  /* On a server, where a look-up is a round trip, while the file is read (nothing is
     written then): the questions of each day looked at, read once, as digests of their
     keys. */
  gboolean           by_day;
  GHashTable        *days_read;                       /* "YYYY-MM-DD" */
  KezDigestSet      *on_days_read;
} Reader;

static const char *
field (Reader             *reader,
       const KezCsvRecord *record,
       KezQuestionColumn   column)
{
  return kez_import_field (record, reader->indices[column]);
}

/* DATE or DATE TIME (or DATE'T'TIME), the date as YYYY-MM-DD or DD.MM.YYYY; in a workbook,
 * also a date cell. */
static char *
parse_received (const char *text,
                gboolean    workbook)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *time = strpbrk (copy, " T");
  GDate date;
  int minute = -1;

  if (workbook && kez_import_parse_serial (copy, &date, &minute))
    return minute > 0 ? kez_local_time_to_string (&date, minute) : kez_date_to_iso (&date);
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

/* The names a planner reads, in the interface's language, for a message. */
static char *
channel_names (void)
{
  KezLanguage language = kez_language_from_locale ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (KezChannel c = 0; c < KEZ_N_CHANNELS; c++)
    g_ptr_array_add (names, (gpointer) kez_term_get (kez_term_for_channel (c), language));
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (GStrv) names->pdata);
}

static void
read_channel (Reader             *reader,
              const KezCsvRecord *record,
              KezQuestionFields  *fields,
              GPtrArray          *reasons,
              GPtrArray          *pool)
{
  const char *text = field (reader, record, KEZ_QUESTION_COLUMN_CHANNEL);
  const char *code;

  if (reader->channel >= 0)
    fields->channel = reader->channel;
  else if ((code = kez_import_value_map_resolve (reader->values, KEZ_IMPORT_VALUE_CHANNEL, text,
                                                 record->line)) != NULL)
    kez_channel_from_string (code, &fields->channel);
  else
    {
      g_autofree char *names = channel_names ();

      if (kez_text_is_blank (text))
        g_ptr_array_add (reasons, g_strdup (_("the channel is not given")));
      else
        /* Translators: %1$s is the value found, %2$s the channels' names */
        g_ptr_array_add (reasons, g_strdup_printf (_("channel “%1$s” is not one of: %2$s"),
                                                   kez_import_short (pool, text), names));
    }
}

/* Reads one record into @fields; returns the reasons it is wrong, or NULL. */
static char *
read_record (Reader             *reader,
             const KezCsvRecord *record,
             KezQuestionFields  *fields)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) pool = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *received = NULL;
  const char *text;
  const char *code;

  kez_question_fields_init (fields);

  text = field (reader, record, KEZ_QUESTION_COLUMN_RECEIVED);
  if ((received = parse_received (text, reader->workbook)) != NULL)
    {
      g_free (fields->received_on);
      fields->received_on = g_steal_pointer (&received);
    }
  else
    /* Translators: %1$s is the value found */
    g_ptr_array_add (reasons, g_strdup_printf (_("received “%1$s” is not a date as YYYY-MM-DD or "
                                                 "DD.MM.YYYY, with or without HH:MM"),
                                               kez_import_short (pool, text)));

  read_channel (reader, record, fields, reasons, pool);

  text = field (reader, record, KEZ_QUESTION_COLUMN_REGION);
  if ((code = kez_import_value_map_resolve (reader->values, KEZ_IMPORT_VALUE_REGION, text,
                                            record->line)) != NULL)
    fields->region_code = g_strdup (code);
  else if (!kez_text_is_blank (text))
    /* Translators: %1$s is what the file gives as the region */
    g_ptr_array_add (reasons, g_strdup_printf (_("unknown region “%1$s”"),
                                               kez_import_short (pool, text)));

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

static guint64
key_digest (const char *day,
            const char *author,
            const char *text)
{
  g_autofree char *key = g_strdup_printf ("%.10s\x1f%s\x1f%s", day, author, text);

  return kez_digest_of (key, strlen (key));
}

/* A server's questions of @day, read once. */
static void
read_day (Reader     *reader,
          const char *day)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  if (reader->days_read == NULL)
    {
      reader->days_read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      reader->on_days_read = kez_digest_set_new ();
    }
  if (!g_hash_table_add (reader->days_read, g_strdup (day)))
    return;
  stmt = kez_store_prepare (reader->store, "SELECT author, text FROM questions "
                                           "WHERE substr (received_on, 1, 10) = ?1", NULL);
  if (stmt == NULL)
    return;
  kez_db_bind_text (stmt, 1, day);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    kez_digest_set_add (reader->on_days_read,
                        key_digest (day, kez_db_column_text (stmt, 0),
                                    kez_db_column_text (stmt, 1)));
}

/* The database has the same text, on the same day, from the same author. */
static gboolean
is_in_database (Reader                  *reader,
                const KezQuestionFields *fields)
{
  g_autofree char *day = g_strndup (fields->received_on, 10);
  gboolean present;

  /* On a server most rows of a file are new: their day's digests say so without a round
     trip; one the digests have is made sure of below. */
  if (reader->by_day)
    {
      read_day (reader, day);
      if (!kez_digest_set_contains (reader->on_days_read,
                                    key_digest (day, fields->author, fields->text)))
        return FALSE;
    }
  kez_db_reset (reader->present);
  kez_db_bind_text_copy (reader->present, 1, day);
  kez_db_bind_text_copy (reader->present, 2, fields->author);
  kez_db_bind_text_copy (reader->present, 3, fields->text);
  present = kez_db_step (reader->present) == KEZ_DB_ROW;
  kez_db_reset (reader->present);
  return present;
}

/* The same text, on the same day, from the same author, in the database or (as far as a
 * digest tells: @repeated) earlier in the file. */
static gboolean
is_present (Reader                  *reader,
            const KezQuestionFields *fields,
            gboolean                *repeated)
{
  g_autofree char *key = g_strdup_printf ("%.10s\x1f%s\x1f%s", fields->received_on,
                                          fields->author, fields->text);

  *repeated = !kez_digest_set_add (reader->in_file, kez_digest_of (key, strlen (key)));
  return *repeated || is_in_database (reader, fields);
}

/* How many questions read() keeps for the preview. */
#define PREVIEW_ROWS 200

static char *
read_row (const KezCsvRecord *record,
          gpointer            data)
{
  Reader *reader = data;
  KezQuestionImport *self = reader->import;
  KezQuestionFields fields;
  char *reasons = read_record (reader, record, &fields);
  gboolean repeated;

  if (reasons == NULL && is_present (reader, &fields, &repeated))
    {
      g_array_append_val (self->present, record->line);
      if (repeated)
        g_array_append_val (self->repeated, record->line);
      kez_question_fields_clear (&fields);
    }
  else if (reasons == NULL)
    {
      self->n_questions++;
      if (self->preview->len < PREVIEW_ROWS)
        g_array_append_val (self->preview, fields);
      else
        kez_question_fields_clear (&fields);
    }
  else
    kez_question_fields_clear (&fields);
  return reasons;
}

static KezDbStmt *
prepare_present (KezStore  *store,
                 GError   **error)
{
  return kez_store_prepare (store, "SELECT 1 FROM questions "
                                   "WHERE substr (received_on, 1, 10) = ?1 "
                                   "AND author = ?2 AND text = ?3 LIMIT 1", error);
}

/**
 * kez_question_import_read:
 * @table: the file, from its first record (rewound first when read before)
 * @options: (nullable): the choices; %NULL for the guesses
 *
 * Returns: (transfer full): the questions read, the lines of those already present and the
 *   problems of the bad rows, or %NULL with @error set when the file as a whole cannot be
 *   read (no column for a required value, no row at all).
 */
KezQuestionImport *
kez_question_import_read (KezStore                       *store,
                          KezImportTable                 *table,
                          const KezQuestionImportOptions *options,
                          GError                        **error)
{
  static const KezQuestionImportOptions guesses = KEZ_QUESTION_IMPORT_OPTIONS_INIT;
  g_autoptr(KezQuestionImport) self = NULL;
  g_autoptr(KezDigestSet) in_file = kez_digest_set_new ();
  g_autoptr(KezDbStmt) present = NULL;
  Reader reader = { .store = store, .in_file = in_file };

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);
  if (options == NULL)
    options = &guesses;

  if (options->meeting_id > 0 && !meeting_exists (store, options->meeting_id))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, options->meeting_id);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %1$s is a number */
                   _("There is no meeting with the ID “%1$s”"), number);
      return NULL;
    }
  if (!kez_import_table_rewind (table, error))
    return NULL;
  kez_import_columns_find (columns, KEZ_N_QUESTION_COLUMNS, kez_import_table_get_header (table),
                           options->mapping, reader.indices);
  if (!kez_import_columns_check_required (columns, KEZ_N_QUESTION_COLUMNS,
                                          kez_import_table_get_header (table), reader.indices,
                                          options->channel >= 0
                                            ? 1 << KEZ_QUESTION_COLUMN_CHANNEL : 0,
                                          error))
    return NULL;
  if (!(present = prepare_present (store, error)))
    return NULL;

  self = g_new0 (KezQuestionImport, 1);
  self->table = kez_import_table_ref (table);
  self->preview = g_array_new (FALSE, TRUE, sizeof (KezQuestionFields));
  g_array_set_clear_func (self->preview, (GDestroyNotify) kez_question_fields_clear);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->present = g_array_new (FALSE, FALSE, sizeof (guint));
  self->repeated = g_array_new (FALSE, FALSE, sizeof (guint));
  self->file_name = g_strdup (options->file_name);
  if (options->values != NULL)
    self->values = options->values;
  else
    self->values = self->owned_values = kez_import_value_map_new (store);
  kez_import_value_map_forget_seen (self->values);

  reader.values = self->values;
  reader.workbook = kez_import_table_is_workbook (table);
  reader.meeting_id = options->meeting_id;
  reader.channel = options->channel;
  reader.present = present;
  reader.import = self;
  reader.by_day = kez_db_get_kind (kez_store_get_db (store)) == KEZ_DB_POSTGRESQL;
  kez_import_read_rows (table, self->problems, read_row, &reader);
  g_clear_pointer (&reader.days_read, g_hash_table_unref);
  g_clear_pointer (&reader.on_days_read, kez_digest_set_free);
  self->version = kez_import_table_get_version (table);
  self->workbook = reader.workbook;
  self->meeting_id = reader.meeting_id;
  self->channel = reader.channel;
  memcpy (self->indices, reader.indices, sizeof self->indices);

  if (self->n_questions == 0 && self->problems->len == 0 && self->present->len == 0)
    {
      g_set_error_literal (error, KEZ_CSV_ERROR, KEZ_CSV_ERROR_EMPTY,
                           _("The file has a header but no questions"));
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* Returns: how many questions the file has that are not present yet */
guint
kez_question_import_get_n_questions (KezQuestionImport *self)
{
  return self->n_questions;
}

/* Returns: how many of the first questions read are kept to be shown (up to 200) */
guint
kez_question_import_get_n_preview (KezQuestionImport *self)
{
  return self->preview->len;
}

/**
 * kez_question_import_get_question:
 * @index: below kez_question_import_get_n_preview()
 *
 * Returns: (transfer none): one of the first questions of the file that are not present
 */
const KezQuestionFields *
kez_question_import_get_question (KezQuestionImport *self,
                                  guint              index)
{
  g_return_val_if_fail (index < self->preview->len, NULL);
  return &g_array_index (self->preview, KezQuestionFields, index);
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

/**
 * kez_question_import_get_present:
 *
 * Returns: (transfer none) (element-type guint): the lines of the questions already in the
 *   database (or earlier in the file), which are not imported again
 */
GArray *
kez_question_import_get_present (KezQuestionImport *self)
{
  return self->present;
}

/**
 * kez_question_import_commit:
 * @import_id: (out) (optional): the import's id for kez_import_undo(), or 0 when every
 *   question was already present and nothing was saved
 *
 * Saves the questions, with the planner's choices of values for the next import, in one
 * transaction.
 */
gboolean
kez_question_import_commit (KezQuestionImport  *self,
                            KezStore           *store,
                            gint64             *import_id,
                            GError            **error)
{
  return kez_question_import_commit_full (self, store, NULL, NULL, NULL, import_id, error);
}

/* How many rows go in between two looks at the clock of progress and at Cancel. */
#define ROWS_PER_STEP 2000

/* Whether @line is in @lines, which go up as the rows do; @next is where to look from. */
static gboolean
line_among (GArray *lines,
            guint  *next,
            guint   line)
{
  while (*next < lines->len && g_array_index (lines, guint, *next) < line)
    (*next)++;
  return *next < lines->len && g_array_index (lines, guint, *next) == line;
}

static void
set_changed (KezQuestionImport  *self,
             GError            **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: %1$s is a file name */
               _("Nothing was imported: “%1$s” changed after it was read. Open it again."),
               self->file_name != NULL ? self->file_name : "");
}

/* Reads the file again and gives each question not present to @bulk: FALSE with @error set
 * when cancelled or when the file is no longer what read() found. */
static gboolean
save_rows (KezQuestionImport  *self,
           KezStore           *store,
           KezQuestionsBulk   *bulk,
           GCancellable       *cancellable,
           KezImportProgress   progress,
           gpointer            data,
           GError            **error)
{
  g_autoptr(KezDbStmt) present = NULL;
  g_autoptr(GError) broken = NULL;
  Reader reader = { .store = store, .values = self->values, .workbook = self->workbook,
                    .meeting_id = self->meeting_id, .channel = self->channel,
                    .import = self };
  guint next_present = 0, next_repeated = 0, saved = 0, expected = self->n_questions;
  KezCsvRecord *record;

  memcpy (reader.indices, self->indices, sizeof reader.indices);
  if (!(reader.present = present = prepare_present (store, error)) ||
      !kez_import_table_rewind (self->table, error))
    return FALSE;
  if (kez_import_table_get_version (self->table) != self->version)
    {
      set_changed (self, error);
      return FALSE;
    }
  while ((record = kez_import_next_row (self->table, &broken)) != NULL)
    {
      g_autoptr(KezCsvRecord) row = record;
      g_autofree char *reasons = NULL;
      KezQuestionFields fields;
      gboolean skip = FALSE;

      if (saved % ROWS_PER_STEP == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress != NULL)
            progress (saved, expected, data);
        }
      if ((reasons = read_record (&reader, row, &fields)) != NULL)
        {
          kez_question_fields_clear (&fields);
          set_changed (self, error);
          return FALSE;
        }
      if (line_among (self->present, &next_present, row->line))
        {
          skip = TRUE;
          /* Saved by now if it is what an earlier row was (the rows on their way to a server
             sent first); a digest's coincidence if not. */
          if (line_among (self->repeated, &next_repeated, row->line))
            {
              if (!kez_questions_bulk_flush (bulk, error))
                {
                  kez_question_fields_clear (&fields);
                  return FALSE;
                }
              if (!is_in_database (&reader, &fields))
                {
                  skip = FALSE;
                  expected++;
                }
            }
        }
      if (!skip && !kez_questions_bulk_add (bulk, &fields, error))
        {
          kez_question_fields_clear (&fields);
          return FALSE;
        }
      saved += !skip;
      kez_question_fields_clear (&fields);
    }
  if (broken != NULL || saved != expected)
    {
      set_changed (self, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * kez_question_import_commit_full:
 * @cancellable: (nullable): stops the import, which then writes nothing
 * @progress: (nullable): told how far the import is, from the thread that commits
 *
 * Writes every question read, in one transaction, or none of them: the file is read again,
 * row by row. The store may be a connection of a worker thread's own, so that a window stays
 * responsive meanwhile.
 */
gboolean
kez_question_import_commit_full (KezQuestionImport  *self,
                                 KezStore           *store,
                                 GCancellable       *cancellable,
                                 KezImportProgress   progress,
                                 gpointer            data,
                                 gint64             *import_id,
                                 GError            **error)
{
  g_autoptr(KezQuestionsBulk) bulk = NULL;
  gint64 id;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (import_id != NULL)
    *import_id = 0;
  if (kez_import_refuse_problems (self->problems, error))
    return FALSE;
  if (self->n_questions == 0)
    return TRUE;

  if (!kez_store_begin (store, error))
    return FALSE;
  if (!(id = kez_import_batch_begin (store, KEZ_IMPORT_QUESTIONS, self->file_name,
                                     self->n_questions, self->present->len, error)) ||
      !kez_import_value_map_remember (self->values, store, error) ||
      !(bulk = kez_questions_bulk_begin (store, id, error)) ||
      !save_rows (self, store, bulk, cancellable, progress, data, error) ||
      !kez_questions_bulk_end (bulk, error) || !kez_store_commit (store, error))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  if (import_id != NULL)
    *import_id = id;
  return TRUE;
}

void
kez_question_import_free (KezQuestionImport *self)
{
  g_clear_pointer (&self->table, kez_import_table_free);
  g_clear_pointer (&self->preview, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->present, g_array_unref);
  g_clear_pointer (&self->repeated, g_array_unref);
  g_clear_pointer (&self->owned_values, kez_import_value_map_free);
  g_free (self->file_name);
  g_free (self);
}
