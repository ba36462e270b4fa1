/* kez-schedule-page.c
 *
 * The page keeps the meetings of the year on show in one list, reloaded from the store when
 * it reports a change. A filter (leader, region, status) narrows that list, and the year,
 * month and list views all draw the filtered meetings. The side pane shows where the year's
 * schedule stands, the deadlines ahead and how the meetings cover quarters and regions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-schedule-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-kazakhstan-time.h"
#include "kez-accessible.h"
#include "kez-coverage.h"
#include "kez-date-format.h"
#include "kez-deadline-labels.h"
#include "kez-holidays.h"
#include "kez-deadlines.h"
#include "kez-draft-schedule-dialog.h"
#include "kez-meeting-editor.h"
#include "kez-import-dialog.h"
#include "kez-meeting-labels.h"
#include "kez-meetings.h"
#include "kez-month-view.h"
#include "kez-region.h"
#include "kez-schedule-export-dialog.h"
#include "kez-schedule-page.h"
#include "kez-schedule-status.h"
#include "kez-schedule-status-dialog.h"
#include "kez-window.h"
#include "kez-year-view.h"

struct _KezSchedulePage
{
  GtkWidget           parent_instance;

  KezStore           *store;
  KezNames           *names;
  GListStore         *meetings;       /* the year's, in date order */
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GPtrArray          *region_codes;   /* region filter item → code; NULL for "all" */
  GDate               cursor;         /* the day the views are about */
  int                 loaded_year;
  char               *view;
  guint               side_pane_idle;

  GtkWidget          *content;
  GtkLabel           *period_label;
  GtkSearchEntry     *leader_entry;
  GtkDropDown        *region_filter;
  GtkDropDown        *status_filter;
  GtkStack           *views;
  GtkScrolledWindow  *year_scroller;
  KezYearView        *year_view;      /* NULL until the year view is first shown */
  KezMonthView       *month_view;
  GtkScrolledWindow  *list_scroller;
  GtkColumnView      *list_view;      /* NULL until the list is first shown */
  AdwActionRow       *status_row;
  AdwPreferencesGroup *start_group;
  AdwActionRow       *status_action_row;
  GtkListBox         *deadline_list;
  GtkGrid            *quarter_grid;
  GtkLabel           *regions_label;
  GtkFlowBox         *region_flow;
};

G_DEFINE_FINAL_TYPE (KezSchedulePage, kez_schedule_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (KezSchedulePage *self);
static void set_up_list (KezSchedulePage *self);

static void
get_today (GDate *today)
{
  kez_kazakhstan_today (today);
}

/* ---- loading and filtering --------------------------------------------------------------- */

static void
reload (KezSchedulePage *self)
{
  g_autoptr(GListModel) year = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int wanted = g_date_get_year (&self->cursor);

  if (self->store == NULL)
    return;

  year = kez_meetings_list_year (self->store, wanted);
  for (guint i = 0; i < g_list_model_get_n_items (year); i++)
    g_ptr_array_add (items, g_list_model_get_item (year, i));
  g_list_store_splice (self->meetings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->meetings)),
                       items->pdata, items->len);
  self->loaded_year = wanted;
  gtk_widget_set_visible (GTK_WIDGET (self->start_group), kez_meetings_count (self->store) == 0);
  refresh (self);
}

static void
store_changed (KezSchedulePage *self)
{
  reload (self);
}

static gboolean
matches_filter (gpointer item,
                gpointer user_data)
{
  KezSchedulePage *self = user_data;
  const KezMeetingFields *fields = kez_meeting_get_fields (item);
  const char *leader = gtk_editable_get_text (GTK_EDITABLE (self->leader_entry));
  guint region = gtk_drop_down_get_selected (self->region_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);

  if (leader[0] != '\0')
    {
      g_autofree char *wanted = g_utf8_casefold (leader, -1);
      g_autofree char *name = g_utf8_casefold (fields->leader_name, -1);

      if (strstr (name, wanted) == NULL)
        return FALSE;
    }
  if (region != GTK_INVALID_LIST_POSITION && region > 0 &&
      g_strcmp0 (g_ptr_array_index (self->region_codes, region), fields->region_code) != 0)
    return FALSE;
  if (status != GTK_INVALID_LIST_POSITION && status > 0 && fields->status != status - 1)
    return FALSE;
  return TRUE;
}

