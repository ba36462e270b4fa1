/* bench-questions.c: the Questions page with 100,000 questions
 *
 * Run with a display:
 *   GSK_RENDERER=cairo tests/ui/run-ui-test _build/bench/bench-questions [--database=FILE]
 * Without --database it generates 100,000 questions (seed 863) in a temporary file first.
 *
 * Prints the time from showing the page to its first frame with the questions in it; the
 * median and worst time from a search, a filter picked, or a filter put back to "all", to
 * the frame that shows its result (the list's thread works it out: the frame comes when the
 * answer has), and how long each change kept the main thread; the median and worst frame
 * while scrolling the list a page at a time from top to far down; a triage key (accept, and
 * its undo) to the frame that shows its row changed; the most question objects alive at once
 * (rows are read lazily: about a screenful, not 100,000); and the process's resident memory,
 * now and at its peak.
 *
 * And what a planner waits for when typing a search: words typed with real key events
 * (xdotool, a key every 120 ms, on the Kazakh keyboard layout as a planner's, so that no key
 * is remapped while typing), from the last key's event to the frame that shows the questions
 * found, against the anchor of the same words typed into a plain GtkEntry in the same window,
 * interleaved: the ratio is the search's cost over GTK's own echo of a key.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "kez-question-generator.h"
#include "kez-question-list.h"
#include "kez-question.h"
#include "kez-questions-page.h"
#include "kez-search-tokenizer.h"
#include "kez-store-open.h"

#define N_QUESTIONS 100000
#define N_SCROLLS 200
#define N_TRIAGES 20

typedef void (*Step) (gpointer bench, int index);

typedef struct
{
  GtkWidget  *window;
  GtkWidget  *page;
  GArray     *open_ms;
  GArray     *filter_ms;     /* a search or a filter picked, to the frame showing it */
  GArray     *reset_ms;      /* a filter put back to "all", to its frame */
  GArray     *busy_ms;       /* what the change itself kept the main thread busy */
  GArray     *sql_ms;        /* the anchor: the same selection as SQL alone, interleaved */
  sqlite3    *anchor_db;
  GArray     *scroll_ms;
  GArray     *triage_ms;     /* a triage key (accept, or its undo) to the frame showing it */
  GArray     *typed_ms;      /* last key to the frame with the search's result */
  GArray     *anchor_ms;     /* last key to the frame with the key echoed in a plain entry */
  GtkWidget  *anchor;        /* the plain entry */
  GtkWidget  *target;        /* the entry being typed into */
  const char *word;
  gint64      last_key;
  gboolean    applied;       /* the search entry has told the page of the whole word */
  gboolean    resetting;     /* the step puts a filter back to "all" */
  guint       attempt;       /* of typing a word: a check of an earlier one is stale */
  GArray     *current;
  Step        step;
  int         index;
  int         n_steps;
  gint64      started;
  guint       max_alive;
  guint       n_questions;
  GMainLoop  *loop;
} Bench;

static const char * const searches[] = {
  "дорога", "әкімдік", "министерство", "ТАРАЗ", "жол", "интернет", "балабақша", "газ",
  "жалақы", "субсидии", "ауруханасында", "очередь", "",
};

static void run_next (Bench *bench);

/* Words a planner types, in Russian and Kazakh (xdotool types the letters not on the
 * keyboard map by remapping a key for a moment). */
static const char * const typed_words[] = {
  "дорога", "школы", "мектеп", "тариф", "жалақы", "газ", "больница", "ауыл",
};

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
percentile (GArray *values,
            double  fraction)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (guint) (values->len * fraction)));
}

/* The widgets found by walking the page, in the order the template has them. */
static GtkWidget *
nth_of_type (GtkWidget *root,
             GType      type,
             int        n)
{
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();
  int seen = 0;

  g_ptr_array_add (queue, root);
  for (guint i = 0; i < queue->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (queue, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && seen++ == n)
        return widget;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (queue, child);
    }
  return NULL;
}

static KezQuestionList *page_list (Bench *bench);

/* The anchor of a search or a filter: the questions it selects, in the list's order, as one
 * SQL statement stepped to its end on a connection of its own, nothing cached. */
