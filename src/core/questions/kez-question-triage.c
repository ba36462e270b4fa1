/* kez-question-triage.c
 *
 * Each action is one transaction over all the questions it is given, and returns what it
 * changed so that the planner can take it back. Questions an action does not apply to (a
 * merged duplicate cannot be accepted) are left as they are and not counted.
 *
 * A merge keeps the duplicate, marked merged and linked to the question that survives; the
 * survivor counts the citizens of both; the merges table and the audit log keep who did it
 * and when. Questions are always merged into a question that is itself not merged, so the
 * links form shallow trees, and undoing a merge takes its citizens off every question above.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-triage"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-kazakhstan-time.h"
#include "kez-meetings.h"
#include "kez-question-triage.h"
#include "kez-questions-private.h"
#include "kez-store-private.h"
#include "kez-text.h"

#define NOW "kez_utc_now ()"

typedef struct
{
  gint64  id;
  char   *status;
  char   *reject_reason;
  char   *topic;
  char   *region_code;
  gint64  meeting_id;
  char   *answered_at;
} Before;

typedef struct
{
  gint64 id;
  gint64 into_id;
} Unmerged;

struct _KezTriageUndo
{
  GArray *before;     /* Before: rows as they were, for status, topic and region changes */
  GArray *merged_ids; /* gint64: the duplicates a merge linked, for a merge */
  GArray *unmerged;   /* Unmerged: the duplicates separated, to merge back */
};

static void
before_clear (Before *before)
{
  g_free (before->status);
  g_free (before->reject_reason);
  g_free (before->topic);
  g_free (before->region_code);
  g_free (before->answered_at);
}

static KezTriageUndo *
undo_new (void)
{
  KezTriageUndo *undo = g_new0 (KezTriageUndo, 1);

  undo->before = g_array_new (FALSE, TRUE, sizeof (Before));
  g_array_set_clear_func (undo->before, (GDestroyNotify) before_clear);
  undo->merged_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  undo->unmerged = g_array_new (FALSE, FALSE, sizeof (Unmerged));
  return undo;
}

void
kez_triage_undo_free (KezTriageUndo *undo)
{
  if (undo == NULL)
    return;
  g_array_unref (undo->before);
  g_array_unref (undo->merged_ids);
  g_array_unref (undo->unmerged);
  g_free (undo);
}

guint
kez_triage_undo_get_n_changed (KezTriageUndo *undo)
{
  g_return_val_if_fail (undo != NULL, 0);
  return undo->before->len + undo->merged_ids->len + undo->unmerged->len;
}

static gboolean
read_before (KezStore  *store,
             gint64     id,
             Before    *before,
             GError   **error)
{
  g_autoptr(KezDbStmt) stmt =
    kez_store_prepare (store,
                       "SELECT status, reject_reason, topic, region_code, meeting_id, "
                       "answered_at FROM questions WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, id);
  if (kez_db_step (stmt) != KEZ_DB_ROW)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED,
                           _("The question no longer exists"));
      return FALSE;
    }
  before->id = id;
  before->status = g_strdup (kez_store_column_text (stmt, 0));
  before->reject_reason = g_strdup (kez_store_column_text (stmt, 1));
  before->topic = g_strdup (kez_store_column_text (stmt, 2));
  before->region_code = g_strdup (kez_db_column_text (stmt, 3));
  before->meeting_id = kez_db_column_int64 (stmt, 4);
  before->answered_at = g_strdup (kez_db_column_text (stmt, 5));
  return TRUE;
}

/* Runs @sql (?1 the question, ?2 @value) on each of @ids in one transaction; the questions
 * it changed are recorded as they were. */
