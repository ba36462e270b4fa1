/* test-clock.c: the meeting clock, driven by a fake clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <time.h>

#include "kez-clock-events.h"
#include "kez-clock-record.h"
#include "kez-meeting-clock.h"
#include "kez-meetings.h"
#include "kez-store-open.h"
#include "kez-store-private.h"
#include "kez-test-util.h"

#define SECOND G_TIME_SPAN_SECOND
#define MINUTE G_TIME_SPAN_MINUTE

/* Two clocks that only move when a test says so; the wall clock starts at 25 Nov 2026 10:00.
 * @clock is the time since boot, sleep included (CLOCK_BOOTTIME). */
typedef struct
{
  gint64 clock;
  gint64 wall;
} FakeTime;

static gint64
fake_clock (gpointer data)
{
  return ((FakeTime *) data)->clock;
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
  time->clock += span;
  time->wall += span;
}

static KezClockSource
source_of (FakeTime *time)
{
  return (KezClockSource) { fake_clock, fake_wall, time, 1.0 };
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
  gint64 started = time.clock;

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
  g_assert_cmpint (last->clock_us - started, ==, 22 * MINUTE + 30 * SECOND);
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
      /* A new boot: the clock since boot starts again near zero. */
      kez_clock_events_set_boot_id ("boot-two");
      time.clock = 42 * SECOND;
    }
  source = source_of (&time);
  events = kez_clock_events_load (store, meeting, &source, NULL);
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
  FakeTime time = { kez_clock_boot_time_us (), g_get_real_time () };
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
  /* The share is of the planned time, as the rule is. */
  g_assert_cmpfloat_with_epsilon (record.presentation_share, 23.5 / 90.0, 1e-9);
  g_assert_cmpint (record.finished_wall_us - record.started_wall_us, ==, 76 * MINUTE);
  g_assert_cmpint (record.actual, ==, 76 * MINUTE);
}


/* ---- a record that never changes afterwards ------------------------------------------------ */

typedef enum
{
  UNDISTURBED,
  SUSPEND,      /* the lid closed for 10 minutes during the presentation */
  WALL_BACK,    /* the computer's clock set back an hour during the presentation */
  WALL_FORWARD, /* and forward an hour */
} Disturbance;

static void
assert_same_record (const KezClockRecord *a,
                    const KezClockRecord *b)
{
  g_assert_cmpint (a->started, ==, b->started);
  g_assert_cmpint (a->finished, ==, b->finished);
  g_assert_cmpint (a->presentation, ==, b->presentation);
  g_assert_cmpint (a->questions, ==, b->questions);
  g_assert_cmpint (a->paused, ==, b->paused);
  g_assert_cmpuint (a->n_pauses, ==, b->n_pauses);
  g_assert_cmpint (a->actual, ==, b->actual);
  g_assert_cmpint (a->breach, ==, b->breach);
  g_assert_cmpint (a->rule_kept, ==, b->rule_kept);
  g_assert_cmpfloat_with_epsilon (a->presentation_share, b->presentation_share, 1e-12);
  g_assert_cmpint (a->started_wall_us, ==, b->started_wall_us);
}

/* One 90-minute meeting (budget 22:30): 5 minutes of presentation, a pause of 3, 15 more
 * (the disturbance in their middle), so the budget runs out by itself; 30 minutes of
 * questions, then the finish unless @finish is FALSE. What the live clock said at the end
 * goes to @live. */