static double
time_sql_alone (Bench                   *bench,
                const KezQuestionFilter *filter)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *where = kez_question_filter_to_sql (filter, KEZ_DB_SQLITE, values);
  g_autofree char *sql = g_strconcat ("SELECT id, citizens, status = 'merged' FROM questions",
                                      where, " ORDER BY received_on DESC, id DESC", NULL);
  gint64 started = g_get_monotonic_time ();
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (bench->anchor_db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < values->len; i++)
    sqlite3_bind_text (stmt, i + 1, g_ptr_array_index (values, i), -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    ;
  sqlite3_finalize (stmt);
  return (g_get_monotonic_time () - started) / 1000.0;
}

static void
after_paint (GdkFrameClock *clock,
             Bench         *bench)
{
  double ms = (g_get_monotonic_time () - bench->started) / 1000.0;

  g_signal_handlers_disconnect_by_func (clock, after_paint, bench);
  bench->max_alive = MAX (bench->max_alive, kez_question_count_alive ());
  /* The first change of each kind builds caches and is not counted. */
  if (bench->index > 0)
    g_array_append_val (bench->current == bench->filter_ms && bench->resetting ?
                        bench->reset_ms : bench->current, ms);
  if (bench->index > 0 && bench->current == bench->filter_ms)
    {
      double sql = time_sql_alone (bench, kez_question_list_get_filter (page_list (bench)));

      g_array_append_val (bench->sql_ms, sql);
    }
  if (g_getenv ("KEZ_BENCH_TRACE") != NULL)
    g_printerr ("step %d: %.1f ms\n", bench->index, ms);
  bench->index++;
  run_next (bench);
}

/* The page's list of questions, under the column view's selection. */
static KezQuestionList *
page_list (Bench *bench)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (nth_of_type (bench->page, GTK_TYPE_COLUMN_VIEW, 0));

  return KEZ_QUESTION_LIST (gtk_multi_selection_get_model (
    GTK_MULTI_SELECTION (gtk_column_view_get_model (view))));
}

static void
paint_then (Bench *bench,
            GCallback after)
{
  g_signal_connect (gtk_widget_get_frame_clock (bench->window), "after-paint", after, bench);
  gtk_widget_queue_draw (bench->page);
}

static void
list_updated (KezQuestionList *list,
              Bench           *bench)
{
  g_signal_handlers_disconnect_by_func (list, list_updated, bench);
  paint_then (bench, G_CALLBACK (after_paint));
}

/* Waits for the frame that shows the change: the next one, or the one after the list has the
 * thread's answer. */
static void
measure (Bench *bench)
{
  KezQuestionList *list = page_list (bench);
  double busy = (g_get_monotonic_time () - bench->started) / 1000.0;

  if (bench->index > 0)
    g_array_append_val (bench->busy_ms, busy);
  if (kez_question_list_is_loading (list))
    g_signal_connect (list, "updated", G_CALLBACK (list_updated), bench);
  else
    paint_then (bench, G_CALLBACK (after_paint));
}

static void
step_filter (gpointer data,
             int      index)
{
  Bench *bench = data;
  GtkWidget *search = nth_of_type (bench->page, GTK_TYPE_SEARCH_ENTRY, 0);
  int n_searches = G_N_ELEMENTS (searches);

  if (index < n_searches)
    {
      /* Replacing the text empties the entry for a moment, which a search entry reports at
       * once; typing a word does not, so the page hears only of the word. A search entry
       * also waits a moment for more typing; the bench does not. */
      g_signal_handlers_block_matched (search, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                       bench->page);
      gtk_editable_set_text (GTK_EDITABLE (search), searches[index]);
      g_signal_handlers_unblock_matched (search, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                         bench->page);
      bench->resetting = FALSE;
      bench->started = g_get_monotonic_time ();
      g_signal_emit_by_name (search, "search-changed");
    }
  else
    {
      /* status, channel, region, topic: each picked and put back */
      int which = (index - n_searches) / 2 % 4;
      GtkDropDown *filter = GTK_DROP_DOWN (nth_of_type (bench->page, GTK_TYPE_DROP_DOWN, which));

      bench->resetting = (index - n_searches) % 2 != 0;
      bench->started = g_get_monotonic_time ();
      gtk_drop_down_set_selected (filter, bench->resetting ? 0 : 2 + index % 5);
    }
  measure (bench);
}

static void
step_scroll (gpointer data,
             int      index)
{
  Bench *bench = data;
  GtkScrolledWindow *scroller =
    GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (nth_of_type (bench->page,
                                                               GTK_TYPE_COLUMN_VIEW, 0),
                                                  GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  bench->started = g_get_monotonic_time ();
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) +
                                        gtk_adjustment_get_page_size (adjustment));
  paint_then (bench, G_CALLBACK (after_paint));
}

