/* bench-clock.c: what the live clock costs while it runs, and before it does
 *
 * Run with a display: tests/ui/run-ui-test _build/bench/bench-clock [SECONDS]
 * A console-sized window and a stage-sized one each show the clock face of one meeting's
 * clock, as the console and the stage view do. For ten seconds before Start and then SECONDS
 * (30 by default) of the running presentation it counts the frames each window paints (its
 * frame clock's "after-paint", whatever asked for them), the faces' own redraws, the spread of
 * the moments they change within the second, and the process's CPU time over the wall time.
 *
 * Targets (issue "Speed at a ministry's real scale"): at most one frame a second of each
 * window, none before Start, under 0.5 % of a core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "kez-clock-face.h"
#include "kez-meeting-clock.h"

#define IDLE_SECONDS 10

typedef struct
{
  const char *name;
  GtkWidget  *window;
  GtkWidget  *face;
  guint       frames;
  GArray     *offsets_ms; /* where in its second each frame of the running clock fell */
} Shown;

typedef struct
{
  Shown      shown[2];
  GMainLoop *loop;
  gboolean   running;
} Bench;

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static void
after_paint (GdkFrameClock *frame_clock,
             Shown         *shown)
{
  shown->frames++;
  if (shown->offsets_ms != NULL)
    {
      double offset = (g_get_real_time () % G_USEC_PER_SEC) / 1000.0;

      g_array_append_val (shown->offsets_ms, offset);
    }
}

static void
window_mapped (GtkWidget *window,
               Shown     *shown)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint),
                    shown);
}

static gboolean
quit (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
run_for (Bench *bench,
         guint  seconds)
{
  g_timeout_add_seconds (seconds, quit, bench->loop);
  g_main_loop_run (bench->loop);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The spread, in ms, of where the frames fall within their second: a clock woken at the
 * second's boundary paints at about the same offset each time. */
static double
offset_spread (GArray *offsets)
{
  if (offsets->len < 2)
    return 0;
  g_array_sort (offsets, compare_doubles);
  /* The middle 90 %: the first frame (the Start) and a stray late one aside. */
  return g_array_index (offsets, double, offsets->len * 95 / 100) -
         g_array_index (offsets, double, offsets->len * 5 / 100);
}

int
main (int   argc,
      char *argv[])
{
  guint seconds = argc > 1 ? (guint) atoi (argv[1]) : 30;
  KezClockSource source = kez_clock_source_system ();
  g_autoptr(KezMeetingClock) clock = NULL;
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };
  double cpu, wall;
  gint64 started;
  guint redraws[2];

  adw_init ();
  clock = kez_meeting_clock_new (60, 15 * G_TIME_SPAN_MINUTE, &source);
  bench.loop = g_main_loop_new (NULL, FALSE);
  bench.shown[0].name = "console";
  bench.shown[1].name = "stage view";
  for (guint i = 0; i < 2; i++)
    {
      Shown *shown = &bench.shown[i];

      shown->window = gtk_window_new ();
      shown->face = kez_clock_face_new (clock);
      gtk_window_set_child (GTK_WINDOW (shown->window), shown->face);
      gtk_window_set_default_size (GTK_WINDOW (shown->window), i == 0 ? 600 : 1280,
                                   i == 0 ? 420 : 720);
      g_signal_connect (shown->window, "map", G_CALLBACK (window_mapped), shown);
      gtk_window_present (GTK_WINDOW (shown->window));
    }

  /* Settle: the first frames of a window being shown are not the clock's. */
  run_for (&bench, 2);
  for (guint i = 0; i < 2; i++)
    {
      bench.shown[i].frames = 0;
      redraws[i] = kez_clock_face_get_redraws (KEZ_CLOCK_FACE (bench.shown[i].face));
    }
  run_for (&bench, IDLE_SECONDS);
  g_print ("The clock before Start, %u s:\n", IDLE_SECONDS);
  for (guint i = 0; i < 2; i++)
    {
      g_print ("  %-10s %u frames, %u redraws of the face\n", bench.shown[i].name,
               bench.shown[i].frames,
               kez_clock_face_get_redraws (KEZ_CLOCK_FACE (bench.shown[i].face)) - redraws[i]);
      g_print ("ratio: clock before Start, frames of the %s in %u s = %u (target 0)\n",
               bench.shown[i].name, IDLE_SECONDS, bench.shown[i].frames);
    }

  if (!kez_meeting_clock_start (clock, &error))
    g_error ("The clock would not start: %s", error->message);
  for (guint i = 0; i < 2; i++)
    {
      bench.shown[i].frames = 0;
      bench.shown[i].offsets_ms = g_array_new (FALSE, FALSE, sizeof (double));
      redraws[i] = kez_clock_face_get_redraws (KEZ_CLOCK_FACE (bench.shown[i].face));
    }
  cpu = cpu_seconds ();
  started = g_get_monotonic_time ();
  run_for (&bench, seconds);
  wall = (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;
  cpu = cpu_seconds () - cpu;

  g_print ("The running clock, %.1f s:\n", wall);
  for (guint i = 0; i < 2; i++)
    {
      Shown *shown = &bench.shown[i];
      guint face = kez_clock_face_get_redraws (KEZ_CLOCK_FACE (shown->face)) - redraws[i];

      g_print ("  %-10s %u frames (%.2f a second), %u redraws of the face, frames within "
               "%.0f ms of each other in their second\n", shown->name, shown->frames,
               shown->frames / wall, face, offset_spread (shown->offsets_ms));
      g_print ("ratio: running clock, frames a second of the %s = %.2f (target ≤ 1)\n",
               shown->name, shown->frames / wall);
      g_array_unref (shown->offsets_ms);
    }
  g_print ("  CPU: %.3f s in %.1f s, %.2f %% of a core\n", cpu, wall, 100 * cpu / wall);
  g_print ("ratio: running clock, CPU = %.2f %% of a core (target < 0.5)\n", 100 * cpu / wall);

  for (guint i = 0; i < 2; i++)
    gtk_window_destroy (GTK_WINDOW (bench.shown[i].window));
  g_main_loop_unref (bench.loop);
  return 0;
}
