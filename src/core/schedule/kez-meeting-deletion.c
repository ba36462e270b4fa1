/* kez-meeting-deletion.c
 *
 * Deleting a meeting sets its questions' meeting to none (ON DELETE SET NULL): the questions
 * stay, but the triage that gave them to the meeting would be lost. So a deletion remembers
 * the meeting as it was and which questions were its, and its undo puts both back in one
 * transaction, under the same id, so that whatever names the meeting by its id still does.
 * A question given to another meeting in the meantime stays there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meetings"

#include "config.h"

#include "kez-meeting-deletion.h"
#include "kez-meetings.h"
#include "kez-store-private.h"

struct _KezMeetingDeletion
{
  gatomicrefcount   ref_count;
  KezMeetingFields  fields;
  GArray           *question_ids;  /* gint64 */
};

G_DEFINE_BOXED_TYPE (KezMeetingDeletion, kez_meeting_deletion, kez_meeting_deletion_ref,
                     kez_meeting_deletion_unref)

static GArray *
question_ids_of (KezStore  *store,
                 gint64     meeting_id,
                 GError   **error)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store,
                                                    "SELECT id FROM questions "
                                                    "WHERE meeting_id = ?1 ORDER BY id", error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return NULL;
  kez_db_bind_int64 (stmt, 1, meeting_id);
  while ((rc = kez_db_step (stmt)) == KEZ_DB_ROW)
    {
      gint64 id = kez_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != KEZ_DB_DONE)
    {
      kez_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/**
 * kez_meeting_deletion_delete:
 *
 * Deletes @meeting (refused, as kez_meetings_delete() refuses, when it has a record of being
 * held), remembering what is needed to undo it.
 *
 * Returns: (transfer full) (nullable): the deletion, for kez_meeting_deletion_undo()
 */
KezMeetingDeletion *
kez_meeting_deletion_delete (KezStore    *store,
                             KezMeeting  *meeting,
                             GError     **error)
{
  g_autoptr(KezMeetingDeletion) deletion = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 id;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);
  g_return_val_if_fail (KEZ_IS_MEETING (meeting), NULL);

  id = kez_meeting_get_id (meeting);
  /* One user action, one transaction: the views hear of it at the commit. */
  if (!kez_store_begin (store, error))
    return NULL;
  if (!(ids = question_ids_of (store, id, error)) || !kez_meetings_delete (store, id, error))
    {
      kez_store_rollback (store);
      return NULL;
    }
  if (!kez_store_commit (store, error))
    return NULL;

  deletion = g_new0 (KezMeetingDeletion, 1);
  g_atomic_ref_count_init (&deletion->ref_count);
  kez_meeting_fields_copy (kez_meeting_get_fields (meeting), &deletion->fields);
  deletion->question_ids = g_steal_pointer (&ids);
  return g_steal_pointer (&deletion);
}

/**
 * kez_meeting_deletion_undo:
 *
 * Puts the meeting back under its id, with its events, and gives it back the questions that
 * were its and have not been given to another meeting since: all or nothing.
 */
gboolean
kez_meeting_deletion_undo (KezMeetingDeletion  *deletion,
                           KezStore            *store,
                           GError             **error)
{
  g_autoptr(KezDbStmt) relink = NULL;
  KezMeetingFields fields;
  gboolean done;

  g_return_val_if_fail (deletion != NULL, FALSE);
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (!kez_store_begin (store, error))
    return FALSE;
  kez_meeting_fields_copy (&deletion->fields, &fields);
  done = kez_meetings_save (store, &fields, error);
  kez_meeting_fields_clear (&fields);
  if (done)
    relink = kez_store_prepare (store,
                                "UPDATE questions SET meeting_id = ?1 "
                                "WHERE id = ?2 AND meeting_id IS NULL", error);
  done = done && relink != NULL;
  for (guint i = 0; done && i < deletion->question_ids->len; i++)
    {
      kez_db_reset (relink);
      kez_db_bind_int64 (relink, 1, deletion->fields.id);
      kez_db_bind_int64 (relink, 2, g_array_index (deletion->question_ids, gint64, i));
      done = kez_store_step_done (store, relink, error);
    }
  if (done && deletion->question_ids->len > 0)
    kez_store_emit_changed (store, "questions");
  if (!done)
    {
      kez_store_rollback (store);
      return FALSE;
    }
  return kez_store_commit (store, error);
}

/* How many questions the meeting had: they are given back by the undo. */
guint
kez_meeting_deletion_get_n_questions (KezMeetingDeletion *deletion)
{
  g_return_val_if_fail (deletion != NULL, 0);
  return deletion->question_ids->len;
}

KezMeetingDeletion *
kez_meeting_deletion_ref (KezMeetingDeletion *deletion)
{
  g_return_val_if_fail (deletion != NULL, NULL);
  g_atomic_ref_count_inc (&deletion->ref_count);
  return deletion;
}

void
kez_meeting_deletion_unref (KezMeetingDeletion *deletion)
{
  g_return_if_fail (deletion != NULL);
  if (!g_atomic_ref_count_dec (&deletion->ref_count))
    return;
  kez_meeting_fields_clear (&deletion->fields);
  g_array_unref (deletion->question_ids);
  g_free (deletion);
}