/* Accept a row as the A key does, then undo it as Ctrl+Z does: the row shows its new status
 * in the next frame. */
static void
step_triage (gpointer data,
             int      index)
{
  Bench *bench = data;
  GtkColumnView *view = GTK_COLUMN_VIEW (nth_of_type (bench->page, GTK_TYPE_COLUMN_VIEW, 0));

  /* The rows triaged are on screen. */
  if (index == 0)
    gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view)), 0);
  if (index % 2 == 0)
    gtk_selection_model_select_item (gtk_column_view_get_model (view), index / 2, TRUE);
  bench->started = g_get_monotonic_time ();
  gtk_widget_activate_action (bench->page, index % 2 == 0 ? "questions.accept"
                                                          : "questions.undo", NULL);
  {
    double busy = (g_get_monotonic_time () - bench->started) / 1000.0;

    if (g_getenv ("KEZ_BENCH_TRACE") != NULL)
      g_printerr ("triage %d kept the main thread %.1f ms\n", index, busy);
  }
  paint_then (bench, G_CALLBACK (after_paint));
}

/* ---- typing --------------------------------------------------------------------------- */

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             Bench                 *bench)
{
  bench->last_key = g_get_monotonic_time ();
  return GDK_EVENT_PROPAGATE;
}

static void
search_told (GtkSearchEntry *entry,
             Bench          *bench)
{
  if (bench->target == GTK_WIDGET (entry) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), bench->word) == 0)
    bench->applied = TRUE;
}

static void
typed_paint (GdkFrameClock *clock,
             Bench         *bench)
{
  gboolean anchor = bench->target == bench->anchor;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (bench->target));

  if (g_strcmp0 (text, bench->word) != 0 ||
      (!anchor && (!bench->applied || kez_question_list_is_loading (page_list (bench)))))
    return;
  g_signal_handlers_disconnect_by_func (clock, typed_paint, bench);
  {
    double ms = (g_get_monotonic_time () - bench->last_key) / 1000.0;

    g_array_append_val (anchor ? bench->anchor_ms : bench->typed_ms, ms);
    if (g_getenv ("KEZ_BENCH_TRACE") != NULL)
      g_printerr ("typed %s into %s: %.1f ms\n", bench->word, anchor ? "the anchor" : "the page",
                  ms);
  }
  bench->index++;
  run_next (bench);
}

static void step_type (gpointer data,
                       int      index);

/* xdotool can lose a letter on a busy machine: a word that never arrived whole is typed
 * again. A check belongs to one attempt; it is stale once another has begun. */
typedef struct
{
  Bench *bench;
  guint  attempt;
} Typing;

static gboolean
check_typed (gpointer data)
{
  Typing *typing = data;
  Bench *bench = typing->bench;

  if (bench->step == step_type && bench->attempt == typing->attempt &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (bench->target)), bench->word) != 0)
    {
      g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (bench->window),
                                            typed_paint, bench);
      g_printerr ("“%s” arrived as “%s”: typed again\n", bench->word,
                  gtk_editable_get_text (GTK_EDITABLE (bench->target)));
      step_type (bench, bench->index);
    }
  return G_SOURCE_REMOVE;
}

static void
typing_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  g_timeout_add_full (G_PRIORITY_DEFAULT, 2000, check_typed, data, g_free);
}

static gboolean
type_word (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) xdotool = NULL;
  Typing *typing;

  gtk_widget_grab_focus (bench->target);
  bench->applied = FALSE;
  g_signal_connect (gtk_widget_get_frame_clock (bench->window), "after-paint",
                    G_CALLBACK (typed_paint), bench);
  xdotool = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, "xdotool", "type", "--delay",
                              "120", bench->word, NULL);
  g_assert_no_error (error);
  typing = g_new (Typing, 1);
  typing->bench = bench;
  typing->attempt = bench->attempt;
  g_subprocess_wait_async (xdotool, NULL, typing_done, typing);
  return G_SOURCE_REMOVE;
}

