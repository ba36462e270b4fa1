/* kez-questions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-questions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-meetings.h"
#include "kez-language.h"
#include "kez-questions.h"
#include "kez-questions-private.h"
#include "kez-store-private.h"
#include "kez-text.h"

#define COLUMNS_BEFORE "id, meeting_id, received_on, channel, region_code, topic, text, "
#define COLUMNS_AFTER \
  "status, reject_reason, merged_into, citizens, " \
  "CASE status WHEN 'answered-in-writing' THEN substr (answered_at, 1, 10) END"

/* A viewer on a team server is granted every column but the personal ones (postgresql/0009):
 * their questions are read with those left empty, as a purge leaves them. */
const char *
kez_questions_columns (KezStore *store)
{
  return kez_store_reads_personal_data (store)
           ? COLUMNS_BEFORE "author, contact, " COLUMNS_AFTER
           : COLUMNS_BEFORE "'', '', " COLUMNS_AFTER;
}

void
kez_questions_read_row (KezDbStmt         *stmt,
                        KezQuestionFields *fields)
{
  const char *region = kez_db_column_text (stmt, 4);

  kez_question_fields_init (fields);
  fields->id = kez_db_column_int64 (stmt, 0);
  fields->meeting_id = kez_db_column_int64 (stmt, 1);
  g_free (fields->received_on);
  fields->received_on = g_strdup (kez_store_column_text (stmt, 2));
  kez_channel_from_string (kez_store_column_text (stmt, 3), &fields->channel);
  fields->region_code = g_strdup (region);
  g_free (fields->topic);
  fields->topic = g_strdup (kez_store_column_text (stmt, 5));
  g_free (fields->text);
  fields->text = g_strdup (kez_store_column_text (stmt, 6));
  g_free (fields->author);
  fields->author = g_strdup (kez_store_column_text (stmt, 7));
  g_free (fields->contact);
  fields->contact = g_strdup (kez_store_column_text (stmt, 8));
  kez_question_status_from_string (kez_store_column_text (stmt, 9), &fields->status);
  g_free (fields->reject_reason);
  fields->reject_reason = g_strdup (kez_store_column_text (stmt, 10));
  fields->merged_into = kez_db_column_int64 (stmt, 11);
  fields->citizens = kez_db_column_int (stmt, 12);
  fields->answered_on = g_strdup (kez_db_column_text (stmt, 13));
}

/* Who is recorded as having merged a question or exported personal data: the account the
 * planner signed in with, which is what a ministry's workstation identifies people by. */
const char *
kez_questions_actor (void)
{
  const char *name = g_get_user_name ();

  return name != NULL && name[0] != '\0' ? name : "unknown";
}

gboolean
kez_questions_audit (KezStore    *store,
                     const char  *action,
                     gint64       question_id,
                     const char  *details,
                     GError     **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  stmt = kez_store_prepare (store,
                            "INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, "
                            "details) VALUES (kez_now (), kez_actor (), ?, 'question', ?, ?)",
                            error);
  if (stmt == NULL)
    return FALSE;
  kez_db_bind_text (stmt, 1, action);
  kez_db_bind_int64 (stmt, 2, question_id);
  kez_db_bind_text_copy (stmt, 3, details != NULL ? details : "");
  return kez_store_step_done (store, stmt, error);
}

/* YYYY-MM-DD, or YYYY-MM-DDTHH:MM */
gboolean
kez_questions_check_received (const char *text)
{
  GDate date;
  int minute;
  g_autofree char *day = NULL;

  if (text == NULL)
    return FALSE;
  if (strlen (text) == 10)
    return kez_date_parse_iso (text, &date);
  return kez_local_time_parse (text, &date, &minute);
}

/**
 * kez_questions_add:
 *
 * Saves a new question as given (its id and status are ignored: it starts as new, from one
 * citizen).
 *
 * Returns: the new question's id, or 0 with @error set
 */
/* A question's columns, 1 to 8 in the order of INSERT INTO questions (meeting_id,
 * received_on, channel, region_code, topic, text, author, contact); @text already trimmed. */
void
kez_questions_bind_fields (KezDbStmt               *stmt,
                           const KezQuestionFields *fields,
                           const char              *text)
{
  if (fields->meeting_id > 0)
    kez_db_bind_int64 (stmt, 1, fields->meeting_id);
  kez_db_bind_text (stmt, 2, fields->received_on);
  kez_db_bind_text (stmt, 3, kez_channel_to_string (fields->channel));
  if (fields->region_code != NULL && fields->region_code[0] != '\0')
    kez_db_bind_text (stmt, 4, fields->region_code);
  kez_db_bind_text (stmt, 5, fields->topic != NULL ? fields->topic : "");
  kez_db_bind_text (stmt, 6, text);
  kez_db_bind_text (stmt, 7, fields->author != NULL ? fields->author : "");
  kez_db_bind_text (stmt, 8, fields->contact != NULL ? fields->contact : "");
}

/* What the database's constraints would refuse, said in the user's words. */
gboolean
kez_questions_check_fields (const KezQuestionFields  *fields,
                            GError                  **error)
{
  if (kez_text_is_blank (fields->text))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("The question has no text"));
      return FALSE;
    }
  if (!kez_questions_check_received (fields->received_on))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("The date the question was received is not a valid date"));
      return FALSE;
    }
  return TRUE;
}

