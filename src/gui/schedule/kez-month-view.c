/* kez-month-view.c
 *
 * Six weeks of seven days, Monday first as in Kazakhstan. The 42 cells are made once; showing
 * another month only changes their contents. Each day's number is a button that starts a new
 * meeting on that day; each meeting is a chip that opens it. A day holds three chips; "N
 * more" opens the day's whole list. Weekends and public holidays (kez-holidays.c) are
 * marked, a holiday by its name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-date-format.h"
#include "kez-day-cell.h"
#include "kez-deadline-labels.h"
#include "kez-holidays.h"
#include "kez-meeting-labels.h"
#include "kez-month-view.h"

#define N_CELLS 42
#define MAX_CHIPS 3

struct _KezMonthView
{
  GtkWidget   parent_instance;

  GtkWidget  *grid;
  KezDayCell *cells[N_CELLS];
  int         current;   /* the one day Tab stops at; the arrows move it */
};

G_DEFINE_FINAL_TYPE (KezMonthView, kez_month_view, GTK_TYPE_WIDGET)

enum {
  MEETING_ACTIVATED,
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
chip_clicked (GtkButton    *chip,
              KezMonthView *self)
{
  g_signal_emit (self, signals[MEETING_ACTIVATED], 0, g_object_get_data (G_OBJECT (chip),
                                                                         "meeting"));
}

static gboolean
query_tooltip (GtkWidget  *cell,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip)
{
  gtk_tooltip_set_text (tooltip, _("New meeting on this day"));
  return TRUE;
}

static void
day_activated (KezDayCell   *cell,
               KezMonthView *self)
{
  const GDate *date = kez_day_cell_get_date (cell);

  g_signal_emit (self, signals[DAY_ACTIVATED], 0, g_date_get_year (date),
                 g_date_get_month (date), g_date_get_day (date));
}

/* ---- one Tab stop, arrows inside ------------------------------------------------------ */

/* The month is one stop of Tab, not 42: only the current day takes the focus from Tab, and
 * the arrow keys, Home and End move among the days (a meeting's chip in a day is still its
 * own stop, since it opens the meeting). */
static void
make_current (KezMonthView *self,
              int           index)
{
  gtk_widget_set_focusable (GTK_WIDGET (self->cells[self->current]), FALSE);
  self->current = CLAMP (index, 0, N_CELLS - 1);
  gtk_widget_set_focusable (GTK_WIDGET (self->cells[self->current]), TRUE);
}

static void
cell_focused (GtkEventControllerFocus *focus,
              KezMonthView            *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  for (int i = 0; i < N_CELLS; i++)
    if (GTK_WIDGET (self->cells[i]) == cell && i != self->current)
      make_current (self, i);
}

static gboolean
key_pressed (GtkEventControllerKey *keys,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             KezMonthView          *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  int target;

  /* Only on a day itself: a chip keeps its own keys. */
  if (focus != GTK_WIDGET (self->cells[self->current]) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: target = self->current - 1; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: target = self->current + 1; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: target = self->current - 7; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: target = self->current + 7; break;
    case GDK_KEY_Home: case GDK_KEY_KP_Home: target = self->current - self->current % 7; break;
    case GDK_KEY_End: case GDK_KEY_KP_End: target = self->current - self->current % 7 + 6; break;
    default: return FALSE;
    }
  if (target < 0 || target >= N_CELLS)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }
  make_current (self, target);
  gtk_widget_grab_focus (GTK_WIDGET (self->cells[self->current]));
  return TRUE;
}

static void
kez_month_view_dispose (GObject *object)
{
  KezMonthView *self = KEZ_MONTH_VIEW (object);

  g_clear_pointer (&self->grid, gtk_widget_unparent);

  G_OBJECT_CLASS (kez_month_view_parent_class)->dispose (object);
}

