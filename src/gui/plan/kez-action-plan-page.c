/* kez-action-plan-page.c
 *
 * Two views, chosen at the top: the overview of every action across meetings (overdue first,
 * filtered by status, executor and meeting, with a summary per executor), and one meeting's
 * plan: when its results are due and whether they are published, the next quarterly report,
 * and its problems with their actions. Both are rebuilt from the store when it changes; a
 * ministry's plans run to hundreds of actions, not thousands, so rows are made outright.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-action-plan-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-accessible.h"
#include "kez-action-dialog.h"
#include "kez-action-labels.h"
#include "kez-action-plan-page-private.h"
#include "kez-action-plan-read.h"
#include "kez-actions.h"
#include "kez-drop-down.h"
#include "kez-export-choice.h"
#include "kez-import-values.h"
#include "kez-kazakhstan-time.h"
#include "kez-meeting-labels.h"
#include "kez-meetings.h"
#include "kez-menu-reason.h"
#include "kez-problem-dialog.h"
#include "kez-problems.h"
#include "kez-progress-import-dialog.h"
#include "kez-publication-print.h"
#include "kez-publication-record-dialog.h"
#include "kez-publication-rows.h"
#include "kez-publish-dialog.h"
#include "kez-store-reader.h"
#include "kez-text-row.h"
#include "kez-toast.h"
#include "kez-workbook-export-dialog.h"

G_DEFINE_FINAL_TYPE (KezActionPlanPage, kez_action_plan_page, GTK_TYPE_WIDGET)


static GtkWindow *
parent_window (KezActionPlanPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

void
kez_action_plan_page_today (GDate *day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  kez_action_today (now, day);
}

static gint64
chosen_meeting (KezActionPlanPage *self)
{
  guint position = gtk_drop_down_get_selected (self->view_choice);

  return position < self->meeting_ids->len ? g_array_index (self->meeting_ids, gint64, position)
                                           : 0;
}

AdwPreferencesGroup *
kez_action_plan_page_add_group (KezActionPlanPage  *self,
                                AdwPreferencesPage *page,
                                const char         *title,
                                const char         *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (page, group);
  g_ptr_array_add (self->groups[page == self->meeting_page], group);
  return group;
}

void
kez_action_plan_page_clear (KezActionPlanPage  *self,
                            AdwPreferencesPage *page)
{
  GPtrArray *groups = self->groups[page == self->meeting_page];

  for (guint i = 0; i < groups->len; i++)
    adw_preferences_page_remove (page, g_ptr_array_index (groups, i));
  g_ptr_array_set_size (groups, 0);
}

static void
action_row_activated (AdwActionRow      *row,
                      KezActionPlanPage *self)
{
  gint64 problem = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "problem"));
  gint64 action = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "action"));

  kez_action_dialog_open (parent_window (self), self->store, self->reader,
                          kez_action_plan_page_opening (self), problem, action);
}

GtkWidget *
kez_action_plan_page_action_row (KezActionPlanPage     *self,
                                 const KezActionFields *action,
                                 const GDate           *day,
                                 gboolean               with_problem)
{
  g_autofree char *subtitle = kez_action_describe (action, day);
  GtkWidget *row;

  if (with_problem)
    {
      gboolean kazakh = kez_language_from_locale () == KEZ_LANGUAGE_KK;
      const char *title = kazakh ? action->problem_title_kk : action->problem_title_ru;
      g_autofree char *with = NULL;

      if (title[0] == '\0')
        title = kazakh ? action->problem_title_ru : action->problem_title_kk;
      with = g_strdup_printf ("%s\n%s", subtitle, title);

      row = kez_text_row_new (action->description, with);
    }
  else
    row = kez_text_row_new (action->description, subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  if (kez_action_is_overdue (action, day))
    kez_text_row_mark_overdue (row);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "problem", GSIZE_TO_POINTER (action->problem_id));
  g_object_set_data (G_OBJECT (row), "action", GSIZE_TO_POINTER (action->id));
  g_signal_connect (row, "activated", G_CALLBACK (action_row_activated), self);
  return row;
}

/* A dialog opens once what it shows is read; asked for another before that (a second
 * click), only the last opens, and none once the page is gone. */
