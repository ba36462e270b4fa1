/* test-meetings.c: meetings in the store, their deadlines and coverage (their import from a
 * file is in test-meeting-import.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kez-coverage.h"
#include "kez-deadline-met.h"
#include "kez-deadlines.h"
#include "kez-iin.h"
#include "kez-live-questions.h"
#include "kez-meeting-deletion.h"
#include "kez-meeting-search.h"
#include "kez-meetings.h"
#include "kez-question-triage.h"
#include "kez-questions.h"
#include "kez-receptions.h"
#include "kez-schedule-status.h"
#include "kez-store-open.h"
#include "kez-store-private.h"
#include "kez-test-util.h"

static guint
count_meetings (KezStore *store)
{
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, "SELECT count(*) FROM meetings", NULL);

  g_assert_cmpint (kez_db_step (stmt), ==, KEZ_DB_ROW);
  return kez_db_column_int (stmt, 0);
}

static void
make_fields (KezMeetingFields *fields,
             const char       *body,
             int               year,
             int               month,
             int               day,
             const char       *region)
{
  kez_meeting_fields_init (fields);
  g_free (fields->body_code);
  fields->body_code = g_strdup (body);
  g_free (fields->leader_name);
  fields->leader_name = g_strdup ("Ә. Ахметова");
  g_date_set_dmy (&fields->date, day, month, year);
  fields->region_code = g_strdup (region);
}

static void
test_save_and_load (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeeting) loaded = NULL;
  const KezMeetingFields *got;
  KezMeetingFields fields;
  GDate event_day;

  make_fields (&fields, "moh", 2027, 12, 24, "abai");
  fields.start_minute = 15 * 60 + 30;
  fields.format = KEZ_FORMAT_HYBRID;
  fields.off_schedule = TRUE;
  g_free (fields.off_schedule_reason);
  fields.off_schedule_reason = g_strdup ("Паводок");
  g_date_clear (&event_day, 1);
  g_date_set_dmy (&event_day, 25, 12, 2027);
  kez_meeting_fields_add_event (&fields, KEZ_EVENT_RECEPTION, &event_day, 9 * 60, 12 * 60,
                                "Акимат", NULL);

  g_assert_true (kez_meetings_save (store, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fields.id, >, 0);

  loaded = kez_meetings_get (store, fields.id);
  g_assert_nonnull (loaded);
  got = kez_meeting_get_fields (loaded);
  g_assert_cmpstr (got->leader_name, ==, "Ә. Ахметова");
  g_assert_cmpint (got->start_minute, ==, 15 * 60 + 30);
  g_assert_cmpint (got->format, ==, KEZ_FORMAT_HYBRID);
  g_assert_true (got->off_schedule);
  g_assert_cmpstr (got->off_schedule_reason, ==, "Паводок");
  g_assert_cmpuint (got->events->len, ==, 1);
  g_assert_cmpint (g_array_index (got->events, KezMeetingEvent, 0).end_minute, ==, 12 * 60);

  /* The meeting on 24 December with a reception on the 25th: due on 4 January. */
  {
    g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);
    GDate last, due;

    kez_meeting_get_last_day (loaded, &last);
    kez_deadlines_publication_due (rules, &last, &due);
    kez_test_assert_date (&due, 2028, 1, 4);
  }

  kez_meeting_fields_clear (&fields);
}

