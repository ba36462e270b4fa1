/* kez-schedule-status.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-schedule-status"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-meetings.h"
#include "kez-schedule-status.h"
#include "kez-store-private.h"

static const char * const state_names[] = { "draft", "submitted", "approved" };

void
kez_schedule_status_clear (KezScheduleStatus *status)
{
  g_clear_pointer (&status->resolution_number, g_free);
}

/* A year never touched is a draft. */
void
kez_schedule_status_get (KezStore          *store,
                         const char        *body_code,
                         int                year,
                         KezScheduleStatus *out)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_if_fail (KEZ_IS_STORE (store));
  g_return_if_fail (out != NULL);

  out->state = KEZ_SCHEDULE_DRAFT;
  g_date_clear (&out->submitted_on, 1);
  g_date_clear (&out->approved_on, 1);
  out->resolution_number = g_strdup ("");

  stmt = kez_store_prepare (store,
                            "SELECT status, submitted_on, approved_on, resolution_number "
                            "FROM schedule_years WHERE body_code = ?1 AND year = ?2", NULL);
  if (stmt == NULL || body_code == NULL)
    return;
  kez_db_bind_text (stmt, 1, body_code);
  kez_db_bind_int (stmt, 2, year);
  if (kez_db_step (stmt) != KEZ_DB_ROW)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
    if (g_strcmp0 (kez_db_column_text (stmt, 0), state_names[i]) == 0)
      out->state = i;
  kez_date_parse_iso (kez_db_column_text (stmt, 1), &out->submitted_on);
  kez_date_parse_iso (kez_db_column_text (stmt, 2), &out->approved_on);
  g_free (out->resolution_number);
  out->resolution_number = g_strdup (kez_db_column_text (stmt, 3));
}

static void
bind_date (KezDbStmt    *stmt,
           int           index,
           const GDate  *date)
{
  if (g_date_valid (date))
    kez_db_bind_text_take (stmt, index, kez_date_to_iso (date));
  else
    kez_db_bind_null (stmt, index);
}

gboolean
kez_schedule_status_set (KezStore                 *store,
                         const char               *body_code,
                         int                       year,
                         const KezScheduleStatus  *status,
                         GError                  **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autoptr(KezRuleSet) rules = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  if (body_code == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Choose the central executive body in Preferences first"));
      return FALSE;
    }
  if ((status->state >= KEZ_SCHEDULE_SUBMITTED && !g_date_valid (&status->submitted_on)) ||
      (status->state == KEZ_SCHEDULE_APPROVED && !g_date_valid (&status->approved_on)))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Enter the date of submission and, once approved, of approval"));
      return FALSE;
    }
  if (status->state == KEZ_SCHEDULE_APPROVED &&
      g_date_compare (&status->approved_on, &status->submitted_on) < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The schedule cannot be approved before it was submitted"));
      return FALSE;
    }

  rules = kez_store_dup_active_rule_set (store);
  stmt = kez_store_prepare (store,
                            "INSERT INTO schedule_years (body_code, year, rule_set_id, status, "
                            "submitted_on, approved_on, resolution_number) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                            "ON CONFLICT (body_code, year) DO UPDATE SET "
                            "rule_set_id = excluded.rule_set_id, status = excluded.status, "
                            "submitted_on = excluded.submitted_on, "
                            "approved_on = excluded.approved_on, "
                            "resolution_number = excluded.resolution_number", error);
  if (stmt == NULL)
    return FALSE;
  kez_db_bind_text (stmt, 1, body_code);
  kez_db_bind_int (stmt, 2, year);
  kez_db_bind_text (stmt, 3, kez_rule_set_get_id (rules));
  kez_db_bind_text (stmt, 4, state_names[status->state]);
  bind_date (stmt, 5, status->state >= KEZ_SCHEDULE_SUBMITTED ? &status->submitted_on
                                                             : &(GDate) { 0 });
  bind_date (stmt, 6, status->state == KEZ_SCHEDULE_APPROVED ? &status->approved_on
                                                            : &(GDate) { 0 });
  kez_db_bind_text (stmt, 7, status->resolution_number != NULL ? status->resolution_number : "");
  if (!kez_store_step_done (store, stmt, error))
    return FALSE;

  kez_store_emit_changed (store, "schedule-years");
  return TRUE;
}

void
kez_schedule_record_clear (KezScheduleRecord *record)
{
  g_clear_pointer (&record->recorded_at, g_free);
  g_clear_pointer (&record->author, g_free);
  kez_schedule_status_clear (&record->status);
}

/**
 * kez_schedule_status_history:
 *
 * Returns: (transfer full) (element-type KezScheduleRecord): every status the year's schedule
 *   had, with its dates and resolution, who set it and when; oldest first. The database keeps
 *   it (migration 0005): nothing erases an earlier submission or approval.
 */