GCancellable *
kez_action_plan_page_opening (KezActionPlanPage *self)
{
  g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  self->opening = g_cancellable_new ();
  return self->opening;
}

/* One meeting */

static void
add_action_clicked (GtkButton         *button,
                    KezActionPlanPage *self)
{
  gint64 problem = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "problem"));

  kez_action_dialog_open (parent_window (self), self->store, self->reader,
                          kez_action_plan_page_opening (self), problem, 0);
}

static void
edit_problem_clicked (GtkButton         *button,
                      KezActionPlanPage *self)
{
  gint64 problem_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "problem"));

  if (self->plan != NULL && self->plan->meeting != NULL)
    kez_problem_dialog_open (parent_window (self), self->store, self->reader,
                             kez_action_plan_page_opening (self),
                             kez_meeting_get_fields (self->plan->meeting)->id, problem_id,
                             NULL, 0);
}

static void
delete_problem_answered (AdwMessageDialog  *confirm,
                         const char        *response,
                         KezActionPlanPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 problem = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (confirm), "problem"));

  if (g_str_equal (response, "delete") &&
      !kez_problems_delete (self->store, problem, &error))
    kez_toast_add (GTK_WIDGET (self), adw_toast_new (error->message));
}

static void
delete_problem_clicked (GtkButton         *button,
                        KezActionPlanPage *self)
{
  GtkWidget *confirm = adw_message_dialog_new (parent_window (self), _("Delete the Problem?"),
                                               _("Its actions and their progress notes go "
                                                 "with it; its questions become open again."));

  g_object_set_data (G_OBJECT (confirm), "problem",
                     g_object_get_data (G_OBJECT (button), "problem"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (confirm), "cancel", _("Cancel"),
                                    "delete", _("Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (confirm), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
  g_signal_connect_object (confirm, "response", G_CALLBACK (delete_problem_answered), self, 0);
  gtk_window_present (GTK_WINDOW (confirm));
}

static const char *
problem_title (const KezProblemFields *problem)
{
  gboolean kazakh = kez_language_from_locale () == KEZ_LANGUAGE_KK;
  const char *first = kazakh ? problem->title_kk : problem->title_ru;

  return first[0] != '\0' ? first : (kazakh ? problem->title_ru : problem->title_kk);
}

static const char *
problem_description (const KezProblemFields *problem)
{
  gboolean kazakh = kez_language_from_locale () == KEZ_LANGUAGE_KK;
  const char *first = kazakh ? problem->description_kk : problem->description_ru;

  return first[0] != '\0' ? first : (kazakh ? problem->description_ru : problem->description_kk);
}

static void
show_meeting (KezActionPlanPage *self)
{
  KezMeeting *meeting = self->plan->meeting;
  GArray *problems = self->plan->problems;
  GDate day;

  kez_action_plan_page_clear (self, self->meeting_page);
  if (meeting == NULL)
    return;
  kez_action_plan_page_today (&day);
  kez_publication_rows_fill (kez_action_plan_page_add_group (self, self->meeting_page, _("Publication"),
                                       _("Point 3.7: the results, the problems and the action "
                                         "plan within ten days of the meeting’s last event; "
                                         "progress every quarter.")),
                             self->plan->rules, meeting, &day);

  for (guint i = 0; i < problems->len; i++)
    {
      const KezProblemFields *problem = &g_array_index (problems, KezProblemFields, i);
      GArray *actions = g_ptr_array_index (self->plan->problem_actions, i);
      g_autofree char *counts =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question", "%1$u questions",
                                      problem->n_questions), problem->n_questions);
      g_autofree char *citizens =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u citizen", "%1$u citizens",
                                      problem->n_citizens), problem->n_citizens);
      const char *description = problem_description (problem);
      g_autofree char *about = description[0] != '\0'
                                 ? g_strdup_printf ("%s\n%s · %s", description, counts, citizens)
                                 : g_strdup_printf ("%s · %s", counts, citizens);
      AdwPreferencesGroup *group = kez_action_plan_page_add_group (self, self->meeting_page, problem_title (problem),
                                              about);
      GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      GtkWidget *change = gtk_button_new_from_icon_name ("document-edit-symbolic");
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *change_label = g_strdup_printf (_("Edit the Problem “%1$s”"),
                                                       problem_title (problem));
      g_autofree char *add_label = g_strdup_printf (_("Add an Action to “%1$s”"),
                                                    problem_title (problem));
      g_autofree char *remove_label = g_strdup_printf (_("Delete the Problem “%1$s”"),
                                                       problem_title (problem));

      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (add, _("Add an Action"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      add_label, -1);
      g_object_set_data (G_OBJECT (add), "problem", GSIZE_TO_POINTER (problem->id));
      g_signal_connect (add, "clicked", G_CALLBACK (add_action_clicked), self);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Delete the Problem"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_label, -1);
      g_object_set_data (G_OBJECT (remove), "problem", GSIZE_TO_POINTER (problem->id));
      g_signal_connect (remove, "clicked", G_CALLBACK (delete_problem_clicked), self);
      gtk_widget_add_css_class (change, "flat");
      gtk_widget_set_valign (change, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (change, _("Edit the Problem"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (change), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      change_label, -1);
      g_object_set_data (G_OBJECT (change), "problem", GSIZE_TO_POINTER (problem->id));
      g_signal_connect (change, "clicked", G_CALLBACK (edit_problem_clicked), self);
      gtk_box_append (GTK_BOX (buttons), remove);
      gtk_box_append (GTK_BOX (buttons), change);
      gtk_box_append (GTK_BOX (buttons), add);
      adw_preferences_group_set_header_suffix (group, buttons);

      for (guint j = 0; j < actions->len; j++)
        adw_preferences_group_add (group, kez_action_plan_page_action_row (self, &g_array_index (actions,
                                                                             KezActionFields, j),
                                                      &day, FALSE));
      if (actions->len == 0)
        adw_preferences_group_add (group,
                                   kez_text_row_new (_("No actions yet: add what will be done, "
                                                       "by whom and by when"), NULL));
    }
  if (problems->len == 0)
    {
      AdwPreferencesGroup *group = kez_action_plan_page_add_group (self, self->meeting_page, _("Problems"), NULL);

      adw_preferences_group_add (group,
                                 kez_text_row_new (_("No problems yet"),
                                                   _("Group the questions the meeting left "
                                                     "open into problems with New Problem.")));
    }
}

/* The choice of view: the overview, or a meeting of last year, this year or next. */
static void
fill_view_choice (KezActionPlanPage *self)
{
  GListModel *meetings = self->plan->meetings;
  GtkStringList *labels = gtk_string_list_new (NULL);
  gint64 chosen = chosen_meeting (self), overview = 0;

  self->filling = TRUE;
  g_array_set_size (self->meeting_ids, 0);
  gtk_string_list_append (labels, _("All Actions"));
  g_array_append_val (self->meeting_ids, overview);
  /* The latest first: the meeting just held is the one being planned. */
  for (guint i = g_list_model_get_n_items (meetings); i > 0; i--)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i - 1);
      const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
      g_autofree char *date = NULL;
      g_autofree char *label = NULL;

      if (fields->status == KEZ_STATUS_CANCELLED)
        continue;
      date = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&fields->date),
                              g_date_get_month (&fields->date), g_date_get_year (&fields->date));
      label = g_strdup_printf ("%s · %s · %s", date, fields->leader_name,
                               kez_names_region (self->names, fields->region_code));
      gtk_string_list_append (labels, label);
      g_array_append_val (self->meeting_ids, fields->id);
    }
  gtk_drop_down_set_model (self->view_choice, G_LIST_MODEL (labels));
  g_object_unref (labels);
  for (guint i = 0; i < self->meeting_ids->len; i++)
    if (g_array_index (self->meeting_ids, gint64, i) == chosen)
      gtk_drop_down_set_selected (self->view_choice, i);
  self->filling = FALSE;
}

