/* kez-clock-face.c
 *
 * A ring for the whole planned time, with the presentation's budget marked on it and the time
 * used drawn over it; in the middle, the phase, the time left in it in large digits, what the
 * state means in words, and always the whole meeting's time left (or its overtime). Near the
 * end of the budget the face turns to the warning colour; past it (after going back to the
 * presentation) and when the whole meeting runs over, to the error colour, with the overrun
 * counted. The colours are libadwaita's, so dark mode follows; on the stage (white on black,
 * whatever the desktop's style) the dark style's lighter variants, which read on black.
 *
 * The face wakes only when a figure it shows changes: at the next whole second of the time
 * left, never before the start or in a pause, and at once when the timekeeper acts.
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
  guint            redraws; /* for the benchmark: frames drawn */
};

G_DEFINE_FINAL_TYPE (KezClockFace, kez_clock_face, GTK_TYPE_WIDGET)

typedef enum
{
  STATE_CALM,
  STATE_WARNING,
  STATE_BREACH,
  STATE_OVERTIME, /* the whole meeting beyond its planned time */
} State;

/* "12:30", "1:07:30", and "+2:00" for an overrun. A countdown shows the seconds rounded up,
 * so that 0:00 is the moment the time is out, not the whole second before it. */
char *
kez_clock_format_span (GTimeSpan span)
{
  gint64 seconds = (ABS (span) + G_TIME_SPAN_SECOND - 1) / G_TIME_SPAN_SECOND;
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
  if (phase != KEZ_CLOCK_READY && kez_meeting_clock_get_meeting_remaining (self->clock) < 0)
    return STATE_OVERTIME;
  return STATE_CALM;
}

/* The first line under the digits: what a warning or a breach means, in words as well as
 * colour; NULL when all is well. */
static char *
status_line (KezClockFace *self,
             State         state)
{
  g_autofree char *breach = NULL;

  switch (state)
    {
    case STATE_BREACH:
      breach = kez_clock_format_span (kez_meeting_clock_get_breach (self->clock));
      /* Translators: %1$s is how long the presentation ran over its quarter, e.g. "2:05" */
      return g_strdup_printf (_("⚠ Over the presentation limit by %1$s"), breach);
    case STATE_WARNING:
      return g_strdup (_("⚠ The presentation time is almost up"));
    case STATE_OVERTIME:
    case STATE_CALM:
    default:
      return NULL;
    }
}

/* The second line, always there: the whole meeting's time left, or its overtime. */
static char *
meeting_line (KezClockFace *self)
{
  GTimeSpan left = kez_meeting_clock_get_meeting_remaining (self->clock);
  g_autofree char *span = NULL;

  if (left < 0)
    {
      span = kez_clock_format_span (-left);
      /* Translators: %1$s is how long the whole meeting has run past its planned time;
         short, it is read from the stage */
      return g_strdup_printf (_("Meeting over its time by %1$s"), span);
    }
  span = kez_clock_format_span (left);
  /* Translators: %1$s is the time left in the whole meeting, e.g. "1:07:30" */
  return g_strdup_printf (_("Meeting: %1$s left"), span);
}

static void
update_accessible (KezClockFace *self)
{
  KezClockPhase phase = kez_meeting_clock_get_phase (self->clock);
  State state = current_state (self);
  GTimeSpan remaining = kez_meeting_clock_get_phase_remaining (self->clock);
  g_autofree char *left = kez_clock_format_span (remaining);
  g_autofree char *status = status_line (self, state);
  g_autofree char *meeting = meeting_line (self);
  g_autofree char *lines = status != NULL ? g_strdup_printf ("%s. %s", status, meeting)
                                          : g_strdup (meeting);
  g_autofree char *spoken = NULL;

  if (remaining < 0)
    /* Translators: %1$s is the phase, %2$s how long it has run over, e.g. "+2:05", %3$s a
       line such as "Meeting over its time by 2:05" */
    spoken = g_strdup_printf (_("%1$s, %2$s over. %3$s"), phase_label (phase), left, lines);
  else
    /* Translators: %1$s is the phase, %2$s the time left in it, %3$s a line such as
       "Meeting: 1:07:30 left" */
    spoken = g_strdup_printf (_("%1$s, %2$s left. %3$s"), phase_label (phase), left, lines);
  if (g_strcmp0 (spoken, self->spoken) == 0)
    return;
  g_free (self->spoken);
  self->spoken = g_steal_pointer (&spoken);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->spoken, -1);
}

static void schedule (KezClockFace *self);

static void
refresh (KezClockFace *self)
{
  kez_meeting_clock_update (self->clock);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  schedule (self);
}

