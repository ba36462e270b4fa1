/* kez-month-view.c
 *
 * Six weeks of seven days, Monday first as in Kazakhstan. The 42 cells are made once; showing
 * another month only changes their contents. Each day's number is a button that starts a new
 * meeting on that day; each meeting is a chip that opens it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-date-format.h"
#include "kez-day-cell.h"
#include "kez-deadline-labels.h"
#include "kez-month-view.h"

#define N_CELLS 42
#define MAX_CHIPS 3

struct _KezMonthView
{
  GtkWidget   parent_instance;

  GtkWidget  *grid;
  KezDayCell *cells[N_CELLS];
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
    }
}

GtkWidget *
kez_month_view_new (void)
{
  return g_object_new (KEZ_TYPE_MONTH_VIEW, NULL);
}

static void
describe_day (KezDayCell *cell,
              guint       n_meetings)
{
  g_autofree char *date = kez_date_format (kez_day_cell_get_date (cell));
  g_autofree char *label = NULL;

  /* Translators: %1$s is a date, %2$u a number of meetings */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s, %2$u meeting; new meeting",
                                        "%1$s, %2$u meetings; new meeting", n_meetings),
                           date, n_meetings);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
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
  guint n_meetings = 0;

  kez_day_cell_clear (cell);
  if (g_date_get_month (date) == month)
    gtk_widget_remove_css_class (GTK_WIDGET (cell), "other-month");
  else
    gtk_widget_add_css_class (GTK_WIDGET (cell), "other-month");
  if (g_date_compare (date, today) == 0)
    gtk_widget_add_css_class (GTK_WIDGET (cell), "today");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (cell), "today");

  for (guint i = 0; deadlines != NULL && i < deadlines->len; i++)
    {
      const KezDeadline *deadline = &g_array_index (deadlines, KezDeadline, i);
      GtkWidget *label;

      if (g_date_compare (&deadline->date, date) != 0)
        continue;
      label = gtk_label_new (kez_deadline_short_label (deadline->kind));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* Two lines before an ellipsis: "Қорытынды мерзімі" does not fit one line of a cell. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 2);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 1);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "deadline");
      if (g_date_compare (&deadline->date, today) < 0)
        gtk_widget_add_css_class (label, "past");
      kez_day_cell_append (cell, label);
    }

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
      if (++n_meetings <= MAX_CHIPS)
        {
          GtkWidget *chip = kez_meeting_chip_new (meeting, names);

          g_signal_connect (chip, "clicked", G_CALLBACK (chip_clicked), self);
          kez_day_cell_append (cell, chip);
        }
    }
  if (n_meetings > MAX_CHIPS)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u more",
                                                            "%1$u more",
                                                            n_meetings - MAX_CHIPS),
                                               n_meetings - MAX_CHIPS);
      GtkWidget *label = gtk_label_new (more);

      gtk_widget_add_css_class (label, "dim-label");
      kez_day_cell_append (cell, label);
    }
  describe_day (cell, n_meetings);
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
    }
}