static KezTriageUndo *
update_each (KezStore      *store,
             const gint64  *ids,
             guint          n_ids,
             const char    *sql,
             const char    *value,
             GError       **error)
{
  g_autoptr(KezTriageUndo) undo = undo_new ();
  g_autoptr(KezDbStmt) stmt = NULL;
  KezDb *db = kez_store_get_db (store);

  if (!kez_store_begin (store, error))
    return NULL;
  if (!(stmt = kez_store_prepare (store, sql, error)))
    goto failed;

  for (guint i = 0; i < n_ids; i++)
    {
      Before before = { 0 };

      if (!read_before (store, ids[i], &before, NULL))
        continue; /* deleted meanwhile */
      kez_db_bind_int64 (stmt, 1, ids[i]);
      if (value != NULL)
        kez_db_bind_text (stmt, 2, value);
      else
        kez_db_bind_null (stmt, 2);
      if (!kez_store_step_done (store, stmt, error))
        {
          before_clear (&before);
          goto failed;
        }
      if (kez_db_changes (db) > 0)
        g_array_append_val (undo->before, before);
      else
        before_clear (&before);
    }

  if (!kez_store_commit (store, error))
    goto failed;
  if (undo->before->len > 0)
    kez_store_emit_changed (store, "questions");
  return g_steal_pointer (&undo);

failed:
  kez_store_rollback (store);
  return NULL;
}

/**
 * kez_triage_accept:
 *
 * Accepts new and rejected questions for the meeting (a rejection's reason is cleared).
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
KezTriageUndo *
kez_triage_accept (KezStore      *store,
                   const gint64  *ids,
                   guint          n_ids,
                   GError       **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  return update_each (store, ids, n_ids,
                      "UPDATE questions SET status = 'accepted', reject_reason = '' "
                      "WHERE id = ?1 AND status IN ('new', 'rejected') AND ?2 IS NULL",
                      NULL, error);
}

/**
 * kez_triage_reject:
 * @reason: why, in the planner's words; required
 *
 * Rejects new and accepted questions, and gives rejected ones the new reason.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
KezTriageUndo *
kez_triage_reject (KezStore      *store,
                   const gint64  *ids,
                   guint          n_ids,
                   const char    *reason,
                   GError       **error)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  if (kez_text_is_blank (reason))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("A question is rejected with a reason"));
      return NULL;
    }
  stripped = g_strstrip (g_strdup (reason));
  return update_each (store, ids, n_ids,
                      "UPDATE questions SET status = 'rejected', reject_reason = ?2 "
                      "WHERE id = ?1 AND (status IN ('new', 'accepted') "
                      "OR (status = 'rejected' AND reject_reason <> ?2))",
                      stripped, error);
}

/**
 * kez_triage_set_topic:
 * @topic: the topic, or "" for none
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
KezTriageUndo *
kez_triage_set_topic (KezStore      *store,
                      const gint64  *ids,
                      guint          n_ids,
                      const char    *topic,
                      GError       **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (topic != NULL ? topic : ""));

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  return update_each (store, ids, n_ids,
                      "UPDATE questions SET topic = ?2 WHERE id = ?1 AND topic <> ?2",
                      stripped, error);
}

/**
 * kez_triage_set_region:
 * @region_code: (nullable): the region, or %NULL for none
 *
 * Returns: (transfer full): what changed, or %NULL with @error set (an unknown region)
 */
KezTriageUndo *
kez_triage_set_region (KezStore      *store,
                       const gint64  *ids,
                       guint          n_ids,
                       const char    *region_code,
                       GError       **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  if (region_code != NULL && region_code[0] == '\0')
    region_code = NULL;
  return update_each (store, ids, n_ids,
                      "UPDATE questions SET region_code = ?2 "
                      "WHERE id = ?1 AND region_code IS DISTINCT FROM ?2",
                      region_code, error);
}

static gint64
merged_into (KezStore *store,
             gint64    id)
{
  return kez_store_query_number (store, "SELECT merged_into FROM questions WHERE id = ?", id, 0);
}

/* The question that stands for @id: itself, or the one it was merged into. */
static gint64
survivor_of (KezStore *store,
             gint64    id)
{
  gint64 next;

  /* The links are kept one level deep; the bound only guards against a damaged file. */
  for (guint depth = 0; depth < 1000 && (next = merged_into (store, id)) > 0; depth++)
    id = next;
  return id;
}

