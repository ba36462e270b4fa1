/* bench-year-view.c: how long the year view takes to show a year of 2,000 meetings
 *
 * Run with a display: tests/ui/run-ui-test _build/bench/bench-year-view
 * Prints the median time to fill the view for a year and the median time until that year's
 * first frame is painted, switching back and forth between two years of 1,000 meetings each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "kez-deadlines.h"
#include "kez-meetings.h"
#include "kez-store-open.h"
#include "kez-year-view.h"

#define N_MEETINGS 2000
#define N_SWITCHES (g_getenv ("KEZ_BENCH_SWITCHES") != NULL ? atoi (g_getenv ("KEZ_BENCH_SWITCHES")) : 21)

static const char *regions[] = { "abai", "akmola", "aktobe", "astana", "almaty", "shymkent" };

typedef struct
{
  GtkWidget  *view;
  GListModel *years[2];
  GArray     *deadlines[2];
  KezNames   *names;
  GArray     *fill_ms;
  GArray     *frame_ms;
  gint64      started;
  int         round;
  GMainLoop  *loop;
} Bench;

static void
fill_store (KezStore *store)
{
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (863);

  g_assert_true (kez_store_begin (store, &error));
  for (int i = 0; i < N_MEETINGS; i++)
    {
      KezMeetingFields fields;

      kez_meeting_fields_init (&fields);
      g_free (fields.body_code);
      fields.body_code = g_strdup ("moh");
      g_free (fields.leader_name);
      fields.leader_name = g_strdup_printf ("Leader %d", i % 40);
      g_date_set_dmy (&fields.date, g_rand_int_range (rand, 1, 29), g_rand_int_range (rand, 1, 13),
                      2026 + i % 2);
      fields.region_code = g_strdup (regions[i % G_N_ELEMENTS (regions)]);
      fields.status = g_rand_int_range (rand, 0, 4);
      fields.off_schedule = i % 17 == 0;
      g_free (fields.off_schedule_reason);
      fields.off_schedule_reason = g_strdup (fields.off_schedule ? "risk" : "");
      g_assert_true (kez_meetings_save (store, &fields, &error));
      kez_meeting_fields_clear (&fields);
    }
  g_assert_true (kez_store_commit (store, &error));
  g_rand_free (rand);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static void show_next (Bench *bench);

static void
after_paint (GdkFrameClock *clock,
             Bench         *bench)
{
  double ms = (g_get_monotonic_time () - bench->started) / 1000.0;

  g_signal_handlers_disconnect_by_func (clock, after_paint, bench);
  if (bench->round > 0) /* the first round builds caches */
    g_array_append_val (bench->frame_ms, ms);
  if (++bench->round < N_SWITCHES)
    show_next (bench);
  else
    g_main_loop_quit (bench->loop);
}

static gboolean
show_next_idle (gpointer data)
{
  show_next (data);
  return G_SOURCE_REMOVE;
}

static void
show_next (Bench *bench)
{
  int which = bench->round % 2;
  GDate today;
  double ms;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 25, 11, 2026);
  bench->started = g_get_monotonic_time ();
  kez_year_view_show (KEZ_YEAR_VIEW (bench->view), 2026 + which, bench->years[which],
                      bench->deadlines[which], bench->names, &today);
  ms = (g_get_monotonic_time () - bench->started) / 1000.0;
  if (bench->round > 0)
    g_array_append_val (bench->fill_ms, ms);
  g_signal_connect (gtk_widget_get_frame_clock (bench->view), "after-paint",
                    G_CALLBACK (after_paint), bench);
  gtk_widget_queue_draw (bench->view);
}

static void
mapped (GtkWidget *window,
        Bench     *bench)
{
  g_idle_add (show_next_idle, bench);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kezdesu-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.db", NULL);
  g_autoptr(KezStore) store = NULL;
  g_autoptr(KezRuleSet) rules = NULL;
  GtkWidget *window, *scrolled;
  Bench bench = { 0 };
  GDate first, last;

  adw_init ();
  store = kez_store_open (path, &error);
  g_assert_no_error (error);
  fill_store (store);
  rules = kez_store_dup_active_rule_set (store);
  bench.names = kez_names_new (store);

  for (int i = 0; i < 2; i++)
    {
      g_date_clear (&first, 1);
      g_date_clear (&last, 1);
      g_date_set_dmy (&first, 1, 1, 2026 + i);
      g_date_set_dmy (&last, 31, 12, 2026 + i);
      bench.years[i] = kez_meetings_list_year (store, 2026 + i);
      bench.deadlines[i] = kez_deadlines_in_range (rules, bench.years[i], &first, &last);
    }
  bench.fill_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.loop = g_main_loop_new (NULL, FALSE);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  scrolled = gtk_scrolled_window_new ();
  bench.view = kez_year_view_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), bench.view);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  g_signal_connect (window, "map", G_CALLBACK (mapped), &bench);
  gtk_window_present (GTK_WINDOW (window));
  g_main_loop_run (bench.loop);

  g_print ("year view, %u meetings in two years, %d switches between them "
           "(GSK_RENDERER=%s):\n", g_list_model_get_n_items (bench.years[0]) +
           g_list_model_get_n_items (bench.years[1]), N_SWITCHES - 1,
           g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "default");
  g_print ("  fill the view       median %6.1f ms\n", median (bench.fill_ms));
  g_print ("  to the first frame  median %6.1f ms\n", median (bench.frame_ms));

  g_unlink (path);
  return EXIT_SUCCESS;
}