/* Even steps type into the plain entry, odd ones into the page's search, the same word. */
static void
step_type (gpointer data,
           int      index)
{
  Bench *bench = data;
  GtkWidget *search = nth_of_type (bench->page, GTK_TYPE_SEARCH_ENTRY, 0);

  bench->attempt++;
  bench->word = typed_words[(index / 2) % G_N_ELEMENTS (typed_words)];
  bench->target = index % 2 == 0 ? bench->anchor : search;
  /* Emptied first, and the whole list shown again, before the first key. */
  gtk_editable_set_text (GTK_EDITABLE (bench->anchor), "");
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  g_timeout_add (600, type_word, bench);
}

static void
start_phase (Bench  *bench,
             Step    step,
             int     n_steps,
             GArray *into)
{
  bench->step = step;
  bench->n_steps = n_steps;
  bench->index = 0;
  bench->current = into;
}

static void
run_next (Bench *bench)
{
  if (bench->index < bench->n_steps)
    {
      bench->step (bench, bench->index);
      return;
    }
  if (bench->current == bench->open_ms)
    start_phase (bench, step_filter, G_N_ELEMENTS (searches) + 4 * 2 * 3, bench->filter_ms);
  else if (bench->current == bench->filter_ms)
    start_phase (bench, step_scroll, N_SCROLLS, bench->scroll_ms);
  else if (bench->current == bench->scroll_ms)
    start_phase (bench, step_triage, 2 * N_TRIAGES, bench->triage_ms);
  else if (bench->current == bench->triage_ms)
    start_phase (bench, step_type, 2 * 2 * G_N_ELEMENTS (typed_words), bench->typed_ms);
  else
    {
      g_main_loop_quit (bench->loop);
      return;
    }
  run_next (bench);
}

static void
first_frame (GdkFrameClock *clock,
             Bench         *bench)
{
  double ms = (g_get_monotonic_time () - bench->started) / 1000.0;

  /* The first frame with the questions in it. */
  if (kez_question_list_is_loading (page_list (bench)) ||
      g_list_model_get_n_items (G_LIST_MODEL (page_list (bench))) == 0)
    {
      gtk_widget_queue_draw (bench->page);
      return;
    }
  g_signal_handlers_disconnect_by_func (clock, first_frame, bench);
  bench->n_questions = g_list_model_get_n_items (G_LIST_MODEL (page_list (bench)));
  g_array_append_val (bench->open_ms, ms);
  bench->index = 1;
  bench->n_steps = 1;
  bench->current = bench->open_ms;
  run_next (bench);
}

static void
realized (GtkWidget *window,
          Bench     *bench)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame),
                    bench);
}

