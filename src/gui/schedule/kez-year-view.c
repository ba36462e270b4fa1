/* kez-year-view.c
 *
 * Twelve small months of day buttons, made once; showing another year only relabels them.
 * A day with meetings is marked by the colour of its most advanced status and, for a meeting
 * outside the schedule, also by an underline and a mark in its name, so colour is never the
 * only sign; a legend above says what each mark means. A day's tooltip and accessible name
 * say who meets where, which deadline falls on it and whether it is a day off. The arrow
 * keys move day by day (up and down by a week), across months; activating a day opens its
 * month.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-date-format.h"
#include "kez-deadline-labels.h"
#include "kez-holidays.h"
#include "kez-meeting-labels.h"
#include "kez-year-view.h"

#define DAYS_PER_MONTH_GRID 42

typedef struct
{
  GtkWidget *title;
  GtkWidget *days[DAYS_PER_MONTH_GRID];
} MonthGrid;

struct _KezYearView
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *flow;
  MonthGrid  months[12];
  int        year;
};

G_DEFINE_FINAL_TYPE (KezYearView, kez_year_view, GTK_TYPE_WIDGET)

enum {
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What a day shows: the meetings' most telling status, and whether any is off-schedule; and
 * for its tooltip, who meets where and which deadlines fall on it. */
typedef struct
{
  guint            n_meetings;
  KezMeetingStatus status;
  gboolean         off_schedule;
  gboolean         exempt;       /* a meeting of a body the rules in force exempt */
  guint            n_deadlines;
  GString         *details;
} DayMarks;

static void
day_clicked (GtkButton   *button,
             KezYearView *self)
{
  int month = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "month"));
  int day = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "day"));

  g_signal_emit (self, signals[DAY_ACTIVATED], 0, self->year, month, day);
}

static void
kez_year_view_dispose (GObject *object)
{
  KezYearView *self = KEZ_YEAR_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  self->flow = NULL;

  G_OBJECT_CLASS (kez_year_view_parent_class)->dispose (object);
}

static void
kez_year_view_class_init (KezYearViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_year_view_dispose;

  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "yearview");
}

static gboolean
query_tooltip (GtkWidget  *button,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip)
{
  const char *text = g_object_get_data (G_OBJECT (button), "tooltip");

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static GtkWidget *
make_month (KezYearView *self,
            int          month)
{
  MonthGrid *grid = &self->months[month - 1];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *days = gtk_grid_new ();

  grid->title = gtk_label_new (kez_month_name (month));
  gtk_widget_add_css_class (grid->title, "heading");
  gtk_label_set_xalign (GTK_LABEL (grid->title), 0);
  gtk_box_append (GTK_BOX (box), grid->title);

  gtk_grid_set_column_homogeneous (GTK_GRID (days), TRUE);
  for (int column = 0; column < 7; column++)
    {
      GtkWidget *weekday = gtk_label_new (kez_weekday_short_name (column));

      gtk_widget_add_css_class (weekday, "weekday");
      gtk_grid_attach (GTK_GRID (days), weekday, column, 0, 1, 1);
    }
  for (int i = 0; i < DAYS_PER_MONTH_GRID; i++)
    {
      GtkWidget *button = gtk_button_new_with_label ("");

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "year-day");
      g_object_set_data (G_OBJECT (button), "month", GINT_TO_POINTER (month));
      g_signal_connect (button, "clicked", G_CALLBACK (day_clicked), self);
      gtk_widget_set_has_tooltip (button, TRUE);
      g_signal_connect (button, "query-tooltip", G_CALLBACK (query_tooltip), NULL);
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_grid_attach (GTK_GRID (days), button, i % 7, 1 + i / 7, 1, 1);
      grid->days[i] = button;
    }
  gtk_box_append (GTK_BOX (box), days);
  gtk_widget_add_css_class (box, "year-month");
  return box;
}

/* A sample day in the style of a mark, and what it means. */
static GtkWidget *
legend_item (const char *sample,
             const char *mark_class,
             const char *meaning)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *day = gtk_label_new (sample);
  GtkWidget *label = gtk_label_new (meaning);
  const char *classes[] = { "year-day", "legend-day", mark_class, NULL };

  gtk_widget_set_css_classes (day, classes);
  gtk_widget_set_valign (day, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), day);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static GtkWidget *
