/* kez-problems.c
 *
 * A problem is made from questions in one transaction: the problem, its links to the
 * questions, and the questions marked as in the action plan. The candidates for a meeting's
 * problems are its questions that were not answered at it and are neither rejected, merged
 * nor already in a problem.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-problems"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-problems.h"
#include "kez-store-private.h"
#include "kez-text.h"

void
kez_problem_fields_init (KezProblemFields *fields)
{
  *fields = (KezProblemFields) {
    .title_kk = g_strdup (""),
    .title_ru = g_strdup (""),
    .description_kk = g_strdup (""),
    .description_ru = g_strdup (""),
    .topic = g_strdup (""),
  };
}

void
kez_problem_fields_clear (KezProblemFields *fields)
{
  g_clear_pointer (&fields->title_kk, g_free);
  g_clear_pointer (&fields->title_ru, g_free);
  g_clear_pointer (&fields->description_kk, g_free);
  g_clear_pointer (&fields->description_ru, g_free);
  g_clear_pointer (&fields->topic, g_free);
  g_clear_pointer (&fields->region_code, g_free);
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/**
 * kez_problems_create:
 * @question_ids: the questions behind the problem; they leave the candidates
 *
 * Returns: the new problem's id, or 0 with @error set
 */
gint64
kez_problems_create (KezStore               *store,
                     const KezProblemFields *fields,
                     const gint64           *question_ids,
                     guint                   n_question_ids,
                     GError                **error)
{
  g_autoptr(KezDbStmt) insert = NULL;
  g_autoptr(KezDbStmt) link = NULL;
  g_autoptr(KezDbStmt) mark = NULL;
  gint64 id;

  g_return_val_if_fail (KEZ_IS_STORE (store), 0);

  if (kez_text_is_blank (fields->title_kk) && kez_text_is_blank (fields->title_ru))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("A problem needs a title in Kazakh or in Russian"));
      return 0;
    }

  if (!kez_store_begin (store, error))
    return 0;
  if (!(insert = kez_store_prepare (store,
                                    "INSERT INTO problems (meeting_id, title_kk, title_ru, "
                                    "description_kk, description_ru, topic, region_code) "
                                    "VALUES (?, trim (?), trim (?), trim (?), trim (?), "
                                    "trim (?), ?)", error)) ||
      !(link = kez_store_prepare (store,
                                  "INSERT INTO problem_questions (problem_id, question_id) "
                                  "VALUES (?, ?)", error)) ||
      !(mark = kez_store_prepare (store,
                                  "UPDATE questions SET status = 'in-action-plan', "
                                  "meeting_id = coalesce (meeting_id, ?2) WHERE id = ?1 "
                                  "AND status <> 'merged'", error)))
    goto failed;

  kez_db_bind_int64 (insert, 1, fields->meeting_id);
  kez_db_bind_text (insert, 2, or_empty (fields->title_kk));
  kez_db_bind_text (insert, 3, or_empty (fields->title_ru));
  kez_db_bind_text (insert, 4, or_empty (fields->description_kk));
  kez_db_bind_text (insert, 5, or_empty (fields->description_ru));
  kez_db_bind_text (insert, 6, or_empty (fields->topic));
  if (fields->region_code != NULL && fields->region_code[0] != '\0')
    kez_db_bind_text (insert, 7, fields->region_code);
  if (!kez_store_step_done (store, insert, error))
    goto failed;
  id = kez_db_last_insert_id (kez_store_get_db (store));

  for (guint i = 0; i < n_question_ids; i++)
    {
      kez_db_bind_int64 (link, 1, id);
      kez_db_bind_int64 (link, 2, question_ids[i]);
      kez_db_bind_int64 (mark, 1, question_ids[i]);
      kez_db_bind_int64 (mark, 2, fields->meeting_id);
      if (!kez_store_step_done (store, link, error) || !kez_store_step_done (store, mark, error))
        goto failed;
    }

  if (!kez_store_commit (store, error))
    goto failed;
  kez_store_emit_changed (store, "problems");
  kez_store_emit_changed (store, "questions");
  return id;

failed:
  kez_store_rollback (store);
  return 0;
}

static void
read_problem (KezDbStmt        *stmt,
              KezProblemFields *fields)
{
  const char *region = kez_db_column_text (stmt, 7);

  kez_problem_fields_clear (fields);
  fields->id = kez_db_column_int64 (stmt, 0);
  fields->meeting_id = kez_db_column_int64 (stmt, 1);
  fields->title_kk = g_strdup (kez_store_column_text (stmt, 2));
  fields->title_ru = g_strdup (kez_store_column_text (stmt, 3));
  fields->description_kk = g_strdup (kez_store_column_text (stmt, 4));
  fields->description_ru = g_strdup (kez_store_column_text (stmt, 5));
  fields->topic = g_strdup (kez_store_column_text (stmt, 6));
  fields->region_code = g_strdup (region);
  fields->n_questions = kez_db_column_int (stmt, 8);
  fields->n_citizens = kez_db_column_int (stmt, 9);
  fields->version = kez_db_column_int64 (stmt, 10);
}

