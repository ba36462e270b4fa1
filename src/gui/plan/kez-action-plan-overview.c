/* kez-action-plan-overview.c
 *
 * The Action plan page's overview, "All Actions": filters by status (overdue among them),
 * executor and meeting, kept across refreshes; every executor's record (done on time, done
 * late, overdue, open); and the actions that pass, overdue first. Built from what the page
 * last read; a filter changes what is shown, not what is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-action-labels.h"
#include "kez-action-plan-page-private.h"
#include "kez-actions.h"
#include "kez-text-row.h"

static void
overview_filter_changed (AdwComboRow       *row,
                         GParamSpec        *pspec,
                         KezActionPlanPage *self)
{
  const char *which = g_object_get_data (G_OBJECT (row), "filter");
  guint selected = adw_combo_row_get_selected (row);

  if (self->filling)
    return;
  if (g_str_equal (which, "status"))
    self->status_filter = selected;
  else if (g_str_equal (which, "executor"))
    {
      GtkStringObject *item = adw_combo_row_get_selected_item (row);

      g_free (self->executor_filter);
      self->executor_filter = selected > 0 && item != NULL
                                ? g_strdup (gtk_string_object_get_string (item)) : NULL;
    }
  else
    self->meeting_filter = selected < self->meeting_ids->len
                             ? g_array_index (self->meeting_ids, gint64, selected) : 0;
  kez_action_plan_page_refresh (self);
}

static AdwComboRow *
filter_row (KezActionPlanPage   *self,
            AdwPreferencesGroup *group,
            const char          *title,
            const char          *which,
            GtkStringList       *items,
            guint                selected)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (items));
  g_object_unref (items);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "filter", (gpointer) which);
  g_signal_connect (row, "notify::selected", G_CALLBACK (overview_filter_changed), self);
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static gboolean
passes (KezActionPlanPage     *self,
        const KezActionFields *action,
        const GDate           *day)
{
  const char *executor = action->executor_org[0] != '\0' ? action->executor_org
                                                         : action->executor_person;

  if (self->status_filter == OVERVIEW_OVERDUE && !kez_action_is_overdue (action, day))
    return FALSE;
  if (self->status_filter > OVERVIEW_OVERDUE &&
      action->status != (KezActionStatus) (self->status_filter - OVERVIEW_OVERDUE - 1))
    return FALSE;
  if (self->executor_filter != NULL && g_strcmp0 (executor, self->executor_filter) != 0)
    return FALSE;
  return self->meeting_filter == 0 || action->meeting_id == self->meeting_filter;
}

void
kez_action_plan_page_show_overview (KezActionPlanPage *self)
{
  GArray *actions;
  g_autoptr(GArray) summary = NULL;
  AdwPreferencesGroup *filters, *executors, *list;
  GtkStringList *statuses = gtk_string_list_new (NULL);
  GtkStringList *executor_names = gtk_string_list_new (NULL);
  GtkStringList *meetings = gtk_string_list_new (NULL);
  guint executor_selected = 0, meeting_selected = 0, shown = 0;
  GDate day;

  kez_action_plan_page_today (&day);
  kez_action_plan_page_clear (self, self->overview_page);
  actions = self->plan->actions;
  summary = kez_actions_summarise (actions, &day);

  self->filling = TRUE;
  filters = kez_action_plan_page_add_group (self, self->overview_page, _("Every Action"), NULL);
  gtk_string_list_append (statuses, _("Any status"));
  gtk_string_list_append (statuses, _("Overdue"));
  for (guint i = 0; i < KEZ_N_ACTION_STATUSES; i++)
    gtk_string_list_append (statuses, kez_action_status_label (i));
  filter_row (self, filters, _("Status"), "status", statuses, self->status_filter);
  gtk_string_list_append (executor_names, _("Any executor"));
  for (guint i = 0; i < summary->len; i++)
    {
      const char *name = g_array_index (summary, KezExecutorSummary, i).executor;

      gtk_string_list_append (executor_names, name);
      if (g_strcmp0 (name, self->executor_filter) == 0)
        executor_selected = i + 1;
    }
  filter_row (self, filters, _("Executor"), "executor", executor_names, executor_selected);
  for (guint i = 0; i < self->meeting_ids->len; i++)
    {
      GtkStringObject *item = g_list_model_get_item (gtk_drop_down_get_model (self->view_choice),
                                                     i);

      gtk_string_list_append (meetings, i == 0 ? _("Any meeting")
                                               : gtk_string_object_get_string (item));
      if (g_array_index (self->meeting_ids, gint64, i) == self->meeting_filter)
        meeting_selected = i;
      g_object_unref (item);
    }
  filter_row (self, filters, _("Meeting"), "meeting", meetings, meeting_selected);
  self->filling = FALSE;

  executors = kez_action_plan_page_add_group (self, self->overview_page, _("By Executor"),
                         _("Done on time, done late, overdue and still open."));
  for (guint i = 0; i < summary->len; i++)
    {
      const KezExecutorSummary *one = &g_array_index (summary, KezExecutorSummary, i);
      g_autofree char *counts =
        /* Translators: counts of actions of one executor */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%1$u action: %2$u done on time, %3$u done late, "
                                      "%4$u overdue, %5$u open",
                                      "%1$u actions: %2$u done on time, %3$u done late, "
                                      "%4$u overdue, %5$u open", one->total),
                         one->total, one->done_on_time, one->done_late, one->overdue, one->open);
      GtkWidget *row = kez_text_row_new (one->executor, counts);

      if (one->overdue > 0)
        kez_text_row_mark_overdue (row);
      adw_preferences_group_add (executors, row);
    }
  if (summary->len == 0)
    adw_preferences_group_add (executors, kez_text_row_new (_("No actions yet"), NULL));

  list = kez_action_plan_page_add_group (self, self->overview_page, _("Actions, Overdue First"), NULL);
  for (guint i = 0; i < actions->len; i++)
    {
      const KezActionFields *action = &g_array_index (actions, KezActionFields, i);

      if (!passes (self, action, &day))
        continue;
      adw_preferences_group_add (list, kez_action_plan_page_action_row (self, action, &day, TRUE));
      shown++;
    }
  if (shown == 0)
    adw_preferences_group_add (list, kez_text_row_new (_("No actions match"), NULL));
}
