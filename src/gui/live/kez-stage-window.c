/* kez-stage-window.c
 *
 * The speaker sees the clock alone, white on black, and a short message from the timekeeper
 * ("two minutes", "please wrap up") under it. The timekeeper keeps the controls: the stage
 * window answers the console's keys, but the console keeps the focus. With a second monitor
 * the stage fills it (the one chosen in the console, or any but the console's); on a single
 * monitor it is an ordinary window beside the console, never covering it or its dialogs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-stage-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-clock-face.h"
#include "kez-stage-window.h"

struct _KezStageWindow
{
  GtkWindow   parent_instance;

  GtkWindow  *console;
  GSettings  *settings;
  GtkWidget  *face;
  GtkLabel   *message;
};

G_DEFINE_FINAL_TYPE (KezStageWindow, kez_stage_window, GTK_TYPE_WINDOW)

static void
warning_changed (KezStageWindow *self)
{
  kez_clock_face_set_warning (KEZ_CLOCK_FACE (self->face),
                              g_settings_get_int (self->settings, "clock-warning-minutes") *
                              G_TIME_SPAN_MINUTE);
}

static void
kez_stage_window_dispose (GObject *object)
{
  KezStageWindow *self = KEZ_STAGE_WINDOW (object);

  g_clear_weak_pointer (&self->console);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kez_stage_window_parent_class)->dispose (object);
}

static void
kez_stage_window_class_init (KezStageWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kez_stage_window_dispose;
}

static void
kez_stage_window_init (KezStageWindow *self)
{
  self->settings = g_settings_new (BASE_ID);
  gtk_window_set_title (GTK_WINDOW (self), _("Stage View"));
  gtk_widget_add_css_class (GTK_WIDGET (self), "stage");
}

/* A size that takes the whole width but stays readable: the message wraps, up to three
 * lines, and shrinks the clock rather than leaving the screen. */
static GtkWidget *
new_message_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "stage-message");
  gtk_widget_set_margin_start (label, 48);
  gtk_widget_set_margin_end (label, 48);
  gtk_widget_set_margin_bottom (label, 32);
  gtk_widget_set_visible (label, FALSE);
  return label;
}

GtkWidget *
kez_stage_window_new (KezMeetingClock      *clock,
                      GtkWindow            *console,
                      KezConsoleKeyHandler  keys,
                      gpointer              keys_data)
{
  KezStageWindow *self;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (clock), NULL);
  g_return_val_if_fail (GTK_IS_WINDOW (console), NULL);

  self = g_object_new (KEZ_TYPE_STAGE_WINDOW, NULL);
  g_set_weak_pointer (&self->console, console);
  self->face = kez_clock_face_new (clock);
  gtk_widget_add_css_class (self->face, "on-stage");
  gtk_widget_set_margin_top (self->face, 24);
  gtk_widget_set_margin_bottom (self->face, 24);
  warning_changed (self);
  g_signal_connect_object (self->settings, "changed::clock-warning-minutes",
                           G_CALLBACK (warning_changed), self, G_CONNECT_SWAPPED);
  self->message = GTK_LABEL (new_message_label ());
  gtk_box_append (GTK_BOX (box), self->face);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->message));
  gtk_window_set_child (GTK_WINDOW (self), box);
  kez_console_keys_attach (GTK_WIDGET (self), keys, keys_data);
  return GTK_WIDGET (self);
}

/**
 * kez_stage_window_set_message:
 * @message: (nullable): what the speaker should read; %NULL or empty clears it
 */
void
kez_stage_window_set_message (KezStageWindow *self,
                              const char     *message)
{
  gboolean shown = message != NULL && message[0] != '\0';

  g_return_if_fail (KEZ_IS_STAGE_WINDOW (self));

  gtk_label_set_label (self->message, shown ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message), shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->message), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  shown ? message : "", -1);
}

static GdkMonitor *
monitor_of (GtkWindow *window)
{
  GdkSurface *surface = window != NULL ? gtk_native_get_surface (GTK_NATIVE (window)) : NULL;

  return surface != NULL ? gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface),
                                                               surface)
                         : NULL;
}

/**
 * kez_stage_window_pick_monitor:
 * @wanted: (nullable): the connector the timekeeper chose, or empty for any other than the
 *   console's
 * @alone: (out): whether the console's monitor is the only one
 *
 * Returns: (transfer full): the monitor for the stage view
 */
GdkMonitor *
kez_stage_window_pick_monitor (GtkWindow  *console,
                               const char *wanted,
                               gboolean   *alone)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (console)));
  GdkMonitor *own = monitor_of (console);
  guint n = g_list_model_get_n_items (monitors);
  GdkMonitor *other = NULL;

  *alone = n < 2;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (wanted != NULL && wanted[0] != '\0' &&
          g_strcmp0 (gdk_monitor_get_connector (monitor), wanted) == 0)
        {
          g_clear_object (&other);
          return g_steal_pointer (&monitor);
        }
      if (other == NULL && monitor != own)
        other = g_steal_pointer (&monitor);
    }
  return other != NULL ? other : g_list_model_get_item (monitors, 0);
}

/* The console takes the focus back once the stage window is up: the timekeeper's keys go to
 * the console, and a window manager that focuses new windows does not change that. */
static gboolean
refocus_console (gpointer data)
{
  KezStageWindow *self = data;

  if (self->console != NULL)
    gtk_window_present (self->console);
  return G_SOURCE_REMOVE;
}

/**
 * kez_stage_window_show:
 *
 * Shows the stage on the monitor the settings name, or on another than the console's; alone
 * with the console, as an ordinary window of half the screen.
 */
void
kez_stage_window_show (KezStageWindow *self)
{
  g_autofree char *wanted = g_settings_get_string (self->settings, "stage-monitor");
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle area;
  gboolean alone;

  g_return_if_fail (KEZ_IS_STAGE_WINDOW (self));

  monitor = kez_stage_window_pick_monitor (self->console, wanted, &alone);
  gdk_monitor_get_geometry (monitor, &area);
  if (alone)
    {
      gtk_window_set_default_size (GTK_WINDOW (self), area.width / 2, area.height / 2);
      gtk_window_present (GTK_WINDOW (self));
    }
  else
    {
      /* Sized to the monitor as well, for a session without a window manager to honour
       * full screen. */
      gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
      gtk_window_present (GTK_WINDOW (self));
    }
  g_idle_add_full (G_PRIORITY_DEFAULT, refocus_console, g_object_ref (self), g_object_unref);
}
