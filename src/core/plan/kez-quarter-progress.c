/* kez-quarter-progress.c
 *
 * Every action that existed at the end of the quarter, grouped by meeting and problem, with
 * its status as it stood then (from its history, which is never rewritten) and the progress
 * notes written during the quarter. An action still open past its deadline at the end of the
 * quarter is late. The quarter's bounds are midnights in Kazakhstan. The quarterly workbook
 * and the quarterly publication both read the quarter here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-quarter-progress"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-kazakhstan-time.h"
#include "kez-meetings.h"
#include "kez-quarter-progress.h"
#include "kez-store-private.h"
#include "kez-text.h"

struct _KezQuarterProgress
{
  KezDbStmt    *actions;
  KezDbStmt    *notes;
  char         *start;  /* the quarter's first moment, as the history's UTC stamps write it */
  char         *end;    /* the next quarter's first */
  GDate         last;   /* the quarter's last day */
  char         *executor;
  char         *executor_body;
};

/* Midnight in Kazakhstan at the start of @date, as the history's UTC stamps write it. */
static char *
utc_stamp (const GDate *date)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) utc = NULL;

  local = g_date_time_new (kez_kazakhstan_zone (), g_date_get_year (date), g_date_get_month (date),
                           g_date_get_day (date), 0, 0, 0);
  utc = g_date_time_to_utc (local);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.000Z");
}

/* The actions that existed before @after, as they stood then, with the notes from @first on;
 * late as of @last, the span's last day. */
static KezQuarterProgress *
open_span (KezStore    *store,
           const GDate *first,
           const GDate *after,
           GError     **error)
{
  g_autoptr(KezQuarterProgress) self = g_new0 (KezQuarterProgress, 1);

  self->last = *after;
  g_date_subtract_days (&self->last, 1);
  self->start = utc_stamp (first);
  self->end = utc_stamp (after);
  self->actions = kez_store_prepare (store,
                                     "SELECT a.id, a.description, a.executor_org, "
                                     "a.executor_unit, a.executor_person, a.deadline, "
                                     "a.evidence, a.status, "
                                     "(SELECT h.status FROM action_history h "
                                     " WHERE h.action_id = a.id AND h.status IS NOT NULL "
                                     " AND h.recorded_at < ?1 "
                                     " ORDER BY h.recorded_at DESC, h.id DESC LIMIT 1), "
                                     "m.starts_at, m.leader_name, p.title_kk, p.title_ru "
                                     "FROM actions a JOIN problems p ON p.id = a.problem_id "
                                     "JOIN meetings m ON m.id = p.meeting_id "
                                     "WHERE a.created_at < ?1 "
                                     "ORDER BY m.starts_at, p.id, a.deadline, a.id", error);
  if (self->actions == NULL)
    return NULL;
  self->notes = kez_store_prepare (store,
                                   "SELECT recorded_at, author, note, status, kind, old_value, "
                                   "new_value FROM action_history "
                                   "WHERE action_id = ?1 AND recorded_at >= ?2 "
                                   "AND recorded_at < ?3 ORDER BY recorded_at, id", error);
  if (self->notes == NULL)
    return NULL;
  kez_db_bind_text (self->actions, 1, self->end);
  kez_db_bind_text (self->notes, 2, self->start);
  kez_db_bind_text (self->notes, 3, self->end);
  return g_steal_pointer (&self);
}

/**
 * kez_quarter_progress_open:
 * @quarter: 1 to 4
 *
 * Returns: (transfer full): the quarter's actions to read, or %NULL with @error set
 */
KezQuarterProgress *
kez_quarter_progress_open (KezStore  *store,
                           int        year,
                           int        quarter,
                           GError   **error)
{
  GDate first, after;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  if (quarter < 1 || quarter > 4 || year < 2000 || year > 2200)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The quarter is 1, 2, 3 or 4 of a year from 2000"));
      return NULL;
    }
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, (quarter - 1) * 3 + 1, year);
  after = first;
  g_date_add_months (&after, 3);
  return open_span (store, &first, &after, error);
}

/**
 * kez_quarter_progress_open_to_day:
 * @day: a day of a quarter
 *
 * The action plan as it stands at the end of @day: every action made by then, its status
 * then, late if still open past its deadline on @day, and the notes of @day's quarter so far.
 *
 * Returns: (transfer full): the actions to read, or %NULL with @error set
 */
KezQuarterProgress *
kez_quarter_progress_open_to_day (KezStore    *store,
                                  const GDate *day,
                                  GError     **error)
{
  GDate first, after;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);
  g_return_val_if_fail (g_date_valid (day), NULL);

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, (g_date_get_month (day) - 1) / 3 * 3 + 1, g_date_get_year (day));
  after = *day;
  g_date_add_days (&after, 1);
  return open_span (store, &first, &after, error);
}

/**
 * kez_quarter_progress_next:
 * @action: (out caller-allocates): the next action; its texts hold until the next call
 *
 * Returns: %FALSE when every action was read
 */
