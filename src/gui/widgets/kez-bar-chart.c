/* kez-bar-chart.c
 *
 * Drawn with GtkSnapshot: one row per bar, the label on the left, the bar scaled to the
 * largest count, the count after it. Colours come from the theme, so the chart follows dark
 * mode and high contrast. The bar that is the list's current filter is drawn in the accent
 * colour. With the keyboard, Up and Down move between bars and Enter picks one; a screen
 * reader hears the title and every bar with its count.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-bar-chart"

#include "config.h"

#include "kez-bar-chart.h"

#define ROW_HEIGHT 26
#define BAR_HEIGHT 16
#define GAP 8

typedef struct
{
  char  *key;
  char  *label;
  guint  count;
} Bar;

struct _KezBarChart
{
  GtkWidget  parent_instance;

  char      *title;
  GArray    *bars;     /* Bar */
  char      *selected; /* the key of the bar drawn as chosen, or NULL */
  int        focused;  /* the bar Up and Down are on, or -1 */
  int        hovered;  /* the bar under the pointer, or -1 */
  int        widest;   /* the longest label in pixels, or -1 until measured for these bars */
};

G_DEFINE_FINAL_TYPE (KezBarChart, kez_bar_chart, GTK_TYPE_WIDGET)

enum { BAR_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
bar_clear (Bar *bar)
{
  g_free (bar->key);
  g_free (bar->label);
}

static guint
max_count (KezBarChart *self)
{
  guint max = 1;

  for (guint i = 0; i < self->bars->len; i++)
    max = MAX (max, g_array_index (self->bars, Bar, i).count);
  return max;
}

/* The title and every bar, for a screen reader. */
static void
update_accessible (KezBarChart *self)
{
  g_autoptr(GString) text = g_string_new (self->title);

  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);

      g_string_append_printf (text, "%s %s: %u", i == 0 ? ":" : ";", bar->label, bar->count);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->title, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text->str,
                                  -1);
}

static void
kez_bar_chart_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  KezBarChart *self = KEZ_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = 240;
  else
    *minimum = *natural = MAX (1, (int) self->bars->len) * ROW_HEIGHT;
}

static GdkRGBA
theme_color (GtkWidget  *widget,
             const char *name,
             const char *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA color;

  if (!gtk_style_context_lookup_color (context, name, &color))
    gdk_rgba_parse (&color, fallback);
  return color;
}

static int
widest_label (KezBarChart *self,
              PangoLayout *layout)
{
  int widest = 0;

  pango_layout_set_width (layout, -1);
  for (guint i = 0; i < self->bars->len; i++)
    {
      int label_width;

      pango_layout_set_text (layout, g_array_index (self->bars, Bar, i).label, -1);
      pango_layout_get_pixel_size (layout, &label_width, NULL);
      widest = MAX (widest, label_width);
    }
  return widest;
}

static void
kez_bar_chart_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KezBarChart *self = KEZ_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int count_width = 56;
  int label_width;
  int bar_space;
  guint max = max_count (self);
  GdkRGBA text, bar_color, chosen, track;
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);

  /* Measured once for the bars, not at every frame (hovering redraws). */
  if (self->widest < 0)
    self->widest = widest_label (self, layout);
  label_width = self->widest + GAP;
  /* The labels get what the longest needs ("Восточно-Казахстанская область"), up to half the
     width; only past that are they shortened. */
  label_width = CLAMP (label_width, width / 4, width / 2);
  bar_space = MAX (1, width - label_width - count_width - 2 * GAP);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);
  bar_color = theme_color (widget, "accent_color", "#3584e4");
  bar_color.alpha = 0.55f;
  chosen = theme_color (widget, "accent_bg_color", "#3584e4");
  track = text;
  track.alpha = 0.08f;

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      gboolean is_chosen = self->selected != NULL && g_str_equal (self->selected, bar->key);
      int y = i * ROW_HEIGHT;
      int length = MAX (2, (int) ((double) bar->count / max * bar_space));
      g_autofree char *count = g_strdup_printf ("%u", bar->count);
      int text_height;

      if ((int) i == self->hovered || ((int) i == self->focused && gtk_widget_has_focus (widget)))
        gtk_snapshot_append_color (snapshot, &track,
                                   &GRAPHENE_RECT_INIT (0, y, width, ROW_HEIGHT));

      pango_layout_set_width (layout, (label_width - GAP) * PANGO_SCALE);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      pango_layout_set_text (layout, bar->label, -1);
      pango_layout_get_pixel_size (layout, NULL, &text_height);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y + (ROW_HEIGHT - text_height) / 2));
      gtk_snapshot_append_layout (snapshot, layout, &text);
      gtk_snapshot_restore (snapshot);

      gtk_snapshot_append_color (snapshot, is_chosen ? &chosen : &bar_color,
                                 &GRAPHENE_RECT_INIT (label_width, y + (ROW_HEIGHT - BAR_HEIGHT) / 2,
                                                      length, BAR_HEIGHT));

      pango_layout_set_width (layout, -1);
      pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
      pango_layout_set_text (layout, count, -1);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (label_width + length + GAP,
                                                              y + (ROW_HEIGHT - text_height) / 2));
      gtk_snapshot_append_layout (snapshot, layout, &text);
      gtk_snapshot_restore (snapshot);
    }
  g_object_unref (layout);
}

