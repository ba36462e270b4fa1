/* bench-team.c: ten planners on one team server at once (team mode, part 2)
 *
 * Each planner is a thread with a connection of its own, as each would have an app of their
 * own, and for the given time triages questions (accept or reject one, chosen at random among
 * all) and edits meetings (a venue changed and saved over the version read; a save over
 * someone else's change is merged and saved again, as the editor's "Apply Mine on Top").
 * Meanwhile the main thread is another planner's window: it listens (kez-store-listen.c), and
 * a probe thread writes a change only it makes every quarter of a second, timing how long the
 * window takes to hear of it while the ten work.
 *
 * Prints the saves' p50/p95/max, the changes a second, the conflicts met, and the time from a
 * probe's save to the window hearing of it (p50/p95/max). Timings only: nothing here passes or
 * fails on time.
 *
 *   bench-team postgresql:///DATABASE [PLANNERS] [SECONDS]
 *
 * The database must hold questions and meetings: bench/team.py makes one (the demo and a
 * generated file of questions) in a throw-away cluster and runs this.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "kez-meeting-changes.h"
#include "kez-meetings.h"
#include "kez-question-triage.h"
#include "kez-store-error.h"
#include "kez-store-listen.h"
#include "kez-store-open.h"
#include "kez-store-private.h"

typedef struct
{
  const char *location;
  guint       number;
  gint64      until;
  gint64      n_questions;
  GArray     *meeting_ids;
  GArray     *triage_us;   /* gint64: each triage's save */
  GArray     *edit_us;     /* gint64: each meeting's save, a merge and its second save too */
  guint       conflicts;
} Planner;

typedef struct
{
  const char *location;
  gint64      until;
  GMutex      lock;
  gint64      sent_at;     /* under the lock: when the last probe's save began, or 0 */
  GArray     *heard_us;    /* gint64: from a probe's save to the window hearing of it */
} Probe;

static KezStore *
open_as (const char *location,
         const char *actor)
{
  g_autoptr(GError) error = NULL;
  KezStore *store = kez_store_open (location, &error);

  if (store == NULL)
    g_error ("%s: %s", location, error->message);
  kez_store_set_actor (store, actor);
  return store;
}

static void
edit_a_meeting (Planner  *self,
                KezStore *store)
{
  gint64 id = g_array_index (self->meeting_ids, gint64,
                             g_random_int_range (0, self->meeting_ids->len));
  g_autoptr(KezMeeting) opened = kez_meetings_get (store, id);
  g_autoptr(GError) error = NULL;
  KezMeetingFields mine;
  gint64 started;

  if (opened == NULL)
    return;
  kez_meeting_fields_copy (kez_meeting_get_fields (opened), &mine);
  g_free (mine.venue);
  mine.venue = g_strdup_printf ("Зал № %u", g_random_int_range (1, 100));
  started = g_get_monotonic_time ();
  if (!kez_meetings_save (store, &mine, &error))
    {
      g_autoptr(KezMeetingChanges) changes = NULL;
      KezMeetingFields merged;

      if (!g_error_matches (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT))
        g_error ("a save: %s", error->message);
      self->conflicts++;
      g_clear_error (&error);
      changes = kez_meeting_changes_read (store, kez_meeting_get_fields (opened), &mine, &error);
      if (changes != NULL)
        {
          kez_meeting_changes_merge (changes, kez_meeting_get_fields (opened), &mine, &merged);
          if (!kez_meetings_save (store, &merged, &error) &&
              !g_error_matches (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT))
            g_error ("a merged save: %s", error->message);
          kez_meeting_fields_clear (&merged);
        }
    }
  g_array_append_vals (self->edit_us, &(gint64) { g_get_monotonic_time () - started }, 1);
  kez_meeting_fields_clear (&mine);
}

static void
triage_a_question (Planner  *self,
                   KezStore *store)
{
  gint64 id = g_random_int_range (1, self->n_questions + 1);
  g_autoptr(GError) error = NULL;
  KezTriageUndo *undo;
  gint64 started = g_get_monotonic_time ();

  undo = g_random_boolean () ? kez_triage_accept (store, &id, 1, &error)
                             : kez_triage_reject (store, &id, 1, "Не по компетенции", &error);
  /* A question merged or in an action plan by now is refused as such: that is triage too. */
  g_array_append_vals (self->triage_us, &(gint64) { g_get_monotonic_time () - started }, 1);
  if (undo != NULL)
    kez_triage_undo_free (undo);
}

static gpointer
plan (gpointer data)
{
  Planner *self = data;
  g_autofree char *actor = g_strdup_printf ("planner-%u", self->number);
  g_autoptr(KezStore) store = open_as (self->location, actor);

  while (g_get_monotonic_time () < self->until)
    {
      if (g_random_int_range (0, 5) == 0)
        edit_a_meeting (self, store);
      else
        triage_a_question (self, store);
    }
  return NULL;
}