/* What New Problem and the meeting's results do, or, while they cannot, why not: a button
 * greyed out without a word leaves the planner guessing. */
static void
explain_meeting_actions (KezActionPlanPage *self,
                     gboolean           enabled)
{
  const char *tip = enabled ? _("Group questions of the meeting into a problem")
                            : _("Choose a meeting above first: a problem is made of the "
                                "questions of one meeting");

  gtk_widget_set_tooltip_text (self->new_problem_button, tip);
  gtk_widget_set_tooltip_text (self->new_problem_icon, tip);
  /* The meeting's results in the menus, greyed out the same while no meeting is chosen. */
  kez_menu_reason_set (self->publish_menu, 0,
                       enabled ? NULL : _("Choose a meeting above to publish its results"));
  kez_menu_reason_set (self->export_menu, 0,
                       enabled ? NULL : _("Choose a meeting above to export its results"));
}

static void read_plan (KezActionPlanPage *self);

/* Shows the chosen view from what was read; a meeting other than the one read is read
 * first. */
void
kez_action_plan_page_refresh (KezActionPlanPage *self)
{
  gint64 meeting = chosen_meeting (self);

  if (self->store == NULL)
    return;
  /* What the server would refuse is not offered (kez_store_may()). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.new-problem",
                                 meeting > 0 && kez_store_may (self->store, "INSERT", "problems",
                                                               NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.import-progress",
                                 kez_store_may (self->store, "UPDATE", "actions", NULL));
  explain_meeting_actions (self, meeting > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.publish", meeting > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.publish-results", meeting > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.print-results", meeting > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.export-results", meeting > 0);
  if (self->plan == NULL || (meeting > 0 && self->plan->meeting_id != meeting))
    {
      read_plan (self);
      return;
    }
  /* The view not shown is emptied: its rows would only be found again by a screen reader. */
  if (meeting > 0)
    {
      kez_action_plan_page_clear (self, self->overview_page);
      show_meeting (self);
      gtk_stack_set_visible_child_name (self->stack, "meeting");
    }
  else if (self->meeting_ids->len <= 1)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    {
      kez_action_plan_page_clear (self, self->meeting_page);
      kez_action_plan_page_show_overview (self);
      gtk_stack_set_visible_child_name (self->stack, "overview");
    }
}

