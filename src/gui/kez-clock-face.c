/* kez-clock-face.c
 *
 * A ring for the whole planned time, with the presentation's budget marked on it and the time
 * used drawn over it; in the middle, the phase, the time left in it in large digits, and the
 * time left in the meeting. Near the end of the budget the face turns to the warning colour
 * and says so; past it (after going back to the presentation) to the error colour, with the
 * overrun counted. The colours are libadwaita's, so dark mode follows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-clock-face"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kez-clock-face.h"

struct _KezClockFace
{
  GtkWidget        parent_instance;

  KezMeetingClock *clock;
  GTimeSpan        warning;
  guint            timeout;
  char            *spoken;  /* the accessible label last set */
};

G_DEFINE_FINAL_TYPE (KezClockFace, kez_clock_face, GTK_TYPE_WIDGET)

typedef enum
{
  STATE_CALM,
  STATE_WARNING,
  STATE_BREACH,
} State;

/* "12:30", "1:07:30", and "+2:00" for an overrun */
char *
kez_clock_format_span (GTimeSpan span)
{
  gint64 seconds = ABS (span) / G_TIME_SPAN_SECOND;
  const char *sign = span < 0 ? "+" : "";

  if (seconds >= 3600)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT,
                            sign, seconds / 3600, seconds / 60 % 60, seconds % 60);
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT, sign, seconds / 60,
                          seconds % 60);
}

static const char *
phase_label (KezClockPhase phase)
{
  switch (phase)
    {
    case KEZ_CLOCK_READY: return _("Ready");
    case KEZ_CLOCK_PRESENTATION: return _("Presentation");
    case KEZ_CLOCK_QUESTIONS: return _("Questions and answers");
    case KEZ_CLOCK_PAUSED: return _("Paused");
    case KEZ_CLOCK_FINISHED: return _("Finished");
    default: g_return_val_if_reached ("");
    }
}

static State
current_state (KezClockFace *self)
{
  KezClockPhase phase = kez_meeting_clock_get_running_phase (self->clock);

  if (kez_meeting_clock_get_breach (self->clock) > 0)
    return STATE_BREACH;
  if (phase == KEZ_CLOCK_PRESENTATION &&
      kez_meeting_clock_get_phase_remaining (self->clock) <= self->warning)
    return STATE_WARNING;
  return STATE_CALM;
}

/* The line under the digits: what the state means, in words as well as colour. */
static char *
status_line (KezClockFace *self,
             State         state)
{
  g_autofree char *left = kez_clock_format_span (kez_meeting_clock_get_meeting_remaining (self->clock));
  g_autofree char *breach = NULL;

  switch (state)
    {
    case STATE_BREACH:
      breach = kez_clock_format_span (kez_meeting_clock_get_breach (self->clock));
      /* Translators: %1$s is how long the presentation ran over its quarter, e.g. "2:05" */
      return g_strdup_printf (_("⚠ Over the presentation limit by %1$s"), breach);
    case STATE_WARNING:
      return g_strdup (_("⚠ The presentation time is almost up"));
    case STATE_CALM:
    default:
      /* Translators: %1$s is the time left in the whole meeting, e.g. "1:07:30" */
      return g_strdup_printf (_("Meeting: %1$s left"), left);
    }
}

static void
update_accessible (KezClockFace *self)
{
  KezClockPhase phase = kez_meeting_clock_get_phase (self->clock);
  g_autofree char *left = kez_clock_format_span (kez_meeting_clock_get_phase_remaining (self->clock));
  g_autofree char *status = status_line (self, current_state (self));
  g_autofree char *spoken = NULL;

  /* Translators: %1$s is the phase, %2$s the time left in it, %3$s a line such as
     "Meeting: 1:07:30 left" */
  spoken = g_strdup_printf (_("%1$s, %2$s left. %3$s"), phase_label (phase), left, status);
  if (g_strcmp0 (spoken, self->spoken) == 0)
    return;
  g_free (self->spoken);
  self->spoken = g_steal_pointer (&spoken);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->spoken, -1);
}

static gboolean
tick (gpointer data)
{
  KezClockFace *self = data;

  kez_meeting_clock_update (self->clock);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_CONTINUE;
}

static GdkRGBA
named_color (GtkWidget  *widget,
             const char *name,
             const char *fallback)
{
  GdkRGBA color;
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, &color))
    gdk_rgba_parse (&color, fallback);
  return color;
}

static void
arc (cairo_t       *cr,
     double         cx,
     double         cy,
     double         radius,
     double         from,
     double         to,
     const GdkRGBA *color,
     double         width)
{
  cairo_new_path (cr);
  cairo_set_line_width (cr, width);
  gdk_cairo_set_source_rgba (cr, color);
  cairo_arc (cr, cx, cy, radius, -M_PI / 2 + 2 * M_PI * from, -M_PI / 2 + 2 * M_PI * to);
  cairo_stroke (cr);
}

/* Centred on (cx, y), made smaller if it would be wider than @max_width: the words must stay
 * inside the ring in every language. */
