/* test-team.c: two planners on one database, each with a connection of their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kez-live-questions.h"
#include "kez-actions.h"
#include "kez-clock-events.h"
#include "kez-meeting-changes.h"
#include "kez-meeting-take.h"
#include "kez-receptions.h"
#include "kez-meetings.h"
#include "kez-problems.h"
#include "kez-question-triage.h"
#include "kez-questions.h"
#include "kez-store-error.h"
#include "kez-store-listen.h"
#include "kez-store-open.h"
#include "kez-store-private.h"
#include "kez-test-util.h"

typedef struct
{
  KezStore *aigul;
  KezStore *bolat;
  gint64    meeting_id;
} Desks;

/* One database, two people's connections to it, and a meeting both will edit. */
static void
desks_open (Desks *desks)
{
  g_autofree char *location = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  KezMeetingFields fields;

  desks->aigul = kez_store_open (location, &error);
  g_assert_no_error (error);
  desks->bolat = kez_store_open (location, &error);
  g_assert_no_error (error);
  kez_store_set_actor (desks->aigul, "aigul");
  kez_store_set_actor (desks->bolat, "bolat");

  kez_meeting_fields_init (&fields);
  g_free (fields.body_code);
  fields.body_code = g_strdup ("moh");
  g_free (fields.leader_name);
  fields.leader_name = g_strdup ("Ахметова А. Ж.");
  g_date_set_dmy (&fields.date, 15, 3, 2027);
  fields.region_code = g_strdup ("abai");
  g_free (fields.venue);
  fields.venue = g_strdup ("Дворец культуры");
  g_assert_true (kez_meetings_save (desks->aigul, &fields, &error));
  g_assert_no_error (error);
  desks->meeting_id = fields.id;
  kez_meeting_fields_clear (&fields);
}

static void
desks_close (Desks *desks)
{
  g_clear_object (&desks->aigul);
  g_clear_object (&desks->bolat);
}

/* What a person's editor holds: the meeting as opened, and a working copy of it. */
static KezMeeting *
open_meeting (KezStore         *store,
              gint64            id,
              KezMeetingFields *working)
{
  KezMeeting *meeting = kez_meetings_get (store, id);

  g_assert_nonnull (meeting);
  kez_meeting_fields_copy (kez_meeting_get_fields (meeting), working);
  return meeting;
}

static const char *
last_changed_by (KezStore *store,
                 gint64    id)
{
  static char *who;
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, "SELECT updated_by FROM meetings "
                                                        "WHERE id = ?1", NULL);

  kez_db_bind_int64 (stmt, 1, id);
  g_assert_cmpint (kez_db_step (stmt), ==, KEZ_DB_ROW);
  g_free (who);
  who = g_strdup (kez_db_column_text (stmt, 0));
  return who;
}