static gpointer
probe (gpointer data)
{
  Probe *self = data;
  g_autoptr(KezStore) store = open_as (self->location, "probe");
  guint n = 0;

  while (g_get_monotonic_time () < self->until)
    {
      g_autofree char *value = g_strdup_printf ("%u", ++n);
      g_autoptr(GError) error = NULL;

      g_mutex_lock (&self->lock);
      self->sent_at = g_get_monotonic_time ();
      g_mutex_unlock (&self->lock);
      if (!kez_store_set_meta (store, "bench-probe", value, &error))
        g_error ("the probe: %s", error->message);
      g_usleep (250 * 1000);
    }
  return NULL;
}

static void
heard (KezStore   *store,
       const char *what,
       Probe      *self)
{
  g_mutex_lock (&self->lock);
  if (self->sent_at > 0)
    g_array_append_vals (self->heard_us,
                         &(gint64) { g_get_monotonic_time () - self->sent_at }, 1);
  self->sent_at = 0;
  g_mutex_unlock (&self->lock);
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *us)
{
  if (us->len == 0)
    {
      g_print ("%-34s none\n", what);
      return;
    }
  g_array_sort (us, compare);
  g_print ("%-34s n %6u  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", what, us->len,
           g_array_index (us, gint64, us->len / 2) / 1000.0,
           g_array_index (us, gint64, (us->len * 95) / 100) / 1000.0,
           g_array_index (us, gint64, us->len - 1) / 1000.0);
}

int
main (int   argc,
      char *argv[])
{
  const char *location = argc > 1 ? argv[1] : NULL;
  guint n_planners = argc > 2 ? atoi (argv[2]) : 10;
  guint seconds = argc > 3 ? atoi (argv[3]) : 20;
  g_autoptr(KezStore) window = NULL;
  g_autoptr(KezStoreListener) listener = NULL;
  g_autoptr(GArray) meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) triage_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) edit_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree Planner *planners = NULL;
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  Probe probing = { 0 };
  GThread *probe_thread;
  guint conflicts = 0;
  gint64 n_questions;

  if (location == NULL)
    {
      g_printerr ("usage: bench-team postgresql:///DATABASE [PLANNERS] [SECONDS]\n");
      return EXIT_FAILURE;
    }
  window = open_as (location, "window");
  {
    g_autoptr(KezDbStmt) most = kez_store_prepare (window, "SELECT max (id) FROM questions",
                                                   NULL);
    g_autoptr(KezDbStmt) ids = kez_store_prepare (window, "SELECT id FROM meetings", NULL);

    n_questions = most != NULL && kez_db_step (most) == KEZ_DB_ROW
                    ? kez_db_column_int64 (most, 0) : 0;
    while (ids != NULL && kez_db_step (ids) == KEZ_DB_ROW)
      g_array_append_vals (meeting_ids, &(gint64) { kez_db_column_int64 (ids, 0) }, 1);
  }
  if (n_questions == 0 || meeting_ids->len == 0)
    g_error ("%s holds no questions or no meetings (bench/team.py makes one)", location);
  g_print ("%u planners for %u s on %" G_GINT64_FORMAT " questions and %u meetings\n",
           n_planners, seconds, n_questions, meeting_ids->len);

  listener = kez_store_listener_new (window);
  probing.location = location;
  g_mutex_init (&probing.lock);
  probing.heard_us = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_signal_connect (window, "changed::served-body", G_CALLBACK (heard), &probing);
  /* The listener connects on its own thread; a moment for it before the clock starts. */
  for (gint64 settle = g_get_monotonic_time () + G_TIME_SPAN_SECOND;
       g_get_monotonic_time () < settle;)
    g_main_context_iteration (NULL, FALSE);

  planners = g_new0 (Planner, n_planners);
  probing.until = g_get_monotonic_time () + seconds * G_TIME_SPAN_SECOND;
  for (guint i = 0; i < n_planners; i++)
    {
      planners[i] = (Planner) { .location = location, .number = i + 1,
                                .until = probing.until, .n_questions = n_questions,
                                .meeting_ids = meeting_ids,
                                .triage_us = g_array_new (FALSE, FALSE, sizeof (gint64)),
                                .edit_us = g_array_new (FALSE, FALSE, sizeof (gint64)) };
      g_ptr_array_add (threads, g_thread_new ("planner", plan, &planners[i]));
    }
  probe_thread = g_thread_new ("probe", probe, &probing);
  while (g_get_monotonic_time () < probing.until + 500 * G_TIME_SPAN_MILLISECOND)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
  g_thread_join (probe_thread);
  for (guint i = 0; i < n_planners; i++)
    {
      g_thread_join (g_ptr_array_index (threads, i));
      g_array_append_vals (triage_us, planners[i].triage_us->data, planners[i].triage_us->len);
      g_array_append_vals (edit_us, planners[i].edit_us->data, planners[i].edit_us->len);
      conflicts += planners[i].conflicts;
      g_array_unref (planners[i].triage_us);
      g_array_unref (planners[i].edit_us);
    }
  report ("triage save", triage_us);
  report ("meeting save (merge included)", edit_us);
  g_print ("%-34s %.1f a second; conflicts met and merged: %u\n", "saves",
           (triage_us->len + edit_us->len) / (double) seconds, conflicts);
  report ("another window hears of a save", probing.heard_us);
  g_array_unref (probing.heard_us);
  return EXIT_SUCCESS;
}
