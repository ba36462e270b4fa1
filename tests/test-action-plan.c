/* test-action-plan.c: problems from questions, actions, their history, overdue, deadlines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-actions.h"
#include "kez-deadlines.h"
#include "kez-meetings.h"
#include "kez-problems.h"
#include "kez-question-triage.h"
#include "kez-questions.h"
#include "kez-store-open.h"
#include "kez-store-private.h"
#include "kez-test-util.h"

static gint64
add_meeting (KezStore *store,
             int       year,
             int       month,
             int       day)
{
  g_autoptr(GError) error = NULL;
  KezMeetingFields fields;
  gint64 id;

  kez_meeting_fields_init (&fields);
  g_free (fields.body_code);
  fields.body_code = g_strdup ("moh");
  g_free (fields.leader_name);
  fields.leader_name = g_strdup ("Ә. Ахметова");
  g_date_set_dmy (&fields.date, day, month, year);
  fields.region_code = g_strdup ("abai");
  g_assert_true (kez_meetings_save (store, &fields, &error));
  g_assert_no_error (error);
  id = fields.id;
  kez_meeting_fields_clear (&fields);
  return id;
}

static gint64
add_question (KezStore   *store,
              gint64      meeting_id,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  KezQuestionFields fields;
  gint64 id;

  kez_question_fields_init (&fields);
  g_free (fields.received_on);
  fields.received_on = g_strdup ("2026-03-02");
  g_free (fields.text);
  fields.text = g_strdup (text);
  fields.meeting_id = meeting_id;
  id = kez_questions_add (store, &fields, &error);
  g_assert_no_error (error);
  kez_question_fields_clear (&fields);
  return id;
}

static gint64
add_action (KezStore        *store,
            gint64           problem_id,
            const char      *executor,
            int              year,
            int              month,
            int              day,
            KezActionStatus  status)
{
  g_autoptr(GError) error = NULL;
  KezActionFields fields;
  gint64 id;

  kez_action_fields_init (&fields);
  fields.problem_id = problem_id;
  g_free (fields.description);
  fields.description = g_strdup ("Жолды жөндеу");
  g_free (fields.executor_org);
  fields.executor_org = g_strdup (executor);
  g_date_set_dmy (&fields.deadline, day, month, year);
  fields.status = status;
  id = kez_actions_save (store, &fields, &error);
  g_assert_no_error (error);
  kez_action_fields_clear (&fields);
  return id;
}

static gint64
make_problem (KezStore     *store,
              gint64        meeting_id,
              const gint64 *questions,
              guint         n)
{
  g_autoptr(GError) error = NULL;
  KezProblemFields fields;
  gint64 id;

  kez_problem_fields_init (&fields);
  fields.meeting_id = meeting_id;
  g_free (fields.title_ru);
  fields.title_ru = g_strdup ("Разбитые дороги");
  id = kez_problems_create (store, &fields, questions, n, &error);
  g_assert_no_error (error);
  kez_problem_fields_clear (&fields);
  return id;
}

static void
assert_overdue_at (const char *instant,
                   int         year,
                   int         month,
                   int         day,
                   gboolean    expected)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_iso8601 (instant, NULL);
  KezActionFields action;
  GDate today;

  g_assert_nonnull (now);
  kez_action_fields_init (&action);
  g_date_set_dmy (&action.deadline, day, month, year);
  kez_action_today (now, &today);
  g_assert_cmpint (kez_action_is_overdue (&action, &today), ==, expected);
  action.status = KEZ_ACTION_DONE;
  g_assert_false (kez_action_is_overdue (&action, &today));
  action.status = KEZ_ACTION_CANCELLED;
  g_assert_false (kez_action_is_overdue (&action, &today));
  kez_action_fields_clear (&action);
}

static void
test_overdue_around_midnight (void)
{
  /* Kazakhstan is UTC+5: the deadline day lasts until 19:00 UTC. */
  assert_overdue_at ("2026-06-30T18:59:59Z", 2026, 6, 30, FALSE);
  assert_overdue_at ("2026-06-30T19:00:00Z", 2026, 6, 30, TRUE);
  /* Year ends: the 31 December deadline is in time all that day, late on 1 January. */
  assert_overdue_at ("2026-12-31T23:59:59+05:00", 2026, 12, 31, FALSE);
  assert_overdue_at ("2027-01-01T00:00:00+05:00", 2026, 12, 31, TRUE);
  assert_overdue_at ("2027-01-01T00:00:00+05:00", 2027, 1, 1, FALSE);
  /* A leap day. */
  assert_overdue_at ("2028-02-29T12:00:00+05:00", 2028, 2, 29, FALSE);
  assert_overdue_at ("2028-03-01T00:00:01+05:00", 2028, 2, 29, TRUE);
}