static gpointer
read_in_thread (KezStore  *reader,
                gpointer   data,
                GError   **error)
{
  GDate day;

  kez_action_plan_page_today (&day);
  return kez_action_plan_read (reader, *(gint64 *) data, &day);
}

static void
plan_read (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GError) error = NULL;
  KezActionPlanRead *plan = kez_store_reader_read_finish (result, &error);
  KezActionPlanPage *self = data;

  /* Cancelled: a newer read is on its way, or the page is gone. */
  if (plan == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The action plan could not be read: %s", error->message);
      return;
    }
  g_clear_pointer (&self->plan, kez_action_plan_read_free);
  self->plan = plan;
  fill_view_choice (self);
  kez_action_plan_page_refresh (self);
}

/* The meetings, the actions and the chosen meeting's problems, read by the page's reader off
 * the main thread: on a team server a read is a round trip. */
static void
read_plan (KezActionPlanPage *self)
{
  g_cancellable_cancel (self->reading);
  g_clear_object (&self->reading);
  self->reading = g_cancellable_new ();
  kez_store_reader_read_async (self->reader, read_in_thread,
                               g_memdup2 (&(gint64) { chosen_meeting (self) }, sizeof (gint64)),
                               g_free, (GDestroyNotify) kez_action_plan_read_free, self->reading,
                               plan_read, self);
}