/**
 * kez_problems_list:
 *
 * Returns: (transfer full) (element-type KezProblemFields): the meeting's problems, in the
 *   order they were made
 */
GArray *
kez_problems_list (KezStore *store,
                   gint64    meeting_id)
{
  GArray *problems = g_array_new (FALSE, TRUE, sizeof (KezProblemFields));
  g_autoptr(KezDbStmt) stmt = NULL;

  g_array_set_clear_func (problems, (GDestroyNotify) kez_problem_fields_clear);
  g_return_val_if_fail (KEZ_IS_STORE (store), problems);

  stmt = kez_store_prepare (store,
                            "SELECT p.id, p.meeting_id, p.title_kk, p.title_ru, p.description_kk, "
                            "p.description_ru, p.topic, p.region_code, count (q.id), "
                            "coalesce (sum (q.citizens), 0), p.version FROM problems p "
                            "LEFT JOIN problem_questions pq ON pq.problem_id = p.id "
                            "LEFT JOIN questions q ON q.id = pq.question_id "
                            "WHERE p.meeting_id = ? GROUP BY p.id ORDER BY p.id", NULL);
  if (stmt == NULL)
    return problems;
  kez_db_bind_int64 (stmt, 1, meeting_id);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      KezProblemFields fields = { 0 };

      read_problem (stmt, &fields);
      g_array_append_val (problems, fields);
    }
  return problems;
}

/**
 * kez_problems_candidates:
 *
 * Returns: (transfer full) (element-type gint64): the meeting's questions still open for a
 *   problem: not answered at the meeting, not rejected or merged, in no problem; oldest first
 */
GArray *
kez_problems_candidates (KezStore *store,
                         gint64    meeting_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), ids);

  stmt = kez_store_prepare (store,
                            "SELECT id FROM questions WHERE meeting_id = ? "
                            "AND status IN ('new', 'accepted', 'answered-in-writing') "
                            "AND id NOT IN (SELECT question_id FROM problem_questions) "
                            "ORDER BY received_on, id", NULL);
  if (stmt == NULL)
    return ids;
  kez_db_bind_int64 (stmt, 1, meeting_id);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      gint64 id = kez_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  return ids;
}

/**
 * kez_problems_update:
 * @fields: the problem, by its id: titles, descriptions, topic and region
 *
 * Corrects what a problem is called and where it belongs; its questions and actions stay.
 */
gboolean
kez_problems_update (KezStore               *store,
                     const KezProblemFields *fields,
                     GError                **error)
{
  g_autoptr(KezDbStmt) update = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (kez_text_is_blank (fields->title_kk) && kez_text_is_blank (fields->title_ru))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("A problem needs a title in Kazakh or in Russian"));
      return FALSE;
    }
  update = kez_store_prepare (store,
                              "UPDATE problems SET title_kk = trim (?2), title_ru = trim (?3), "
                              "description_kk = trim (?4), description_ru = trim (?5), "
                              "topic = trim (?6), region_code = ?7 WHERE id = ?1 "
                              /* Only over the version it was read at (version 13). */
                              "AND (?8 = 0 OR version = ?8)", error);
  if (update == NULL)
    return FALSE;
  kez_db_bind_int64 (update, 1, fields->id);
  kez_db_bind_text (update, 2, or_empty (fields->title_kk));
  kez_db_bind_text (update, 3, or_empty (fields->title_ru));
  kez_db_bind_text (update, 4, or_empty (fields->description_kk));
  kez_db_bind_text (update, 5, or_empty (fields->description_ru));
  kez_db_bind_text (update, 6, or_empty (fields->topic));
  if (fields->region_code != NULL && fields->region_code[0] != '\0')
    kez_db_bind_text (update, 7, fields->region_code);
  kez_db_bind_int64 (update, 8, fields->version);
  if (!kez_store_step_done (store, update, error))
    return FALSE;
  if (kez_db_changes (kez_store_get_db (store)) == 0)
    {
      if (kez_store_query_number (store, "SELECT count (*) FROM problems WHERE id = ?1",
                                  fields->id, 0) > 0)
        g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT,
                             _("Someone else changed this problem after you opened it, so your "
                               "change was not saved over theirs."));
      else
        g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                             _("The problem no longer exists"));
      return FALSE;
    }
  kez_store_emit_changed (store, "problems");
  return TRUE;
}

/**
 * kez_problems_list_questions:
 *
 * Returns: (transfer full) (element-type gint64): the questions behind the problem, oldest
 *   first
 */
