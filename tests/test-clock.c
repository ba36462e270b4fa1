/* test-clock.c: the meeting clock, driven by a fake clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-clock-events.h"
#include "kez-clock-record.h"
#include "kez-meeting-clock.h"
#include "kez-meetings.h"
#include "kez-store-private.h"
#include "kez-test-util.h"

#define SECOND G_TIME_SPAN_SECOND
#define MINUTE G_TIME_SPAN_MINUTE

/* Two clocks that only move when a test says so; the wall clock starts at 25 Nov 2026 10:00. */
typedef struct
{
  gint64 monotonic;
  gint64 wall;
} FakeTime;

static gint64
fake_monotonic (gpointer data)
{
  return ((FakeTime *) data)->monotonic;
}

static gint64
fake_wall (gpointer data)
{
  return ((FakeTime *) data)->wall;
}

static void
advance (FakeTime  *time,
         GTimeSpan  span)
{
  time->monotonic += span;
  time->wall += span;
}

static KezClockSource
source_of (FakeTime *time)
{
  return (KezClockSource) { fake_monotonic, fake_wall, time };
}

static FakeTime
new_time (void)
{
  return (FakeTime) { 5000 * SECOND, G_GINT64_CONSTANT (1795600800) * SECOND };
}

static KezMeetingClock *
new_clock (FakeTime *time,
           guint     minutes)
{
  KezClockSource source = source_of (time);
  g_autoptr(KezRuleSet) rules = kez_test_load_rule_set ("decree-863-2022.ruleset");

  return kez_meeting_clock_new (minutes, kez_rule_set_presentation_budget (rules, minutes),
                                &source);
}

static void
test_ninety_minutes_switch_at_budget (void)
{
  FakeTime time = new_time ();
  g_autoptr(KezMeetingClock) clock = new_clock (&time, 90);
  g_autoptr(GArray) events = NULL;
  const KezClockEvent *last;
  gint64 started = time.monotonic;

  g_assert_cmpint (kez_meeting_clock_get_budget (clock), ==, 22 * MINUTE + 30 * SECOND);
  g_assert_cmpint (kez_meeting_clock_get_phase (clock), ==, KEZ_CLOCK_READY);
  g_assert_true (kez_meeting_clock_start (clock, NULL));

  advance (&time, 22 * MINUTE + 30 * SECOND - 1);
  g_assert_cmpint (kez_meeting_clock_get_phase (clock), ==, KEZ_CLOCK_PRESENTATION);
  g_assert_cmpint (kez_meeting_clock_get_phase_remaining (clock), ==, 1);

  /* The display looks again only 40 s later: the switch is still dated 22:30 exactly. */
  advance (&time, 40 * SECOND + 1);
  g_assert_cmpint (kez_meeting_clock_get_phase (clock), ==, KEZ_CLOCK_QUESTIONS);
  g_assert_cmpint (kez_meeting_clock_get_presentation (clock), ==, 22 * MINUTE + 30 * SECOND);
  g_assert_cmpint (kez_meeting_clock_get_questions (clock), ==, 40 * SECOND);
  g_assert_cmpint (kez_meeting_clock_get_breach (clock), ==, 0);
  g_assert_cmpint (kez_meeting_clock_get_meeting_remaining (clock), ==,
                   90 * MINUTE - 23 * MINUTE - 10 * SECOND);

  events = kez_meeting_clock_dup_events (clock);
  g_assert_cmpuint (events->len, ==, 2);
  last = &g_array_index (events, KezClockEvent, 1);
  g_assert_cmpint (last->kind, ==, KEZ_CLOCK_EVENT_AUTO_TO_QUESTIONS);
  g_assert_cmpint (last->monotonic_us - started, ==, 22 * MINUTE + 30 * SECOND);
  g_assert_cmpint (last->wall_us, ==, time.wall - 40 * SECOND);
}

