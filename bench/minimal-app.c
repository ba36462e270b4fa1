/* minimal-app.c: the anchor of the start-up benchmark, a libadwaita app with nothing in it
 *
 * A window with a header bar and a status page, as a bare GNOME app starts: the least any app
 * on this toolkit pays before its first frame. It prints the monotonic time of its first
 * painted frame and its resident memory then, as Kezdesu does with KEZDESU_STARTUP_PROBE, and
 * quits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <stdio.h>
#include <string.h>

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
after_first_paint (GdkFrameClock *clock,
                   GtkApplication *app)
{
  g_signal_handlers_disconnect_by_func (clock, after_first_paint, app);
  printf ("first-frame-monotonic-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  printf ("first-frame-resident-kib %" G_GUINT64_FORMAT "\n", resident_kib ());
  fflush (stdout);
  g_application_quit (G_APPLICATION (app));
}

static void
realized (GtkWidget      *window,
          GtkApplication *app)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_first_paint), app);
}

static void
activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Minimal");
  gtk_widget_set_vexpand (status, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "realize", G_CALLBACK (realized), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.kezdesu.BenchMinimal",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