static void
test_history_is_append_only (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) history = NULL;
  gint64 meeting = add_meeting (store, 2026, 3, 10);
  gint64 problem = make_problem (store, meeting, NULL, 0);
  gint64 action = add_action (store, problem, "Әкімдік", 2026, 6, 30, KEZ_ACTION_PLANNED);

  g_assert_true (kez_actions_add_note (store, action, "Смета готова", &error));
  g_assert_no_error (error);
  g_assert_false (kez_store_exec (store, "UPDATE action_history SET note = 'переписано'",
                                  &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (kez_store_exec (store, "DELETE FROM action_history", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  history = kez_actions_history (store, action);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (g_array_index (history, KezActionNote, 0).status, ==, KEZ_ACTION_PLANNED);
  g_assert_cmpstr (g_array_index (history, KezActionNote, 1).note, ==, "Смета готова");
  g_assert_cmpstr (g_array_index (history, KezActionNote, 1).author, !=, "");

  /* The whole action, with its history, can still go. */
  g_assert_true (kez_actions_delete (store, action, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM action_history "
                                           "WHERE action_id = ?", action, -1), ==, 0);
}

static void
test_status_change_writes_history (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) history = NULL;
  g_autoptr(GArray) actions = NULL;
  gint64 meeting = add_meeting (store, 2026, 3, 10);
  gint64 problem = make_problem (store, meeting, NULL, 0);
  gint64 action = add_action (store, problem, "Әкімдік", 2026, 6, 30, KEZ_ACTION_PLANNED);

  g_assert_true (kez_actions_set_status (store, action, KEZ_ACTION_IN_PROGRESS, "Подрядчик выбран",
                                         &error));
  g_assert_true (kez_actions_set_status (store, action, KEZ_ACTION_DONE, NULL, &error));
  g_assert_no_error (error);
  /* The same status again writes no entry without a note. */
  g_assert_true (kez_actions_set_status (store, action, KEZ_ACTION_DONE, NULL, &error));

  /* Created; to "in progress", with its note in the same entry; to "done". */
  history = kez_actions_history (store, action);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpint (g_array_index (history, KezActionNote, 1).status, ==, KEZ_ACTION_IN_PROGRESS);
  g_assert_cmpstr (g_array_index (history, KezActionNote, 1).note, ==, "Подрядчик выбран");
  g_assert_cmpint (g_array_index (history, KezActionNote, 2).status, ==, KEZ_ACTION_DONE);

  actions = kez_actions_list_for_problem (store, problem);
  g_assert_cmpint (g_array_index (actions, KezActionFields, 0).status, ==, KEZ_ACTION_DONE);
  g_assert_true (g_date_valid (&g_array_index (actions, KezActionFields, 0).completed_on));
}

static void
test_publication_due_after_25_december (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeeting) meeting = NULL;
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);
  gint64 id = add_meeting (store, 2026, 12, 24);
  GDate reception, last, due;

  g_date_clear (&reception, 1);
  g_date_set_dmy (&reception, 25, 12, 2026);
  g_assert_true (kez_meetings_add_event (store, id, KEZ_EVENT_RECEPTION, &reception, 10 * 60,
                                         12 * 60, "", "", &error));
  g_assert_no_error (error);
  meeting = kez_meetings_get (store, id);
  kez_meeting_get_last_day (meeting, &last);
  kez_deadlines_publication_due (rules, &last, &due);
  kez_test_assert_date (&due, 2027, 1, 4);
}