static void
test_one_minute_meeting (void)
{
  FakeTime time = new_time ();
  g_autoptr(KezMeetingClock) clock = new_clock (&time, 1);

  g_assert_cmpint (kez_meeting_clock_get_budget (clock), ==, 15 * SECOND);
  g_assert_true (kez_meeting_clock_start (clock, NULL));
  advance (&time, 15 * SECOND);
  g_assert_cmpint (kez_meeting_clock_get_phase (clock), ==, KEZ_CLOCK_QUESTIONS);
  advance (&time, 45 * SECOND);
  g_assert_cmpint (kez_meeting_clock_get_meeting_remaining (clock), ==, 0);
  /* The meeting may run over; the clock counts on. */
  advance (&time, 10 * SECOND);
  g_assert_cmpint (kez_meeting_clock_get_meeting_remaining (clock), ==, -10 * SECOND);
  g_assert_true (kez_meeting_clock_finish (clock, NULL));
  g_assert_cmpint (kez_meeting_clock_get_questions (clock), ==, 55 * SECOND);
}

static void
test_pauses_count_for_neither_phase (void)
{
  FakeTime time = new_time ();
  g_autoptr(KezMeetingClock) clock = new_clock (&time, 60); /* budget 15 min */
  g_autoptr(GError) error = NULL;

  /* Not before the start. */
  g_assert_false (kez_meeting_clock_pause (clock, &error));
  g_assert_error (error, KEZ_CLOCK_ERROR, KEZ_CLOCK_ERROR_NOT_NOW);
  g_clear_error (&error);

  g_assert_true (kez_meeting_clock_start (clock, NULL));
  advance (&time, 5 * MINUTE);
  g_assert_true (kez_meeting_clock_pause (clock, NULL));
  advance (&time, 30 * MINUTE); /* longer than the budget: no switch while paused */
  g_assert_cmpint (kez_meeting_clock_get_phase (clock), ==, KEZ_CLOCK_PAUSED);
  g_assert_cmpint (kez_meeting_clock_get_running_phase (clock), ==, KEZ_CLOCK_PRESENTATION);
  g_assert_cmpint (kez_meeting_clock_get_presentation (clock), ==, 5 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_phase_remaining (clock), ==, 10 * MINUTE);
  g_assert_true (kez_meeting_clock_resume (clock, NULL));
  advance (&time, 10 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_phase (clock), ==, KEZ_CLOCK_QUESTIONS);

  advance (&time, 2 * MINUTE);
  g_assert_true (kez_meeting_clock_pause (clock, NULL));
  advance (&time, 7 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_questions (clock), ==, 2 * MINUTE);
  g_assert_true (kez_meeting_clock_resume (clock, NULL));
  advance (&time, MINUTE);
  g_assert_true (kez_meeting_clock_pause (clock, NULL));
  g_assert_true (kez_meeting_clock_finish (clock, NULL)); /* finishing a paused meeting */

  g_assert_cmpint (kez_meeting_clock_get_presentation (clock), ==, 15 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_questions (clock), ==, 3 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_paused (clock), ==, 37 * MINUTE);
  g_assert_false (kez_meeting_clock_resume (clock, NULL));
}

static void
test_back_to_presentation_is_a_breach (void)
{
  FakeTime time = new_time ();
  g_autoptr(KezMeetingClock) clock = new_clock (&time, 90);

  g_assert_true (kez_meeting_clock_start (clock, NULL));
  advance (&time, 30 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_phase (clock), ==, KEZ_CLOCK_QUESTIONS);
  g_assert_true (kez_meeting_clock_back_to_presentation (clock, NULL));
  g_assert_true (kez_meeting_clock_get_returned (clock));
  advance (&time, 2 * MINUTE);
  /* No automatic switch now: the overrun is counted and shown as negative time left. */
  g_assert_cmpint (kez_meeting_clock_get_phase (clock), ==, KEZ_CLOCK_PRESENTATION);
  g_assert_cmpint (kez_meeting_clock_get_breach (clock), ==, 2 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_phase_remaining (clock), ==, -2 * MINUTE);
  g_assert_true (kez_meeting_clock_to_questions (clock, NULL));
  advance (&time, 5 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_breach (clock), ==, 2 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_questions (clock), ==, 7 * MINUTE + 30 * SECOND + 5 * MINUTE);
}

