/* kez-actions.c
 *
 * Overdue is derived, never stored: an action planned or in progress whose deadline day has
 * passed in Kazakhstan (the deadline day itself is still in time). Progress notes are kept in
 * action_history, which the database itself refuses to change or delete (triggers in the
 * schema); every change of status writes an entry there, in the same transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-actions"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-actions.h"
#include "kez-collate.h"
#include "kez-kazakhstan-time.h"
#include "kez-meetings.h"
#include "kez-questions-private.h"
#include "kez-store-private.h"
#include "kez-text.h"

#define NOW "kez_utc_now ()"

static const char * const status_names[KEZ_N_ACTION_STATUSES] = {
  "planned", "in-progress", "done", "cancelled",
};

const char *
kez_action_status_to_string (KezActionStatus status)
{
  g_return_val_if_fail (status < KEZ_N_ACTION_STATUSES, NULL);
  return status_names[status];
}

gboolean
kez_action_status_from_string (const char      *text,
                               KezActionStatus *status)
{
  for (guint i = 0; text != NULL && i < KEZ_N_ACTION_STATUSES; i++)
    if (g_str_equal (text, status_names[i]))
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

void
kez_action_fields_init (KezActionFields *fields)
{
  *fields = (KezActionFields) {
    .description = g_strdup (""),
    .executor_org = g_strdup (""),
    .executor_unit = g_strdup (""),
    .executor_person = g_strdup (""),
    .co_executors = g_strdup (""),
    .evidence = g_strdup (""),
    .problem_title_kk = g_strdup (""),
    .problem_title_ru = g_strdup (""),
  };
  g_date_clear (&fields->deadline, 1);
  g_date_clear (&fields->completed_on, 1);
}

void
kez_action_fields_clear (KezActionFields *fields)
{
  g_clear_pointer (&fields->description, g_free);
  g_clear_pointer (&fields->executor_org, g_free);
  g_clear_pointer (&fields->executor_unit, g_free);
  g_clear_pointer (&fields->executor_person, g_free);
  g_clear_pointer (&fields->co_executors, g_free);
  g_clear_pointer (&fields->evidence, g_free);
  g_clear_pointer (&fields->problem_title_kk, g_free);
  g_clear_pointer (&fields->problem_title_ru, g_free);
}

static void
note_clear (KezActionNote *note)
{
  g_free (note->recorded_at);
  g_free (note->author);
  g_free (note->note);
  g_free (note->old_value);
  g_free (note->new_value);
}

static KezActionNoteKind
note_kind_from_string (const char *text)
{
  static const char * const names[] = { "note", "created", "status", "deadline", "executor" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (text, names[i]) == 0)
      return i;
  return KEZ_ACTION_NOTE_NOTE;
}

static void
summary_clear (KezExecutorSummary *summary)
{
  g_free (summary->executor);
}

/* The calendar day in Kazakhstan at @now, whatever the computer's time zone. */
void
kez_action_today (GDateTime *now,
                  GDate     *today)
{
  kez_kazakhstan_day_of (now, today);
}

gboolean
kez_action_is_overdue (const KezActionFields *fields,
                       const GDate           *today)
{
  return (fields->status == KEZ_ACTION_PLANNED || fields->status == KEZ_ACTION_IN_PROGRESS) &&
         g_date_valid (&fields->deadline) && g_date_compare (&fields->deadline, today) < 0;
}

/* A change of status with what happened, in one entry, written just before the change (the
 * database's trigger then sees it and adds none of its own). */
static gboolean
write_status_change (KezStore        *store,
                     gint64           action_id,
                     int              before,
                     KezActionStatus  status,
                     const char      *note,
                     GError         **error)
{
  g_autoptr(KezDbStmt) stmt =
    kez_store_prepare (store,
                       "INSERT INTO action_history (action_id, recorded_at, author, kind, note, "
                       "status, old_value, new_value) VALUES (?1, kez_now (), kez_actor (), "
                       "'status', trim (?2), ?3, ?4, ?3)", error);

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, action_id);
  kez_db_bind_text (stmt, 2, note != NULL ? note : "");
  kez_db_bind_text (stmt, 3, kez_action_status_to_string (status));
  kez_db_bind_text (stmt, 4, before >= 0 ? kez_action_status_to_string (before) : "");
  return kez_store_step_done (store, stmt, error);
}

