/* kez-date-entry-row.c
 *
 * A date in a form: an entry row that takes DD.MM.YYYY (or YYYY-MM-DD, pasted from a file)
 * with a calendar button beside it, so that a planner who knows the day by the week can
 * point at it. The row turns red as soon as what is typed is not a date, not only when the
 * form is saved, and the form's Save can ask kez_date_entry_row_is_valid() whether to wait.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kez-date-entry-row.h"
#include "kez-import-values.h"

static gboolean
may_be_empty (GtkWidget *row)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "kez-may-be-empty"));
}

/**
 * kez_date_entry_row_get_date:
 *
 * Returns: whether the row holds a date; @date is cleared when it does not.
 */
gboolean
kez_date_entry_row_get_date (GtkWidget *row,
                             GDate     *date)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  g_date_clear (date, 1);
  if (text[0] == '\0')
    return FALSE;
  if (kez_import_parse_date (text, date))
    return TRUE;
  g_date_clear (date, 1);
  return FALSE;
}

/* A date, or nothing where nothing is allowed. */
gboolean
kez_date_entry_row_is_valid (GtkWidget *row)
{
  GDate date;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (stripped[0] == '\0')
    return may_be_empty (row);
  return kez_date_entry_row_get_date (row, &date);
}

void
kez_date_entry_row_set_date (GtkWidget   *row,
                             const GDate *date)
{
  char text[16] = "";

  if (date != NULL && g_date_valid (date))
    g_date_strftime (text, sizeof text, "%d.%m.%Y", date);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
text_changed (GtkWidget *row)
{
  g_autofree char *text =
    g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  /* Half a date being typed is not an error yet; a full-length one that is wrong is. */
  if (kez_date_entry_row_is_valid (row) || (text[0] != '\0' && strlen (text) < 10))
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
}

static void
day_picked (GtkCalendar *calendar,
            GtkWidget   *row)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (day, "%d.%m.%Y");

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_popover_popdown (GTK_POPOVER (gtk_widget_get_ancestor (GTK_WIDGET (calendar),
                                                            GTK_TYPE_POPOVER)));
}

/* The calendar opens at the day typed, if any, rather than at today. */
static void
calendar_shown (GtkWidget *popover,
                GtkWidget *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (GTK_POPOVER (popover)));
  GDate date;

  if (kez_date_entry_row_get_date (row, &date))
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (&date),
                                                        g_date_get_month (&date),
                                                        g_date_get_day (&date), 12, 0, 0);

      g_signal_handlers_block_by_func (calendar, day_picked, row);
      gtk_calendar_select_day (calendar, day);
      g_signal_handlers_unblock_by_func (calendar, day_picked, row);
    }
}

/**
 * kez_date_entry_row_new:
 * @picker_label: what the calendar button does, for its tooltip and a screen reader
 * @may_be_empty: whether no date at all is a valid answer
 */
GtkWidget *
kez_date_entry_row_new (const char *title,
                        const char *picker_label,
                        gboolean    may_be_empty)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_DIGITS);
  g_object_set_data (G_OBJECT (row), "kez-may-be-empty", GINT_TO_POINTER (may_be_empty));
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, picker_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  picker_label, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (day_picked), row);
  g_signal_connect (popover, "show", G_CALLBACK (calendar_shown), row);
  g_signal_connect (row, "changed", G_CALLBACK (text_changed), NULL);
  return row;
}