static gboolean
refresh_idle (gpointer data)
{
  KezActionPlanPage *self = data;

  self->refresh_idle = 0;
  read_plan (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed (KezActionPlanPage *self,
               const char        *what)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_idle, self);
}

static void
view_chosen (KezActionPlanPage *self)
{
  if (!self->filling)
    kez_action_plan_page_refresh (self);
}

/* Actions */

static void
action_new_problem (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KezActionPlanPage *self = KEZ_ACTION_PLAN_PAGE (widget);

  kez_problem_dialog_open (parent_window (self), self->store, self->reader,
                           kez_action_plan_page_opening (self), chosen_meeting (self), 0, NULL,
                           0);
}

static void
action_publish (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KezActionPlanPage *self = KEZ_ACTION_PLAN_PAGE (widget);

  kez_publication_record_dialog_run (parent_window (self), self->store, chosen_meeting (self));
}

static void
action_import_progress (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KezActionPlanPage *self = KEZ_ACTION_PLAN_PAGE (widget);

  kez_progress_import_dialog_run (parent_window (self), self->store);
}

static void
action_publish_results (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KezActionPlanPage *self = KEZ_ACTION_PLAN_PAGE (widget);

  gtk_window_present (GTK_WINDOW (kez_publish_dialog_new (parent_window (self), self->store,
                                                          chosen_meeting (self))));
}