static void
filter_changed (KezSchedulePage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (self->loaded_year != 0) /* not while the filters are being set up */
    refresh (self);
}

static void
set_up_filters (KezSchedulePage *self)
{
  GtkStringList *region_names = gtk_string_list_new (NULL);
  GtkStringList *statuses = gtk_string_list_new (NULL);

  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (region_names, _("All regions"));
  g_ptr_array_add (self->region_codes, NULL);
  kez_region_choices_fill (self->store, region_names, self->region_codes);
  gtk_drop_down_set_model (self->region_filter, G_LIST_MODEL (region_names));
  g_object_unref (region_names);

  gtk_string_list_append (statuses, _("All statuses"));
  for (KezMeetingStatus status = KEZ_STATUS_PROPOSED; status <= KEZ_STATUS_CANCELLED; status++)
    gtk_string_list_append (statuses, kez_status_label (status));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  g_object_unref (statuses);
}

/* ---- the side pane ----------------------------------------------------------------------- */

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

/* A deadline is done when the schedule got past it or the meeting's results are published. */
static gboolean
deadline_met (KezSchedulePage   *self,
              const KezDeadline *deadline)
{
  g_autofree char *body = NULL;
  KezScheduleStatus status;
  gboolean met = FALSE;

  switch (deadline->kind)
    {
    case KEZ_DEADLINE_SCHEDULE_PROPOSALS:
    case KEZ_DEADLINE_SCHEDULE_DRAFT:
    case KEZ_DEADLINE_SCHEDULE_APPROVAL:
      body = kez_store_dup_served_body (self->store);
      kez_schedule_status_get (self->store, body, deadline->year, &status);
      met = deadline->kind == KEZ_DEADLINE_SCHEDULE_APPROVAL ? status.state == KEZ_SCHEDULE_APPROVED
                                                              : status.state >= KEZ_SCHEDULE_SUBMITTED;
      kez_schedule_status_clear (&status);
      return met;
    case KEZ_DEADLINE_PUBLICATION:
      {
        g_autoptr(KezMeeting) meeting = kez_meetings_get (self->store, deadline->meeting_id);

        return meeting != NULL && g_date_valid (&kez_meeting_get_fields (meeting)->published_on);
      }
    case KEZ_DEADLINE_QUARTERLY_REPORT:
    default:
      return FALSE;
    }
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
  get_today (&today);
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

      if (deadline_met (self, deadline) || (past && deadline->kind == KEZ_DEADLINE_QUARTERLY_REPORT))
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
        {
          GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

          gtk_widget_add_css_class (row, "overdue");
          gtk_widget_set_tooltip_text (icon, _("Overdue"));
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
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

/* ---- the views --------------------------------------------------------------------------- */

static void year_day_activated (KezSchedulePage *self, int year, int month, int day);

static KezYearView *
ensure_year_view (KezSchedulePage *self)
{
  GtkWidget *view;

  if (self->year_view != NULL)
    return self->year_view;

  view = kez_year_view_new ();
  gtk_widget_set_margin_start (view, 18);
  gtk_widget_set_margin_end (view, 18);
  gtk_widget_set_margin_top (view, 12);
  gtk_widget_set_margin_bottom (view, 18);
  g_signal_connect_swapped (view, "day-activated", G_CALLBACK (year_day_activated), self);
  gtk_scrolled_window_set_child (self->year_scroller, view);
  self->year_view = KEZ_YEAR_VIEW (view);
  return self->year_view;
}

static gboolean
fill_side_pane (gpointer data)
{
  KezSchedulePage *self = data;
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (self->store);

  self->side_pane_idle = 0;
  show_schedule_status (self, g_date_get_year (&self->cursor));
  show_deadlines (self, rules);
  show_coverage (self, rules);
  return G_SOURCE_REMOVE;
}

static void
refresh (KezSchedulePage *self)
{
  g_autoptr(KezRuleSet) rules = NULL;
  g_autoptr(GArray) deadlines = NULL;
  g_autofree char *title = NULL;
  int year = g_date_get_year (&self->cursor);
  int month = g_date_get_month (&self->cursor);
  GDate today, first, last;

  if (self->store == NULL)
    return;

  rules = kez_store_dup_active_rule_set (self->store);
  get_today (&today);

  if (g_str_equal (self->view, "month"))
    /* Translators: the title of a month view: %1$s is the month's name, %2$d the year */
    title = g_strdup_printf (_("%1$s %2$d"), kez_month_name (month), year);
  else
    title = g_strdup_printf ("%d", year);
  gtk_label_set_label (self->period_label, title);

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, 1, year);
  g_date_set_dmy (&last, 31, 12, year);
  deadlines = kez_deadlines_in_range (rules, G_LIST_MODEL (self->filtered), &first, &last);

  if (g_str_equal (self->view, "year"))
    kez_year_view_show (ensure_year_view (self), year, G_LIST_MODEL (self->filtered), deadlines,
                        self->names, &today);
  else if (g_str_equal (self->view, "month"))
    kez_month_view_show (self->month_view, year, month, G_LIST_MODEL (self->filtered), deadlines,
                         self->names, &today);

  /* The side pane follows in an idle: the calendar reaches the screen first, and a burst of
   * changes (typing in the filter) fills the pane once. */
  if (self->side_pane_idle == 0)
    self->side_pane_idle = g_idle_add (fill_side_pane, self);
}

/* The keyboard in the view, on the day being looked at: the page's keys (Page Up, Ctrl+N,
 * the arrows) work from the start, not after a Tab away from the header's tabs. */
static void
focus_view (KezSchedulePage *self)
{
  if (g_str_equal (self->view, "month"))
    kez_month_view_focus_day (self->month_view, &self->cursor);
  else if (g_str_equal (self->view, "year") && self->year_view != NULL)
    kez_year_view_focus_day (self->year_view, &self->cursor);
  else if (g_str_equal (self->view, "list") && self->list_view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
focus_view_idle (gpointer data)
{
  KezSchedulePage *self = data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_view (self);
  g_object_unref (self);
}

/* Each time the page is shown (the window opens on it, or its tab is chosen), once the
 * window has given its first focus. */
static void
kez_schedule_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kez_schedule_page_parent_class)->map (widget);
  g_idle_add_once (focus_view_idle, g_object_ref (widget));
}

/* "year", "month" or "list"; the view buttons follow through the schedule.view action. */
static void
show_view (KezSchedulePage *self,
           const char      *view)
{
  if (g_strcmp0 (self->view, view) == 0)
    return;
  g_free (self->view);
  self->view = g_strdup (view);
  if (g_str_equal (view, "list"))
    set_up_list (self);
  gtk_stack_set_visible_child_name (self->views, view);
  refresh (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

static void
move_cursor (KezSchedulePage *self,
             int              direction)
{
  if (direction == 0)
    get_today (&self->cursor);
  else if (g_str_equal (self->view, "month"))
    {
      g_date_set_day (&self->cursor, 1);
      if (direction > 0)
        g_date_add_months (&self->cursor, 1);
      else
        g_date_subtract_months (&self->cursor, 1);
    }
  else if (direction > 0)
    g_date_add_years (&self->cursor, 1);
  else
    g_date_subtract_years (&self->cursor, 1);

  if (g_date_get_year (&self->cursor) != self->loaded_year)
    reload (self);
  else
    refresh (self);
}

/* ---- opening meetings -------------------------------------------------------------------- */

static void
undo_delete (AdwToast *toast,
             gpointer  user_data)
{
  KezSchedulePage *self = g_object_get_data (G_OBJECT (toast), "page");
  KezMeeting *meeting = user_data;
  g_autoptr(GError) error = NULL;
  KezMeetingFields fields;

  kez_meeting_fields_copy (kez_meeting_get_fields (meeting), &fields);
  if (!kez_meetings_save (self->store, &fields, &error))
    kez_window_add_toast (KEZ_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                          adw_toast_new (error->message));
  kez_meeting_fields_clear (&fields);
}

static void
meeting_deleted (KezSchedulePage *self,
                 KezMeeting      *meeting)
{
  AdwToast *toast = adw_toast_new (_("Meeting deleted"));

  /* No mnemonic: GTK 4.8 would read the underscore out to a screen reader. */
  adw_toast_set_button_label (toast, _("Undo"));
  g_object_set_data (G_OBJECT (toast), "page", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete),
                         g_object_ref (meeting), (GClosureNotify) g_object_unref, 0);
  kez_window_add_toast (KEZ_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), toast);
}

static void
open_editor (KezSchedulePage *self,
             KezMeeting      *meeting,
             const GDate     *day)
{
  GtkWidget *editor = kez_meeting_editor_new (self->store, meeting, day);

  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "deleted", G_CALLBACK (meeting_deleted), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
meeting_activated (KezSchedulePage *self,
                   KezMeeting      *meeting)
{
  open_editor (self, meeting, NULL);
}

static void
year_day_activated (KezSchedulePage *self,
                    int              year,
                    int              month,
                    int              day)
{
  g_date_set_dmy (&self->cursor, day, month, year);
  show_view (self, "month");
}

static void
month_day_activated (KezSchedulePage *self,
                     int              year,
                     int              month,
                     int              day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  open_editor (self, NULL, &date);
}

static void
list_activated (KezSchedulePage *self,
                guint            position)
{
  GtkSelectionModel *model = gtk_column_view_get_model (self->list_view);
  g_autoptr(KezMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (model), position);

  if (meeting != NULL)
    open_editor (self, meeting, NULL);
}

/* ---- the list view ----------------------------------------------------------------------- */

typedef enum
{
  LIST_DATE,
  LIST_TIME,
  LIST_BODY,
  LIST_LEADER,
  LIST_REGION,
  LIST_STATUS,
} ListColumn;

static char *
list_text (KezSchedulePage *self,
           KezMeeting      *meeting,
           ListColumn       column)
{
  const KezMeetingFields *fields = kez_meeting_get_fields (meeting);

  switch (column)
    {
    case LIST_DATE:
      return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&fields->date),
                              g_date_get_month (&fields->date), g_date_get_year (&fields->date));
    case LIST_TIME:
      return kez_meeting_format_time (meeting);
    case LIST_BODY:
      return g_strdup (kez_names_body (self->names, fields->body_code));
    case LIST_LEADER:
      return g_strdup (fields->leader_name);
    case LIST_REGION:
      return g_strdup (kez_names_region (self->names, fields->region_code));
    case LIST_STATUS:
      if (fields->off_schedule)
        /* Translators: %1$s is a status such as "Approved" */
        return g_strdup_printf (_("%1$s, outside the schedule"), kez_status_label (fields->status));
      return g_strdup (kez_status_label (fields->status));
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           KezSchedulePage          *self)
{
  ListColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  g_autofree char *text = list_text (self, gtk_list_item_get_item (item), column);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  ListColumn column = GPOINTER_TO_INT (user_data);
  const KezMeetingFields *fa = kez_meeting_get_fields ((KezMeeting *) a);
  const KezMeetingFields *fb = kez_meeting_get_fields ((KezMeeting *) b);
  int by_date = g_date_compare (&fa->date, &fb->date);

  if (by_date == 0)
    by_date = fa->start_minute - fb->start_minute;

  switch (column)
    {
    case LIST_BODY:
      return g_strcmp0 (fa->body_code, fb->body_code) ?: by_date;
    case LIST_LEADER:
      return g_utf8_collate (fa->leader_name, fb->leader_name) ?: by_date;
    case LIST_REGION:
      return g_strcmp0 (fa->region_code, fb->region_code) ?: by_date;
    case LIST_STATUS:
      return ((int) fa->status - (int) fb->status) ?: by_date;
    case LIST_DATE:
    case LIST_TIME:
    default:
      return by_date;
    }
}

static void
add_list_column (KezSchedulePage *self,
                 ListColumn       column,
                 const char      *title,
                 gboolean         expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  GtkSorter *sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, GINT_TO_POINTER (column),
                                                         NULL));

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->list_view, view_column);
  g_object_unref (sorter);
  g_object_unref (view_column);
}