static void
draw_text (GtkSnapshot   *snapshot,
           GtkWidget     *widget,
           const char    *text,
           double         size,
           gboolean       bold,
           const GdkRGBA *color,
           double         cx,
           double         y,
           double         max_width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoFontDescription *font = pango_font_description_new ();
  int width, height;

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_get_pixel_size (layout, &width, &height);
  if (width > max_width && width > 0)
    {
      pango_font_description_set_absolute_size (font, size * max_width / width * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_get_pixel_size (layout, &width, &height);
    }

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (cx - width / 2.0, y - height / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);

  pango_font_description_free (font);
  g_object_unref (layout);
}

static void
kez_clock_face_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KezClockFace *self = KEZ_CLOCK_FACE (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double cx = width / 2, cy = height / 2;
  double ring = size * 0.045;
  double radius = size / 2 - ring;
  State state = current_state (self);
  GdkRGBA fg;
  GdkRGBA track, budget_mark, used;
  GTimeSpan planned = MAX (1, kez_meeting_clock_get_planned (self->clock));
  double budget = (double) kez_meeting_clock_get_budget (self->clock) / planned;
  double presentation = (double) kez_meeting_clock_get_presentation (self->clock) / planned;
  double questions = (double) kez_meeting_clock_get_questions (self->clock) / planned;
  g_autofree char *digits = kez_clock_format_span (kez_meeting_clock_get_phase_remaining (self->clock));
  g_autofree char *status = status_line (self, state);
  GdkRGBA accent = named_color (widget, "accent_color", "#3584e4");
  GdkRGBA success = named_color (widget, "success_color", "#26a269");
  GdkRGBA warning = named_color (widget, "warning_color", "#cd9309");
  GdkRGBA error = named_color (widget, "error_color", "#c01c28");
  GdkRGBA status_color;
  cairo_t *cr;

  if (size < 40)
    return;

  /* The widget's own colour, so that the stage view's CSS can make it white on black. */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);

  status_color = state == STATE_BREACH ? error : state == STATE_WARNING ? warning : fg;
  track = fg;
  track.alpha = 0.12;
  budget_mark = accent;
  budget_mark.alpha = 0.35;
  used = state == STATE_BREACH ? error : state == STATE_WARNING ? warning : accent;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  arc (cr, cx, cy, radius, 0, 1, &track, ring);
  /* The quarter the presentation may take, as a band just inside the ring. */
  arc (cr, cx, cy, radius - ring * 0.9, 0, budget, &budget_mark, ring * 0.35);
  /* Time used: presentation first, then questions and answers. */
  arc (cr, cx, cy, radius, 0, MIN (presentation, 1.0), &used, ring);
  arc (cr, cx, cy, radius, MIN (presentation, 1.0), MIN (presentation + questions, 1.0),
       &success, ring);
  cairo_destroy (cr);

  draw_text (snapshot, widget, phase_label (kez_meeting_clock_get_phase (self->clock)),
             size * 0.065, FALSE, &fg, cx, cy - size * 0.2, radius * 1.5);
  draw_text (snapshot, widget, digits, size * 0.2, TRUE,
             state == STATE_CALM ? &fg : &status_color, cx, cy, radius * 1.6);
  draw_text (snapshot, widget, status, size * 0.045, state != STATE_CALM, &status_color,
             cx, cy + size * 0.19, radius * 1.4);
}

static void
kez_clock_face_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  *minimum = 160;
  *natural = 420;
}

static void
kez_clock_face_dispose (GObject *object)
{
  KezClockFace *self = KEZ_CLOCK_FACE (object);

  g_clear_handle_id (&self->timeout, g_source_remove);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->spoken, g_free);

  G_OBJECT_CLASS (kez_clock_face_parent_class)->dispose (object);
}

static void
kez_clock_face_class_init (KezClockFaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_clock_face_dispose;
  widget_class->snapshot = kez_clock_face_snapshot;
  widget_class->measure = kez_clock_face_measure;

  gtk_widget_class_set_css_name (widget_class, "clockface");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TIMER);
}

static void
kez_clock_face_init (KezClockFace *self)
{
  self->warning = 2 * G_TIME_SPAN_MINUTE;
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
kez_clock_face_new (KezMeetingClock *clock)
{
  KezClockFace *self;

  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (clock), NULL);

  self = g_object_new (KEZ_TYPE_CLOCK_FACE, NULL);
  self->clock = g_object_ref (clock);
  /* Four times a second: a second on the display never lags by more than a quarter; and at
   * once when the timekeeper starts, pauses or switches. */
  self->timeout = g_timeout_add (250, tick, self);
  g_signal_connect_object (clock, "event", G_CALLBACK (tick), self, G_CONNECT_SWAPPED);
  update_accessible (self);
  return GTK_WIDGET (self);
}

void
kez_clock_face_set_warning (KezClockFace *self,
                            GTimeSpan     warning)
{
  g_return_if_fail (KEZ_IS_CLOCK_FACE (self));
  self->warning = warning;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
