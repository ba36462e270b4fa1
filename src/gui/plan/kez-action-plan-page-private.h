/* kez-action-plan-page-private.h: the Action plan page's parts, for its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-action-plan-page.h"
#include "kez-action-plan-read.h"
#include "kez-actions.h"
#include "kez-meeting-labels.h"
#include "kez-store-reader.h"

G_BEGIN_DECLS

enum { OVERVIEW_ANY = 0, OVERVIEW_OVERDUE = 1 }; /* status filter items before the statuses */

struct _KezActionPlanPage
{
  GtkWidget           parent_instance;

  KezStore           *store;
  KezStoreReader     *reader;        /* the page's reads, off the main thread */
  GCancellable       *reading;       /* the read on its way */
  GCancellable       *opening;       /* the read of a dialog that is opening */
  KezActionPlanRead  *plan;          /* what the page shows, as last read */
  KezNames           *names;
  GArray             *meeting_ids;   /* view_choice item → meeting id; 0 for the overview */
  GPtrArray          *groups[2];     /* the groups added to each page, to remove on refresh */
  guint               refresh_idle;
  gboolean            filling;
  /* overview filters, kept across refreshes */
  guint               status_filter;
  char               *executor_filter;
  gint64              meeting_filter;

  GtkDropDown        *view_choice;
  GtkMenuButton      *compact_menu_button;
  GtkWidget          *new_problem_button;
  GtkWidget          *new_problem_icon;
  GMenuModel         *export_menu;
  GMenuModel         *publish_menu;
  GtkStack           *stack;
  AdwPreferencesPage *overview_page;
  AdwPreferencesPage *meeting_page;
};

void                 kez_action_plan_page_today         (GDate                 *day);
AdwPreferencesGroup *kez_action_plan_page_add_group     (KezActionPlanPage     *self,
                                                         AdwPreferencesPage    *page,
                                                         const char            *title,
                                                         const char            *description);
GtkWidget           *kez_action_plan_page_action_row    (KezActionPlanPage     *self,
                                                         const KezActionFields *action,
                                                         const GDate           *day,
                                                         gboolean               with_problem);
void                 kez_action_plan_page_clear         (KezActionPlanPage     *self,
                                                         AdwPreferencesPage    *page);
void                 kez_action_plan_page_refresh       (KezActionPlanPage     *self);
GCancellable        *kez_action_plan_page_opening       (KezActionPlanPage     *self);
void                 kez_action_plan_page_show_overview (KezActionPlanPage     *self);

G_END_DECLS