static void
set_up_list (KezSchedulePage *self)
{
  GtkSortListModel *sorted;
  GtkNoSelection *selection;

  if (self->list_view != NULL)
    return;
  self->list_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_row_separators (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "data-table");
  gtk_scrolled_window_set_child (self->list_scroller, GTK_WIDGET (self->list_view));

  add_list_column (self, LIST_DATE, _("Date"), FALSE);
  add_list_column (self, LIST_TIME, _("Time"), FALSE);
  /* A ministry's own database has one body: the column would repeat its long name. */
  if (kez_meetings_count_bodies (self->store) > 1)
    add_list_column (self, LIST_BODY, _("Body"), TRUE);
  add_list_column (self, LIST_LEADER, _("Leader"), TRUE);
  add_list_column (self, LIST_REGION, _("Region"), TRUE);
  add_list_column (self, LIST_STATUS, _("Status"), FALSE);

  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (self->list_view)));
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  gtk_column_view_set_single_click_activate (self->list_view, FALSE);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (list_activated), self);
  g_object_unref (selection);
}

/* ---- actions ----------------------------------------------------------------------------- */

static void
action_move (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);

  move_cursor (self, g_str_equal (action_name, "schedule.next") ? 1
                     : g_str_equal (action_name, "schedule.previous") ? -1 : 0);
}

