/* kez-schedule-page-private.h: what the schedule page's files share
 *
 * The page (kez-schedule-page.c) loads, filters and shows the meetings in its views; the side
 * pane (kez-schedule-side-pane.c) says where the schedule stands, what is due and how the
 * year is covered; the list view is in kez-schedule-list.c; the search and filters are in
 * kez-schedule-page-search.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-meeting-labels.h"
#include "kez-meeting-search.h"
#include "kez-month-view.h"
#include "kez-schedule-page.h"
#include "kez-store-reader.h"
#include "kez-year-view.h"

struct _KezSchedulePage
{
  GtkWidget           parent_instance;

  KezStore           *store;
  KezStoreReader     *reader;         /* the page's reads, off the main thread */
  GCancellable       *year_cancellable;
  GCancellable       *search_cancellable;
  GCancellable       *editor_cancellable; /* the editor's read, while it opens */
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
  AdwSqueezer        *period_squeezer;
  GtkLabel           *period_line;
  guint               period_line_idle;
  GtkMenuButton      *view_menu_button;
  GMenuModel         *view_menu;
  GtkToggleButton    *filter_button;
  GtkSearchEntry     *search_entry;
  GtkButton          *every_year_button;
  KezMeetingQuery    *query;          /* what the search entry asks for */
  GListStore         *found;          /* every year's meetings it finds, in date order */
  GtkFilterListModel *found_filtered; /* those, through the region and status filters */
  GtkSortListModel   *list_sorted;    /* what the list view shows */
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
  AdwExpanderRow     *exempt_row;
  GPtrArray          *exempt_rows;    /* the rows added to exempt_row */
  GtkListBox         *deadline_list;
  GtkGrid            *quarter_grid;
  GtkLabel           *regions_label;
  GtkFlowBox         *region_flow;
};

gboolean kez_schedule_page_fill_side_pane (gpointer          data);
void     kez_schedule_page_set_up_list    (KezSchedulePage *self);
gboolean kez_schedule_page_is_searching  (KezSchedulePage *self);
void     kez_schedule_page_set_up_search  (KezSchedulePage *self);
void     kez_schedule_page_set_up_filters (KezSchedulePage *self);
void     kez_schedule_page_find_in_every_year (KezSchedulePage *self);
void     kez_schedule_page_show_found     (KezSchedulePage *self);
void     kez_schedule_page_refresh        (KezSchedulePage *self);
void     kez_schedule_page_advance_status (GtkWidget       *widget,
                                           const char      *action_name,
                                           GVariant        *parameter);
void     kez_schedule_page_open_editor    (KezSchedulePage *self,
                                           KezMeeting      *meeting,
                                           const GDate     *day);