static void
kez_month_view_class_init (KezMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_month_view_dispose;

  signals[MEETING_ACTIVATED] =
    g_signal_new ("meeting-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "monthview");
}

static void
kez_month_view_init (KezMonthView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus;

  self->grid = gtk_grid_new ();
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_grid_set_row_homogeneous (GTK_GRID (self->grid), FALSE);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  for (int column = 0; column < 7; column++)
    {
      GtkWidget *label = gtk_label_new (kez_weekday_short_name (column));

      gtk_widget_add_css_class (label, "weekday");
      gtk_grid_attach (GTK_GRID (self->grid), label, column, 0, 1, 1);
    }

  for (int i = 0; i < N_CELLS; i++)
    {
      GtkWidget *cell = kez_day_cell_new ();

      gtk_widget_set_vexpand (cell, TRUE);
      gtk_widget_set_size_request (cell, -1, 96);
      /* Answered on demand: setting a tooltip text makes GTK ask the X server where the
       * pointer is, once per day. */
      gtk_widget_set_has_tooltip (cell, TRUE);
      g_signal_connect (cell, "query-tooltip", G_CALLBACK (query_tooltip), NULL);
      g_signal_connect (cell, "activate", G_CALLBACK (day_activated), self);
      gtk_grid_attach (GTK_GRID (self->grid), cell, i % 7, 1 + i / 7, 1, 1);
      self->cells[i] = KEZ_DAY_CELL (cell);
      gtk_widget_set_focusable (cell, FALSE);
      focus = gtk_event_controller_focus_new ();
      g_signal_connect (focus, "enter", G_CALLBACK (cell_focused), self);
      gtk_widget_add_controller (cell, focus);
    }
  make_current (self, 0);
  /* Before a chip's or the scrolled window's own handling of the arrows. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* Gives the keyboard focus to @date's cell, if shown; returns whether it did. */
gboolean
kez_month_view_focus_day (KezMonthView *self,
                          const GDate  *date)
{
  g_return_val_if_fail (KEZ_IS_MONTH_VIEW (self), FALSE);

  for (int i = 0; i < N_CELLS; i++)
    if (g_date_valid (kez_day_cell_get_date (self->cells[i])) &&
        g_date_compare (kez_day_cell_get_date (self->cells[i]), date) == 0)
      {
        make_current (self, i);
        return gtk_widget_grab_focus (GTK_WIDGET (self->cells[i]));
      }
  return FALSE;
}

GtkWidget *
kez_month_view_new (void)
{
  return g_object_new (KEZ_TYPE_MONTH_VIEW, NULL);
}

/* What a screen reader says of a day: its date, whether it is a day off, how many meetings;
 * the chips and deadlines in it speak for themselves. */
static void
describe_day (KezDayCell *cell,
              guint       n_meetings)
{
  const GDate *day = kez_day_cell_get_date (cell);
  g_autofree char *date = kez_date_format (day);
  g_autofree char *off = kez_day_off_describe (day);
  g_autofree char *dated = off != NULL ? g_strdup_printf ("%s, %s", date, off) : NULL;
  g_autofree char *label = NULL;

  /* Translators: %1$s is a date, %2$u a number of meetings */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s, %2$u meeting; new meeting",
                                        "%1$s, %2$u meetings; new meeting", n_meetings),
                           dated != NULL ? dated : date, n_meetings);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
}

static void
popover_chip_clicked (GtkButton    *chip,
                      KezMonthView *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (chip), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  chip_clicked (chip, self);
}

/* "N more": the day's whole list, in a popover. */
static GtkWidget *
more_button (KezMonthView *self,
             GPtrArray    *day_meetings,
             KezNames     *names)
{
  guint n_more = day_meetings->len - MAX_CHIPS;
  g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u more",
                                                        "%1$u more", n_more), n_more);
  g_autofree char *all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "All %1$u meetings of the day",
                                                       "All %1$u meetings of the day",
                                                       day_meetings->len), day_meetings->len);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), more);
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
  gtk_widget_add_css_class (button, "more-meetings");
  gtk_widget_set_tooltip_text (button, all);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, all,
                                  -1);
  for (guint i = 0; i < day_meetings->len; i++)
    {
      KezMeeting *meeting = g_ptr_array_index (day_meetings, i);
      g_autofree char *text = kez_meeting_chip_text (meeting, names);
      GtkWidget *chip = kez_meeting_chip_new (meeting, names);
      GtkWidget *label = gtk_widget_get_first_child (gtk_button_get_child (GTK_BUTTON (chip)));

      /* In the popover there is room for the region too (the label may follow an icon). */
      while (label != NULL && !GTK_IS_LABEL (label))
        label = gtk_widget_get_next_sibling (label);
      if (label != NULL)
        gtk_label_set_label (GTK_LABEL (label), text);
      g_signal_connect (chip, "clicked", G_CALLBACK (popover_chip_clicked), self);
      gtk_box_append (GTK_BOX (list), chip);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), list);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

/* The day's deadlines, one label for each kind: the results of five meetings held on one day
 * fall due together, and are one line "Results due (5)" with each of them in its tooltip. */