gboolean
kez_quarter_progress_next (KezQuarterProgress *self,
                           KezQuarterAction   *action)
{
  KezDbStmt *row = self->actions;
  const char *then;
  KezActionFields fields;
  int minute;

  g_clear_pointer (&self->executor, g_free);
  g_clear_pointer (&self->executor_body, g_free);
  if (kez_db_step (row) != KEZ_DB_ROW)
    return FALSE;
  *action = (KezQuarterAction) { 0 };
  action->id = kez_db_column_int64 (row, 0);
  action->description = kez_store_column_text (row, 1);
  self->executor = kez_text_join_present (kez_store_column_text (row, 2),
                                          kez_store_column_text (row, 3),
                                          kez_store_column_text (row, 4));
  self->executor_body = kez_text_join_present (kez_store_column_text (row, 2),
                                               kez_store_column_text (row, 3), NULL);
  action->executor = self->executor;
  action->executor_body = self->executor_body;
  action->evidence = kez_store_column_text (row, 6);
  g_date_clear (&action->meeting_day, 1);
  kez_local_time_parse (kez_store_column_text (row, 9), &action->meeting_day, &minute);
  action->leader_name = kez_store_column_text (row, 10);
  action->problem_kk = kez_store_column_text (row, 11);
  action->problem_ru = kez_store_column_text (row, 12);

  then = kez_db_column_text (row, 8);
  kez_action_fields_init (&fields);
  kez_date_parse_iso (kez_store_column_text (row, 5), &fields.deadline);
  kez_action_status_from_string (then != NULL ? then : kez_store_column_text (row, 7),
                                 &fields.status);
  action->deadline = fields.deadline;
  action->status = fields.status;
  action->late = kez_action_is_overdue (&fields, &self->last);
  kez_action_fields_clear (&fields);
  return TRUE;
}

/* "15.12.2026" from "2026-12-15" */
static char *
day_text (const char *iso)
{
  GDate date;

  if (!kez_date_parse_iso (iso, &date))
    return g_strdup (iso);
  return g_strdup_printf ("%02d.%02d.%04d", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

/* "Срок исполнения перенесён: 15.12.2026 → 31.03.2027": a change the database recorded. */
static char *
changed (const char        *kind,
         const char        *from,
         const char        *to,
         KezExportLanguage  language)
{
  static const KezTerm deadline = { "Орындау мерзімі ауыстырылды", "Срок исполнения перенесён" };
  static const KezTerm executor = { "Орындаушы ауыстырылды", "Исполнитель заменён" };
  gboolean is_deadline = g_str_equal (kind, "deadline");
  g_autofree char *what = kez_term_join (is_deadline ? &deadline : &executor, language);
  g_autofree char *old_text = is_deadline ? day_text (from) : g_strdup (from);
  g_autofree char *new_text = is_deadline ? day_text (to) : g_strdup (to);

  return g_strdup_printf ("%s: %s → %s", what, old_text, new_text);
}

/**
 * kez_quarter_progress_notes:
 * @with_authors: whether each note names who wrote it (the workbook for the authorised body
 *   does; a publication does not)
 *
 * Returns: (transfer full): "02.11.2026 Подрядчик выбран (a.nurlanova)", one line per note
 *   of the quarter on the action
 */
char *
kez_quarter_progress_notes (KezQuarterProgress *self,
                            gint64              action_id,
                            KezExportLanguage   language,
                            gboolean            with_authors)
{
  KezDbStmt *notes = self->notes;
  GString *text = g_string_new (NULL);

  kez_db_bind_int64 (notes, 1, action_id);
  while (kez_db_step (notes) == KEZ_DB_ROW)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (kez_store_column_text (notes, 0),
                                                                NULL);
      g_autoptr(GDateTime) local = when != NULL
                                     ? g_date_time_to_timezone (when, kez_kazakhstan_zone ())
                                     : NULL;
      g_autofree char *day = local != NULL ? g_date_time_format (local, "%d.%m.%Y")
                                           : g_strdup ("");
      const char *note = kez_store_column_text (notes, 2);
      const char *kind = kez_store_column_text (notes, 4);
      KezActionStatus status;
      g_autofree char *status_text = NULL;

      if (g_str_equal (kind, "deadline") || g_str_equal (kind, "executor"))
        status_text = changed (kind, kez_store_column_text (notes, 5),
                               kez_store_column_text (notes, 6), language);
      else if (kez_action_status_from_string (kez_db_column_text (notes, 3),
                                              &status))
        status_text = kez_term_join (kez_term_for_action_status (status), language);
      g_string_append_printf (text, "%s%s %s%s%s", text->len > 0 ? "\n" : "", day,
                              status_text != NULL ? status_text : "",
                              status_text != NULL && note[0] != '\0' ? ": " : "", note);
      if (with_authors)
        g_string_append_printf (text, " (%s)", kez_store_column_text (notes, 1));
    }
  kez_db_reset (notes);
  return g_string_free (text, FALSE);
}

/* "22.06.2026, Ким В. А.": the meeting that set the action. */
char *
kez_quarter_action_meeting (const KezQuarterAction *action)
{
  if (!g_date_valid (&action->meeting_day))
    return g_strdup ("");
  return g_strdup_printf ("%02u.%02u.%04u, %s", g_date_get_day (&action->meeting_day),
                          g_date_get_month (&action->meeting_day),
                          g_date_get_year (&action->meeting_day), action->leader_name);
}

const char *
kez_quarter_progress_get_start (KezQuarterProgress *self)
{
  return self->start;
}

const char *
kez_quarter_progress_get_end (KezQuarterProgress *self)
{
  return self->end;
}

void
kez_quarter_progress_free (KezQuarterProgress *self)
{
  g_clear_pointer (&self->actions, kez_db_finalize);
  g_clear_pointer (&self->notes, kez_db_finalize);
  g_free (self->start);
  g_free (self->end);
  g_free (self->executor);
  g_free (self->executor_body);
  g_free (self);
}
