/* kez-schedule-side-pane.c
 *
 * The schedule page's side pane: the year's schedule status, the deadlines ahead (with the
 * days off they fall on) and how the meetings cover the quarters and the regions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-schedule-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-coverage.h"
#include "kez-date-format.h"
#include "kez-deadline-labels.h"
#include "kez-deadline-met.h"
#include "kez-deadlines.h"
#include "kez-holidays.h"
#include "kez-kazakhstan-time.h"
#include "kez-meetings.h"
#include "kez-text-row.h"
#include "kez-language.h"
#include "kez-region.h"
#include "kez-rule-set.h"
#include "kez-schedule-page-private.h"
#include "kez-schedule-status.h"
#include "kez-schedule-status-dialog.h"

static void
remove_all (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else if (GTK_IS_FLOW_BOX (container))
        gtk_flow_box_remove (GTK_FLOW_BOX (container), child);
      else
        gtk_grid_remove (GTK_GRID (container), child);
    }
}

static void
show_schedule_status (KezSchedulePage *self,
                      int              year)
{
  g_autofree char *body = kez_store_dup_served_body (self->store);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  KezScheduleStatus status;

  kez_schedule_status_get (self->store, body, year, &status);
  /* Translators: %1$d is a year */
  title = g_strdup_printf (_("The %1$d schedule"), year);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);

  subtitle = kez_schedule_status_describe (&status);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_action_row),
                                 status.state == KEZ_SCHEDULE_DRAFT ? _("Mark Submitted…")
                                 : status.state == KEZ_SCHEDULE_SUBMITTED ? _("Mark Approved…")
                                 : _("Change the Status…"));
  adw_action_row_set_subtitle (self->status_row, subtitle);
  kez_schedule_status_clear (&status);
}

/* "Results of the meeting of 4 November (Ахметова А. Ж.)" */
static char *
describe_publication (KezSchedulePage   *self,
                      const KezDeadline *deadline)
{
  g_autoptr(KezMeeting) meeting = kez_meetings_get (self->store, deadline->meeting_id);
  g_autofree char *date = NULL;

  if (meeting == NULL)
    return kez_deadline_describe (deadline);
  date = kez_date_format (kez_meeting_get_date (meeting));
  /* Translators: %1$s is a date, %2$s the leader who held the meeting */
  return g_strdup_printf (_("Results of the meeting of %1$s (%2$s)"), date,
                          kez_meeting_get_fields (meeting)->leader_name);
}

static void
show_deadlines (KezSchedulePage *self,
                KezRuleSet      *rules)
{
  g_autoptr(GListModel) this_year = NULL;
  g_autoptr(GArray) deadlines = NULL;
  GDate today, from, to;
  guint shown = 0;

  remove_all (GTK_WIDGET (self->deadline_list));
  kez_kazakhstan_today (&today);
  from = today;
  to = today;
  g_date_subtract_days (&from, 31);
  g_date_add_days (&to, 120);

  this_year = kez_meetings_list_range (self->store, &from, &to);
  deadlines = kez_deadlines_in_range (rules, this_year, &from, &to);

  for (guint i = 0; i < deadlines->len && shown < 8; i++)
    {
      const KezDeadline *deadline = &g_array_index (deadlines, KezDeadline, i);
      gboolean past = g_date_compare (&deadline->date, &today) < 0;
      g_autofree char *title = NULL;
      g_autofree char *date = NULL;
      g_autofree char *countdown = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *day_off = NULL;
      GtkWidget *row;

      if (kez_deadline_is_met (self->store, deadline) || (past && deadline->kind == KEZ_DEADLINE_QUARTERLY_REPORT))
        continue;

      if (deadline->kind == KEZ_DEADLINE_PUBLICATION)
        title = describe_publication (self, deadline);
      else
        title = kez_deadline_describe (deadline);
      date = kez_date_format (&deadline->date);
      countdown = kez_deadline_countdown (deadline, &today);
      day_off = kez_day_off_describe (&deadline->date);
      /* A deadline on a day off is flagged: which working day to aim for is the planner's call. */
      subtitle = day_off != NULL ? g_strdup_printf ("%s · %s · %s", date, day_off, countdown)
                                 : g_strdup_printf ("%s · %s", date, countdown);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (day_off != NULL && !past)
        gtk_widget_add_css_class (row, "warning");
      if (past)
        kez_text_row_mark_overdue (row);
      gtk_list_box_append (self->deadline_list, row);
      shown++;
    }

  if (shown == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing due in the next four months"));
      gtk_list_box_append (self->deadline_list, row);
    }
}