static gboolean
write_note (KezStore    *store,
            gint64       action_id,
            const char  *note,
            GError     **error)
{
  g_autoptr(KezDbStmt) stmt =
    kez_store_prepare (store,
                       "INSERT INTO action_history (action_id, recorded_at, author, note) "
                       "VALUES (?, kez_now (), kez_actor (), trim (?))", error);

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, action_id);
  kez_db_bind_text (stmt, 2, note != NULL ? note : "");
  return kez_store_step_done (store, stmt, error);
}

static int
current_status (KezStore *store,
                gint64    action_id)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store,
                                                    "SELECT status FROM actions WHERE id = ?",
                                                    NULL);
  KezActionStatus status;

  if (stmt == NULL)
    return -1;
  kez_db_bind_int64 (stmt, 1, action_id);
  if (kez_db_step (stmt) != KEZ_DB_ROW ||
      !kez_action_status_from_string (kez_store_column_text (stmt, 0), &status))
    return -1;
  return status;
}

/**
 * kez_actions_save:
 *
 * Adds the action (when its id is 0, setting it) or updates it. A new action, or a change of
 * status, writes an entry in its history.
 *
 * Returns: the action's id, or 0 with @error set
 */
gint64
kez_actions_save (KezStore         *store,
                  KezActionFields  *fields,
                  GError          **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *completed = NULL;
  gint64 id;

  g_return_val_if_fail (KEZ_IS_STORE (store), 0);

  if (kez_text_is_blank (fields->description))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("Say what will be done"));
      return 0;
    }
  if (!g_date_valid (&fields->deadline))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("An action needs a concrete deadline"));
      return 0;
    }
  if (kez_text_is_blank (fields->executor_org) && kez_text_is_blank (fields->executor_person))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("An action needs a responsible executor"));
      return 0;
    }

  if (fields->status == KEZ_ACTION_DONE && !g_date_valid (&fields->completed_on))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      kez_action_today (now, &fields->completed_on);
    }
  if (fields->status != KEZ_ACTION_DONE)
    g_date_clear (&fields->completed_on, 1);
  deadline = kez_date_to_iso (&fields->deadline);
  completed = g_date_valid (&fields->completed_on) ? kez_date_to_iso (&fields->completed_on)
                                                   : NULL;

  if (!kez_store_begin (store, error))
    return 0;
  if (fields->id > 0)
    {
      stmt = kez_store_prepare (store,
                                "UPDATE actions SET problem_id = ?2, description = trim (?3), "
                                "executor_org = trim (?4), executor_unit = trim (?5), "
                                "executor_person = trim (?6), co_executors = trim (?7), "
                                "deadline = ?8, status = ?9, evidence = trim (?10), "
                                "completed_on = ?11 WHERE id = ?1 "
                                /* Only over the version it was read at (version 13). */
                                "AND (?12 = 0 OR version = ?12)", error);
    }
  else
    stmt = kez_store_prepare (store,
                              /* Created when the record's clock says, as its history is. */
                              "INSERT INTO actions (id, problem_id, description, executor_org, "
                              "executor_unit, executor_person, co_executors, deadline, status, "
                              "evidence, completed_on, created_at) VALUES (NULL, ?2, trim (?3), "
                              "trim (?4), trim (?5), trim (?6), trim (?7), ?8, ?9, trim (?10), "
                              "?11, kez_now ())",
                              error);
  if (stmt == NULL)
    goto failed;
  if (fields->id > 0)
    {
      kez_db_bind_int64 (stmt, 1, fields->id);
      kez_db_bind_int64 (stmt, 12, fields->version);
    }
  kez_db_bind_int64 (stmt, 2, fields->problem_id);
  kez_db_bind_text (stmt, 3, fields->description);
  kez_db_bind_text (stmt, 4, fields->executor_org);
  kez_db_bind_text (stmt, 5, fields->executor_unit);
  kez_db_bind_text (stmt, 6, fields->executor_person);
  kez_db_bind_text (stmt, 7, fields->co_executors);
  kez_db_bind_text (stmt, 8, deadline);
  kez_db_bind_text (stmt, 9, kez_action_status_to_string (fields->status));
  kez_db_bind_text (stmt, 10, fields->evidence);
  kez_db_bind_text (stmt, 11, completed);
  if (!kez_store_step_done (store, stmt, error))
    goto failed;
  if (fields->id > 0 && kez_db_changes (kez_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT,
                           _("Someone else changed this action after you opened it, so your "
                             "change was not saved over theirs."));
      goto failed;
    }

  /* The history of the creation and of every change of status, deadline or executor is the
   * database's own (migration 0005). */
  id = fields->id > 0 ? fields->id : kez_db_last_insert_id (kez_store_get_db (store));
  if (!kez_store_commit (store, error))
    goto failed;
  fields->id = id;
  fields->version = kez_store_query_number (store, "SELECT version FROM actions WHERE id = ?1",
                                            id, fields->version);
  kez_store_emit_changed (store, "actions");
  return id;