static void
test_delete_and_restore (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeeting) before = NULL;
  g_autoptr(KezMeeting) after = NULL;
  KezMeetingFields fields, copy;
  GDate event_day;
  gint64 id;

  make_fields (&fields, "moh", 2027, 3, 1, "abai");
  g_date_clear (&event_day, 1);
  g_date_set_dmy (&event_day, 1, 3, 2027);
  kez_meeting_fields_add_event (&fields, KEZ_EVENT_MEDIA_BRIEFING, &event_day, 13 * 60, -1,
                                NULL, NULL);
  g_assert_true (kez_meetings_save (store, &fields, &error));
  id = fields.id;
  before = kez_meetings_get (store, id);

  g_assert_true (kez_meetings_delete (store, id, &error));
  g_assert_null (kez_meetings_get (store, id));
  g_assert_cmpuint (count_meetings (store), ==, 0);

  /* Undo: the same meeting comes back under the same id, events and all. */
  kez_meeting_fields_copy (kez_meeting_get_fields (before), &copy);
  g_assert_true (kez_meetings_save (store, &copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (copy.id, ==, id);
  after = kez_meetings_get (store, id);
  g_assert_cmpuint (kez_meeting_get_fields (after)->events->len, ==, 1);

  kez_meeting_fields_clear (&fields);
  kez_meeting_fields_clear (&copy);
}

static void
test_checks (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);
  g_autoptr(GPtrArray) problems = NULL;
  KezMeetingFields fields;
  GDate before_start;

  make_fields (&fields, "mod", 2027, 3, 1, NULL); /* Defence: exempt */
  fields.planned_minutes = 10;
  fields.off_schedule = TRUE;
  fields.deputy_pm_attending = TRUE;
  g_date_clear (&before_start, 1);
  g_date_set_dmy (&before_start, 28, 2, 2027);
  kez_meeting_fields_add_event (&fields, KEZ_EVENT_NGO_MEETING, &before_start, 600, -1, NULL,
                                NULL);

  problems = kez_meeting_fields_check (&fields, rules);
  g_assert_cmpuint (problems->len, ==, 5);
  g_assert_cmpint (((KezMeetingProblem *) g_ptr_array_index (problems, 0))->field, ==,
                   KEZ_FIELD_BODY);
  g_assert_cmpint (((KezMeetingProblem *) g_ptr_array_index (problems, 1))->field, ==,
                   KEZ_FIELD_DURATION);
  g_assert_cmpint (((KezMeetingProblem *) g_ptr_array_index (problems, 2))->field, ==,
                   KEZ_FIELD_OFF_SCHEDULE_REASON);
  g_assert_cmpint (((KezMeetingProblem *) g_ptr_array_index (problems, 3))->field, ==,
                   KEZ_FIELD_DEPUTY_PM_REASON);
  g_assert_cmpint (((KezMeetingProblem *) g_ptr_array_index (problems, 4))->field, ==,
                   KEZ_FIELD_EVENTS);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A meeting planned before the rules exempted its body can still be cancelled. */
  fields.status = KEZ_STATUS_CANCELLED;
  problems = kez_meeting_fields_check (&fields, rules);
  g_assert_cmpuint (problems->len, ==, 4);
  g_assert_cmpint (((KezMeetingProblem *) g_ptr_array_index (problems, 0))->field, ==,
                   KEZ_FIELD_DURATION);
  g_clear_pointer (&problems, g_ptr_array_unref);
  fields.status = KEZ_STATUS_PROPOSED;

  fields.planned_minutes = 480;
  g_free (fields.body_code);
  fields.body_code = g_strdup ("moh");
  fields.off_schedule = fields.deputy_pm_attending = FALSE;
  g_array_set_size (fields.events, 0);
  problems = kez_meeting_fields_check (&fields, rules);
  g_assert_cmpuint (problems->len, ==, 0);

  kez_meeting_fields_clear (&fields);
}

static void
test_deadlines_on_calendar (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(GArray) december = NULL;
  g_autoptr(GArray) january = NULL;
  KezMeetingFields fields;
  GDate first, last;

  make_fields (&fields, "moh", 2027, 12, 24, "abai");
  g_assert_true (kez_meetings_save (store, &fields, &error));
  kez_meeting_fields_clear (&fields);
  make_fields (&fields, "moh", 2027, 12, 3, "abai");
  fields.status = KEZ_STATUS_CANCELLED; /* no publication for a cancelled meeting */
  g_assert_true (kez_meetings_save (store, &fields, &error));
  kez_meeting_fields_clear (&fields);
  meetings = kez_meetings_list_year (store, 2027);

  /* December 2027: proposals (1st) and draft (15th) for 2028, Q4 report on the 31st. */
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, 12, 2027);
  g_date_set_dmy (&last, 31, 12, 2027);
  december = kez_deadlines_in_range (rules, meetings, &first, &last);
  g_assert_cmpuint (december->len, ==, 3);
  g_assert_cmpint (g_array_index (december, KezDeadline, 0).kind, ==,
                   KEZ_DEADLINE_SCHEDULE_PROPOSALS);
  g_assert_cmpint (g_array_index (december, KezDeadline, 0).year, ==, 2028);
  kez_test_assert_date (&g_array_index (december, KezDeadline, 1).date, 2027, 12, 15);
  kez_test_assert_date (&g_array_index (december, KezDeadline, 2).date, 2027, 12, 31);

  /* January 2028: the 24 December meeting's publication (3rd) and the approval (10th). */
  g_date_set_dmy (&first, 1, 1, 2028);
  g_date_set_dmy (&last, 31, 1, 2028);
  january = kez_deadlines_in_range (rules, meetings, &first, &last);
  g_assert_cmpuint (january->len, ==, 2);
  g_assert_cmpint (g_array_index (january, KezDeadline, 0).kind, ==, KEZ_DEADLINE_PUBLICATION);
  kez_test_assert_date (&g_array_index (january, KezDeadline, 0).date, 2028, 1, 3);
  g_assert_cmpint (g_array_index (january, KezDeadline, 0).meeting_id, >, 0);
  g_assert_cmpint (g_array_index (january, KezDeadline, 1).kind, ==,
                   KEZ_DEADLINE_SCHEDULE_APPROVAL);
}