static void
action_new_meeting (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);

  open_editor (self, NULL, &self->cursor);
}

static void
action_import (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);

  kez_import_dialog_run (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                         KEZ_IMPORT_MEETINGS);
}

static void
action_export (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);

  kez_schedule_export_dialog_run (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                  g_date_get_year (&self->cursor));
}

/* For the authorised body: the bodies' proposals for the year shown, made into one draft. */
static void
action_draft (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);

  kez_draft_schedule_dialog_run (GTK_WINDOW (gtk_widget_get_root (widget)),
                                 g_date_get_year (&self->cursor));
}

/* The status as it was before a return to draft, for the toast's Undo. */
typedef struct
{
  KezSchedulePage   *page;
  int                year;
  KezScheduleStatus  status;
} StatusUndo;

static void
status_undo_free (gpointer data)
{
  StatusUndo *undo = data;

  kez_schedule_status_clear (&undo->status);
  g_free (undo);
}

static void
undo_status (AdwToast   *toast,
             StatusUndo *undo)
{
  g_autofree char *body = kez_store_dup_served_body (undo->page->store);
  g_autoptr(GError) error = NULL;

  if (!kez_schedule_status_set (undo->page->store, body, undo->year, &undo->status, &error))
    kez_window_add_toast (KEZ_WINDOW (gtk_widget_get_root (GTK_WIDGET (undo->page))),
                          adw_toast_new (error->message));
  refresh (undo->page);
}