static gboolean
merge_one (KezStore    *store,
           gint64       id,
           gint64       into_id,
           gboolean    *merged,
           GError     **error)
{
  g_autoptr(KezDbStmt) read = NULL;
  g_autoptr(KezDbStmt) link = NULL;
  g_autoptr(KezDbStmt) count = NULL;
  g_autoptr(KezDbStmt) record = NULL;
  g_autofree char *status = NULL;
  g_autofree char *details = NULL;
  int citizens;

  *merged = FALSE;
  if (!(read = kez_store_prepare (store, "SELECT status, citizens FROM questions WHERE id = ?",
                                  error)))
    return FALSE;
  kez_db_bind_int64 (read, 1, id);
  if (kez_db_step (read) != KEZ_DB_ROW)
    return TRUE;
  status = g_strdup (kez_store_column_text (read, 0));
  citizens = kez_db_column_int (read, 1);
  if (g_str_equal (status, "merged") || id == into_id)
    return TRUE;

  if (!(link = kez_store_prepare (store,
                                  "UPDATE questions SET status = 'merged', merged_into = ?2 "
                                  "WHERE id = ?1", error)) ||
      !(count = kez_store_prepare (store,
                                   "UPDATE questions SET citizens = citizens + ?2 WHERE id = ?1",
                                   error)) ||
      !(record = kez_store_prepare (store,
                                    "INSERT INTO merges (question_id, into_question_id, "
                                    "merged_at, merged_by, status_before) "
                                    "VALUES (?1, ?2, kez_now (), kez_actor (), ?4)", error)))
    return FALSE;

  kez_db_bind_int64 (link, 1, id);
  kez_db_bind_int64 (link, 2, into_id);
  kez_db_bind_int64 (count, 1, into_id);
  kez_db_bind_int (count, 2, citizens);
  kez_db_bind_int64 (record, 1, id);
  kez_db_bind_int64 (record, 2, into_id);
  kez_db_bind_text (record, 4, status);
  details = g_strdup_printf ("into %" G_GINT64_FORMAT, into_id);
  if (!kez_store_step_done (store, link, error) || !kez_store_step_done (store, count, error) ||
      !kez_store_step_done (store, record, error) ||
      !kez_questions_audit (store, "merge-question", id, details, error))
    return FALSE;
  *merged = TRUE;
  return TRUE;
}

/**
 * kez_triage_merge:
 * @into_id: the question to keep; when it is itself merged, the one it was merged into
 * @survivor_id: (out) (optional): the question kept
 *
 * Merges each of @ids, other than the one kept and those already merged, into @into_id.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
KezTriageUndo *
kez_triage_merge (KezStore      *store,
                  const gint64  *ids,
                  guint          n_ids,
                  gint64         into_id,
                  gint64        *survivor_id,
                  GError       **error)
{
  g_autoptr(KezTriageUndo) undo = undo_new ();
  gint64 survivor;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  if (!kez_store_begin (store, error))
    return NULL;

  survivor = survivor_of (store, into_id);
  if (kez_store_query_number (store, "SELECT count(*) FROM questions WHERE id = ?", survivor,
                              0) == 0)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("The question to merge into no longer exists"));
      goto failed;
    }

  for (guint i = 0; i < n_ids; i++)
    {
      gboolean merged;

      if (!merge_one (store, ids[i], survivor, &merged, error))
        goto failed;
      if (merged)
        g_array_append_val (undo->merged_ids, ids[i]);
    }

  if (!kez_store_commit (store, error))
    goto failed;
  if (survivor_id != NULL)
    *survivor_id = survivor;
  if (undo->merged_ids->len > 0)
    kez_store_emit_changed (store, "questions");
  return g_steal_pointer (&undo);

failed:
  kez_store_rollback (store);
  return NULL;
}

static gboolean
unmerge_one (KezStore  *store,
             gint64     id,
             gint64    *from_id,
             GError   **error)
{
  g_autoptr(KezDbStmt) find = NULL;
  g_autoptr(KezDbStmt) uncount = NULL;
  g_autoptr(KezDbStmt) unlink = NULL;
  g_autoptr(KezDbStmt) close = NULL;
  g_autofree char *status_before = NULL;
  g_autofree char *details = NULL;
  gint64 merge_id, into_id;
  gint64 citizens;

  if (!(find = kez_store_prepare (store,
                                  "SELECT m.id, m.into_question_id, m.status_before "
                                  "FROM merges m JOIN questions q ON q.id = m.question_id "
                                  "WHERE m.question_id = ? AND m.undone_at IS NULL "
                                  "AND q.merged_into = m.into_question_id "
                                  "ORDER BY m.id DESC LIMIT 1", error)))
    return FALSE;
  kez_db_bind_int64 (find, 1, id);
  if (kez_db_step (find) != KEZ_DB_ROW)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("The question is not merged into another"));
      return FALSE;
    }
  merge_id = kez_db_column_int64 (find, 0);
  into_id = kez_db_column_int64 (find, 1);
  status_before = g_strdup (kez_store_column_text (find, 2));
  citizens = kez_store_query_number (store, "SELECT citizens FROM questions WHERE id = ?", id, 1);

  /* Every question above counted these citizens. */
  if (!(uncount = kez_store_prepare (store,
                                     "UPDATE questions SET citizens = citizens - ?2 "
                                     "WHERE id = ?1", error)))
    return FALSE;
  for (gint64 above = into_id, depth = 0; above > 0 && depth < 1000;
       above = merged_into (store, above), depth++)
    {
      kez_db_bind_int64 (uncount, 1, above);
      kez_db_bind_int64 (uncount, 2, citizens);
      if (!kez_store_step_done (store, uncount, error))
        return FALSE;
    }

  if (!(unlink = kez_store_prepare (store,
                                    "UPDATE questions SET status = ?2, merged_into = NULL "
                                    "WHERE id = ?1", error)) ||
      !(close = kez_store_prepare (store,
                                   "UPDATE merges SET undone_at = kez_now (), "
                                   "undone_by = kez_actor () WHERE id = ?1", error)))
    return FALSE;
  kez_db_bind_int64 (unlink, 1, id);
  kez_db_bind_text (unlink, 2, status_before);
  kez_db_bind_int64 (close, 1, merge_id);
  details = g_strdup_printf ("from %" G_GINT64_FORMAT, into_id);
  if (from_id != NULL)
    *from_id = into_id;
  return kez_store_step_done (store, unlink, error) && kez_store_step_done (store, close, error) &&
         kez_questions_audit (store, "unmerge-question", id, details, error);
}