static void
test_second_save_gets_the_first_change_named (void)
{
  Desks desks;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeeting) aigul_opened = NULL;
  g_autoptr(KezMeeting) bolat_opened = NULL;
  g_autoptr(KezMeetingChanges) changes = NULL;
  g_autoptr(KezMeeting) saved = NULL;
  KezMeetingFields aigul, bolat, merged;
  const KezMeetingFields *now;

  desks_open (&desks);
  aigul_opened = open_meeting (desks.aigul, desks.meeting_id, &aigul);
  bolat_opened = open_meeting (desks.bolat, desks.meeting_id, &bolat);

  /* Aigul moves the venue and saves first. */
  g_free (aigul.venue);
  aigul.venue = g_strdup ("Городская поликлиника № 5");
  g_assert_true (kez_meetings_save (desks.aigul, &aigul, &error));
  g_assert_no_error (error);

  /* Bolat, who opened it before, moves the start and the topic: refused, nothing written. */
  bolat.start_minute = 11 * 60;
  g_free (bolat.topic);
  bolat.topic = g_strdup ("Лекарственное обеспечение");
  g_assert_false (kez_meetings_save (desks.bolat, &bolat, &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  saved = kez_meetings_get (desks.bolat, desks.meeting_id);
  g_assert_cmpint (kez_meeting_get_fields (saved)->start_minute, ==, 10 * 60);
  g_clear_object (&saved);

  /* What he is shown: Aigul's change, by her, of the venue only, which he did not touch. */
  changes = kez_meeting_changes_read (desks.bolat, kez_meeting_get_fields (bolat_opened),
                                      &bolat, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (changes->who, ==, "aigul");
  g_assert_nonnull (changes->when);
  g_assert_cmphex (changes->changed, ==, 1u << KEZ_PART_VENUE);
  g_assert_cmphex (changes->both, ==, 0);
  g_assert_cmpstr (kez_meeting_get_fields (changes->theirs)->venue, ==,
                   "Городская поликлиника № 5");

  /* His on top of hers: both changes are kept. */
  kez_meeting_changes_merge (changes, kez_meeting_get_fields (bolat_opened), &bolat, &merged);
  g_assert_true (kez_meetings_save (desks.bolat, &merged, &error));
  g_assert_no_error (error);
  saved = kez_meetings_get (desks.aigul, desks.meeting_id);
  now = kez_meeting_get_fields (saved);
  g_assert_cmpstr (now->venue, ==, "Городская поликлиника № 5");
  g_assert_cmpint (now->start_minute, ==, 11 * 60);
  g_assert_cmpstr (now->topic, ==, "Лекарственное обеспечение");
  g_assert_cmpint (now->version, ==, kez_meeting_get_fields (aigul_opened)->version + 2);
  g_assert_cmpstr (last_changed_by (desks.aigul, desks.meeting_id), ==, "bolat");

  /* Aigul's editor, still open at her own save, is now behind too. */
  g_free (aigul.locality);
  aigul.locality = g_strdup ("Семей");
  g_assert_false (kez_meetings_save (desks.aigul, &aigul, &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT);

  kez_meeting_fields_clear (&aigul);
  kez_meeting_fields_clear (&bolat);
  kez_meeting_fields_clear (&merged);
  desks_close (&desks);
}

static void
test_both_changed_the_same_part (void)
{
  Desks desks;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeeting) opened = NULL;
  g_autoptr(KezMeeting) other = NULL;
  g_autoptr(KezMeetingChanges) changes = NULL;
  KezMeetingFields aigul, bolat;

  desks_open (&desks);
  other = open_meeting (desks.aigul, desks.meeting_id, &aigul);
  opened = open_meeting (desks.bolat, desks.meeting_id, &bolat);
  g_free (aigul.venue);
  aigul.venue = g_strdup ("Акимат");
  g_assert_true (kez_meetings_save (desks.aigul, &aigul, &error));
  g_free (bolat.venue);
  bolat.venue = g_strdup ("Школа № 3");
  g_assert_false (kez_meetings_save (desks.bolat, &bolat, &error));
  g_clear_error (&error);

  changes = kez_meeting_changes_read (desks.bolat, kez_meeting_get_fields (opened), &bolat,
                                      &error);
  g_assert_no_error (error);
  g_assert_cmphex (changes->both, ==, 1u << KEZ_PART_VENUE);

  kez_meeting_fields_clear (&aigul);
  kez_meeting_fields_clear (&bolat);
  desks_close (&desks);
}

/* An event is part of the meeting: a briefing added from the console while the meeting is
 * open in an editor makes the editor's save one over a change. */
static void
test_an_event_is_a_change_of_the_meeting (void)
{
  Desks desks;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeeting) opened = NULL;
  g_autoptr(KezMeetingChanges) changes = NULL;
  KezMeetingFields bolat;
  GDate day;

  desks_open (&desks);
  opened = open_meeting (desks.bolat, desks.meeting_id, &bolat);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 15, 3, 2027);
  g_assert_true (kez_meetings_add_event (desks.aigul, desks.meeting_id,
                                         KEZ_EVENT_MEDIA_BRIEFING, &day, 12 * 60, 13 * 60,
                                         "Хабар", "", &error));
  g_assert_no_error (error);
  g_free (bolat.topic);
  bolat.topic = g_strdup ("Кадры");
  g_assert_false (kez_meetings_save (desks.bolat, &bolat, &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  changes = kez_meeting_changes_read (desks.bolat, kez_meeting_get_fields (opened), &bolat,
                                      &error);
  g_assert_cmphex (changes->changed, ==, 1u << KEZ_PART_EVENTS);
  g_assert_cmpstr (changes->who, ==, "aigul");

  kez_meeting_fields_clear (&bolat);
  desks_close (&desks);
}

/* A save that asks no version (an import, an undone delete) is made whatever the row is. */
static void
test_a_save_without_a_version_is_made (void)
{
  Desks desks;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeeting) opened = NULL;
  KezMeetingFields fields;

  desks_open (&desks);
  opened = open_meeting (desks.aigul, desks.meeting_id, &fields);
  g_assert_true (kez_meetings_set_status (desks.bolat, desks.meeting_id, KEZ_STATUS_APPROVED,
                                          &error));
  g_assert_no_error (error);
  fields.version = 0;
  g_assert_true (kez_meetings_save (desks.aigul, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fields.version, >, kez_meeting_get_fields (opened)->version);

  kez_meeting_fields_clear (&fields);
  desks_close (&desks);
}

/* A triage key on a question another planner triaged a moment ago is told so (the window
 * holds what it shows against the database first). */
static void
test_a_question_triaged_elsewhere_is_found (void)
{
  Desks desks;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezQuestion) shown = NULL;
  g_autoptr(KezQuestion) now = NULL;
  g_autoptr(KezTriageUndo) undo = NULL;
  gint64 id;

  desks_open (&desks);
  id = kez_live_questions_add (desks.aigul, desks.meeting_id, "hall", "Когда будет вода?",
                               &error);
  g_assert_no_error (error);
  shown = kez_questions_get (desks.bolat, id);
  g_assert_false (kez_questions_find_changed (desks.bolat, &shown, 1, NULL));

  undo = kez_triage_reject (desks.aigul, &id, 1, "Повтор", &error);
  g_assert_no_error (error);
  g_assert_true (kez_questions_find_changed (desks.bolat, &shown, 1, &now));
  g_assert_nonnull (now);
  g_assert_cmpint (kez_question_get_fields (now)->status, ==, KEZ_QUESTION_REJECTED);

  desks_close (&desks);
}

/* Two planners edit one action, then one problem: the second save gets the conflict, who made
 * the first named; saving over theirs is the planner's own choice. */
static void
test_an_action_saved_over_another_change (void)
{
  Desks desks;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *who = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GArray) aigul_list = NULL;
  g_autoptr(GArray) bolat_list = NULL;
  KezActionFields fields, *aigul, *bolat;
  gint64 problem_id;

  desks_open (&desks);
  problem = g_strdup_printf ("INSERT INTO problems (meeting_id, title_ru) VALUES "
                             "(%" G_GINT64_FORMAT ", 'Дороги')", desks.meeting_id);
  g_assert_true (kez_store_exec (desks.aigul, problem, &error));
  problem_id = kez_store_query_number (desks.aigul, "SELECT max (id) FROM problems "
                                                    "WHERE meeting_id = ?1", desks.meeting_id, 0);
  kez_action_fields_init (&fields);
  fields.problem_id = problem_id;
  g_free (fields.description);
  fields.description = g_strdup ("Отремонтировать мост");
  g_free (fields.executor_org);
  fields.executor_org = g_strdup ("Акимат области Абай");
  g_date_set_dmy (&fields.deadline, 30, 6, 2027);
  g_assert_cmpint (kez_actions_save (desks.aigul, &fields, &error), >, 0);
  kez_action_fields_clear (&fields);

  aigul_list = kez_actions_list_for_problem (desks.aigul, problem_id);
  bolat_list = kez_actions_list_for_problem (desks.bolat, problem_id);
  aigul = &g_array_index (aigul_list, KezActionFields, 0);
  bolat = &g_array_index (bolat_list, KezActionFields, 0);
  g_date_set_dmy (&aigul->deadline, 31, 7, 2027);
  g_assert_cmpint (kez_actions_save (desks.aigul, aigul, &error), >, 0);
  g_free (bolat->executor_unit);
  bolat->executor_unit = g_strdup ("Отдел дорог");
  g_assert_cmpint (kez_actions_save (desks.bolat, bolat, &error), ==, 0);
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  kez_store_last_change (desks.bolat, "actions", bolat->id, &who, &when);
  g_assert_cmpstr (who, ==, "aigul");
  g_assert_nonnull (when);

  bolat->version = 0;
  g_assert_cmpint (kez_actions_save (desks.bolat, bolat, &error), >, 0);
  g_assert_no_error (error);

  /* The problem the same way. */
  {
    g_autoptr(GArray) aigul_problems = kez_problems_list (desks.aigul, desks.meeting_id);
    g_autoptr(GArray) bolat_problems = kez_problems_list (desks.bolat, desks.meeting_id);
    KezProblemFields *hers = &g_array_index (aigul_problems, KezProblemFields, 0);
    KezProblemFields *his = &g_array_index (bolat_problems, KezProblemFields, 0);
    g_autofree char *problem_who = NULL;
    g_autoptr(GDateTime) problem_when = NULL;

    g_free (hers->title_kk);
    hers->title_kk = g_strdup ("Жолдар");
    g_assert_true (kez_problems_update (desks.aigul, hers, &error));
    g_free (his->description_ru);
    his->description_ru = g_strdup ("Мост закрыт с весны");
    g_assert_false (kez_problems_update (desks.bolat, his, &error));
    g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT);
    g_clear_error (&error);
    kez_store_last_change (desks.bolat, "problems", his->id, &problem_who, &problem_when);
    g_assert_cmpstr (problem_who, ==, "aigul");
  }
  desks_close (&desks);
}

