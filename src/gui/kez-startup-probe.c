/* kez-startup-probe.c
 *
 * With KEZDESU_STARTUP_PROBE set, the main window prints the monotonic time of its first
 * painted frame (the clock the benchmark read before it started the process) and, if the
 * variable says "quit", the app quits. Without the variable it does nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include "kez-startup-probe.h"

static void
after_first_paint (GdkFrameClock *frame_clock,
                   GtkWidget     *window)
{
  const char *mode = g_getenv ("KEZDESU_STARTUP_PROBE");

  g_signal_handlers_disconnect_by_func (frame_clock, after_first_paint, window);
  printf ("first-frame-monotonic-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);

  if (g_strcmp0 (mode, "quit") == 0)
    g_application_quit (g_application_get_default ());
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