static gboolean
tick (gpointer data)
{
  KezClockFace *self = data;

  self->timeout = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* The next wake-up: when the next whole second of a time shown is reached. */
static void
schedule (KezClockFace *self)
{
  gint64 next = kez_meeting_clock_next_change_us (self->clock);

  g_clear_handle_id (&self->timeout, g_source_remove);
  if (next < 0)
    return;
  /* A millisecond late rather than early: woken early, the face would show the old second
   * and wake again at once. */
  self->timeout = g_timeout_add_full (G_PRIORITY_HIGH_IDLE, (guint) (next / 1000) + 1, tick, self,
                                      NULL);
}

static void
clock_event (KezClockFace *self)
{
  refresh (self);
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

typedef struct
{
  GdkRGBA fg, accent, success, warning, error;
} Palette;

/* On the stage, libadwaita's dark-style colours, made for a black background. */
static Palette
palette_of (GtkWidget *widget)
{
  Palette p;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &p.fg);
  if (gtk_widget_has_css_class (widget, "on-stage"))
    {
      gdk_rgba_parse (&p.accent, "#78aeed");
      gdk_rgba_parse (&p.success, "#8ff0a4");
      gdk_rgba_parse (&p.warning, "#f8e45c");
      gdk_rgba_parse (&p.error, "#ff7b63");
      return p;
    }
  p.accent = named_color (widget, "accent_color", "#1c71d8");
  p.success = named_color (widget, "success_color", "#26a269");
  p.warning = named_color (widget, "warning_color", "#9c6e03");
  p.error = named_color (widget, "error_color", "#c01c28");
  return p;
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
draw_ring (KezClockFace  *self,
           GtkSnapshot   *snapshot,
           const Palette *p,
           State          state,
           double         width,
           double         height)
{
  double size = MIN (width, height);
  double cx = width / 2, cy = height / 2;
  double ring = size * 0.045;
  double radius = size / 2 - ring;
  GTimeSpan planned = MAX (1, kez_meeting_clock_get_planned (self->clock));
  double budget = (double) kez_meeting_clock_get_budget (self->clock) / planned;
  double presentation = (double) kez_meeting_clock_get_presentation (self->clock) / planned;
  double questions = (double) kez_meeting_clock_get_questions (self->clock) / planned;
  GdkRGBA track = p->fg, budget_mark = p->fg, used;
  cairo_t *cr;

  track.alpha = 0.14;
  /* On black, the budget band in the foreground colour: an accent at low opacity vanishes. */
  if (gtk_widget_has_css_class (GTK_WIDGET (self), "on-stage"))
    budget_mark.alpha = 0.6;
  else
    {
      budget_mark = p->accent;
      budget_mark.alpha = 0.6;
    }
  used = state == STATE_BREACH ? p->error : state == STATE_WARNING ? p->warning : p->accent;

  /* Only the ring's square: a cairo node is drawn into a surface of its size each second,
   * and the stage view's face is as wide as the screen. */
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (cx - size / 2, cy - size / 2, size, size));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  arc (cr, cx, cy, radius, 0, 1, &track, ring);
  /* The quarter the presentation may take, as a band just inside the ring. */
  arc (cr, cx, cy, radius - ring * 0.9, 0, budget, &budget_mark, ring * 0.35);
  /* Time used: presentation first, then questions and answers. */
  arc (cr, cx, cy, radius, 0, MIN (presentation, 1.0), &used, ring);
  arc (cr, cx, cy, radius, MIN (presentation, 1.0), MIN (presentation + questions, 1.0),
       state == STATE_OVERTIME ? &p->error : &p->success, ring);
  cairo_destroy (cr);
}

static void
kez_clock_face_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KezClockFace *self = KEZ_CLOCK_FACE (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double size = MIN (width, height);
  double radius = size / 2 - size * 0.045;
  double cx = width / 2, cy = height / 2;
  State state = current_state (self);
  Palette p = palette_of (widget);
  g_autofree char *digits = kez_clock_format_span (kez_meeting_clock_get_phase_remaining (self->clock));
  g_autofree char *status = status_line (self, state);
  g_autofree char *meeting = meeting_line (self);
  const GdkRGBA *state_color = state == STATE_BREACH || state == STATE_OVERTIME
                                 ? &p.error : state == STATE_WARNING ? &p.warning : &p.fg;
  gboolean overtime = kez_meeting_clock_get_meeting_remaining (self->clock) < 0;

  if (size < 40)
    return;
  self->redraws++;

  draw_ring (self, snapshot, &p, state, width, height);
  draw_text (snapshot, widget, phase_label (kez_meeting_clock_get_phase (self->clock)),
             size * 0.065, FALSE, &p.fg, cx, cy - size * 0.21, radius * 1.5);
  draw_text (snapshot, widget, digits, size * 0.2, TRUE, state_color, cx, cy - size * 0.02,
             radius * 1.6);
  if (status != NULL)
    draw_text (snapshot, widget, status, size * 0.042, TRUE, state_color, cx,
               cy + size * 0.14, radius * 1.45);
  draw_text (snapshot, widget, meeting, size * 0.042, overtime, overtime ? &p.error : &p.fg, cx,
             cy + (status != NULL ? size * 0.21 : size * 0.16), radius * 1.3);
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
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_data (self->clock, self);
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
  g_signal_connect_swapped (clock, "event", G_CALLBACK (clock_event), self);
  update_accessible (self);
  schedule (self);
  return GTK_WIDGET (self);
}

void
kez_clock_face_set_warning (KezClockFace *self,
                            GTimeSpan     warning)
{
  g_return_if_fail (KEZ_IS_CLOCK_FACE (self));
  self->warning = warning;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* For the benchmark of the running clock. */
guint
kez_clock_face_get_redraws (KezClockFace *self)
{
  g_return_val_if_fail (KEZ_IS_CLOCK_FACE (self), 0);
  return self->redraws;
}