failed:
  kez_store_rollback (store);
  return 0;
}

/**
 * kez_actions_set_status:
 * @note: (nullable): what happened, kept with the change
 */
gboolean
kez_actions_set_status (KezStore         *store,
                        gint64            action_id,
                        KezActionStatus   status,
                        const char       *note,
                        GError          **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  int before;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  before = current_status (store, action_id);
  if (before == (int) status)
    return note == NULL || kez_text_is_blank (note) ||
           kez_actions_add_note (store, action_id, note, error);

  if (!kez_store_begin (store, error) ||
      !write_status_change (store, action_id, before, status, note, error))
    goto failed;
  if (!(stmt = kez_store_prepare (store,
                                  "UPDATE actions SET status = ?2, completed_on = CASE WHEN ?2 = "
                                  "'done' THEN kez_local_day (kez_now ()) END WHERE id = ?1",
                                  error)))
    goto failed;
  kez_db_bind_int64 (stmt, 1, action_id);
  kez_db_bind_text (stmt, 2, kez_action_status_to_string (status));
  if (!kez_store_step_done (store, stmt, error) || !kez_store_commit (store, error))
    goto failed;
  kez_store_emit_changed (store, "actions");
  return TRUE;

failed:
  kez_store_rollback (store);
  return FALSE;
}

gboolean
kez_actions_add_note (KezStore    *store,
                      gint64       action_id,
                      const char  *note,
                      GError     **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (kez_text_is_blank (note))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("The progress note is empty"));
      return FALSE;
    }
  if (!write_note (store, action_id, note, error))
    return FALSE;
  kez_store_emit_changed (store, "actions");
  return TRUE;
}

/**
 * kez_actions_write_report:
 * @status: the new status, or -1 to keep it
 * @note: (nullable): what was done, for the history
 * @evidence: (nullable): the new evidence, or %NULL to keep it
 *
 * Writes an executor's report on the action into its history, in the transaction the caller
 * began (a workbook of reports is applied whole or not at all): a change of status with the
 * note, or the note alone.
 */
gboolean
kez_actions_write_report (KezStore    *store,
                          gint64       action_id,
                          int          status,
                          const char  *note,
                          const char  *evidence,
                          GError     **error)
{
  int before = current_status (store, action_id);

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (status >= 0 && status != before)
    {
      g_autoptr(KezDbStmt) stmt = NULL;

      if (!write_status_change (store, action_id, before, status, note, error) ||
          !(stmt = kez_store_prepare (store,
                                      "UPDATE actions SET status = ?2, completed_on = CASE WHEN "
                                      "?2 = 'done' THEN kez_local_day (kez_now ()) END "
                                      "WHERE id = ?1", error)))
        return FALSE;
      kez_db_bind_int64 (stmt, 1, action_id);
      kez_db_bind_text (stmt, 2, kez_action_status_to_string (status));
      if (!kez_store_step_done (store, stmt, error))
        return FALSE;
    }
  else if (!kez_text_is_blank (note) && !write_note (store, action_id, note, error))
    return FALSE;
  if (evidence != NULL)
    {
      g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, "UPDATE actions SET evidence = "
                                                        "trim (?2) WHERE id = ?1", error);

      if (stmt == NULL)
        return FALSE;
      kez_db_bind_int64 (stmt, 1, action_id);
      kez_db_bind_text (stmt, 2, evidence);
      if (!kez_store_step_done (store, stmt, error))
        return FALSE;
    }
  kez_store_emit_changed (store, "actions");
  return TRUE;
}

