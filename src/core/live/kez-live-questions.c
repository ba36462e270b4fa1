/* kez-live-questions.c
 *
 * During a meeting the timekeeper sees the questions accepted for it, adds those asked in the
 * hall or in the broadcast's comments, and stamps when each is being answered and when it has
 * been. Questions not answered stay accepted, open for the action plan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-live-questions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-kazakhstan-time.h"
#include "kez-live-questions.h"
#include "kez-store-private.h"
#include "kez-text.h"

struct _KezLiveQuestion
{
  GObject   parent_instance;

  gint64    id;
  char     *text;
  char     *channel;
  gboolean  answering;
  gboolean  answered;
};

G_DEFINE_FINAL_TYPE (KezLiveQuestion, kez_live_question, G_TYPE_OBJECT)

static void
kez_live_question_finalize (GObject *object)
{
  KezLiveQuestion *self = KEZ_LIVE_QUESTION (object);

  g_free (self->text);
  g_free (self->channel);

  G_OBJECT_CLASS (kez_live_question_parent_class)->finalize (object);
}

static void
kez_live_question_class_init (KezLiveQuestionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kez_live_question_finalize;
}

static void
kez_live_question_init (KezLiveQuestion *self)
{
}

gint64
kez_live_question_get_id (KezLiveQuestion *self)
{
  return self->id;
}

const char *
kez_live_question_get_text (KezLiveQuestion *self)
{
  return self->text;
}

const char *
kez_live_question_get_channel (KezLiveQuestion *self)
{
  return self->channel;
}

gboolean
kez_live_question_get_answering (KezLiveQuestion *self)
{
  return self->answering;
}

gboolean
kez_live_question_get_answered (KezLiveQuestion *self)
{
  return self->answered;
}

/**
 * kez_live_questions_list:
 *
 * Returns: (transfer full): the meeting's accepted and answered questions, those not yet
 *   answered first, then by the order they came in.
 */
GListModel *
kez_live_questions_list (KezStore *store,
                         gint64    meeting_id)
{
  GListStore *list = g_list_store_new (KEZ_TYPE_LIVE_QUESTION);
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), G_LIST_MODEL (list));

  stmt = kez_store_prepare (store,
                            "SELECT id, text, channel, answering_at IS NOT NULL, "
                            "status = 'answered-at-meeting' FROM questions "
                            "WHERE meeting_id = ?1 AND status IN ('accepted', "
                            "'answered-at-meeting') ORDER BY status = 'answered-at-meeting', "
                            "received_on, id", NULL);
  if (stmt == NULL)
    return G_LIST_MODEL (list);
  kez_db_bind_int64 (stmt, 1, meeting_id);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      g_autoptr(KezLiveQuestion) question = g_object_new (KEZ_TYPE_LIVE_QUESTION, NULL);

      question->id = kez_db_column_int64 (stmt, 0);
      question->text = g_strdup (kez_db_column_text (stmt, 1));
      question->channel = g_strdup (kez_db_column_text (stmt, 2));
      question->answering = kez_db_column_int (stmt, 3);
      question->answered = kez_db_column_int (stmt, 4);
      g_list_store_append (list, question);
    }
  return G_LIST_MODEL (list);
}

/* A question asked in the hall or in the broadcast's comments: accepted as it is asked. */
gint64
kez_live_questions_add (KezStore    *store,
                        gint64       meeting_id,
                        const char  *channel,
                        const char  *text,
                        GError     **error)
{
  g_autoptr(GDateTime) now = kez_kazakhstan_now ();

  return kez_live_questions_add_recorded (store, meeting_id, channel, text, now, NULL, error);
}

/**
 * kez_live_questions_add_recorded:
 * @asked: when it was asked
 * @client_uuid: (nullable): the identity it was recorded with (a new one when %NULL): one
 *   saved already is not saved again (the console's journal sends it so)
 *
 * Returns: the question's id; for one saved already, 0 without @error
 */
gint64
kez_live_questions_add_recorded (KezStore    *store,
                                 gint64       meeting_id,
                                 const char  *channel,
                                 const char  *text,
                                 GDateTime   *asked,
                                 const char  *client_uuid,
                                 GError     **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autoptr(GDateTime) local = g_date_time_to_timezone (asked, kez_kazakhstan_zone ());
  g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_val_if_fail (KEZ_IS_STORE (store), 0);

  if (kez_text_is_blank (clean))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Type the question first"));
      return 0;
    }
  stmt = kez_store_prepare (store,
                            "INSERT INTO questions (meeting_id, received_on, channel, text, status, "
                            "client_uuid) VALUES (?1, ?2, ?3, ?4, 'accepted', ?5) "
                            "ON CONFLICT (client_uuid) DO NOTHING", error);
  if (stmt == NULL)
    return 0;
  kez_db_bind_int64 (stmt, 1, meeting_id);
  kez_db_bind_text (stmt, 2, day);
  kez_db_bind_text (stmt, 3, channel);
  kez_db_bind_text (stmt, 4, clean);
  kez_db_bind_text_take (stmt, 5, client_uuid != NULL ? g_strdup (client_uuid)
                                                     : g_uuid_string_random ());
  if (!kez_store_step_done (store, stmt, error))
    return 0;
  if (kez_db_changes (kez_store_get_db (store)) == 0)
    return 0;
  kez_store_emit_changed (store, "questions");
  return kez_db_last_insert_id (kez_store_get_db (store));
}

static gboolean
stamp (KezStore    *store,
       const char  *sql,
       gint64       question_id,
       GError     **error)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, question_id);
  if (!kez_store_step_done (store, stmt, error))
    return FALSE;
  kez_store_emit_changed (store, "questions");
  return TRUE;
}

gboolean
kez_live_questions_mark_answering (KezStore    *store,
                                   gint64       question_id,
                                   GError     **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  return stamp (store,
                "UPDATE questions SET answering_at = kez_utc_now () "
                "WHERE id = ?1 AND answering_at IS NULL", question_id, error);
}

gboolean
kez_live_questions_mark_answered (KezStore    *store,
                                  gint64       question_id,
                                  GError     **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  return stamp (store,
                "UPDATE questions SET status = 'answered-at-meeting', "
                "answering_at = coalesce (answering_at, kez_utc_now ()), "
                "answered_at = kez_utc_now () WHERE id = ?1",
                question_id, error);
}

guint
kez_live_questions_count_answered (KezStore *store,
                                   gint64    meeting_id)
{
  return kez_store_query_number (store,
                                 "SELECT count(*) FROM questions WHERE meeting_id = ?1 "
                                 "AND status = 'answered-at-meeting'", meeting_id, 0);
}