/**
 * kez_triage_unmerge:
 *
 * Separates a merged duplicate from the question it was merged into: it gets back the status
 * it had, and the questions above it no longer count its citizens. The merge stays on record,
 * marked undone.
 */
gboolean
kez_triage_unmerge (KezStore  *store,
                    gint64     question_id,
                    GError   **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (!kez_store_begin (store, error))
    return FALSE;
  if (!unmerge_one (store, question_id, NULL, error) || !kez_store_commit (store, error))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  kez_store_emit_changed (store, "questions");
  return TRUE;
}

/**
 * kez_triage_unmerge_many:
 *
 * Separates each merged duplicate of @ids from the question it was merged into (the others
 * are left as they are), in one transaction; undone by merging them back.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
KezTriageUndo *
kez_triage_unmerge_many (KezStore      *store,
                         const gint64  *ids,
                         guint          n_ids,
                         GError       **error)
{
  g_autoptr(KezTriageUndo) undo = undo_new ();

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  if (!kez_store_begin (store, error))
    return NULL;
  for (guint i = 0; i < n_ids; i++)
    {
      Unmerged one = { ids[i], 0 };

      if (merged_into (store, ids[i]) <= 0)
        continue;
      if (!unmerge_one (store, ids[i], &one.into_id, error))
        goto failed;
      g_array_append_val (undo->unmerged, one);
    }
  if (!kez_store_commit (store, error))
    goto failed;
  if (undo->unmerged->len > 0)
    kez_store_emit_changed (store, "questions");
  return g_steal_pointer (&undo);

failed:
  kez_store_rollback (store);
  return NULL;
}

/**
 * kez_triage_set_meeting:
 * @meeting_id: the meeting the questions are to be raised at, or 0 for none
 *
 * Gives the questions to a meeting, or takes them from theirs. A question merged into
 * another follows it and is left alone; one already in a problem of its meeting stays there.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set (a meeting that does not
 *   exist or was cancelled)
 */
KezTriageUndo *
kez_triage_set_meeting (KezStore      *store,
                        const gint64  *ids,
                        guint          n_ids,
                        gint64         meeting_id,
                        GError       **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  if (meeting_id > 0 &&
      kez_store_query_number (store, "SELECT count(*) FROM meetings WHERE id = ? "
                                     "AND status <> 'cancelled'", meeting_id, 0) == 0)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("The meeting no longer exists or was cancelled"));
      return NULL;
    }
  if (meeting_id > 0)
    value = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);
  return update_each (store, ids, n_ids,
                      "UPDATE questions SET meeting_id = CAST (?2 AS INTEGER) "
                      "WHERE id = ?1 AND meeting_id IS DISTINCT FROM CAST (?2 AS INTEGER) "
                      "AND status NOT IN ('merged', 'in-action-plan', 'answered-at-meeting')",
                      value, error);
}