/* Reminded from three days before to the day, and no longer once the proposals are sent. */
static void
test_deadline_reminders (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);
  g_autoptr(GError) error = NULL;
  GDate day;

  g_assert_true (kez_store_set_served_body (store, "moh", &error));
  g_date_clear (&day, 1);
  for (int d = 25; d <= 30; d++)
    {
      g_autoptr(GArray) reminders = NULL;

      g_date_set_dmy (&day, d, 11, 2027);
      reminders = kez_deadline_reminders_for (store, rules, &day);
      /* The proposals for 2028 are due on 1 December: from 28 November on. */
      g_assert_cmpuint (reminders->len, ==, d >= 28 ? 1 : 0);
      if (reminders->len > 0)
        g_assert_cmpint (g_array_index (reminders, KezDeadline, 0).kind, ==,
                         KEZ_DEADLINE_SCHEDULE_PROPOSALS);
    }
  g_date_set_dmy (&day, 1, 12, 2027);
  {
    g_autoptr(GArray) on_the_day = kez_deadline_reminders_for (store, rules, &day);

    g_assert_cmpuint (on_the_day->len, ==, 1);
    kez_test_assert_date (&g_array_index (on_the_day, KezDeadline, 0).date, 2027, 12, 1);
  }
  {
    KezScheduleStatus status = { KEZ_SCHEDULE_SUBMITTED, { 0 }, { 0 }, (char *) "" };

    status.submitted_on = day;
    g_date_clear (&status.approved_on, 1);
    g_assert_true (kez_schedule_status_set (store, "moh", 2028, &status, &error));
    g_assert_no_error (error);
  }
  {
    g_autoptr(GArray) sent = kez_deadline_reminders_for (store, rules, &day);

    g_assert_cmpuint (sent->len, ==, 0);
  }
}