static guint
count_of (KezStore   *store,
          const char *sql,
          gint64      meeting_id)
{
  return kez_store_query_number (store, sql, meeting_id, -1);
}

/* A meeting taken along on a laptop that will be offline, run there, and brought back: each
 * record once, however many times the file is brought back. */
static void
test_a_meeting_taken_along_comes_back_once (void)
{
  Desks desks;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) laptop = NULL;
  g_autoptr(KezStore) other = NULL;
  g_autofree char *folder = g_dir_make_tmp ("kezdesu-laptop-XXXXXX", &error);
  g_autofree char *path = g_build_filename (folder, "laptop.db", NULL);
  KezReceptionFields citizen = { .citizen_name = "Сейітова Ә.", .iin = "791028302728",
                                 .issue = "Пенсия" };
  KezClockEvent start = { .kind = KEZ_CLOCK_EVENT_START, .wall_us = 1796000000000000,
                          .has_totals = TRUE };
  KezClockEvent finish = { .kind = KEZ_CLOCK_EVENT_FINISH, .clock_us = 90 * G_TIME_SPAN_MINUTE,
                           .wall_us = 1796005400000000, .presentation = 20 * G_TIME_SPAN_MINUTE,
                           .questions = 70 * G_TIME_SPAN_MINUTE, .has_totals = TRUE };
  KezBroughtBack counts;
  gint64 accepted;

  g_assert_no_error (error);
  desks_open (&desks);
  accepted = kez_live_questions_add (desks.aigul, desks.meeting_id, "letter",
                                     "Когда отремонтируют дорогу?", &error);
  g_assert_no_error (error);
  g_assert_true (kez_meeting_take (desks.aigul, desks.meeting_id, path, &error));
  g_assert_no_error (error);
  g_assert_false (kez_meeting_take (desks.aigul, desks.meeting_id, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);

  /* On the laptop, with no network: the meeting as the console runs it. */
  laptop = kez_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kez_meetings_get (laptop, desks.meeting_id));
  g_assert_true (kez_clock_events_append (laptop, desks.meeting_id, &start, &error));
  g_assert_true (kez_receptions_add (laptop, desks.meeting_id, &citizen, &error));
  g_assert_cmpint (kez_live_questions_add (laptop, desks.meeting_id, "hall",
                                           "Будет ли новая школа?", &error), >, 0);
  g_assert_true (kez_live_questions_mark_answered (laptop, accepted, &error));
  g_assert_true (kez_clock_events_append (laptop, desks.meeting_id, &finish, &error));
  g_assert_true (kez_meetings_set_status (laptop, desks.meeting_id, KEZ_STATUS_HELD, &error));
  g_assert_no_error (error);
  /* A question written there without the identity the console gives (imported, say). */
  {
    g_autoptr(KezDbStmt) imported = kez_store_prepare (laptop,
                                                       "INSERT INTO questions (meeting_id, "
                                                       "received_on, channel, text) VALUES "
                                                       "(?1, '2026-12-04', 'hall', "
                                                       "'Будет ли вода в Акжаре?')", &error);

    g_assert_no_error (error);
    kez_db_bind_int64 (imported, 1, desks.meeting_id);
    g_assert_true (kez_store_step_done (laptop, imported, &error));
    g_assert_no_error (error);
  }
  g_clear_object (&laptop);

  /* Back at the office. */
  g_assert_true (kez_meeting_bring_back (desks.aigul, path, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.clock_events, ==, 2);
  g_assert_cmpuint (counts.receptions, ==, 1);
  g_assert_cmpuint (counts.questions, ==, 2);
  g_assert_cmpuint (counts.answered, ==, 1);
  g_assert_true (counts.held);
  g_assert_true (kez_meeting_bring_back (desks.aigul, path, &counts, &error));
  g_assert_cmpuint (counts.clock_events + counts.receptions + counts.questions + counts.answered,
                    ==, 0);
  g_assert_false (counts.held);
  g_assert_cmpuint (count_of (desks.aigul, "SELECT count (*) FROM clock_events "
                                           "WHERE meeting_id = ?1", desks.meeting_id), ==, 2);
  g_assert_cmpuint (count_of (desks.aigul, "SELECT count (*) FROM receptions r JOIN "
                                           "meeting_events e ON e.id = r.event_id "
                                           "WHERE e.meeting_id = ?1", desks.meeting_id), ==, 1);
  g_assert_cmpuint (count_of (desks.aigul, "SELECT count (*) FROM questions WHERE meeting_id = ?1 "
                                           "AND status = 'answered-at-meeting'",
                              desks.meeting_id), ==, 1);
  g_assert_cmpuint (count_of (desks.aigul, "SELECT count (*) FROM questions WHERE meeting_id = ?1",
                              desks.meeting_id), ==, 3);

  /* Into another database, it is refused. */
  other = kez_test_open_store ();
  g_assert_false (kez_meeting_bring_back (other, path, &counts, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);

  desks_close (&desks);
  for (const char * const *ending = (const char * const[]) { "", "-wal", "-shm", NULL };
       *ending != NULL; ending++)
    {
      g_autofree char *file = g_strconcat (path, *ending, NULL);

      g_unlink (file);
    }
  g_rmdir (folder);
}

typedef struct
{
  GPtrArray *seen;   /* what the store said changed, in order */
} Heard;

static void
heard (KezStore   *store,
       const char *what,
       Heard      *ears)
{
  g_ptr_array_add (ears->seen, g_strdup (what));
}

static gboolean
heard_within (Heard      *ears,
              const char *what,
              gint64      microseconds)
{
  gint64 deadline = g_get_monotonic_time () + microseconds;

  while (g_get_monotonic_time () < deadline)
    {
      for (guint i = 0; i < ears->seen->len; i++)
        if (g_str_equal (g_ptr_array_index (ears->seen, i), what))
          return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return FALSE;
}

static void
rename_leader (KezStore   *store,
               gint64      id,
               const char *name)
{
  g_autoptr(KezMeeting) meeting = kez_meetings_get (store, id);
  g_autoptr(GError) error = NULL;
  KezMeetingFields fields;

  kez_meeting_fields_copy (kez_meeting_get_fields (meeting), &fields);
  g_free (fields.leader_name);
  fields.leader_name = g_strdup (name);
  fields.version = 0;
  g_assert_true (kez_meetings_save (store, &fields, &error));
  g_assert_no_error (error);
  kez_meeting_fields_clear (&fields);
}

/* On a server, what one planner saves reaches the other's store within a second; their
 * own saves are not said twice. */
static void
test_a_save_reaches_the_other_within_a_second (void)
{
  Desks desks;
  g_autoptr(KezStoreListener) listener = NULL;
  Heard ears = { g_ptr_array_new_with_free_func (g_free) };
  gint64 saved;

  if (!kez_test_on_server ())
    {
      g_test_skip ("a file's changes by other processes are watched on the file");
      g_ptr_array_unref (ears.seen);
      return;
    }
  desks_open (&desks);
  listener = kez_store_listener_new (desks.aigul);
  g_signal_connect (desks.aigul, "changed", G_CALLBACK (heard), &ears);

  /* Until the listener is listening (it connects on its own thread), saves go unheard. */
  for (guint tries = 0; !heard_within (&ears, "meetings", 200 * G_TIME_SPAN_MILLISECOND);
       tries++)
    {
      g_assert_cmpuint (tries, <, 100);
      rename_leader (desks.bolat, desks.meeting_id, "Ким В. А.");
    }

  /* Now a save of Bolat's, timed from its commit. */
  g_ptr_array_set_size (ears.seen, 0);
  saved = g_get_monotonic_time ();
  rename_leader (desks.bolat, desks.meeting_id, "Сейітов Б. К.");
  g_assert_true (heard_within (&ears, "meetings", G_TIME_SPAN_SECOND));
  g_test_message ("heard in %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - saved) / G_TIME_SPAN_MILLISECOND);

  /* Aigul's own save is said once, by her store, not again by the listener. */
  g_ptr_array_set_size (ears.seen, 0);
  rename_leader (desks.aigul, desks.meeting_id, "Ахметова А. Ж.");
  g_assert_cmpuint (ears.seen->len, ==, 1);
  heard_within (&ears, "nothing", 300 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpuint (ears.seen->len, ==, 1);

  g_signal_handlers_disconnect_by_data (desks.aigul, &ears);
  g_clear_pointer (&listener, kez_store_listener_free);
  g_ptr_array_unref (ears.seen);
  desks_close (&desks);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/team/meeting/second-save-gets-the-first-change",
                   test_second_save_gets_the_first_change_named);
  g_test_add_func ("/team/meeting/same-part", test_both_changed_the_same_part);
  g_test_add_func ("/team/meeting/event-is-a-change", test_an_event_is_a_change_of_the_meeting);
  g_test_add_func ("/team/meeting/save-without-version", test_a_save_without_a_version_is_made);
  g_test_add_func ("/team/triage/changed-elsewhere", test_a_question_triaged_elsewhere_is_found);
  g_test_add_func ("/team/take-along/comes-back-once", test_a_meeting_taken_along_comes_back_once);
  g_test_add_func ("/team/plan/saved-over-another", test_an_action_saved_over_another_change);
  g_test_add_func ("/team/listen/a-save-reaches-the-other",
                   test_a_save_reaches_the_other_within_a_second);
  return g_test_run ();
}