static void
run_meeting (KezStore       *store,
             gint64          meeting,
             FakeTime       *time,
             Disturbance     disturbance,
             gboolean        finish,
             KezClockRecord *live)
{
  g_autoptr(KezMeetingClock) clock = new_clock (time, 90);

  g_object_set_data (G_OBJECT (clock), "meeting", GSIZE_TO_POINTER (meeting));
  g_signal_connect (clock, "event", G_CALLBACK (save_event), store);
  g_assert_true (kez_meeting_clock_start (clock, NULL));
  advance (time, 5 * MINUTE);
  g_assert_true (kez_meeting_clock_pause (clock, NULL));
  advance (time, 3 * MINUTE);
  g_assert_true (kez_meeting_clock_resume (clock, NULL));
  advance (time, 5 * MINUTE);
  switch (disturbance)
    {
    case SUSPEND:
      /* Asleep: nothing runs, no display refreshes; the time since boot goes on. */
      advance (time, 10 * MINUTE);
      break;
    case WALL_BACK:
      time->wall -= G_TIME_SPAN_HOUR;
      advance (time, 10 * MINUTE);
      break;
    case WALL_FORWARD:
      time->wall += G_TIME_SPAN_HOUR;
      advance (time, 10 * MINUTE);
      break;
    case UNDISTURBED:
    default:
      for (int i = 0; i < 10; i++)
        {
          advance (time, MINUTE);
          kez_meeting_clock_update (clock);
        }
      break;
    }
  advance (time, 5 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_phase (clock), ==, KEZ_CLOCK_QUESTIONS);
  advance (time, 30 * MINUTE);
  if (finish)
    g_assert_true (kez_meeting_clock_finish (clock, NULL));
  kez_clock_record_read (clock, live);
}

static void
check_disturbance (Disturbance disturbance)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(KezStore) store = kez_store_open (path, NULL);
  gint64 undisturbed = make_meeting (store);
  gint64 disturbed = make_meeting (store);
  FakeTime time = new_time ();
  KezClockSource source = source_of (&time);
  KezClockRecord expected, live, restored, after_reboot;

  kez_clock_events_set_boot_id ("boot-one");
  run_meeting (store, undisturbed, &time, UNDISTURBED, TRUE, &expected);
  g_assert_cmpint (expected.presentation, ==, 22 * MINUTE + 30 * SECOND);
  g_assert_cmpint (expected.questions, ==, 32 * MINUTE + 30 * SECOND);
  g_assert_cmpint (expected.paused, ==, 3 * MINUTE);
  g_assert_true (expected.rule_kept);

  time = new_time ();
  run_meeting (store, disturbed, &time, disturbance, TRUE, &live);
  assert_same_record (&live, &expected);

  /* Read back in the same boot, an hour later. */
  advance (&time, G_TIME_SPAN_HOUR);
  g_assert_true (kez_clock_record_load_at (store, disturbed, 90, 1350 * SECOND, &source,
                                           &restored));
  assert_same_record (&restored, &expected);
  if (disturbance == WALL_BACK || disturbance == WALL_FORWARD)
    g_assert_cmpint (restored.trust.wall_changed, ==,
                     disturbance == WALL_BACK ? -G_TIME_SPAN_HOUR : G_TIME_SPAN_HOUR);
  else
    g_assert_cmpint (restored.trust.wall_changed, ==, 0);

  /* And after a reboot with the hardware clock a day off. */
  kez_clock_events_set_boot_id ("boot-two");
  time.clock = 30 * SECOND;
  time.wall += 24 * G_TIME_SPAN_HOUR;
  g_assert_true (kez_clock_record_load_at (store, disturbed, 90, 1350 * SECOND, &source,
                                           &after_reboot));
  assert_same_record (&after_reboot, &expected);
  g_assert_false (after_reboot.trust.gap_not_counted);
  kez_clock_events_set_boot_id (NULL);
}

static void
test_record_undisturbed (void)
{
  check_disturbance (UNDISTURBED);
}

static void
test_record_across_suspend (void)
{
  check_disturbance (SUSPEND);
}

static void
test_record_wall_clock_back (void)
{
  check_disturbance (WALL_BACK);
}

static void
test_record_wall_clock_forward (void)
{
  check_disturbance (WALL_FORWARD);
}

/* A meeting still running when the computer restarts with its clock a day off: what was
 * recorded stays as it was, the unknowable gap is not turned into minutes, and it is said. */