static void
test_manual_switch_before_budget (void)
{
  FakeTime time = new_time ();
  g_autoptr(KezMeetingClock) clock = new_clock (&time, 90);

  g_assert_true (kez_meeting_clock_start (clock, NULL));
  advance (&time, 10 * MINUTE);
  g_assert_true (kez_meeting_clock_to_questions (clock, NULL));
  advance (&time, 80 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_presentation (clock), ==, 10 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_meeting_remaining (clock), ==, 0);
  g_assert_false (kez_meeting_clock_start (clock, NULL));
}

static void
test_four_hours_without_drift (void)
{
  FakeTime time = new_time ();
  g_autoptr(KezMeetingClock) clock = new_clock (&time, 240); /* budget 60 min */
  GTimeSpan shown = 0;

  g_assert_true (kez_meeting_clock_start (clock, NULL));
  /* A display refreshing every second, each refresh 1 µs late, for four hours. */
  for (int tick = 0; tick < 4 * 3600; tick++)
    {
      advance (&time, SECOND + (tick % 2 == 0 ? 1 : -1));
      shown = kez_meeting_clock_get_meeting_remaining (clock);
    }
  g_assert_cmpint (shown, ==, 0);
  g_assert_cmpint (kez_meeting_clock_get_presentation (clock), ==, 60 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_questions (clock), ==, 180 * MINUTE);
}

static gint64
make_meeting (KezStore *store)
{
  g_autoptr(GError) error = NULL;
  KezMeetingFields fields;
  gint64 id;

  kez_meeting_fields_init (&fields);
  g_free (fields.body_code);
  fields.body_code = g_strdup ("moh");
  g_free (fields.leader_name);
  fields.leader_name = g_strdup ("A");
  g_date_set_dmy (&fields.date, 25, 11, 2026);
  g_assert_true (kez_meetings_save (store, &fields, &error));
  id = fields.id;
  kez_meeting_fields_clear (&fields);
  return id;
}

static void
save_event (KezMeetingClock *clock,
            KezClockEvent   *event,
            gpointer         user_data)
{
  KezStore *store = user_data;
  g_autoptr(GError) error = NULL;
  gint64 meeting_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (clock), "meeting"));

  g_assert_true (kez_clock_events_append (store, meeting_id, event, &error));
  g_assert_no_error (error);
}

/* A meeting killed mid-way and reopened, in the same boot and after a reboot. */
static void
check_restore (gboolean reboot)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = kez_store_open (path, &error);
  g_autoptr(KezMeetingClock) before = NULL;
  g_autoptr(KezMeetingClock) after = NULL;
  g_autoptr(GArray) events = NULL;
  FakeTime time = new_time ();
  KezClockSource source;
  gint64 meeting = make_meeting (store);

  kez_clock_events_set_boot_id ("boot-one");
  before = new_clock (&time, 90);
  g_object_set_data (G_OBJECT (before), "meeting", GSIZE_TO_POINTER (meeting));
  g_signal_connect (before, "event", G_CALLBACK (save_event), store);
  g_assert_true (kez_meeting_clock_start (before, NULL));
  advance (&time, 10 * MINUTE);
  g_assert_true (kez_meeting_clock_pause (before, NULL));
  advance (&time, 3 * MINUTE);
  g_assert_true (kez_meeting_clock_resume (before, NULL));
  advance (&time, 15 * MINUTE); /* the budget runs out at 12:30 into the presentation */
  g_assert_cmpint (kez_meeting_clock_get_phase (before), ==, KEZ_CLOCK_QUESTIONS);
  advance (&time, MINUTE);
  g_assert_cmpint (kez_clock_events_find_running (store), ==, meeting);

  /* The process dies here; two minutes later it is started again. */
  advance (&time, 2 * MINUTE);
  if (reboot)
    {
      /* A new boot: the monotonic clock starts again near zero. */
      kez_clock_events_set_boot_id ("boot-two");
      time.monotonic = 42 * SECOND;
    }
  source = source_of (&time);
  events = kez_clock_events_load (store, meeting, &source);
  g_assert_cmpuint (events->len, ==, 4);
  after = new_clock (&time, 90);
  g_assert_true (kez_meeting_clock_replay (after, (KezClockEvent *) events->data, events->len,
                                           &error));
  g_assert_no_error (error);

  g_assert_cmpint (kez_meeting_clock_get_phase (after), ==, KEZ_CLOCK_QUESTIONS);
  g_assert_cmpint (kez_meeting_clock_get_presentation (after), ==, 22 * MINUTE + 30 * SECOND);
  g_assert_cmpint (kez_meeting_clock_get_paused (after), ==, 3 * MINUTE);
  /* Q&A since the switch: 2:30 before the crash, 2 min while the app was down. */
  g_assert_cmpint (kez_meeting_clock_get_questions (after), ==, 5 * MINUTE + 30 * SECOND);
  if (!reboot)
    g_assert_cmpint (kez_meeting_clock_get_questions (after), ==,
                     kez_meeting_clock_get_questions (before));

  g_assert_true (kez_meeting_clock_finish (after, NULL));
  kez_clock_events_set_boot_id (NULL);
}

