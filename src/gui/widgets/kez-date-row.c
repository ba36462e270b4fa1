/* kez-date-row.c
 *
 * A date in a form: its title, the date written out as the planner reads it ("12 March 2026")
 * as the subtitle, and a button that opens a calendar. Picking a day closes the calendar and
 * says "changed".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-date-format.h"
#include "kez-date-row.h"
#include "kez-kazakhstan-time.h"

struct _KezDateRow
{
  AdwActionRow   parent_instance;

  GDate          date;
  GtkMenuButton *button;
  GtkCalendar   *calendar;
};

G_DEFINE_FINAL_TYPE (KezDateRow, kez_date_row, ADW_TYPE_ACTION_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_date (KezDateRow *self)
{
  g_autofree char *text = kez_date_format (&self->date);
  g_autofree char *name = NULL;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text);
  /* Translators: %1$s is what the date is, %2$s the date */
  name = g_strdup_printf (_("%1$s: %2$s, change"),
                          adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
}

static void
day_selected (KezDateRow *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  g_date_set_dmy (&self->date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  show_date (self);
  gtk_menu_button_popdown (self->button);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
kez_date_row_class_init (KezDateRowClass *klass)
{
  /**
   * KezDateRow::changed:
   *
   * A day was picked.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kez_date_row_init (KezDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  gtk_menu_button_set_popover (self->button, popover);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  gtk_widget_add_css_class (GTK_WIDGET (self), "property");
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected), self);
  kez_kazakhstan_today (&self->date);
}

GtkWidget *
kez_date_row_new (const char *title)
{
  KezDateRow *self = g_object_new (KEZ_TYPE_DATE_ROW, "title", title, NULL);

  show_date (self);
  return GTK_WIDGET (self);
}

void
kez_date_row_set_date (KezDateRow  *self,
                       const GDate *date)
{
  g_autoptr(GDateTime) day = NULL;

  g_return_if_fail (KEZ_IS_DATE_ROW (self));

  if (date == NULL || !g_date_valid (date))
    kez_kazakhstan_today (&self->date);
  else
    self->date = *date;
  day = g_date_time_new_utc (g_date_get_year (&self->date), g_date_get_month (&self->date),
                             g_date_get_day (&self->date), 0, 0, 0);
  g_signal_handlers_block_by_func (self->calendar, day_selected, self);
  gtk_calendar_select_day (self->calendar, day);
  g_signal_handlers_unblock_by_func (self->calendar, day_selected, self);
  show_date (self);
}

void
kez_date_row_get_date (KezDateRow *self,
                       GDate      *date)
{
  g_return_if_fail (KEZ_IS_DATE_ROW (self));
  *date = self->date;
}