static void
test_running_meeting_after_bad_reboot (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(KezStore) store = kez_store_open (path, NULL);
  gint64 meeting = make_meeting (store);
  FakeTime time = new_time ();
  KezClockSource source = source_of (&time);
  KezClockRecord live, restored;
  g_autoptr(GArray) events = NULL;
  g_autoptr(KezMeetingClock) clock = NULL;
  KezClockTrust trust;

  kez_clock_events_set_boot_id ("boot-one");
  run_meeting (store, meeting, &time, UNDISTURBED, FALSE, &live);

  kez_clock_events_set_boot_id ("boot-two");
  time.clock = 30 * SECOND;
  time.wall += 24 * G_TIME_SPAN_HOUR;
  g_assert_true (kez_clock_record_load_at (store, meeting, 90, 1350 * SECOND, &source,
                                           &restored));
  g_assert_true (restored.trust.gap_not_counted);
  g_assert_cmpint (restored.presentation, ==, live.presentation);
  g_assert_cmpint (restored.paused, ==, live.paused);
  /* Q&A: as at the automatic switch, the last saved event; the day is not counted. */
  g_assert_cmpint (restored.questions, ==, 0);
  g_assert_false (restored.finished);

  /* The clock goes on from here, and counts again. */
  events = kez_clock_events_load (store, meeting, &source, &trust);
  g_assert_true (trust.gap_not_counted);
  clock = new_clock (&time, 90);
  g_assert_true (kez_meeting_clock_replay (clock, (KezClockEvent *) events->data, events->len,
                                           NULL));
  advance (&time, 2 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_questions (clock), ==, 2 * MINUTE);
  g_assert_cmpint (kez_meeting_clock_get_presentation (clock), ==, 22 * MINUTE + 30 * SECOND);
  kez_clock_events_set_boot_id (NULL);
}

/* The clock of the record is the one that counts sleep. */
static void
test_clock_counts_sleep (void)
{
  struct timespec boot;
  gint64 monotonic = g_get_monotonic_time ();
  gint64 ours, theirs;

  g_assert_cmpint (clock_gettime (CLOCK_BOOTTIME, &boot), ==, 0);
  ours = kez_clock_boot_time_us ();
  theirs = (gint64) boot.tv_sec * G_USEC_PER_SEC + boot.tv_nsec / 1000;
  g_assert_cmpint (ours - theirs, >=, 0);
  g_assert_cmpint (ours - theirs, <, SECOND);
  g_assert_cmpint (ours, >=, monotonic);
}

/* Sped up for a test, the clock gives the same times to a second process of the same boot. */
static void
test_speed_survives_restart (void)
{
  KezClockSource first, second;
  gint64 a, b;

  g_setenv ("KEZDESU_CLOCK_SPEED", "60", TRUE);
  first = kez_clock_source_system ();
  a = first.clock_us (first.data);
  second = kez_clock_source_system ();
  b = second.clock_us (second.data);
  g_assert_cmpfloat (first.speed, ==, 60.0);
  /* Scaled from the boot, never from when a process began. */
  g_assert_cmpint (b - a, >=, 0);
  g_assert_cmpint (b - a, <, 60 * SECOND);
  g_assert_cmpint (a, >=, 59 * kez_clock_boot_time_us ());
}

static void
test_inconsistent_record_refused (void)
{
  FakeTime time = new_time ();
  g_autoptr(KezMeetingClock) clock = new_clock (&time, 90);
  g_autoptr(GError) error = NULL;
  KezClockEvent events[] = {
    { KEZ_CLOCK_EVENT_PAUSE, time.clock, time.wall, 0, 0, 0, TRUE }, /* before any start */
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
  g_test_add_func ("/clock/record/undisturbed", test_record_undisturbed);
  g_test_add_func ("/clock/record/suspend", test_record_across_suspend);
  g_test_add_func ("/clock/record/wall-clock-back", test_record_wall_clock_back);
  g_test_add_func ("/clock/record/wall-clock-forward", test_record_wall_clock_forward);
  g_test_add_func ("/clock/record/bad-reboot", test_running_meeting_after_bad_reboot);
  g_test_add_func ("/clock/counts-sleep", test_clock_counts_sleep);
  g_test_add_func ("/clock/speed-survives-restart", test_speed_survives_restart);

  return g_test_run ();
}