/* A return to draft can be undone: the status it replaced comes back, dates and all. */
static void
status_saved (const KezScheduleStatus *before,
              gpointer                 data)
{
  KezSchedulePage *self = data;
  g_autofree char *body = kez_store_dup_served_body (self->store);
  KezScheduleStatus now;
  StatusUndo *undo;
  AdwToast *toast;

  refresh (self);
  kez_schedule_status_get (self->store, body, g_date_get_year (&self->cursor), &now);
  if (now.state != KEZ_SCHEDULE_DRAFT || before->state == KEZ_SCHEDULE_DRAFT)
    {
      kez_schedule_status_clear (&now);
      return;
    }
  kez_schedule_status_clear (&now);
  undo = g_new0 (StatusUndo, 1);
  undo->page = self;
  undo->year = g_date_get_year (&self->cursor);
  undo->status = *before;
  undo->status.resolution_number = g_strdup (before->resolution_number);
  toast = adw_toast_new (_("The schedule is a draft again"));
  adw_toast_set_button_label (toast, _("Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_status), undo,
                         (GClosureNotify) (void (*) (void)) status_undo_free, 0);
  kez_window_add_toast (KEZ_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), toast);
}

/* Decree point 2: draft → submitted → approved, with the dates as they happened. */
static void
action_advance_status (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);
  g_autofree char *body = kez_store_dup_served_body (self->store);

  gtk_window_present (GTK_WINDOW (kez_schedule_status_dialog_new (
    GTK_WINDOW (gtk_widget_get_root (widget)), self->store, body, g_date_get_year (&self->cursor),
    status_saved, self)));
}