static void
test_problems_and_overview (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GArray) problems = NULL;
  g_autoptr(GArray) actions = NULL;
  g_autoptr(GArray) summary = NULL;
  gint64 meeting = add_meeting (store, 2026, 3, 10);
  gint64 roads[] = { add_question (store, meeting, "Дорога разбита"),
                     add_question (store, meeting, "Жол бұзылған") };
  gint64 other = add_question (store, meeting, "Нет воды");
  gint64 problem;
  const KezExecutorSummary *akimat;
  GDate today;

  candidates = kez_problems_candidates (store, meeting);
  g_assert_cmpuint (candidates->len, ==, 3);

  problem = make_problem (store, meeting, roads, 2);
  g_clear_pointer (&candidates, g_array_unref);
  candidates = kez_problems_candidates (store, meeting);
  g_assert_cmpuint (candidates->len, ==, 1);
  g_assert_cmpint (g_array_index (candidates, gint64, 0), ==, other);

  problems = kez_problems_list (store, meeting);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpuint (g_array_index (problems, KezProblemFields, 0).n_questions, ==, 2);
  g_assert_cmpuint (g_array_index (problems, KezProblemFields, 0).n_citizens, ==, 2);

  add_action (store, problem, "Әкімдік", 2026, 4, 1, KEZ_ACTION_PLANNED);     /* overdue */
  add_action (store, problem, "Әкімдік", 2026, 9, 1, KEZ_ACTION_IN_PROGRESS); /* open */
  add_action (store, problem, "ҚТЖМ", 2026, 4, 1, KEZ_ACTION_DONE);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 5, 2026);
  actions = kez_actions_list_all (store, &today);
  g_assert_cmpuint (actions->len, ==, 3);
  g_assert_true (kez_action_is_overdue (&g_array_index (actions, KezActionFields, 0), &today));
  g_assert_cmpint (g_array_index (actions, KezActionFields, 2).status, ==, KEZ_ACTION_DONE);

  summary = kez_actions_summarise (actions, &today);
  g_assert_cmpuint (summary->len, ==, 2);
  akimat = &g_array_index (summary, KezExecutorSummary, 0);
  g_assert_cmpstr (akimat->executor, ==, "Әкімдік");
  g_assert_cmpuint (akimat->total, ==, 2);
  g_assert_cmpuint (akimat->overdue, ==, 1);
  g_assert_cmpuint (akimat->open, ==, 1);

  /* A problem deleted takes its actions and their history, and frees its questions. */
  g_assert_true (kez_problems_delete (store, problem, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM action_history "
                                           "WHERE id > ?", 0, -1), ==, 0);
  g_clear_pointer (&candidates, g_array_unref);
  candidates = kez_problems_candidates (store, meeting);
  g_assert_cmpuint (candidates->len, ==, 3);
}