static void
show_coverage (KezSchedulePage *self,
               KezRuleSet      *rules)
{
  g_autoptr(GListModel) regions = kez_store_list_regions (self->store);
  g_autofree char *summary = NULL;
  KezCoverage coverage;

  kez_coverage_compute (&coverage, G_LIST_MODEL (self->meetings), rules);
  remove_all (GTK_WIDGET (self->quarter_grid));

  for (int quarter = 1; quarter <= 4; quarter++)
    {
      g_autofree char *name = g_strdup_printf (_("Q%1$d"), quarter);
      g_autofree char *count = NULL;
      g_autofree char *description = NULL;
      GtkWidget *heading = gtk_label_new (name);
      GtkWidget *value;

      if (coverage.minimum > 0)
        count = g_strdup_printf ("%u / %u", coverage.head_meetings[quarter - 1], coverage.minimum);
      else
        count = g_strdup_printf ("%u", coverage.meetings[quarter - 1]);
      value = gtk_label_new (count);
      gtk_widget_add_css_class (heading, "dim-label");
      gtk_widget_add_css_class (value, "title-3");
      if (kez_coverage_quarter_short (&coverage, quarter))
        {
          gtk_widget_add_css_class (value, "error");
          /* Translators: %1$d is a quarter, %2$u a number of meetings */
          description = g_strdup_printf (_("Quarter %1$d: fewer meetings of the first head than "
                                           "the %2$u the rules ask"), quarter, coverage.minimum);
        }
      else
        /* Translators: %1$d is a quarter, %2$u a number of meetings */
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Quarter %1$d: %2$u meeting",
                                                    "Quarter %1$d: %2$u meetings",
                                                    coverage.meetings[quarter - 1]),
                                       quarter, coverage.meetings[quarter - 1]);
      gtk_widget_set_tooltip_text (value, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      description, -1);
      gtk_grid_attach (self->quarter_grid, heading, quarter - 1, 0, 1, 1);
      gtk_grid_attach (self->quarter_grid, value, quarter - 1, 1, 1, 1);
    }

  /* Translators: %1$u regions of %2$u have a meeting planned or held */
  summary = g_strdup_printf (_("Regions with a meeting: %1$u of %2$u"),
                             kez_coverage_count_regions (&coverage, KEZ_REGION_PLANNED),
                             g_list_model_get_n_items (regions));
  gtk_label_set_label (self->regions_label, summary);

  remove_all (GTK_WIDGET (self->region_flow));
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KezRegion) region = g_list_model_get_item (regions, i);
      const char *code = kez_region_get_code (region);
      KezRegionCoverage reached = kez_coverage_region (&coverage, code);
      GtkWidget *tag = gtk_label_new (kez_names_region (self->names, code));
      const char *state = reached == KEZ_REGION_VISITED ? _("visited")
                        : reached == KEZ_REGION_PLANNED ? _("planned") : _("no meeting");
      g_autofree char *description = g_strdup_printf ("%s: %s",
                                                       kez_names_region (self->names, code), state);

      gtk_label_set_ellipsize (GTK_LABEL (tag), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (tag, "region-tag");
      gtk_widget_add_css_class (tag, reached == KEZ_REGION_VISITED ? "visited"
                                     : reached == KEZ_REGION_PLANNED ? "planned" : "uncovered");
      gtk_widget_set_tooltip_text (tag, description);
      gtk_accessible_update_property (GTK_ACCESSIBLE (tag), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      description, -1);
      gtk_flow_box_append (self->region_flow, tag);
    }
  kez_coverage_clear (&coverage);
}

/* The year's meetings of bodies the rule set in force exempts, one row each to open: after a
 * change of the rules the planner cancels them or gives them to another body. */
static void
exempt_meeting_activated (AdwActionRow    *row,
                          KezSchedulePage *self)
{
  kez_schedule_page_open_editor (self, g_object_get_data (G_OBJECT (row), "meeting"), NULL);
}

static void
show_exempt_meetings (KezSchedulePage *self,
                      KezRuleSet      *rules)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  guint n = 0;

  for (guint i = 0; i < self->exempt_rows->len; i++)
    adw_expander_row_remove (self->exempt_row, g_ptr_array_index (self->exempt_rows, i));
  g_ptr_array_set_size (self->exempt_rows, 0);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->meetings)); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), i);
      g_autofree char *day = NULL;
      g_autofree char *chip = NULL;
      GtkWidget *row;

      if (!kez_meeting_is_flagged_exempt (meeting, self->names))
        continue;
      day = kez_date_format (kez_meeting_get_date (meeting));
      chip = kez_meeting_chip_text (meeting, self->names);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), chip);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), day);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "meeting", g_object_ref (meeting), g_object_unref);
      g_signal_connect (row, "activated", G_CALLBACK (exempt_meeting_activated), self);
      adw_expander_row_add_row (self->exempt_row, row);
      g_ptr_array_add (self->exempt_rows, row);
      n++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->exempt_row), n > 0);
  if (n == 0)
    return;
  /* Translators: %1$u is a number of meetings */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u meeting of an exempt body",
                                        "%1$u meetings of exempt bodies", n), n);
  /* Translators: %1$s is the name of a rule set, such as "Rules of 2024" */
  subtitle = g_strdup_printf (_("Exempt under “%1$s”: cancel them or give them to another body. "
                                "They are left out of the proposals."),
                              rules != NULL ? kez_rule_set_get_name (rules, kez_language_from_locale ())
                                            : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->exempt_row), title);
  adw_expander_row_set_subtitle (self->exempt_row, subtitle);
}

/* In an idle (see kez_schedule_page_refresh()): the calendar reaches the screen first. */
gboolean
kez_schedule_page_fill_side_pane (gpointer data)
{
  KezSchedulePage *self = data;
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (self->store);

  self->side_pane_idle = 0;
  show_schedule_status (self, g_date_get_year (&self->cursor));
  show_exempt_meetings (self, rules);
  show_deadlines (self, rules);
  show_coverage (self, rules);
  return G_SOURCE_REMOVE;
}