GArray *
kez_schedule_status_history (KezStore   *store,
                             const char *body_code,
                             int         year)
{
  GArray *records = g_array_new (FALSE, TRUE, sizeof (KezScheduleRecord));
  g_autoptr(KezDbStmt) stmt = NULL;

  g_array_set_clear_func (records, (GDestroyNotify) kez_schedule_record_clear);
  g_return_val_if_fail (KEZ_IS_STORE (store), records);

  stmt = kez_store_prepare (store,
                            "SELECT h.recorded_at, h.author, h.status, h.submitted_on, "
                            "h.approved_on, h.resolution_number FROM schedule_status_history h "
                            "JOIN schedule_years y ON y.id = h.schedule_id "
                            "WHERE y.body_code = ?1 AND y.year = ?2 ORDER BY h.id", NULL);
  if (stmt == NULL || body_code == NULL)
    return records;
  kez_db_bind_text (stmt, 1, body_code);
  kez_db_bind_int (stmt, 2, year);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      KezScheduleRecord record = { 0 };

      record.recorded_at = g_strdup (kez_store_column_text (stmt, 0));
      record.author = g_strdup (kez_store_column_text (stmt, 1));
      for (guint i = 0; i < G_N_ELEMENTS (state_names); i++)
        if (g_strcmp0 (kez_store_column_text (stmt, 2), state_names[i]) == 0)
          record.status.state = i;
      g_date_clear (&record.status.submitted_on, 1);
      g_date_clear (&record.status.approved_on, 1);
      kez_date_parse_iso (kez_store_column_text (stmt, 3), &record.status.submitted_on);
      kez_date_parse_iso (kez_store_column_text (stmt, 4), &record.status.approved_on);
      record.status.resolution_number = g_strdup (kez_store_column_text (stmt, 5));
      g_array_append_val (records, record);
    }
  return records;
}

/* The meetings an approval of the schedule approves: the body's proposed meetings of the year
 * within the schedule (an off-schedule meeting is not part of it, point 3.1). */
#define PROPOSED_IN_SCHEDULE \
  "FROM meetings WHERE body_code = ?1 AND substr (starts_at, 1, 4) = CAST (?2 AS TEXT) " \
  "AND status = 'proposed' AND off_schedule = 0"

/**
 * kez_schedule_count_proposed:
 *
 * Returns: how many of @body_code's meetings of @year are still proposed, within the schedule
 */
guint
kez_schedule_count_proposed (KezStore   *store,
                             const char *body_code,
                             int         year)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), 0);

  if (body_code == NULL ||
      !(stmt = kez_store_prepare (store, "SELECT count(*) " PROPOSED_IN_SCHEDULE, NULL)))
    return 0;
  kez_db_bind_text (stmt, 1, body_code);
  kez_db_bind_int (stmt, 2, year);
  return kez_db_step (stmt) == KEZ_DB_ROW ? (guint) kez_db_column_int (stmt, 0) : 0;
}

/**
 * kez_schedule_status_set_approving:
 * @approve_meetings: whether the approval approves the proposed meetings too
 * @n_approved: (out) (optional): how many meetings it approved
 *
 * Sets the status as kez_schedule_status_set() does and, when @status approves the schedule
 * and @approve_meetings is set, makes its proposed meetings approved: one transaction, so the
 * schedule is never approved with half of its meetings.
 */
gboolean
kez_schedule_status_set_approving (KezStore                 *store,
                                   const char               *body_code,
                                   int                       year,
                                   const KezScheduleStatus  *status,
                                   gboolean                  approve_meetings,
                                   guint                    *n_approved,
                                   GError                  **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  guint n = 0;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  if (!kez_store_begin (store, error))
    return FALSE;
  if (!kez_schedule_status_set (store, body_code, year, status, error))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  if (approve_meetings && status->state == KEZ_SCHEDULE_APPROVED)
    {
      if (!(stmt = kez_store_prepare (store,
                                      "UPDATE meetings SET status = 'approved', updated_at = "
                                      "kez_utc_now () WHERE id IN "
                                      "(SELECT id " PROPOSED_IN_SCHEDULE ")", error)))
        {
          kez_store_rollback (store);
          return FALSE;
        }
      kez_db_bind_text (stmt, 1, body_code);
      kez_db_bind_int (stmt, 2, year);
      if (!kez_store_step_done (store, stmt, error))
        {
          kez_store_rollback (store);
          return FALSE;
        }
      n = kez_db_changes (kez_store_get_db (store));
      if (n > 0)
        kez_store_emit_changed (store, "meetings");
    }
  if (!kez_store_commit (store, error))
    return FALSE;
  if (n_approved != NULL)
    *n_approved = n;
  return TRUE;
}