gint64
kez_questions_add (KezStore                *store,
                   const KezQuestionFields *fields,
                   GError                 **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!kez_questions_check_fields (fields, error))
    return 0;

  text = g_strstrip (g_strdup (fields->text));
  stmt = kez_store_prepare (store,
                            "INSERT INTO questions (meeting_id, received_on, channel, region_code, "
                            "topic, text, author, contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            error);
  if (stmt == NULL)
    return 0;
  kez_questions_bind_fields (stmt, fields, text);
  if (!kez_store_step_done (store, stmt, error))
    return 0;

  kez_store_emit_changed (store, "questions");
  return kez_db_last_insert_id (kez_store_get_db (store));
}

/**
 * kez_questions_get:
 *
 * Returns: (transfer full) (nullable): the question, or %NULL when there is none with @id
 */
KezQuestion *
kez_questions_get (KezStore *store,
                   gint64    id)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *sql = NULL;
  KezQuestionFields fields;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  sql = g_strdup_printf ("SELECT %s FROM questions WHERE id = ?", kez_questions_columns (store));
  stmt = kez_store_prepare (store, sql, NULL);
  if (stmt == NULL)
    return NULL;
  kez_db_bind_int64 (stmt, 1, id);
  if (kez_db_step (stmt) != KEZ_DB_ROW)
    return NULL;
  kez_questions_read_row (stmt, &fields);
  return kez_question_new_take (&fields);
}

/**
 * kez_questions_find_changed:
 * @shown: (array length=n_shown): the questions as a person sees them
 * @changed: (out) (transfer full) (optional): the first of them that is not so any more, as
 *   it is now (%NULL if deleted)
 *
 * Another planner on the same server may have triaged a question a moment before this one
 * acts on it: what a triage action would act on is checked against what is shown.
 *
 * Returns: whether one of @shown was changed (or deleted) since it was read
 */
gboolean
kez_questions_find_changed (KezStore     *store,
                            KezQuestion **shown,
                            guint         n_shown,
                            KezQuestion **changed)
{
  g_autoptr(GHashTable) now = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                     g_object_unref);
  g_autoptr(GString) ids = g_string_new (NULL);
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *sql = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (n_shown == 0)
    return FALSE;
  /* One statement for them all: a triage key waits for it. The ids are numbers of our own. */
  for (guint i = 0; i < n_shown; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "",
                            kez_question_get_fields (shown[i])->id);
  sql = g_strdup_printf ("SELECT %s FROM questions WHERE id IN (%s)",
                         kez_questions_columns (store), ids->str);
  if ((stmt = kez_store_prepare (store, sql, NULL)) == NULL)
    return FALSE;
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      KezQuestionFields fields;
      KezQuestion *question;

      kez_questions_read_row (stmt, &fields);
      question = kez_question_new_take (&fields);
      g_hash_table_insert (now, g_memdup2 (&kez_question_get_fields (question)->id,
                                           sizeof (gint64)), question);
    }
  for (guint i = 0; i < n_shown; i++)
    {
      const KezQuestionFields *seen = kez_question_get_fields (shown[i]);
      KezQuestion *current = g_hash_table_lookup (now, &seen->id);

      if (current == NULL || !kez_question_fields_equal (seen, kez_question_get_fields (current)))
        {
          if (changed != NULL)
            *changed = current != NULL ? g_object_ref (current) : NULL;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * kez_questions_list_topics:
 *
 * Returns: (transfer full): the topics given to questions, in order, without the empty one
 */
GStrv
kez_questions_list_topics (KezStore *store)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  /* Each topic found from the last through the topic index (a skip-scan): a handful of
   * look-ups for a handful of topics, where DISTINCT reads every question of a million. */
  stmt = kez_store_prepare (store,
                            kez_language_from_locale () == KEZ_LANGUAGE_KK
                              ? "WITH RECURSIVE topics (topic) AS ("
                                "SELECT min (topic) FROM questions WHERE topic > '' "
                                "UNION ALL SELECT (SELECT min (topic) FROM questions "
                                "WHERE topic > topics.topic) FROM topics "
                                "WHERE topics.topic IS NOT NULL) "
                                "SELECT topic FROM topics WHERE topic IS NOT NULL "
                                "ORDER BY topic COLLATE KEZ_KK"
                              : "WITH RECURSIVE topics (topic) AS ("
                                "SELECT min (topic) FROM questions WHERE topic > '' "
                                "UNION ALL SELECT (SELECT min (topic) FROM questions "
                                "WHERE topic > topics.topic) FROM topics "
                                "WHERE topics.topic IS NOT NULL) "
                                "SELECT topic FROM topics WHERE topic IS NOT NULL "
                                "ORDER BY topic COLLATE KEZ_RU", NULL);
  while (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
    g_strv_builder_add (builder, kez_store_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}

/**
 * kez_questions_record_viewed:
 *
 * Notes in the audit log that the planner was shown the author and contact of a question,
 * which are personal data. A failure to write the note is only logged: showing the question
 * matters more than the note, and the log says so without the data.
 */
void
kez_questions_record_viewed (KezStore *store,
                             gint64    id)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KEZ_IS_STORE (store));

  if (!kez_questions_audit (store, "view-personal-data", id, "author and contact", &error))
    g_warning ("Could not record who viewed question %" G_GINT64_FORMAT ": %s", id,
               error->message);
}