/* ---- life cycle -------------------------------------------------------------------------- */

static void
kez_schedule_page_dispose (GObject *object)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (object);

  g_clear_handle_id (&self->side_pane_idle, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_SCHEDULE_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->filtered);
  g_clear_object (&self->meetings);
  g_clear_pointer (&self->names, kez_names_free);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_pointer (&self->view, g_free);

  G_OBJECT_CLASS (kez_schedule_page_parent_class)->dispose (object);
}

static void
kez_schedule_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_schedule_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      show_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_schedule_page_class_init (KezSchedulePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_schedule_page_dispose;
  widget_class->map = kez_schedule_page_map;
  object_class->get_property = kez_schedule_page_get_property;
  object_class->set_property = kez_schedule_page_set_property;

  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "month",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KEZ_TYPE_MONTH_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/kez-schedule-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KezSchedulePage, name)
  BIND (content);
  BIND (period_label);
  BIND (leader_entry);
  BIND (region_filter);
  BIND (status_filter);
  BIND (views);
  BIND (year_scroller);
  BIND (month_view);
  BIND (list_scroller);
  BIND (status_row);
  BIND (start_group);
  BIND (status_action_row);
  BIND (deadline_list);
  BIND (quarter_grid);
  BIND (regions_label);
  BIND (region_flow);
#undef BIND

  gtk_widget_class_install_action (widget_class, "schedule.previous", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "schedule.next", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "schedule.today", NULL, action_move);
  gtk_widget_class_install_property_action (widget_class, "schedule.view", "view");
  gtk_widget_class_install_action (widget_class, "schedule.new-meeting", NULL,
                                   action_new_meeting);
  gtk_widget_class_install_action (widget_class, "schedule.import", NULL, action_import);
  gtk_widget_class_install_action (widget_class, "schedule.export", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "schedule.draft", NULL, action_draft);
  gtk_widget_class_install_action (widget_class, "schedule.advance-status", NULL,
                                   action_advance_status);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "schedule.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "schedule.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "schedule.today",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "schedule.new-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_ALT_MASK, "schedule.view",
                                       "s", "year");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_ALT_MASK, "schedule.view",
                                       "s", "month");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_ALT_MASK, "schedule.view",
                                       "s", "list");
}

static void
kez_schedule_page_init (KezSchedulePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kez_accessible_name_drop_down (self->region_filter, _("Region"));
  kez_accessible_name_drop_down (self->status_filter, _("Status"));

  get_today (&self->cursor);
  self->meetings = g_list_store_new (KEZ_TYPE_MEETING);
  self->filter = gtk_custom_filter_new (matches_filter, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->meetings)),
                                              GTK_FILTER (self->filter));

  g_signal_connect_swapped (self->month_view, "day-activated", G_CALLBACK (month_day_activated),
                            self);
  g_signal_connect_swapped (self->month_view, "meeting-activated", G_CALLBACK (meeting_activated),
                            self);
  g_signal_connect_swapped (self->leader_entry, "search-changed", G_CALLBACK (filter_changed), self);
  g_signal_connect_swapped (self->region_filter, "notify::selected", G_CALLBACK (filter_changed),
                            self);
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (filter_changed),
                            self);
  show_view (self, "month");
}

void
kez_schedule_page_set_store (KezSchedulePage *self,
                             KezStore        *store)
{
  g_return_if_fail (KEZ_IS_SCHEDULE_PAGE (self));
  g_return_if_fail (KEZ_IS_STORE (store));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->names, kez_names_free);
  self->names = kez_names_new (store);
  set_up_filters (self);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed), self, G_CONNECT_SWAPPED);
  reload (self);
}