GArray *
kez_problems_list_questions (KezStore *store,
                             gint64    problem_id)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), ids);

  stmt = kez_store_prepare (store,
                            "SELECT q.id FROM problem_questions pq "
                            "JOIN questions q ON q.id = pq.question_id "
                            "WHERE pq.problem_id = ? ORDER BY q.received_on, q.id", NULL);
  if (stmt == NULL)
    return ids;
  kez_db_bind_int64 (stmt, 1, problem_id);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      gint64 id = kez_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  return ids;
}

/* @sql with ?1 = @first and ?2 = @second. */
static gboolean
run_for (KezStore    *store,
         const char  *sql,
         gint64       first,
         gint64       second,
         GError     **error)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, first);
  kez_db_bind_int64 (stmt, 2, second);
  return kez_store_step_done (store, stmt, error);
}

static gboolean
in_array (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/**
 * kez_problems_set_questions:
 * @question_ids: (array length=n_question_ids): the questions the problem is to have
 *
 * Adds the questions given that the problem does not have (they go into the action plan, at
 * the problem's meeting) and takes away those it has that are not given (they are accepted
 * again), in one transaction. A merged duplicate counts with the question it was merged into
 * and is left out; a question in another problem is refused: it belongs there.
 */
gboolean
kez_problems_set_questions (KezStore      *store,
                            gint64         problem_id,
                            const gint64  *question_ids,
                            guint          n_question_ids,
                            GError       **error)
{
  g_autoptr(GArray) present = kez_problems_list_questions (store, problem_id);
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 meeting_id;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  meeting_id = kez_store_query_number (store, "SELECT meeting_id FROM problems WHERE id = ?",
                                       problem_id, 0);
  if (meeting_id == 0)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("The problem no longer exists"));
      return FALSE;
    }
  g_array_append_vals (wanted, question_ids, n_question_ids);

  if (!kez_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < present->len; i++)
    {
      gint64 id = g_array_index (present, gint64, i);

      if (in_array (wanted, id))
        continue;
      if (!run_for (store, "DELETE FROM problem_questions WHERE question_id = ?1 "
                           "AND problem_id = ?2", id, problem_id, error) ||
          !run_for (store, "UPDATE questions SET status = 'accepted' WHERE id = ?1 "
                           "AND status = 'in-action-plan' AND ?2 = ?2", id, 0, error))
        goto failed;
    }
  for (guint i = 0; i < n_question_ids; i++)
    {
      gint64 id = question_ids[i];

      if (in_array (present, id) ||
          kez_store_query_number (store, "SELECT count(*) FROM questions WHERE id = ? "
                                         "AND status <> 'merged'", id, 0) == 0)
        continue;
      if (kez_store_query_number (store, "SELECT count(*) FROM problem_questions "
                                         "WHERE question_id = ?", id, 0) > 0)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

          g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                       /* Translators: %1$s is a question's number */
                       _("Question %1$s is already in another problem: a question is in one "
                         "problem only"), number);
          goto failed;
        }
      if (!run_for (store, "INSERT INTO problem_questions (question_id, problem_id) "
                           "VALUES (?1, ?2)", id, problem_id, error) ||
          !run_for (store, "UPDATE questions SET status = 'in-action-plan', meeting_id = ?2 "
                           "WHERE id = ?1", id, meeting_id, error))
        goto failed;
    }
  if (!kez_store_commit (store, error))
    goto failed;
  kez_store_emit_changed (store, "problems");
  kez_store_emit_changed (store, "questions");
  return TRUE;

failed:
  kez_store_rollback (store);
  return FALSE;
}

/* The problem goes with its actions and their history; its questions become accepted again. */
gboolean
kez_problems_delete (KezStore  *store,
                     gint64     problem_id,
                     GError   **error)
{
  g_autoptr(KezDbStmt) release = NULL;
  g_autoptr(KezDbStmt) remove = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (!kez_store_begin (store, error))
    return FALSE;
  if (!(release = kez_store_prepare (store,
                                     "UPDATE questions SET status = 'accepted' WHERE id IN "
                                     "(SELECT question_id FROM problem_questions "
                                     "WHERE problem_id = ?) AND status = 'in-action-plan'",
                                     error)) ||
      !(remove = kez_store_prepare (store, "DELETE FROM problems WHERE id = ?", error)))
    goto failed;
  kez_db_bind_int64 (release, 1, problem_id);
  kez_db_bind_int64 (remove, 1, problem_id);
  if (!kez_store_step_done (store, release, error) || !kez_store_step_done (store, remove, error) ||
      !kez_store_commit (store, error))
    goto failed;
  kez_store_emit_changed (store, "problems");
  kez_store_emit_changed (store, "questions");
  return TRUE;

failed:
  kez_store_rollback (store);
  return FALSE;
}