/* Printed in the workbooks' language (Preferences), straight to the print dialog. */
static void
action_print_results (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KezActionPlanPage *self = KEZ_ACTION_PLAN_PAGE (widget);
  KezExportLanguage chosen = kez_export_language_chosen ();
  g_autoptr(GError) error = NULL;
  KezPublication *publication;

  publication = kez_publication_of_results (self->store, chosen_meeting (self), chosen, &error);
  if (publication == NULL)
    {
      kez_toast_add (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  kez_publication_print (parent_window (self), publication, _("Results of the meeting"));
}

/* Every meeting's actions as they stand today, as the overview lists them. */
static void
action_print_plans (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KezActionPlanPage *self = KEZ_ACTION_PLAN_PAGE (widget);
  g_autoptr(GError) error = NULL;
  KezPublication *publication;
  GDate today;

  kez_kazakhstan_today (&today);
  publication = kez_publication_of_action_plan (self->store, &today,
                                                kez_export_language_chosen (), &error);
  if (publication == NULL)
    {
      kez_toast_add (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }
  kez_publication_print (parent_window (self), publication, _("Action plans"));
}

static void
action_export (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezActionPlanPage *self = KEZ_ACTION_PLAN_PAGE (widget);
  KezWorkbookKind kind = g_str_equal (action_name, "plan.export-results") ? KEZ_WORKBOOK_RESULTS
                       : g_str_equal (action_name, "plan.export-quarterly") ? KEZ_WORKBOOK_QUARTERLY
                       : g_str_equal (action_name, "plan.export-progress-form")
                           ? KEZ_WORKBOOK_PROGRESS_FORM
                       : g_str_equal (action_name, "plan.publish-quarterly")
                           ? KEZ_WORKBOOK_QUARTER_PUBLICATION
                       : KEZ_WORKBOOK_SUMMARY;

  gtk_window_present (GTK_WINDOW (kez_workbook_export_dialog_new (parent_window (self),
                                                                  self->store, kind,
                                                                  chosen_meeting (self))));
}

static void
kez_action_plan_page_map (GtkWidget *widget)
{
  KezActionPlanPage *self = KEZ_ACTION_PLAN_PAGE (widget);

  GTK_WIDGET_CLASS (kez_action_plan_page_parent_class)->map (widget);
  /* Overdue moves with the calendar: what is shown is as of the moment the page is shown. */
  store_changed (self, "");
}

static void
kez_action_plan_page_dispose (GObject *object)
{
  KezActionPlanPage *self = KEZ_ACTION_PLAN_PAGE (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_cancellable_cancel (self->reading);
  g_cancellable_cancel (self->opening);
  g_clear_object (&self->reading);
  g_clear_object (&self->opening);
  g_clear_pointer (&self->reader, kez_store_reader_free);
  g_clear_pointer (&self->plan, kez_action_plan_read_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_ACTION_PLAN_PAGE);
  g_clear_object (&self->store);
  g_clear_pointer (&self->names, kez_names_free);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->groups[0], g_ptr_array_unref);
  g_clear_pointer (&self->groups[1], g_ptr_array_unref);
  g_clear_pointer (&self->executor_filter, g_free);

  G_OBJECT_CLASS (kez_action_plan_page_parent_class)->dispose (object);
}

static void
kez_action_plan_page_class_init (KezActionPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_action_plan_page_dispose;
  widget_class->map = kez_action_plan_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/kez-action-plan-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, KezActionPlanPage, view_choice);
  gtk_widget_class_bind_template_child (widget_class, KezActionPlanPage, compact_menu_button);
  gtk_widget_class_bind_template_child (widget_class, KezActionPlanPage, new_problem_button);
  gtk_widget_class_bind_template_child (widget_class, KezActionPlanPage, new_problem_icon);
  gtk_widget_class_bind_template_child (widget_class, KezActionPlanPage, export_menu);
  gtk_widget_class_bind_template_child (widget_class, KezActionPlanPage, publish_menu);
  gtk_widget_class_bind_template_child (widget_class, KezActionPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, KezActionPlanPage, overview_page);
  gtk_widget_class_bind_template_child (widget_class, KezActionPlanPage, meeting_page);

  gtk_widget_class_install_action (widget_class, "plan.new-problem", NULL, action_new_problem);
  gtk_widget_class_install_action (widget_class, "plan.publish", NULL, action_publish);
  gtk_widget_class_install_action (widget_class, "plan.export-progress-form", NULL,
                                   action_export);
  gtk_widget_class_install_action (widget_class, "plan.publish-quarterly", NULL,
                                   action_export);
  gtk_widget_class_install_action (widget_class, "plan.import-progress", NULL,
                                   action_import_progress);
  gtk_widget_class_install_action (widget_class, "plan.publish-results", NULL,
                                   action_publish_results);
  gtk_widget_class_install_action (widget_class, "plan.print-results", NULL,
                                   action_print_results);
  gtk_widget_class_install_action (widget_class, "plan.print-plans", NULL, action_print_plans);
  gtk_widget_class_install_action (widget_class, "plan.export-results", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "plan.export-quarterly", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "plan.export-summary", NULL, action_export);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "plan.new-problem", NULL);
}

static void
kez_action_plan_page_init (KezActionPlanPage *self)
{
  g_autoptr(GMenu) export_and_publish = g_menu_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  kez_drop_down_let_shrink (self->view_choice);
  kez_accessible_name_drop_down (self->view_choice, _("Show"));
  g_menu_append_section (export_and_publish, _("Export"), self->export_menu);
  g_menu_append_section (export_and_publish, _("Publish"), self->publish_menu);
  gtk_menu_button_set_menu_model (self->compact_menu_button,
                                  G_MENU_MODEL (export_and_publish));

  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->groups[0] = g_ptr_array_new ();
  self->groups[1] = g_ptr_array_new ();
  g_signal_connect_swapped (self->view_choice, "notify::selected", G_CALLBACK (view_chosen),
                            self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.new-problem", FALSE);
  explain_meeting_actions (self, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.publish", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.publish-results", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.print-results", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.export-results", FALSE);
}

void
kez_action_plan_page_set_store (KezActionPlanPage *self,
                                KezStore          *store)
{
  g_return_if_fail (KEZ_IS_ACTION_PLAN_PAGE (self));
  g_return_if_fail (KEZ_IS_STORE (store));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->reader, kez_store_reader_free);
  self->reader = kez_store_reader_new (store);
  self->names = kez_names_new (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed), self,
                           G_CONNECT_SWAPPED);
}
