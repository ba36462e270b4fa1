/* kez-year-view.c
 *
 * Twelve small months of day buttons, made once; showing another year only relabels them.
 * A day with meetings is marked by the colour of its most advanced status and, for a meeting
 * outside the schedule, also by an underline and a mark in its name, so colour is never the
 * only sign. Activating a day opens its month.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-date-format.h"
#include "kez-deadline-labels.h"
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

/* What a day shows: the meetings' most telling status, and whether any is off-schedule. */
typedef struct
{
  guint            n_meetings;
  KezMeetingStatus status;
  gboolean         off_schedule;
  guint            n_deadlines;
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

  g_clear_pointer (&self->flow, gtk_widget_unparent);

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

static void
kez_year_view_init (KezYearView *self)
{
  self->flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->flow), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->flow), 18);
  gtk_widget_set_parent (self->flow, GTK_WIDGET (self));

  for (int month = 1; month <= 12; month++)
    gtk_flow_box_append (GTK_FLOW_BOX (self->flow), make_month (self, month));
  /* The flow box children need no focus of their own: their days have it. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->flow); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
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
             gboolean        today)
{
  const char *classes[8];
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
  if (marks->n_deadlines > 0)
    classes[n++] = "has-deadline";
  if (today)
    classes[n++] = "today";
  classes[n] = NULL;

  gtk_widget_set_css_classes (button, classes);
}

static void
describe_day (GtkWidget      *button,
              const GDate    *date,
              const DayMarks *marks)
{
  g_autofree char *day = kez_date_format (date);
  g_autoptr(GString) text = g_string_new (day);

  if (marks->n_meetings > 0)
    {
      g_string_append (text, ": ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%1$u meeting",
                                                 "%1$u meetings", marks->n_meetings),
                              marks->n_meetings);
    }
  if (marks->off_schedule)
    g_string_append_printf (text, ", %s", _("outside the schedule"));
  if (marks->n_deadlines > 0)
    g_string_append_printf (text, ", %s", _("deadline"));

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text->str, -1);
  /* Kept for query_tooltip(): setting a tooltip text makes GTK ask the X server where the
   * pointer is, for each of the 365 days, which was most of the time to show a year. */
  g_object_set_data_full (G_OBJECT (button), "tooltip",
                          marks->n_meetings > 0 || marks->n_deadlines > 0
                            ? g_string_free (g_steal_pointer (&text), FALSE) : NULL,
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
                    const GDate *today)
{
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
          DayMarks marks = { 0, KEZ_STATUS_CANCELLED, FALSE, 0 };
          g_autofree char *number = NULL;
          GDate date;

          if (day < 1 || day > days_in_month)
            {
              gtk_widget_set_visible (button, FALSE);
              continue;
            }
          gtk_widget_set_visible (button, TRUE);
          g_date_clear (&date, 1);
          g_date_set_dmy (&date, day, month, year);

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
                marks.n_deadlines++;
            }

          number = marks.off_schedule ? g_strdup_printf ("%d!", day) : g_strdup_printf ("%d", day);
          gtk_button_set_label (GTK_BUTTON (button), number);
          g_object_set_data (G_OBJECT (button), "day", GINT_TO_POINTER (day));
          set_classes (button, &marks, today != NULL && g_date_compare (&date, today) == 0);
          describe_day (button, &date, &marks);
        }
    }
}