static void
test_restore_same_boot (void)
{
  check_restore (FALSE);
}

static void
test_restore_after_reboot (void)
{
  check_restore (TRUE);
}

/* The record of a finished meeting: its figures as at the finish, however late it is read. */
static void
test_record_of_a_finished_meeting (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = kez_store_open (path, &error);
  g_autoptr(KezMeetingClock) clock = NULL;
  FakeTime time = { g_get_monotonic_time (), g_get_real_time () };
  gint64 meeting = make_meeting (store);
  KezClockRecord record;

  g_assert_false (kez_clock_record_load (store, meeting, 90, 1350 * SECOND, &record));

  clock = new_clock (&time, 90);
  g_object_set_data (G_OBJECT (clock), "meeting", GSIZE_TO_POINTER (meeting));
  g_signal_connect (clock, "event", G_CALLBACK (save_event), store);
  g_assert_true (kez_meeting_clock_start (clock, NULL));
  advance (&time, 25 * MINUTE);            /* auto switch at 22:30 */
  g_assert_true (kez_meeting_clock_back_to_presentation (clock, NULL));
  advance (&time, MINUTE);                 /* a breach of one minute */
  g_assert_true (kez_meeting_clock_to_questions (clock, NULL));
  advance (&time, 50 * MINUTE);
  g_assert_true (kez_meeting_clock_finish (clock, NULL));

  g_assert_true (kez_clock_record_load (store, meeting, 90, 1350 * SECOND, &record));
  g_assert_true (record.finished);
  g_assert_cmpint (record.presentation, ==, 23 * MINUTE + 30 * SECOND);
  g_assert_cmpint (record.questions, ==, 52 * MINUTE + 30 * SECOND);
  g_assert_cmpint (record.breach, ==, MINUTE);
  g_assert_false (record.rule_kept);
  g_assert_cmpfloat_with_epsilon (record.presentation_share, 23.5 / 76.0, 1e-9);
  g_assert_cmpint (record.finished_wall_us - record.started_wall_us, ==, 76 * MINUTE);
}

static void
test_inconsistent_record_refused (void)
{
  FakeTime time = new_time ();
  g_autoptr(KezMeetingClock) clock = new_clock (&time, 90);
  g_autoptr(GError) error = NULL;
  KezClockEvent events[] = {
    { KEZ_CLOCK_EVENT_PAUSE, time.monotonic, time.wall }, /* a pause before any start */
  };

  g_assert_false (kez_meeting_clock_replay (clock, events, G_N_ELEMENTS (events), &error));
  g_assert_error (error, KEZ_CLOCK_ERROR, KEZ_CLOCK_ERROR_NOT_NOW);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clock/ninety-minutes", test_ninety_minutes_switch_at_budget);
  g_test_add_func ("/clock/one-minute", test_one_minute_meeting);
  g_test_add_func ("/clock/pauses", test_pauses_count_for_neither_phase);
  g_test_add_func ("/clock/breach", test_back_to_presentation_is_a_breach);
  g_test_add_func ("/clock/manual-switch", test_manual_switch_before_budget);
  g_test_add_func ("/clock/no-drift", test_four_hours_without_drift);
  g_test_add_func ("/clock/restore/same-boot", test_restore_same_boot);
  g_test_add_func ("/clock/restore/after-reboot", test_restore_after_reboot);
  g_test_add_func ("/clock/restore/inconsistent", test_inconsistent_record_refused);
  g_test_add_func ("/clock/record/finished", test_record_of_a_finished_meeting);

  return g_test_run ();
}