static void
print_memory (void)
{
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "VmRSS:") || g_str_has_prefix (lines[i], "VmHWM:"))
      {
        guint64 kb = g_ascii_strtoull (lines[i] + 6, NULL, 10);

        g_print ("  %s resident memory %6.1f MB\n",
                 g_str_has_prefix (lines[i], "VmRSS:") ? "now: " : "peak:", kb / 1024.0);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(KezStore) store = NULL;
  Bench bench = { 0 };

  if (argc > 1 && g_str_has_prefix (argv[1], "--database="))
    path = g_strdup (argv[1] + strlen ("--database="));
  else
    {
      dir = g_dir_make_tmp ("kezdesu-bench-XXXXXX", NULL);
      path = g_build_filename (dir, "bench.db", NULL);
    }

  adw_init ();
  /* Cyrillic and Kazakh letters on keys of their own. */
  if (!g_spawn_command_line_sync ("setxkbmap kz", NULL, NULL, NULL, NULL))
    g_printerr ("setxkbmap kz failed: letters will be typed by remapping keys\n");
  store = kez_store_open (path, &error);
  g_assert_no_error (error);
  if (dir != NULL)
    {
      GDate first, last;
      gint64 started = g_get_monotonic_time ();

      g_date_clear (&first, 1);
      g_date_clear (&last, 1);
      g_date_set_dmy (&first, 1, G_DATE_JANUARY, 2026);
      g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 2026);
      g_assert_true (kez_question_generator_fill (store, N_QUESTIONS, 863, &first, &last,
                                                  KEZ_LANGUAGE_RU, &error));
      g_print ("generated %d questions in %.1f s\n", N_QUESTIONS,
               (g_get_monotonic_time () - started) / 1e6);
    }

  bench.open_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.filter_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.reset_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.busy_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.sql_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_assert_cmpint (sqlite3_open_v2 (path, &bench.anchor_db, SQLITE_OPEN_READONLY, NULL), ==,
                   SQLITE_OK);
  g_assert_true (kez_search_tokenizer_register (bench.anchor_db));
  bench.scroll_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.triage_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.typed_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.anchor_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench.loop = g_main_loop_new (NULL, FALSE);

  bench.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1100, 720);
  bench.page = g_object_new (KEZ_TYPE_QUESTIONS_PAGE, NULL);
  kez_questions_page_set_store (KEZ_QUESTIONS_PAGE (bench.page), store);
  bench.anchor = gtk_entry_new ();
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_box_append (GTK_BOX (box), bench.anchor);
    gtk_widget_set_vexpand (bench.page, TRUE);
    gtk_box_append (GTK_BOX (box), bench.page);
    gtk_window_set_child (GTK_WINDOW (bench.window), box);
    /* When the window hears of a key, before any widget acts on it. */
    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), &bench);
    gtk_widget_add_controller (bench.window, keys);
    /* After the page's own handler: the page has applied the search when this runs. */
    g_signal_connect_after (nth_of_type (bench.page, GTK_TYPE_SEARCH_ENTRY, 0), "search-changed",
                            G_CALLBACK (search_told), &bench);
  }
  g_signal_connect (bench.window, "realize", G_CALLBACK (realized), &bench);
  /* The page reads its questions when it is first mapped: from here to the first frame is
   * what a planner waits for when opening the Questions page. */
  bench.started = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (bench.window));
  g_main_loop_run (bench.loop);

  g_print ("Questions page, %u questions (GSK_RENDERER=%s):\n", bench.n_questions,
           g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "default");
  g_print ("  open to the first frame              %6.1f ms\n",
           g_array_index (bench.open_ms, double, 0));
  g_print ("  search or filter to its frame  median %6.1f ms, worst %6.1f ms (%u changes)\n",
           percentile (bench.filter_ms, 0.5), percentile (bench.filter_ms, 1.0),
           bench.filter_ms->len);
  g_print ("  a filter back to all, its frame median %6.1f ms, worst %6.1f ms (%u changes)\n",
           percentile (bench.reset_ms, 0.5), percentile (bench.reset_ms, 1.0),
           bench.reset_ms->len);
  g_print ("  anchor, the same SQL alone    median %6.1f ms, worst %6.1f ms\n",
           percentile (bench.sql_ms, 0.5), percentile (bench.sql_ms, 1.0));
  {
    GArray *all = g_array_new (FALSE, FALSE, sizeof (double));

    g_array_append_vals (all, bench.filter_ms->data, bench.filter_ms->len);
    g_array_append_vals (all, bench.reset_ms->data, bench.reset_ms->len);
    g_print ("ratio: search or filter to its frame, %u questions, over the same SQL alone = "
             "%.2f (median %.1f ms, worst %.1f ms; targets 50 and 100 ms at 1,000,000)\n",
             bench.n_questions,
             percentile (all, 0.5) / MAX (percentile (bench.sql_ms, 0.5), 0.1),
             percentile (all, 0.5), percentile (all, 1.0));
    g_array_unref (all);
  }
  g_print ("  main thread kept by a change   median %6.1f ms, worst %6.1f ms\n",
           percentile (bench.busy_ms, 0.5), percentile (bench.busy_ms, 1.0));
  g_print ("  scroll a page to its frame     median %6.1f ms, worst %6.1f ms (%u pages)\n",
           percentile (bench.scroll_ms, 0.5), percentile (bench.scroll_ms, 1.0),
           bench.scroll_ms->len);
  g_print ("  triage key to its row's frame  median %6.1f ms, worst %6.1f ms (%u keys)\n",
           percentile (bench.triage_ms, 0.5), percentile (bench.triage_ms, 1.0),
           bench.triage_ms->len);
  g_print ("  last key to the search's frame median %6.1f ms, worst %6.1f ms (%u words)\n",
           percentile (bench.typed_ms, 0.5), percentile (bench.typed_ms, 1.0),
           bench.typed_ms->len);
  g_print ("  anchor, a plain entry's echo   median %6.1f ms, worst %6.1f ms\n",
           percentile (bench.anchor_ms, 0.5), percentile (bench.anchor_ms, 1.0));
  g_print ("  ratio of the medians                 %6.1f\n",
           percentile (bench.typed_ms, 0.5) / MAX (percentile (bench.anchor_ms, 0.5), 0.1));
  g_print ("  question objects alive at most       %6u\n", bench.max_alive);
  print_memory ();

  if (dir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_clear_object (&store);
      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (dir);
    }
  return EXIT_SUCCESS;
}