make_legend (void)
{
  GtkWidget *legend = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (legend), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (legend), 7);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (legend), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (legend), 6);
  gtk_flow_box_append (GTK_FLOW_BOX (legend),
                       legend_item ("12", kez_status_css_class (KEZ_STATUS_PROPOSED),
                                    kez_status_label (KEZ_STATUS_PROPOSED)));
  gtk_flow_box_append (GTK_FLOW_BOX (legend),
                       legend_item ("12", kez_status_css_class (KEZ_STATUS_APPROVED),
                                    kez_status_label (KEZ_STATUS_APPROVED)));
  gtk_flow_box_append (GTK_FLOW_BOX (legend),
                       legend_item ("12", kez_status_css_class (KEZ_STATUS_HELD),
                                    kez_status_label (KEZ_STATUS_HELD)));
  gtk_flow_box_append (GTK_FLOW_BOX (legend),
                       legend_item ("12!", "off-schedule", _("Outside the schedule")));
  gtk_flow_box_append (GTK_FLOW_BOX (legend),
                       legend_item ("12", "exempt", _("Exempt body")));
  gtk_flow_box_append (GTK_FLOW_BOX (legend),
                       legend_item ("12", "has-deadline", _("Deadline")));
  gtk_flow_box_append (GTK_FLOW_BOX (legend),
                       legend_item ("12", "day-off", _("Day off or holiday")));
  for (GtkWidget *child = gtk_widget_get_first_child (legend); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
  gtk_widget_add_css_class (legend, "year-legend");
  gtk_accessible_update_property (GTK_ACCESSIBLE (legend), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Legend"), -1);
  return legend;
}

/* The day button @days away from @button, or NULL outside the year. */
static GtkWidget *
day_button_at (KezYearView *self,
               GtkWidget   *button,
               int          days)
{
  int month = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "month"));
  int day = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "day"));
  GDate date, first;
  int offset;

  if (day < 1 || !g_date_valid_dmy (day, month, self->year))
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, self->year);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  if (g_date_get_year (&date) != self->year)
    return NULL;
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, g_date_get_month (&date), self->year);
  offset = g_date_get_weekday (&first) - G_DATE_MONDAY;
  return self->months[g_date_get_month (&date) - 1].days[offset + g_date_get_day (&date) - 1];
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             KezYearView           *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *target;
  int days;

  if (focus == NULL || !gtk_widget_has_css_class (focus, "year-day") ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: days = -1; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: days = 1; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: days = -7; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: days = 7; break;
    default: return GDK_EVENT_PROPAGATE;
    }
  if ((target = day_button_at (self, focus, days)) != NULL)
    gtk_widget_grab_focus (target);
  return GDK_EVENT_STOP;
}

static void
kez_year_view_init (KezYearView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (self->box), make_legend ());
  /* Before the buttons' own arrow handling, which would go month by month. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  self->flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->flow), TRUE);
  /* One month a line in a narrow window. */
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->flow), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->flow), 18);
  gtk_box_append (GTK_BOX (self->box), self->flow);

  for (int month = 1; month <= 12; month++)
    gtk_flow_box_append (GTK_FLOW_BOX (self->flow), make_month (self, month));
  /* The flow box children need no focus of their own: their days have it. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->flow); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}

/* Gives the keyboard focus to @date's day, if it is of the year shown. */
gboolean
kez_year_view_focus_day (KezYearView *self,
                         const GDate *date)
{
  GDate first;
  int offset;

  g_return_val_if_fail (KEZ_IS_YEAR_VIEW (self), FALSE);

  if (g_date_get_year (date) != self->year)
    return FALSE;
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, g_date_get_month (date), self->year);
  offset = g_date_get_weekday (&first) - G_DATE_MONDAY;
  return gtk_widget_grab_focus (self->months[g_date_get_month (date) - 1]
                                  .days[offset + g_date_get_day (date) - 1]);
}

GtkWidget *
kez_year_view_new (void)
{
  return g_object_new (KEZ_TYPE_YEAR_VIEW, NULL);
}

/* Which status colours a day with several meetings: the one that asks most attention. */
static int
status_weight (KezMeetingStatus status)
{
  switch (status)
    {
    case KEZ_STATUS_APPROVED: return 3;
    case KEZ_STATUS_PROPOSED: return 2;
    case KEZ_STATUS_HELD: return 1;
    case KEZ_STATUS_CANCELLED:
    default: return 0;
    }
}

/* One call sets all of a day's classes: one style update per day, not one per class. */
static void
set_classes (GtkWidget      *button,
             const DayMarks *marks,
             gboolean        day_off,
             gboolean        today)
{
  const char *classes[10];
  guint n = 0;

  classes[n++] = "flat";
  classes[n++] = "year-day";
  if (marks->n_meetings > 0)
    {
      classes[n++] = "has-meetings";
      classes[n++] = kez_status_css_class (marks->status);
    }
  if (marks->off_schedule)
    classes[n++] = "off-schedule";
  if (marks->exempt)
    classes[n++] = "exempt";
  if (marks->n_deadlines > 0)
    classes[n++] = "has-deadline";
  if (day_off)
    classes[n++] = "day-off";
  if (today)
    classes[n++] = "today";
  classes[n] = NULL;

  gtk_widget_set_css_classes (button, classes);
}

