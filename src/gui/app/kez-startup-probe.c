/* kez-startup-probe.c
 *
 * With KEZDESU_STARTUP_PROBE set, the main window prints the monotonic time of its first
 * painted frame (the clock the benchmark read before it started the process) and its
 * resident memory then. If the variable says "quit", the app quits; if it says "questions",
 * the window goes to the Questions page, prints the time and memory of the first frame that
 * shows the questions, and quits. Without the variable it does nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "kez-question-list.h"
#include "kez-questions-page.h"
#include "kez-startup-probe.h"

static guint64
resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmRSS:"), NULL, 10);
}

static void
report (const char *what)
{
  printf ("%s-monotonic-us %" G_GINT64_FORMAT "\n", what, g_get_monotonic_time ());
  printf ("%s-resident-kib %" G_GUINT64_FORMAT "\n", what, resident_kib ());
  fflush (stdout);
}

static GtkWidget *
find_questions_page (GtkWidget *widget)
{
  if (KEZ_IS_QUESTIONS_PAGE (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_questions_page (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A frame of the Questions page once its list has the questions. */
static void
after_questions_paint (GdkFrameClock *frame_clock,
                       GtkWidget     *window)
{
  GtkWidget *page = find_questions_page (window);
  KezQuestionList *list = page != NULL ? kez_questions_page_get_list (KEZ_QUESTIONS_PAGE (page))
                                       : NULL;

  if (list == NULL || !gtk_widget_get_mapped (page) || kez_question_list_is_loading (list))
    {
      gtk_widget_queue_draw (window);
      return;
    }
  g_signal_handlers_disconnect_by_func (frame_clock, after_questions_paint, window);
  report ("questions-frame");
  g_application_quit (g_application_get_default ());
}

static void
after_first_paint (GdkFrameClock *frame_clock,
                   GtkWidget     *window)
{
  const char *mode = g_getenv ("KEZDESU_STARTUP_PROBE");

  g_signal_handlers_disconnect_by_func (frame_clock, after_first_paint, window);
  report ("first-frame");

  if (g_strcmp0 (mode, "quit") == 0)
    g_application_quit (g_application_get_default ());
  else if (g_strcmp0 (mode, "questions") == 0)
    {
      g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_questions_paint), window);
      gtk_widget_activate_action (window, "win.page", "s", "questions");
      gtk_widget_queue_draw (window);
    }
}

static void
on_realize (GtkWidget *window)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_first_paint), window);
}

void
kez_startup_probe_attach (GtkWidget *window)
{
  g_return_if_fail (GTK_IS_WIDGET (window));

  if (g_getenv ("KEZDESU_STARTUP_PROBE") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (on_realize), NULL);
}