static void
activate_bar (KezBarChart *self,
              int          index)
{
  if (index < 0 || index >= (int) self->bars->len)
    return;
  self->focused = index;
  g_signal_emit (self, signals[BAR_ACTIVATED], 0, g_array_index (self->bars, Bar, index).key);
}

static void
clicked (GtkGestureClick *gesture,
         int              n_press,
         double           x,
         double           y,
         KezBarChart     *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  activate_bar (self, (int) (y / ROW_HEIGHT));
}

static void
motion (GtkEventControllerMotion *controller,
        double                    x,
        double                    y,
        KezBarChart              *self)
{
  int row = (int) (y / ROW_HEIGHT);

  if (row >= (int) self->bars->len)
    row = -1;
  if (row != self->hovered)
    {
      self->hovered = row;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
left (GtkEventControllerMotion *controller,
      KezBarChart              *self)
{
  self->hovered = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             KezBarChart           *self)
{
  int n = self->bars->len;

  if (n == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (self->focused <= 0)
        return FALSE; /* leave the chart upwards */
      self->focused--;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (self->focused >= n - 1)
        return FALSE;
      self->focused++;
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      activate_bar (self, MAX (self->focused, 0));
      return TRUE;
    default:
      return FALSE;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
kez_bar_chart_finalize (GObject *object)
{
  KezBarChart *self = KEZ_BAR_CHART (object);

  g_free (self->title);
  g_free (self->selected);
  g_array_unref (self->bars);

  G_OBJECT_CLASS (kez_bar_chart_parent_class)->finalize (object);
}

/* A new font or size (a theme, the text scaling) measures the labels again. */
static void
kez_bar_chart_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (kez_bar_chart_parent_class)->css_changed (widget, change);
  KEZ_BAR_CHART (widget)->widest = -1;
}

static void
kez_bar_chart_class_init (KezBarChartClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = kez_bar_chart_finalize;
  widget_class->measure = kez_bar_chart_measure;
  widget_class->snapshot = kez_bar_chart_snapshot;
  widget_class->css_changed = kez_bar_chart_css_changed;

  /* The key of the bar clicked, or picked with Enter. */
  signals[BAR_ACTIVATED] = g_signal_new ("bar-activated", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                         G_TYPE_STRING);
  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kez_bar_chart_init (KezBarChart *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion_controller = gtk_event_controller_motion_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, (GDestroyNotify) bar_clear);
  self->focused = self->hovered = self->widest = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");
  g_signal_connect (click, "released", G_CALLBACK (clicked), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (motion_controller, "motion", G_CALLBACK (motion), self);
  g_signal_connect (motion_controller, "leave", G_CALLBACK (left), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion_controller);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
kez_bar_chart_new (const char *title)
{
  KezBarChart *self = g_object_new (KEZ_TYPE_BAR_CHART, NULL);

  self->title = g_strdup (title);
  update_accessible (self);
  return GTK_WIDGET (self);
}

void
kez_bar_chart_clear (KezBarChart *self)
{
  g_return_if_fail (KEZ_IS_BAR_CHART (self));

  g_array_set_size (self->bars, 0);
  self->focused = self->hovered = self->widest = -1;
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
kez_bar_chart_add (KezBarChart *self,
                   const char  *key,
                   const char  *label,
                   guint        count)
{
  Bar bar = { g_strdup (key), g_strdup (label), count };

  g_return_if_fail (KEZ_IS_BAR_CHART (self));

  g_array_append_val (self->bars, bar);
  self->widest = -1;
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* @key: (nullable): the bar to draw as chosen, or %NULL for none */
void
kez_bar_chart_set_selected_key (KezBarChart *self,
                                const char  *key)
{
  g_return_if_fail (KEZ_IS_BAR_CHART (self));

  g_free (self->selected);
  self->selected = g_strdup (key);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
kez_bar_chart_get_n_bars (KezBarChart *self)
{
  g_return_val_if_fail (KEZ_IS_BAR_CHART (self), 0);
  return self->bars->len;
}