/* A problem's names, topic and region can be corrected; its questions stay with it. */
static void
test_problem_is_corrected (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) problems = NULL;
  gint64 meeting = add_meeting (store, 2026, 3, 10);
  gint64 roads[] = { add_question (store, meeting, "Дорога разбита") };
  KezProblemFields fields;
  const KezProblemFields *stored;

  kez_problem_fields_init (&fields);
  fields.id = make_problem (store, meeting, roads, 1);
  fields.meeting_id = meeting;
  g_free (fields.title_kk);
  fields.title_kk = g_strdup ("  Бұзылған жолдар ");
  g_free (fields.title_ru);
  fields.title_ru = g_strdup ("Разбитые дороги в Семее");
  fields.region_code = g_strdup ("abai");
  g_assert_true (kez_problems_update (store, &fields, &error));
  g_assert_no_error (error);

  problems = kez_problems_list (store, meeting);
  g_assert_cmpuint (problems->len, ==, 1);
  stored = &g_array_index (problems, KezProblemFields, 0);
  g_assert_cmpstr (stored->title_kk, ==, "Бұзылған жолдар");
  g_assert_cmpstr (stored->title_ru, ==, "Разбитые дороги в Семее");
  g_assert_cmpstr (stored->region_code, ==, "abai");
  g_assert_cmpuint (stored->n_questions, ==, 1);

  /* Without any title, or for a problem that is gone, nothing changes. */
  g_free (fields.title_kk);
  fields.title_kk = g_strdup (" ");
  g_free (fields.title_ru);
  fields.title_ru = g_strdup ("");
  g_assert_false (kez_problems_update (store, &fields, &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_free (fields.title_ru);
  fields.title_ru = g_strdup ("Другое");
  fields.id = 999;
  g_assert_false (kez_problems_update (store, &fields, &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
  kez_problem_fields_clear (&fields);
}

static void
test_action_needs_deadline_and_executor (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  gint64 meeting = add_meeting (store, 2026, 3, 10);
  gint64 problem = make_problem (store, meeting, NULL, 0);
  KezActionFields fields;

  kez_action_fields_init (&fields);
  fields.problem_id = problem;
  g_free (fields.description);
  fields.description = g_strdup ("Построить школу");
  g_assert_cmpint (kez_actions_save (store, &fields, &error), ==, 0);
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_date_set_dmy (&fields.deadline, 1, 9, 2027);
  g_assert_cmpint (kez_actions_save (store, &fields, &error), ==, 0);
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  kez_action_fields_clear (&fields);
}

static char *
status_of (KezStore *store,
           gint64    question)
{
  g_autoptr(KezQuestion) found = kez_questions_get (store, question);

  return g_strdup (kez_question_status_to_string (kez_question_get_fields (found)->status));
}

/* Questions reach a meeting from triage, become a problem of it, and its questions change
 * later; every step is undone exactly. */
static void
test_triage_reaches_the_meeting (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(KezStore) store = kez_store_open (path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KezTriageUndo) given = NULL;
  g_autoptr(KezTriageUndo) written = NULL;
  g_autoptr(GArray) behind = NULL;
  gint64 meeting = add_meeting (store, 2026, 3, 10);
  gint64 a = add_question (store, 0, "Дорога");
  gint64 b = add_question (store, 0, "Школа");
  gint64 c = add_question (store, 0, "Больница");
  gint64 both[] = { a, b };
  gint64 only_c[] = { c };
  gint64 problem;
  KezProblemFields fields;
  GDate day;

  given = kez_triage_set_meeting (store, both, 2, meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kez_triage_undo_get_n_changed (given), ==, 2);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM questions "
                                                  "WHERE meeting_id = ?", meeting, 0), ==, 2);
  g_assert_true (kez_triage_undo (store, given, &error));
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM questions "
                                                  "WHERE meeting_id = ?", meeting, 0), ==, 0);
  g_clear_pointer (&given, kez_triage_undo_free);
  given = kez_triage_set_meeting (store, both, 2, meeting, &error);
  g_assert_no_error (error);

  /* A cancelled meeting takes no questions. */
  g_assert_null (kez_triage_set_meeting (store, only_c, 1, 99999, &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Answered in writing, with its day; not before the question came, not tomorrow. */
  g_date_set_dmy (&day, 1, G_DATE_MARCH, 2026);
  g_assert_null (kez_triage_answer_in_writing (store, only_c, 1, &day, &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_date_set_dmy (&day, 20, G_DATE_MARCH, 2026);
  written = kez_triage_answer_in_writing (store, only_c, 1, &day, &error);
  g_assert_no_error (error);
  {
    g_autoptr(KezQuestion) found = kez_questions_get (store, c);
    g_autofree char *status = status_of (store, c);

    g_assert_cmpstr (status, ==, "answered-in-writing");
    g_assert_cmpstr (kez_question_get_fields (found)->answered_on, ==, "2026-03-20");
  }
  g_assert_true (kez_triage_undo (store, written, &error));
  {
    g_autoptr(KezQuestion) found = kez_questions_get (store, c);
    g_autofree char *status = status_of (store, c);

    g_assert_cmpstr (status, ==, "new");
    g_assert_null (kez_question_get_fields (found)->answered_on);
  }

  /* A problem of the two; then the third added and the first taken out. */
  kez_problem_fields_init (&fields);
  fields.meeting_id = meeting;
  g_free (fields.title_ru);
  fields.title_ru = g_strdup ("Инфраструктура");
  problem = kez_problems_create (store, &fields, both, 2, &error);
  kez_problem_fields_clear (&fields);
  g_assert_no_error (error);
  {
    g_autofree char *status = status_of (store, a);

    g_assert_cmpstr (status, ==, "in-action-plan");
  }
  {
    gint64 now[] = { b, c };

    g_assert_true (kez_problems_set_questions (store, problem, now, 2, &error));
    g_assert_no_error (error);
  }
  behind = kez_problems_list_questions (store, problem);
  g_assert_cmpuint (behind->len, ==, 2);
  g_assert_cmpint (g_array_index (behind, gint64, 0), ==, b);
  g_assert_cmpint (g_array_index (behind, gint64, 1), ==, c);
  {
    g_autofree char *first = status_of (store, a);
    g_autofree char *third = status_of (store, c);

    g_assert_cmpstr (first, ==, "accepted");
    g_assert_cmpstr (third, ==, "in-action-plan");
  }
  g_assert_cmpint (kez_store_query_number (store, "SELECT meeting_id FROM questions WHERE id = ?",
                                           c, 0), ==, meeting);
  /* A question in the action plan stays with its meeting. */
  {
    g_autoptr(KezTriageUndo) moved = kez_triage_set_meeting (store, only_c, 1, 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (kez_triage_undo_get_n_changed (moved), ==, 0);
  }
}

/* A duplicate separated by mistake is merged back by undo. */
static void
test_unmerge_is_undone (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(KezStore) store = kez_store_open (path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KezTriageUndo) merged = NULL;
  g_autoptr(KezTriageUndo) separated = NULL;
  gint64 keep = add_question (store, 0, "Вода");
  gint64 copy = add_question (store, 0, "Вода!");
  gint64 ids[] = { keep, copy };

  merged = kez_triage_merge (store, ids, 2, keep, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_query_number (store, "SELECT citizens FROM questions WHERE id = ?",
                                           keep, 0), ==, 2);
  separated = kez_triage_unmerge_many (store, &copy, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kez_triage_undo_get_n_changed (separated), ==, 1);
  g_assert_cmpint (kez_store_query_number (store, "SELECT citizens FROM questions WHERE id = ?",
                                           keep, 0), ==, 1);
  g_assert_true (kez_triage_undo (store, separated, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_query_number (store, "SELECT merged_into FROM questions WHERE id = ?",
                                           copy, 0), ==, keep);
  g_assert_cmpint (kez_store_query_number (store, "SELECT citizens FROM questions WHERE id = ?",
                                           keep, 0), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/action-plan/overdue-around-midnight", test_overdue_around_midnight);
  g_test_add_func ("/action-plan/history-is-append-only", test_history_is_append_only);
  g_test_add_func ("/action-plan/status-change-writes-history", test_status_change_writes_history);
  g_test_add_func ("/action-plan/publication-due-after-25-december",
                   test_publication_due_after_25_december);
  g_test_add_func ("/action-plan/problems-and-overview", test_problems_and_overview);
  g_test_add_func ("/action-plan/triage-reaches-the-meeting", test_triage_reaches_the_meeting);
  g_test_add_func ("/action-plan/unmerge-is-undone", test_unmerge_is_undone);
  g_test_add_func ("/action-plan/problem-is-corrected", test_problem_is_corrected);
  g_test_add_func ("/action-plan/action-needs-deadline-and-executor",
                   test_action_needs_deadline_and_executor);

  return g_test_run ();
}