static void
test_coverage (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(KezRuleSet) rules = NULL;
  KezCoverage coverage;
  struct { int month; const char *region; KezLeaderPosition position; KezMeetingStatus status; }
  plan[] = {
    { 1, "abai", KEZ_LEADER_HEAD, KEZ_STATUS_HELD },
    { 2, "abai", KEZ_LEADER_DEPUTY, KEZ_STATUS_APPROVED },
    { 5, "astana", KEZ_LEADER_DEPUTY, KEZ_STATUS_APPROVED },
    { 8, "shymkent", KEZ_LEADER_HEAD, KEZ_STATUS_CANCELLED },
    { 11, "almaty", KEZ_LEADER_HEAD, KEZ_STATUS_PROPOSED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      KezMeetingFields fields;

      make_fields (&fields, "moh", 2027, plan[i].month, 10, plan[i].region);
      fields.leader_position = plan[i].position;
      fields.status = plan[i].status;
      g_assert_true (kez_meetings_save (store, &fields, &error));
      kez_meeting_fields_clear (&fields);
    }
  g_assert_true (kez_store_set_active_rule_set (store, "rules-2024", &error));
  rules = kez_store_dup_active_rule_set (store);
  meetings = kez_meetings_list_year (store, 2027);

  kez_coverage_compute (&coverage, meetings, rules);
  g_assert_cmpuint (coverage.meetings[0], ==, 2);
  g_assert_cmpuint (coverage.meetings[1], ==, 1);
  g_assert_cmpuint (coverage.meetings[2], ==, 0); /* the August one was cancelled */
  g_assert_cmpuint (coverage.meetings[3], ==, 1);
  g_assert_cmpuint (coverage.minimum, ==, 1);
  g_assert_false (kez_coverage_quarter_short (&coverage, 1));
  g_assert_true (kez_coverage_quarter_short (&coverage, 2)); /* only a deputy */
  g_assert_true (kez_coverage_quarter_short (&coverage, 3));
  g_assert_false (kez_coverage_quarter_short (&coverage, 4));
  g_assert_cmpint (kez_coverage_region (&coverage, "abai"), ==, KEZ_REGION_VISITED);
  g_assert_cmpint (kez_coverage_region (&coverage, "astana"), ==, KEZ_REGION_PLANNED);
  g_assert_cmpint (kez_coverage_region (&coverage, "shymkent"), ==, KEZ_REGION_NOT_COVERED);
  g_assert_cmpuint (kez_coverage_count_regions (&coverage, KEZ_REGION_PLANNED), ==, 3);
  g_assert_cmpuint (kez_coverage_count_regions (&coverage, KEZ_REGION_VISITED), ==, 1);
  kez_coverage_clear (&coverage);
}

static void
test_receptions (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  KezMeetingFields fields;
  KezReceptionFields citizen = { "Ә. Сейітова", "791028302729", "+7 701 000 00 00",
                                 "Семей", "Жол жөндеу", "" };

  make_fields (&fields, "moh", 2027, 3, 1, "abai");
  g_assert_true (kez_meetings_save (store, &fields, &error));

  /* A wrong check digit: refused with the IIN's own message, nothing saved. */
  g_assert_false (kez_receptions_add (store, fields.id, &citizen, &error));
  g_assert_error (error, KEZ_IIN_ERROR, KEZ_IIN_ERROR_CHECK_DIGIT);
  g_clear_error (&error);
  g_assert_cmpuint (kez_receptions_count (store, fields.id), ==, 0);

  citizen.iin = "791028302728";
  g_assert_true (kez_receptions_add (store, fields.id, &citizen, &error));
  g_assert_no_error (error);
  citizen.iin = ""; /* an IIN is not required */
  g_assert_true (kez_receptions_add (store, fields.id, &citizen, &error));
  g_assert_cmpuint (kez_receptions_count (store, fields.id), ==, 2);

  /* One reception event holds both citizens. */
  {
    g_autoptr(KezMeeting) meeting = kez_meetings_get (store, fields.id);
    g_assert_cmpuint (kez_meeting_get_fields (meeting)->events->len, ==, 1);
  }

  /* Editing the meeting keeps its events' rows, and the citizens under them. */
  {
    g_autoptr(KezMeeting) meeting = kez_meetings_get (store, fields.id);
    KezMeetingFields edited;

    kez_meeting_fields_copy (kez_meeting_get_fields (meeting), &edited);
    edited.planned_minutes = 120;
    g_assert_true (kez_meetings_save (store, &edited, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (kez_receptions_count (store, fields.id), ==, 2);
    kez_meeting_fields_clear (&edited);
  }

  /* A meeting with citizens received is history: it cannot be deleted. */
  g_assert_false (kez_meetings_delete (store, fields.id, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);
  g_assert_cmpuint (kez_receptions_count (store, fields.id), ==, 2);

  /* Neither a name nor an issue: nothing to record. */
  citizen.citizen_name = " ";
  citizen.issue = "";
  g_assert_false (kez_receptions_add (store, fields.id, &citizen, &error));
  g_assert_nonnull (error);
  kez_meeting_fields_clear (&fields);
}

static void
test_events_of_the_day (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeeting) meeting = NULL;
  const KezMeetingEvent *briefing;
  KezMeetingFields fields;

  make_fields (&fields, "moh", 2027, 3, 1, "abai");
  g_assert_true (kez_meetings_save (store, &fields, &error));

  g_assert_false (kez_meetings_add_event (store, fields.id, KEZ_EVENT_MEDIA_BRIEFING, &fields.date,
                                          15 * 60, 14 * 60, "", "", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (kez_meetings_add_event (store, fields.id, KEZ_EVENT_MEDIA_BRIEFING, &fields.date,
                                         15 * 60, 15 * 60 + 30, "Хабар, Kazinform", "Жол", &error));
  g_assert_no_error (error);

  meeting = kez_meetings_get (store, fields.id);
  g_assert_cmpuint (kez_meeting_get_fields (meeting)->events->len, ==, 1);
  briefing = &g_array_index (kez_meeting_get_fields (meeting)->events, KezMeetingEvent, 0);
  g_assert_cmpint (briefing->kind, ==, KEZ_EVENT_MEDIA_BRIEFING);
  g_assert_cmpint (briefing->end_minute, ==, 15 * 60 + 30);
  g_assert_cmpstr (briefing->participants, ==, "Хабар, Kazinform");
  g_assert_cmpstr (briefing->notes, ==, "Жол");
  kez_meeting_fields_clear (&fields);
}

/* A reception logged from the console of a meeting on another day is on that day, from its
 * start; an event before the start is a warning, never a reason the meeting cannot be saved. */
static void
test_events_take_the_meeting_day (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeeting) meeting = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  KezReceptionFields citizen = { "Ким В.", "", "", "", "Жильё", "" };
  const KezMeetingEvent *reception;
  KezMeetingFields fields, edited;

  make_fields (&fields, "moh", 2027, 3, 15, "abai");
  fields.start_minute = 10 * 60;
  g_assert_true (kez_meetings_save (store, &fields, &error));
  g_assert_true (kez_receptions_add (store, fields.id, &citizen, &error));
  g_assert_no_error (error);

  meeting = kez_meetings_get (store, fields.id);
  reception = &g_array_index (kez_meeting_get_fields (meeting)->events, KezMeetingEvent, 0);
  kez_test_assert_date (&reception->date, 2027, 3, 15);
  g_assert_cmpint (reception->start_minute, ==, 10 * 60);
  g_assert_cmpint (kez_meeting_event_minute_now (&fields), ==, 10 * 60);

  /* Moved earlier, the reception is before the meeting's start: saved, with a warning. */
  kez_meeting_fields_copy (kez_meeting_get_fields (meeting), &edited);
  g_array_index (edited.events, KezMeetingEvent, 0).start_minute = 9 * 60;
  problems = kez_meeting_fields_check (&edited, rules);
  g_assert_cmpuint (problems->len, ==, 0);
  warnings = kez_meeting_fields_warn (&edited);
  g_assert_cmpuint (warnings->len, ==, 1);
  g_assert_cmpint (((KezMeetingProblem *) g_ptr_array_index (warnings, 0))->field, ==,
                   KEZ_FIELD_EVENTS);
  g_assert_true (kez_meetings_save (store, &edited, &error));
  g_assert_no_error (error);
  g_assert_false (kez_meeting_fields_equal (&edited, kez_meeting_get_fields (meeting)));

  /* Finishing the clock marks it held, and nothing else changes. */
  g_assert_true (kez_meetings_set_status (store, fields.id, KEZ_STATUS_HELD, &error));
  g_clear_object (&meeting);
  meeting = kez_meetings_get (store, fields.id);
  g_assert_cmpint (kez_meeting_get_fields (meeting)->status, ==, KEZ_STATUS_HELD);
  edited.status = KEZ_STATUS_HELD;
  g_assert_true (kez_meeting_fields_equal (&edited, kez_meeting_get_fields (meeting)));

  kez_meeting_fields_clear (&edited);
  kez_meeting_fields_clear (&fields);
}

/* The schedule's status is a record: dates as entered, corrections kept, a return to draft
 * keeps what it replaced. */
static void
test_schedule_status_record (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) history = NULL;
  KezScheduleStatus status = { KEZ_SCHEDULE_SUBMITTED, { 0 }, { 0 }, (char *) "" };
  const KezScheduleRecord *approved;

  g_date_clear (&status.submitted_on, 1);
  g_date_clear (&status.approved_on, 1);
  g_date_set_dmy (&status.submitted_on, 28, 11, 2026);
  g_assert_true (kez_schedule_status_set (store, "moh", 2027, &status, &error));
  g_assert_no_error (error);

  /* Approved before it was submitted: refused. */
  status.state = KEZ_SCHEDULE_APPROVED;
  g_date_set_dmy (&status.approved_on, 20, 11, 2026);
  g_assert_false (kez_schedule_status_set (store, "moh", 2027, &status, &error));
  g_clear_error (&error);
  g_date_set_dmy (&status.approved_on, 8, 1, 2027);
  status.resolution_number = (char *) "1025";
  g_assert_true (kez_schedule_status_set (store, "moh", 2027, &status, &error));
  /* A correction of the date, then a return to draft. */
  g_date_set_dmy (&status.approved_on, 9, 1, 2027);
  g_assert_true (kez_schedule_status_set (store, "moh", 2027, &status, &error));
  status.state = KEZ_SCHEDULE_DRAFT;
  g_assert_true (kez_schedule_status_set (store, "moh", 2027, &status, &error));
  g_assert_no_error (error);

  history = kez_schedule_status_history (store, "moh", 2027);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpint (g_array_index (history, KezScheduleRecord, 0).status.state, ==,
                   KEZ_SCHEDULE_SUBMITTED);
  approved = &g_array_index (history, KezScheduleRecord, 1);
  g_assert_cmpint (approved->status.state, ==, KEZ_SCHEDULE_APPROVED);
  kez_test_assert_date (&approved->status.submitted_on, 2026, 11, 28);
  kez_test_assert_date (&approved->status.approved_on, 2027, 1, 8);
  g_assert_cmpstr (approved->status.resolution_number, ==, "1025");
  kez_test_assert_date (&g_array_index (history, KezScheduleRecord, 2).status.approved_on,
                        2027, 1, 9);
  g_assert_cmpint (g_array_index (history, KezScheduleRecord, 3).status.state, ==,
                   KEZ_SCHEDULE_DRAFT);
  g_assert_cmpstr (g_array_index (history, KezScheduleRecord, 3).author, !=, "");
  /* The history cannot be rewritten. */
  g_assert_false (kez_store_exec (store, "DELETE FROM schedule_status_history", NULL));
}

static KezMeetingStatus
status_of (KezStore *store,
           gint64    id)
{
  g_autoptr(KezMeeting) meeting = kez_meetings_get (store, id);

  return kez_meeting_get_fields (meeting)->status;
}

/* The Government's approval approves the body's proposed meetings of the year in the same
 * step; off-schedule, cancelled, other years' and other bodies' meetings stay as they were. */
static void
test_approval_approves_the_meetings (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  KezScheduleStatus status = { KEZ_SCHEDULE_APPROVED, { 0 }, { 0 }, (char *) "1025" };
  KezMeetingFields proposed, off, cancelled, next_year, other_body;
  guint n = 0;

  make_fields (&proposed, "moh", 2027, 3, 1, "abai");
  make_fields (&off, "moh", 2027, 4, 1, "abai");
  off.off_schedule = TRUE;
  g_free (off.off_schedule_reason);
  off.off_schedule_reason = g_strdup ("Паводок");
  make_fields (&cancelled, "moh", 2027, 5, 1, "abai");
  cancelled.status = KEZ_STATUS_CANCELLED;
  make_fields (&next_year, "moh", 2028, 3, 1, "abai");
  make_fields (&other_body, "mop", 2027, 3, 2, "abai");
  g_assert_true (kez_meetings_save (store, &proposed, &error));
  g_assert_true (kez_meetings_save (store, &off, &error));
  g_assert_true (kez_meetings_save (store, &cancelled, &error));
  g_assert_true (kez_meetings_save (store, &next_year, &error));
  g_assert_true (kez_meetings_save (store, &other_body, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kez_schedule_count_proposed (store, "moh", 2027), ==, 1);

  /* A refused approval (no dates) approves nothing. */
  g_date_clear (&status.submitted_on, 1);
  g_date_clear (&status.approved_on, 1);
  g_assert_false (kez_schedule_status_set_approving (store, "moh", 2027, &status, TRUE, &n,
                                                     &error));
  g_clear_error (&error);
  g_assert_cmpint (status_of (store, proposed.id), ==, KEZ_STATUS_PROPOSED);

  g_date_set_dmy (&status.submitted_on, 28, 11, 2026);
  g_date_set_dmy (&status.approved_on, 8, 1, 2027);
  g_assert_true (kez_schedule_status_set_approving (store, "moh", 2027, &status, TRUE, &n,
                                                    &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpint (status_of (store, proposed.id), ==, KEZ_STATUS_APPROVED);
  g_assert_cmpint (status_of (store, off.id), ==, KEZ_STATUS_PROPOSED);
  g_assert_cmpint (status_of (store, cancelled.id), ==, KEZ_STATUS_CANCELLED);
  g_assert_cmpint (status_of (store, next_year.id), ==, KEZ_STATUS_PROPOSED);
  g_assert_cmpint (status_of (store, other_body.id), ==, KEZ_STATUS_PROPOSED);
  g_assert_cmpuint (kez_schedule_count_proposed (store, "moh", 2027), ==, 0);

  kez_meeting_fields_clear (&proposed);
  kez_meeting_fields_clear (&off);
  kez_meeting_fields_clear (&cancelled);
  kez_meeting_fields_clear (&next_year);
  kez_meeting_fields_clear (&other_body);
}

static guint
n_found (KezStore   *store,
         const char *text)
{
  g_autoptr(KezMeetingQuery) query = kez_meeting_query_new (store, text);
  g_autoptr(GListModel) found = kez_meetings_search (store, query);

  return g_list_model_get_n_items (found);
}

/* The schedule's search: every word, as the start of a word of the leader, region (either
 * language), locality, venue or topic, in any year, word forms and ё folded. */
static void
test_search_every_year (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  KezMeetingFields a, b, c;

  make_fields (&a, "moh", 2025, 3, 1, "abai");
  g_free (a.locality);
  a.locality = g_strdup ("Семей");
  g_free (a.topic);
  a.topic = g_strdup ("Водоснабжение сёл");
  make_fields (&b, "moh", 2027, 5, 12, "astana");
  g_free (b.leader_name);
  b.leader_name = g_strdup ("Ким В. С.");
  g_free (b.topic);
  b.topic = g_strdup ("Мектептер құрылысы");
  make_fields (&c, "moh", 2026, 9, 1, "shymkent");
  g_assert_true (kez_meetings_save (store, &a, &error));
  g_assert_true (kez_meetings_save (store, &b, &error));
  g_assert_true (kez_meetings_save (store, &c, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_found (store, ""), ==, 3);         /* nothing asked: everything */
  g_assert_cmpuint (n_found (store, "семея"), ==, 1);    /* a word form of the locality */
  g_assert_cmpuint (n_found (store, "сел"), ==, 1);      /* ё folded */
  g_assert_cmpuint (n_found (store, "абай"), ==, 1);     /* the region in Kazakh… */
  g_assert_cmpuint (n_found (store, "Шымкент"), ==, 1);  /* …and in Russian */
  g_assert_cmpuint (n_found (store, "мектеп"), ==, 1);
  g_assert_cmpuint (n_found (store, "ахметова семей"), ==, 1);
  g_assert_cmpuint (n_found (store, "ахметова"), ==, 2);
  g_assert_cmpuint (n_found (store, "ким семей"), ==, 0); /* every word must be found */
  g_assert_cmpuint (n_found (store, "мей"), ==, 0);       /* the start of a word, not inside */

  kez_meeting_fields_clear (&a);
  kez_meeting_fields_clear (&b);
  kez_meeting_fields_clear (&c);
}

static void
test_live_questions (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(KezLiveQuestion) first = NULL;
  KezMeetingFields fields;
  gint64 asked, commented;

  make_fields (&fields, "moh", 2027, 3, 1, "abai");
  g_assert_true (kez_meetings_save (store, &fields, &error));

  g_assert_cmpint (kez_live_questions_add (store, fields.id, "hall", "  ", &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  asked = kez_live_questions_add (store, fields.id, "hall", " Мектеп қашан жөнделеді? ", &error);
  commented = kez_live_questions_add (store, fields.id, "online-comment", "Дороги", &error);
  g_assert_no_error (error);

  g_assert_true (kez_live_questions_mark_answering (store, asked, &error));
  g_assert_true (kez_live_questions_mark_answered (store, asked, &error));
  g_assert_cmpuint (kez_live_questions_count_answered (store, fields.id), ==, 1);

  /* Open questions first; the answered one last, stamped. */
  list = kez_live_questions_list (store, fields.id);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpint (kez_live_question_get_id (first), ==, commented);
  g_assert_false (kez_live_question_get_answered (first));
  g_clear_object (&first);
  first = g_list_model_get_item (list, 1);
  g_assert_cmpstr (kez_live_question_get_text (first), ==, "Мектеп қашан жөнделеді?");
  g_assert_true (kez_live_question_get_answering (first));
  g_assert_true (kez_live_question_get_answered (first));
  kez_meeting_fields_clear (&fields);
}

static gint64
question_for (KezStore   *store,
              gint64      meeting_id,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  KezQuestionFields fields;
  gint64 id;

  kez_question_fields_init (&fields);
  g_free (fields.received_on);
  fields.received_on = g_strdup ("2027-02-20");
  g_free (fields.text);
  fields.text = g_strdup (text);
  fields.meeting_id = meeting_id;
  id = kez_questions_add (store, &fields, &error);
  kez_question_fields_clear (&fields);
  g_assert_no_error (error);
  return id;
}

static gint64
meeting_of_question (KezStore *store,
                     gint64    id)
{
  g_autoptr(KezQuestion) question = kez_questions_get (store, id);

  return kez_question_get_fields (question)->meeting_id;
}

/* Undoing a delete gives the meeting back its questions, except one given elsewhere since. */
static void
test_undo_delete_gives_back_the_questions (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeeting) meeting = NULL;
  g_autoptr(KezMeetingDeletion) deletion = NULL;
  g_autoptr(KezTriageUndo) moved = NULL;
  KezMeetingFields fields, other;
  gint64 first, second, id;

  make_fields (&fields, "moh", 2027, 3, 1, "abai");
  make_fields (&other, "moh", 2027, 4, 1, "abai");
  g_assert_true (kez_meetings_save (store, &fields, &error));
  g_assert_true (kez_meetings_save (store, &other, &error));
  id = fields.id;
  first = question_for (store, id, "Жол жөндеу");
  second = question_for (store, id, "Мектеп салу");
  meeting = kez_meetings_get (store, id);

  deletion = kez_meeting_deletion_delete (store, meeting, &error);
  g_assert_no_error (error);
  g_assert_nonnull (deletion);
  g_assert_cmpuint (kez_meeting_deletion_get_n_questions (deletion), ==, 2);
  g_assert_null (kez_meetings_get (store, id));
  g_assert_cmpint (meeting_of_question (store, first), ==, 0);
  g_assert_cmpint (meeting_of_question (store, second), ==, 0);

  moved = kez_triage_set_meeting (store, &second, 1, other.id, &error);
  g_assert_no_error (error);

  g_assert_true (kez_meeting_deletion_undo (deletion, store, &error));
  g_assert_no_error (error);
  g_clear_object (&meeting);
  meeting = kez_meetings_get (store, id);
  g_assert_nonnull (meeting);
  g_assert_cmpint (meeting_of_question (store, first), ==, id);
  g_assert_cmpint (meeting_of_question (store, second), ==, other.id);
  kez_meeting_fields_clear (&fields);
  kez_meeting_fields_clear (&other);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meetings/search-every-year", test_search_every_year);
  g_test_add_func ("/meetings/approval-approves-the-meetings",
                   test_approval_approves_the_meetings);
  g_test_add_func ("/meetings/undo-delete-gives-back-the-questions",
                   test_undo_delete_gives_back_the_questions);
  g_test_add_func ("/meetings/save-and-load", test_save_and_load);
  g_test_add_func ("/meetings/delete-and-restore", test_delete_and_restore);
  g_test_add_func ("/meetings/checks", test_checks);
  g_test_add_func ("/calendar/deadlines", test_deadlines_on_calendar);
  g_test_add_func ("/calendar/coverage", test_coverage);
  g_test_add_func ("/receptions/iin", test_receptions);
  g_test_add_func ("/live-questions", test_live_questions);
  g_test_add_func ("/events-of-the-day", test_events_of_the_day);
  g_test_add_func ("/events-take-the-meeting-day", test_events_take_the_meeting_day);
  g_test_add_func ("/schedule-status/record", test_schedule_status_record);
  g_test_add_func ("/deadlines/reminders", test_deadline_reminders);

  return g_test_run ();
}