/* "15 March 2027, Public holiday: Nauryz" then a line for each meeting ("10:00 Ахметова
 * А. Ж. · Абай облысы, Approved") and each deadline. */
static void
describe_day (GtkWidget      *button,
              const GDate    *date,
              const DayMarks *marks,
              const char     *day_off)
{
  g_autofree char *day = kez_date_format (date);
  g_autoptr(GString) text = g_string_new (day);
  gboolean telling = marks->n_meetings > 0 || marks->n_deadlines > 0 || day_off != NULL;

  if (day_off != NULL)
    g_string_append_printf (text, ", %s", day_off);
  if (marks->details->len > 0)
    g_string_append (text, marks->details->str);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text->str, -1);
  /* Kept for query_tooltip(): setting a tooltip text makes GTK ask the X server where the
   * pointer is, for each of the 365 days, which was most of the time to show a year. */
  g_object_set_data_full (G_OBJECT (button), "tooltip",
                          telling ? g_string_free (g_steal_pointer (&text), FALSE) : NULL,
                          g_free);
}


/**
 * kez_year_view_show:
 * @meetings: (element-type KezMeeting): the year's meetings, sorted by date
 * @deadlines: (element-type KezDeadline) (nullable): the year's deadlines, sorted by date
 */
void
kez_year_view_show (KezYearView *self,
                    int          year,
                    GListModel  *meetings,
                    GArray      *deadlines,
                    KezNames    *names,
                    const GDate *today)
{
  g_autoptr(GString) details = g_string_new (NULL);
  guint next_meeting = 0, next_deadline = 0;
  guint n_meetings = g_list_model_get_n_items (meetings);

  g_return_if_fail (KEZ_IS_YEAR_VIEW (self));

  self->year = year;
  for (int month = 1; month <= 12; month++)
    {
      MonthGrid *grid = &self->months[month - 1];
      GDate first;
      int offset;
      int days_in_month = g_date_get_days_in_month (month, year);

      g_date_clear (&first, 1);
      g_date_set_dmy (&first, 1, month, year);
      offset = g_date_get_weekday (&first) - G_DATE_MONDAY;

      for (int i = 0; i < DAYS_PER_MONTH_GRID; i++)
        {
          GtkWidget *button = grid->days[i];
          int day = i - offset + 1;
          DayMarks marks = { 0, KEZ_STATUS_CANCELLED, FALSE, FALSE, 0, details };
          g_autofree char *number = NULL;
          g_autofree char *day_off = NULL;
          GDate date;

          if (day < 1 || day > days_in_month)
            {
              gtk_widget_set_visible (button, FALSE);
              continue;
            }
          gtk_widget_set_visible (button, TRUE);
          g_date_clear (&date, 1);
          g_date_set_dmy (&date, day, month, year);
          g_string_truncate (details, 0);
          day_off = kez_day_off_describe (&date);

          /* Both lists are in date order: walk them along with the days. */
          for (; next_meeting < n_meetings; next_meeting++)
            {
              g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, next_meeting);
              const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
              int order = g_date_compare (&fields->date, &date);

              if (order > 0)
                break;
              if (order < 0)
                continue;
              marks.n_meetings++;
              marks.off_schedule |= fields->off_schedule;
              marks.exempt |= names != NULL && kez_meeting_is_flagged_exempt (meeting, names);
              if (names != NULL)
                {
                  g_autofree char *who = kez_meeting_describe (meeting, names);

                  g_string_append_printf (details, "\n%s", who);
                }
              if (marks.n_meetings == 1 || status_weight (fields->status) > status_weight (marks.status))
                marks.status = fields->status;
            }
          for (; deadlines != NULL && next_deadline < deadlines->len; next_deadline++)
            {
              int order = g_date_compare (&g_array_index (deadlines, KezDeadline,
                                                          next_deadline).date, &date);
              if (order > 0)
                break;
              if (order == 0)
                {
                  g_autofree char *what =
                    kez_deadline_describe (&g_array_index (deadlines, KezDeadline,
                                                           next_deadline));

                  marks.n_deadlines++;
                  /* Translators: %1$s is what is due, as "Approval of the 2027 schedule" */
                  g_string_append_printf (details, "\n");
                  g_string_append_printf (details, _("Deadline: %1$s"), what);
                }
            }

          number = marks.off_schedule ? g_strdup_printf ("%d!", day) : g_strdup_printf ("%d", day);
          gtk_button_set_label (GTK_BUTTON (button), number);
          g_object_set_data (G_OBJECT (button), "day", GINT_TO_POINTER (day));
          set_classes (button, &marks, day_off != NULL,
                       today != NULL && g_date_compare (&date, today) == 0);
          describe_day (button, &date, &marks, day_off);
        }
    }
}
