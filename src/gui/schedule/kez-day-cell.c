/* kez-day-cell.c
 *
 * A day draws its own number instead of holding a button and a label: the month view has 42
 * of them, and three widgets a day made up a sixth of the time the window took to appear.
 * It is still a button to the keyboard (Enter, Space) and to a screen reader, and activating
 * it starts a new meeting on that day. Its deadlines and meeting chips are its children.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-day-cell.h"


struct _KezDayCell
{
  GtkWidget  parent_instance;

  GDate      date;
  char       number[4];
};

G_DEFINE_FINAL_TYPE (KezDayCell, kez_day_cell, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
kez_day_cell_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  KezDayCell *self = KEZ_DAY_CELL (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, self->number);
  PangoAttrList *bold = pango_attr_list_new ();
  GdkRGBA color;
  GtkBorder padding;
  int width, height;
  float x, y;

  /* The number sits in the top padding that the stylesheet leaves for it (daycell); the
   * snapshot starts at the content box, below that padding. */
  gtk_style_context_get_padding (style, &padding);
  x = 6 - padding.left;
  y = 4 - padding.top;
  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, bold);
  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_style_context_get_color (style, &color);

  if (gtk_widget_has_css_class (widget, "today"))
    {
      GdkRGBA accent;
      GskRoundedRect circle;
      float size = MAX (width, height) + 8;

      if (!gtk_style_context_lookup_color (style, "accent_bg_color", &accent))
        gdk_rgba_parse (&accent, "#3584e4");
      if (!gtk_style_context_lookup_color (style, "accent_fg_color", &color))
        gdk_rgba_parse (&color, "#ffffff");
      gsk_rounded_rect_init_from_rect (&circle,
                                       &GRAPHENE_RECT_INIT (x + width / 2.0 - size / 2,
                                                            y + height / 2.0 - size / 2,
                                                            size, size),
                                       size / 2);
      gtk_snapshot_push_rounded_clip (snapshot, &circle);
      gtk_snapshot_append_color (snapshot, &accent, &circle.bounds);
      gtk_snapshot_pop (snapshot);
    }

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
  pango_attr_list_unref (bold);
  g_object_unref (layout);

  GTK_WIDGET_CLASS (kez_day_cell_parent_class)->snapshot (widget, snapshot);
}

static void
clicked (GtkGestureClick *gesture,
         int              n_press,
         double           x,
         double           y,
         KezDayCell      *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
kez_day_cell_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (kez_day_cell_parent_class)->dispose (object);
}

static void
kez_day_cell_class_init (KezDayCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_day_cell_dispose;
  widget_class->snapshot = kez_day_cell_snapshot;

  /**
   * KezDayCell::activate:
   *
   * The day was clicked, or Enter or Space pressed on it.
   */
  signals[ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "daycell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
kez_day_cell_init (KezDayCell *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  g_date_clear (&self->date, 1);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 2);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect (click, "released", G_CALLBACK (clicked), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
kez_day_cell_new (void)
{
  return g_object_new (KEZ_TYPE_DAY_CELL, NULL);
}

void
kez_day_cell_set_date (KezDayCell  *self,
                       const GDate *date)
{
  g_return_if_fail (KEZ_IS_DAY_CELL (self));

  self->date = *date;
  g_snprintf (self->number, sizeof self->number, "%u", g_date_get_day (date));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const GDate *
kez_day_cell_get_date (KezDayCell *self)
{
  g_return_val_if_fail (KEZ_IS_DAY_CELL (self), NULL);
  return &self->date;
}

/* Removes the deadlines and chips. */
void
kez_day_cell_clear (KezDayCell *self)
{
  GtkWidget *child;

  g_return_if_fail (KEZ_IS_DAY_CELL (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

void
kez_day_cell_append (KezDayCell *self,
                     GtkWidget  *child)
{
  g_return_if_fail (KEZ_IS_DAY_CELL (self));
  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}