#define ACTION_COLUMNS \
  "a.id, a.problem_id, a.description, a.executor_org, a.executor_unit, a.executor_person, " \
  "a.co_executors, a.deadline, a.status, a.evidence, a.completed_on, p.meeting_id, " \
  "p.title_kk, p.title_ru, a.version"

static void
read_action (KezDbStmt       *stmt,
             KezActionFields *fields)
{
  kez_action_fields_init (fields);
  fields->id = kez_db_column_int64 (stmt, 0);
  fields->problem_id = kez_db_column_int64 (stmt, 1);
#define TAKE(member, column) \
  g_free (fields->member); fields->member = g_strdup (kez_store_column_text (stmt, column))
  TAKE (description, 2);
  TAKE (executor_org, 3);
  TAKE (executor_unit, 4);
  TAKE (executor_person, 5);
  TAKE (co_executors, 6);
  TAKE (evidence, 9);
  TAKE (problem_title_kk, 12);
  TAKE (problem_title_ru, 13);
#undef TAKE
  kez_date_parse_iso (kez_store_column_text (stmt, 7), &fields->deadline);
  kez_action_status_from_string (kez_store_column_text (stmt, 8), &fields->status);
  kez_date_parse_iso (kez_store_column_text (stmt, 10), &fields->completed_on);
  fields->meeting_id = kez_db_column_int64 (stmt, 11);
  fields->version = kez_db_column_int64 (stmt, 14);
}

static GArray *
new_action_array (void)
{
  GArray *actions = g_array_new (FALSE, TRUE, sizeof (KezActionFields));

  g_array_set_clear_func (actions, (GDestroyNotify) kez_action_fields_clear);
  return actions;
}

/**
 * kez_actions_list_for_problem:
 *
 * Returns: (transfer full) (element-type KezActionFields): by deadline
 */
GArray *
kez_actions_list_for_problem (KezStore *store,
                              gint64    problem_id)
{
  GArray *actions = new_action_array ();
  g_autoptr(KezDbStmt) stmt =
    kez_store_prepare (store,
                       "SELECT " ACTION_COLUMNS " FROM actions a JOIN problems p "
                       "ON p.id = a.problem_id WHERE a.problem_id = ? "
                       "ORDER BY a.deadline, a.id", NULL);

  if (stmt == NULL)
    return actions;
  kez_db_bind_int64 (stmt, 1, problem_id);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      KezActionFields fields;

      read_action (stmt, &fields);
      g_array_append_val (actions, fields);
    }
  return actions;
}

static int
compare_for_overview (gconstpointer a,
                      gconstpointer b,
                      gpointer      today)
{
  const KezActionFields *x = a, *y = b;
  int late = (int) kez_action_is_overdue (y, today) - (int) kez_action_is_overdue (x, today);
  int closed = (int) (x->status >= KEZ_ACTION_DONE) - (int) (y->status >= KEZ_ACTION_DONE);

  if (late != 0)
    return late;
  if (closed != 0)
    return closed;
  return g_date_compare (&x->deadline, &y->deadline) ?: (x->id > y->id) - (x->id < y->id);
}

/**
 * kez_actions_list_all:
 *
 * Returns: (transfer full) (element-type KezActionFields): every action of every meeting:
 *   the overdue first, then the open ones by deadline, then the done and cancelled
 */
GArray *
kez_actions_list_all (KezStore    *store,
                      const GDate *today)
{
  GArray *actions = new_action_array ();
  g_autoptr(KezDbStmt) stmt =
    kez_store_prepare (store,
                       "SELECT " ACTION_COLUMNS " FROM actions a JOIN problems p "
                       "ON p.id = a.problem_id", NULL);

  while (stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW)
    {
      KezActionFields fields;

      read_action (stmt, &fields);
      g_array_append_val (actions, fields);
    }
  g_array_sort_with_data (actions, compare_for_overview, (gpointer) today);
  return actions;
}