/* An answer is not sent before the question came. */
static gboolean
check_not_before_received (KezStore      *store,
                           const gint64  *ids,
                           guint          n_ids,
                           const char    *day,
                           GError       **error)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store,
                                                    "SELECT 1 FROM questions WHERE id = ?1 "
                                                    "AND status IN ('new', 'accepted') "
                                                    "AND substr (received_on, 1, 10) > ?2",
                                                    error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    {
      kez_db_reset (stmt);
      kez_db_bind_int64 (stmt, 1, ids[i]);
      kez_db_bind_text (stmt, 2, day);
      if (kez_db_step (stmt) == KEZ_DB_ROW)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, ids[i]);

          g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                       /* Translators: %1$s is a question's number */
                       _("Question %1$s came after that day: a written answer is dated on or "
                         "after the day a question came"), number);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * kez_triage_answer_in_writing:
 * @day: the day the written answer was sent, in Kazakhstan
 *
 * Marks new and accepted questions answered in writing on @day (point 3.6 of the decree:
 * those not answered at the meeting are answered so). A day before the question came, or
 * still to come, is refused.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 */
KezTriageUndo *
kez_triage_answer_in_writing (KezStore      *store,
                              const gint64  *ids,
                              guint          n_ids,
                              const GDate   *day,
                              GError       **error)
{
  g_autofree char *iso = NULL;
  GDate today;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  kez_kazakhstan_today (&today);
  if (g_date_compare (day, &today) > 0)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("A written answer cannot be dated in the future"));
      return NULL;
    }
  iso = kez_date_to_iso (day);
  if (!check_not_before_received (store, ids, n_ids, iso, error))
    return NULL;
  return update_each (store, ids, n_ids,
                      "UPDATE questions SET status = 'answered-in-writing', answered_at = ?2 "
                      "WHERE id = ?1 AND status IN ('new', 'accepted')",
                      iso, error);
}

static gboolean
restore (KezStore      *store,
         const Before  *before,
         GError       **error)
{
  g_autoptr(KezDbStmt) stmt =
    kez_store_prepare (store,
                       "UPDATE questions SET status = ?2, reject_reason = ?3, topic = ?4, "
                       "region_code = ?5, meeting_id = nullif (?6, 0), answered_at = ?7 "
                       "WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, before->id);
  kez_db_bind_text (stmt, 2, before->status);
  kez_db_bind_text (stmt, 3, before->reject_reason);
  kez_db_bind_text (stmt, 4, before->topic);
  kez_db_bind_text (stmt, 5, before->region_code);
  kez_db_bind_int64 (stmt, 6, before->meeting_id);
  kez_db_bind_text (stmt, 7, before->answered_at);
  return kez_store_step_done (store, stmt, error);
}

/**
 * kez_triage_undo:
 *
 * Puts back what one action changed, in one transaction.
 */
gboolean
kez_triage_undo (KezStore       *store,
                 KezTriageUndo  *undo,
                 GError        **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (undo != NULL, FALSE);

  if (!kez_store_begin (store, error))
    return FALSE;
  for (guint i = undo->unmerged->len; i > 0; i--)
    {
      const Unmerged *one = &g_array_index (undo->unmerged, Unmerged, i - 1);
      gboolean merged;

      if (!merge_one (store, one->id, survivor_of (store, one->into_id), &merged, error))
        goto failed;
    }
  for (guint i = undo->merged_ids->len; i > 0; i--)
    if (!unmerge_one (store, g_array_index (undo->merged_ids, gint64, i - 1), NULL, error))
      goto failed;
  for (guint i = 0; i < undo->before->len; i++)
    if (!restore (store, &g_array_index (undo->before, Before, i), error))
      goto failed;
  if (!kez_store_commit (store, error))
    goto failed;
  kez_store_emit_changed (store, "questions");
  return TRUE;

failed:
  kez_store_rollback (store);
  return FALSE;
}