static void
append_deadlines (KezDayCell  *cell,
                  GArray      *deadlines,
                  const GDate *date,
                  const GDate *today)
{
  /* Kinds in the enum's order, which is the decree's. */
  for (int kind = KEZ_DEADLINE_SCHEDULE_PROPOSALS; kind <= KEZ_DEADLINE_PUBLICATION; kind++)
    {
      g_autoptr(GString) tooltip = g_string_new (NULL);
      g_autofree char *text = NULL;
      GtkWidget *label;
      guint count = 0;

      for (guint i = 0; deadlines != NULL && i < deadlines->len; i++)
        {
          const KezDeadline *deadline = &g_array_index (deadlines, KezDeadline, i);
          g_autofree char *what = NULL;

          if ((int) deadline->kind != kind || g_date_compare (&deadline->date, date) != 0)
            continue;
          what = kez_deadline_describe (deadline);
          g_string_append_printf (tooltip, "%s%s", count > 0 ? "\n" : "", what);
          count++;
        }
      if (count == 0)
        continue;
      /* Translators: a deadline's short label ("Results due") and how many fall on the day */
      text = count > 1 ? g_strdup_printf (_("%1$s (%2$u)"), kez_deadline_short_label (kind), count)
                       : g_strdup (kez_deadline_short_label (kind));
      label = gtk_label_new (text);
      gtk_widget_set_tooltip_text (label, tooltip->str);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* Two lines before an ellipsis: "Қорытынды мерзімі" does not fit one line of a cell. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 1);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "deadline");
      if (g_date_compare (date, today) < 0)
        gtk_widget_add_css_class (label, "past");
      kez_day_cell_append (cell, label);
    }
}

static void
fill_cell (KezMonthView *self,
           KezDayCell   *cell,
           int           month,
           GListModel   *meetings,
           guint        *next_meeting,
           GArray       *deadlines,
           KezNames     *names,
           const GDate  *today)
{
  const GDate *date = kez_day_cell_get_date (cell);
  g_autoptr(GPtrArray) day_meetings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *holiday = NULL;
  KezDayKind kind = kez_day_kind (date);

  kez_day_cell_clear (cell);
  if (kind != KEZ_DAY_WORKING)
    gtk_widget_add_css_class (GTK_WIDGET (cell), "day-off");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (cell), "day-off");
  if ((holiday = kez_day_off_name (date, kez_language_from_locale ())) != NULL)
    {
      GtkWidget *label = gtk_label_new (holiday);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "holiday-name");
      kez_day_cell_append (cell, label);
    }
  if (g_date_get_month (date) == month)
    gtk_widget_remove_css_class (GTK_WIDGET (cell), "other-month");
  else
    gtk_widget_add_css_class (GTK_WIDGET (cell), "other-month");
  if (g_date_compare (date, today) == 0)
    gtk_widget_add_css_class (GTK_WIDGET (cell), "today");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (cell), "today");

  append_deadlines (cell, deadlines, date, today);

  /* @meetings is sorted by date: take this day's from where the last day stopped. */
  while (*next_meeting < g_list_model_get_n_items (meetings))
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, *next_meeting);
      int order = g_date_compare (kez_meeting_get_date (meeting), date);

      if (order > 0)
        break;
      (*next_meeting)++;
      if (order < 0)
        continue;
      if (day_meetings->len < MAX_CHIPS)
        {
          GtkWidget *chip = kez_meeting_chip_new (meeting, names);

          g_signal_connect (chip, "clicked", G_CALLBACK (chip_clicked), self);
          kez_day_cell_append (cell, chip);
        }
      g_ptr_array_add (day_meetings, g_steal_pointer (&meeting));
    }
  if (day_meetings->len > MAX_CHIPS)
    kez_day_cell_append (cell, more_button (self, day_meetings, names));
  describe_day (cell, day_meetings->len);
}

/**
 * kez_month_view_show:
 * @meetings: (element-type KezMeeting): meetings sorted by date; those of other days are
 *   skipped
 * @deadlines: (element-type KezDeadline) (nullable): deadlines to mark
 */
void
kez_month_view_show (KezMonthView *self,
                     int           year,
                     int           month,
                     GListModel   *meetings,
                     GArray       *deadlines,
                     KezNames     *names,
                     const GDate  *today)
{
  GDate first;
  guint next_meeting = 0;
  int current = 0;
  int today_index = -1;

  g_return_if_fail (KEZ_IS_MONTH_VIEW (self));

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  g_date_subtract_days (&first, g_date_get_weekday (&first) - G_DATE_MONDAY);

  for (int i = 0; i < N_CELLS; i++)
    {
      GDate date = first;

      g_date_add_days (&date, i);
      kez_day_cell_set_date (self->cells[i], &date);
      fill_cell (self, self->cells[i], month, meetings, &next_meeting, deadlines, names, today);
      /* Tab comes to today, or to the month's first day. */
      if (g_date_get_day (&date) == 1 && g_date_get_month (&date) == month)
        current = i;
      if (today != NULL && g_date_compare (&date, today) == 0)
        current = today_index = i;
    }
  make_current (self, today_index >= 0 ? today_index : current);
}