/**
 * kez_actions_history:
 *
 * Returns: (transfer full) (element-type KezActionNote): oldest first
 */
GArray *
kez_actions_history (KezStore *store,
                     gint64    action_id)
{
  GArray *notes = g_array_new (FALSE, TRUE, sizeof (KezActionNote));
  g_autoptr(KezDbStmt) stmt =
    kez_store_prepare (store,
                       "SELECT id, recorded_at, author, note, status, kind, old_value, "
                       "new_value FROM action_history WHERE action_id = ? "
                       "ORDER BY recorded_at, id", NULL);

  g_array_set_clear_func (notes, (GDestroyNotify) note_clear);
  if (stmt == NULL)
    return notes;
  kez_db_bind_int64 (stmt, 1, action_id);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      KezActionNote note = {
        .id = kez_db_column_int64 (stmt, 0),
        .recorded_at = g_strdup (kez_store_column_text (stmt, 1)),
        .author = g_strdup (kez_store_column_text (stmt, 2)),
        .note = g_strdup (kez_store_column_text (stmt, 3)),
        .status = -1,
        .kind = note_kind_from_string (kez_store_column_text (stmt, 5)),
        .old_value = g_strdup (kez_store_column_text (stmt, 6)),
        .new_value = g_strdup (kez_store_column_text (stmt, 7)),
      };
      KezActionStatus status;

      if (kez_action_status_from_string (kez_db_column_text (stmt, 4), &status))
        note.status = status;
      g_array_append_val (notes, note);
    }
  return notes;
}

/* The organisation, or the person when no organisation is given. */
static const char *
executor_of (const KezActionFields *action)
{
  return action->executor_org[0] != '\0' ? action->executor_org : action->executor_person;
}

static int
compare_summaries (gconstpointer a,
                   gconstpointer b)
{
  return kez_collate_ui (((const KezExecutorSummary *) a)->executor,
                         ((const KezExecutorSummary *) b)->executor);
}

/**
 * kez_actions_summarise:
 * @actions: (element-type KezActionFields): as kez_actions_list_all() gives them
 *
 * Returns: (transfer full) (element-type KezExecutorSummary): one per executor, by name;
 *   cancelled actions count in the total only
 */
GArray *
kez_actions_summarise (GArray      *actions,
                       const GDate *today)
{
  GArray *summaries = g_array_new (FALSE, TRUE, sizeof (KezExecutorSummary));
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  g_array_set_clear_func (summaries, (GDestroyNotify) summary_clear);
  for (guint i = 0; i < actions->len; i++)
    {
      const KezActionFields *action = &g_array_index (actions, KezActionFields, i);
      const char *executor = executor_of (action);
      gpointer found;
      KezExecutorSummary *summary;

      if (!g_hash_table_lookup_extended (index, executor, NULL, &found))
        {
          KezExecutorSummary fresh = { .executor = g_strdup (executor) };

          g_array_append_val (summaries, fresh);
          found = GUINT_TO_POINTER (summaries->len - 1);
          g_hash_table_insert (index, (gpointer) executor, found);
        }
      summary = &g_array_index (summaries, KezExecutorSummary, GPOINTER_TO_UINT (found));
      summary->total++;
      if (action->status == KEZ_ACTION_DONE)
        {
          if (g_date_valid (&action->completed_on) &&
              g_date_compare (&action->completed_on, &action->deadline) > 0)
            summary->done_late++;
          else
            summary->done_on_time++;
        }
      else if (kez_action_is_overdue (action, today))
        summary->overdue++;
      else if (action->status != KEZ_ACTION_CANCELLED)
        summary->open++;
    }
  g_array_sort (summaries, compare_summaries);
  return summaries;
}

/* An action and its history go together; a single history entry cannot be deleted. */
gboolean
kez_actions_delete (KezStore  *store,
                    gint64     action_id,
                    GError   **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (!(stmt = kez_store_prepare (store, "DELETE FROM actions WHERE id = ?", error)))
    return FALSE;
  kez_db_bind_int64 (stmt, 1, action_id);
  if (!kez_store_step_done (store, stmt, error))
    return FALSE;
  kez_store_emit_changed (store, "actions");
  return TRUE;
}
