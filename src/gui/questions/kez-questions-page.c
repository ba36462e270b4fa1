/* kez-questions-page.c
 *
 * The list is a KezQuestionList: ids only, rows read as they scroll into view, so 100,000
 * questions open and filter quickly; its table's columns are in kez-questions-page-table.c. The list's rows are positions (see kez-question-list.c),
 * so the selection is cleared whenever what is at them may change: a new filter, or a change
 * in the store. Triage is in kez-questions-page-triage.c, the charts in
 * kez-questions-page-analysis.c.
 *
 * The summary counts as the charts do: the questions, not the merged duplicates among the
 * rows (which are counted with the question they were merged into), and the citizens behind
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-questions-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-accessible.h"
#include "kez-column-sort.h"
#include "kez-file-drop.h"
#include "kez-import-dialog.h"
#include "kez-meetings.h"
#include "kez-question-dialog.h"
#include "kez-question-labels.h"
#include "kez-questions-page-private.h"
#include "kez-questions.h"
#include "kez-toast.h"
#include "kez-workbook-export-dialog.h"

G_DEFINE_FINAL_TYPE (KezQuestionsPage, kez_questions_page, GTK_TYPE_WIDGET)

static void kez_questions_page_map (GtkWidget *widget);

GtkWindow *
kez_questions_page_window (KezQuestionsPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

void
kez_questions_page_toast (KezQuestionsPage *self,
                          AdwToast         *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  kez_toast_add (GTK_WIDGET (root), message);
}

/* The filters */

static void
filter_from_widgets (KezQuestionsPage  *self,
                     KezQuestionFilter *filter)
{
  guint status = gtk_drop_down_get_selected (self->status_filter);
  guint channel = gtk_drop_down_get_selected (self->channel_filter);
  guint region = gtk_drop_down_get_selected (self->region_filter);
  guint topic = gtk_drop_down_get_selected (self->topic_filter);
  guint meeting = gtk_drop_down_get_selected (self->meeting_filter);

  kez_question_filter_init (filter);
  if (status != GTK_INVALID_LIST_POSITION && status > 0)
    filter->status = status - 1;
  if (channel != GTK_INVALID_LIST_POSITION && channel > 0)
    filter->channel = channel - 1;
  if (region < self->region_codes->len)
    filter->region_code = g_strdup (g_ptr_array_index (self->region_codes, region));
  if (topic < self->topics->len)
    filter->topic = g_strdup (g_ptr_array_index (self->topics, topic));
  if (meeting < self->meeting_ids->len)
    filter->meeting_id = g_array_index (self->meeting_ids, gint64, meeting);
  filter->week = g_strdup (self->week);
  filter->search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (self->column_view != NULL)
    {
      int sort;

      if (kez_column_sort_get (self->column_view, &sort, &filter->descending))
        filter->sort = sort;
    }
}

static gboolean
filters_are_clear (KezQuestionsPage *self)
{
  const KezQuestionFilter *filter = kez_question_list_get_filter (self->list);
  g_autofree char *query = kez_fts_query_from_words (filter->search);

  return filter->status < 0 && filter->channel < 0 && filter->region_code == NULL &&
         filter->topic == NULL && filter->meeting_id == 0 && filter->week == NULL &&
         query == NULL;
}

void
kez_questions_page_update_summary (KezQuestionsPage *self)
{
  guint rows = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  guint merged = kez_question_list_get_n_merged (self->list);
  guint n = rows - merged;
  guint64 citizens = kez_question_list_get_n_citizens (self->list);
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  guint64 n_selected = gtk_bitset_get_size (selected);
  g_autofree char *questions = NULL;
  g_autofree char *people = NULL;
  g_autofree char *citizens_text = g_strdup_printf ("%" G_GUINT64_FORMAT, citizens);
  g_autofree char *text = NULL;
  gboolean any = n_selected > 0;

  questions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question",
                                            "%1$u questions", n), n);
  if (merged > 0)
    {
      g_autofree char *plain = g_steal_pointer (&questions);

      /* Translators: "120 questions (4 merged duplicates listed too)" */
      questions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%1$s (%2$u merged duplicate listed too)",
                                                "%1$s (%2$u merged duplicates listed too)",
                                                merged), plain, merged);
    }
  /* Translators: the citizens behind the questions listed, duplicates counted in */
  people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s citizen", "%1$s citizens",
                                         citizens > 1000000 ? 1000000 : citizens),
                            citizens_text);
  if (any)
    {
      g_autofree char *chosen = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u selected",
                                                              "%1$u selected", n_selected),
                                                 (guint) n_selected);

      /* Translators: "3 selected · 120 questions · 134 citizens" */
      text = g_strdup_printf (_("%1$s · %2$s · %3$s"), chosen, questions, people);
    }
  else
    /* Translators: "120 questions · 134 citizens" */
    text = g_strdup_printf (_("%1$s · %2$s"), questions, people);
  gtk_label_set_label (self->summary_label, text);

  kez_questions_page_update_triage (self, n_selected);

  /* While an answer is on its way, the page stays as it is (at first, the list, empty: that
   * is not "no questions yet"). */
  if (rows > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (!kez_question_list_is_loading (self->list))
    gtk_stack_set_visible_child_name (self->list_stack,
                                      filters_are_clear (self) ? "empty" : "no-match");
}

static void
update_week_button (KezQuestionsPage *self)
{
  GDate monday;

  gtk_widget_set_visible (GTK_WIDGET (self->week_button), self->week != NULL);
  if (self->week != NULL && kez_date_parse_iso (self->week, &monday))
    {
      GDate sunday = monday;
      g_autofree char *label = NULL;

      g_date_add_days (&sunday, 6);
      /* Translators: a week, as "05.01–11.01"; the button shows only it, × clears it */
      label = g_strdup_printf (_("Week %1$02u.%2$02u–%3$02u.%4$02u ×"),
                               g_date_get_day (&monday), g_date_get_month (&monday),
                               g_date_get_day (&sunday), g_date_get_month (&sunday));
      gtk_button_set_label (self->week_button, label);
    }
}

void
kez_questions_page_apply_filter (KezQuestionsPage *self)
{
  KezQuestionFilter filter;

  if (self->filling || self->list == NULL)
    return;
  /* The selection is of positions: the questions there are about to change. */
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->list_scroller), 0);
  filter_from_widgets (self, &filter);
  kez_question_list_set_filter (self->list, &filter);
  kez_question_filter_clear (&filter);
  update_week_button (self);
  kez_questions_page_update_summary (self);
  kez_questions_page_schedule_charts (self);
}

void
kez_questions_page_select_value (GtkDropDown *drop_down,
              GPtrArray   *values,
              const char  *value)
{
  for (guint i = 0; i < values->len; i++)
    if (g_strcmp0 (g_ptr_array_index (values, i), value) == 0)
      {
        gtk_drop_down_set_selected (drop_down, i);
        return;
      }
  gtk_drop_down_set_selected (drop_down, 0);
}

/* Topics change with triage; the one chosen stays chosen while it exists. */
static void
fill_topics (KezQuestionsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->topic_filter);
  g_autofree char *chosen = selected < self->topics->len
                              ? g_strdup (g_ptr_array_index (self->topics, selected)) : NULL;
  g_auto(GStrv) topics = kez_questions_list_topics (self->store);
  GtkStringList *labels = gtk_string_list_new (NULL);

  self->filling = TRUE;
  g_ptr_array_set_size (self->topics, 0);
  gtk_string_list_append (labels, _("All topics"));
  g_ptr_array_add (self->topics, NULL);
  gtk_string_list_append (labels, _("No topic"));
  g_ptr_array_add (self->topics, g_strdup (""));
  for (guint i = 0; topics[i] != NULL; i++)
    {
      gtk_string_list_append (labels, topics[i]);
      g_ptr_array_add (self->topics, g_strdup (topics[i]));
    }
  gtk_drop_down_set_model (self->topic_filter, G_LIST_MODEL (labels));
  g_object_unref (labels);
  kez_questions_page_select_value (self->topic_filter, self->topics, chosen);
  self->filling = FALSE;
  kez_questions_page_size_columns (self);
}

/**
 * kez_questions_page_meeting_label:
 *
 * Returns: (transfer none): the meeting as the list names it: its day and leader
 */
const char *
kez_questions_page_meeting_label (KezQuestionsPage *self,
                                  gint64            meeting_id)
{
  const char *label = g_hash_table_lookup (self->meeting_labels, &meeting_id);

  return label != NULL ? label : "";
}

/* Every meeting, whichever year: a question of last year keeps its meeting. */
static void
fill_meeting_labels (KezQuestionsPage *self)
{
  g_autoptr(GListModel) meetings = NULL;
  GDate first, last;

  g_hash_table_remove_all (self->meeting_labels);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 2000);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 2100);
  meetings = kez_meetings_list_range (self->store, &first, &last);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);
      const KezMeetingFields *fields = kez_meeting_get_fields (meeting);
      gint64 *id = g_new (gint64, 1);
      g_auto(GStrv) names = g_strsplit (fields->leader_name, " ", 2);

      *id = fields->id;
      /* The day and the leader's surname: enough to tell a year's meetings apart. */
      g_hash_table_insert (self->meeting_labels, id,
                           g_strdup_printf ("%02u.%02u.%04u %s", g_date_get_day (&fields->date),
                                            g_date_get_month (&fields->date),
                                            g_date_get_year (&fields->date),
                                            names[0] != NULL ? names[0] : ""));
    }
}

static void
fill_meetings (KezQuestionsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->meeting_filter);
  gint64 chosen = selected < self->meeting_ids->len
                    ? g_array_index (self->meeting_ids, gint64, selected) : 0;
  GtkStringList *labels = gtk_string_list_new (NULL);
  gint64 any = 0, none = -1;

  fill_meeting_labels (self);
  self->filling = TRUE;
  g_array_set_size (self->meeting_ids, 0);
  gtk_string_list_append (labels, _("All meetings"));
  g_array_append_val (self->meeting_ids, any);
  gtk_string_list_append (labels, _("Not given to a meeting"));
  g_array_append_val (self->meeting_ids, none);
  kez_meeting_choices_fill (self->store, labels, self->meeting_ids);
  gtk_drop_down_set_model (self->meeting_filter, G_LIST_MODEL (labels));
  g_object_unref (labels);
  gtk_drop_down_set_selected (self->meeting_filter, 0);
  for (guint i = 0; i < self->meeting_ids->len; i++)
    if (g_array_index (self->meeting_ids, gint64, i) == chosen)
      gtk_drop_down_set_selected (self->meeting_filter, i);
  self->filling = FALSE;
  kez_questions_page_size_columns (self);
}

static void
fill_fixed_filters (KezQuestionsPage *self)
{
  GtkStringList *statuses = gtk_string_list_new (NULL);
  GtkStringList *channels = gtk_string_list_new (NULL);
  GtkStringList *region_names = gtk_string_list_new (NULL);

  self->filling = TRUE;
  gtk_string_list_append (statuses, _("All statuses"));
  for (guint i = 0; i < KEZ_N_QUESTION_STATUSES; i++)
    gtk_string_list_append (statuses, kez_question_status_label (i));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));

  gtk_string_list_append (channels, _("All channels"));
  for (guint i = 0; i < KEZ_N_CHANNELS; i++)
    gtk_string_list_append (channels, kez_channel_label (i));
  gtk_drop_down_set_model (self->channel_filter, G_LIST_MODEL (channels));

  g_ptr_array_set_size (self->region_codes, 0);
  gtk_string_list_append (region_names, _("All regions"));
  g_ptr_array_add (self->region_codes, NULL);
  gtk_string_list_append (region_names, _("Region not given"));
  g_ptr_array_add (self->region_codes, g_strdup (""));
  kez_region_choices_fill (self->store, region_names, self->region_codes);
  gtk_drop_down_set_model (self->region_filter, G_LIST_MODEL (region_names));

  g_object_unref (statuses);
  g_object_unref (channels);
  g_object_unref (region_names);
  self->filling = FALSE;
}

static void
action_new (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (kez_question_dialog_new (kez_questions_page_window (self), self->store)));
}

static void
action_import (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);

  if (self->store != NULL)
    kez_import_dialog_run (kez_questions_page_window (self), self->store, KEZ_IMPORT_QUESTIONS);
}

/* A CSV file or a workbook dropped on the page: its questions, previewed. */
static void
questions_dropped (GtkWidget *page,
                   GFile     *file)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (page);

  if (self->store != NULL)
    kez_import_dialog_open (kez_questions_page_window (self), self->store,
                            KEZ_IMPORT_QUESTIONS, file);
}

/* The register of the meeting the list is filtered on, or of every question. */
static void
action_export (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  gint64 meeting = self->list != NULL ? kez_question_list_get_filter (self->list)->meeting_id : 0;

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (kez_workbook_export_dialog_new (kez_questions_page_window (self),
                                                                    self->store,
                                                                    KEZ_WORKBOOK_QUESTIONS,
                                                                    MAX (meeting, 0))));
}

static void
action_search (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (KEZ_QUESTIONS_PAGE (widget)->search_entry));
}

static void
action_clear_week (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);

  g_clear_pointer (&self->week, g_free);
  kez_questions_page_apply_filter (self);
}

static void
action_clear_filters (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_filter, 0);
  gtk_drop_down_set_selected (self->channel_filter, 0);
  gtk_drop_down_set_selected (self->region_filter, 0);
  gtk_drop_down_set_selected (self->topic_filter, 0);
  gtk_drop_down_set_selected (self->meeting_filter, 0);
  g_clear_pointer (&self->week, g_free);
  self->filling = FALSE;
  kez_questions_page_apply_filter (self);
}

/* Returns: (transfer none) (nullable): the questions listed, once the page has a store */
KezQuestionList *
kez_questions_page_get_list (KezQuestionsPage *self)
{
  g_return_val_if_fail (KEZ_IS_QUESTIONS_PAGE (self), NULL);
  return self->list;
}

static void
set_up_list (KezQuestionsPage *self)
{
  self->list = kez_question_list_new (self->store);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  kez_questions_page_set_up_table (self);
  kez_questions_page_set_up_triage (self);

  gtk_scrolled_window_set_child (self->list_scroller, GTK_WIDGET (self->column_view));
  g_signal_connect_swapped (self->selection, "selection-changed",
                            G_CALLBACK (kez_questions_page_update_summary), self);
  g_signal_connect_swapped (self->list, "updated",
                            G_CALLBACK (kez_questions_page_update_summary), self);
}

/* The store */

static void
store_changed (KezQuestionsPage *self,
               const char       *what)
{
  if (g_str_equal (what, "questions"))
    {
      /* The rows now show the questions at their positions, which may be others: a triage
       * action selects the row it wants afterwards. */
      gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
      fill_topics (self);
      kez_questions_page_update_summary (self);
      kez_questions_page_schedule_charts (self);
    }
  else if (g_str_equal (what, "meetings"))
    fill_meetings (self);
}

static void
kez_questions_page_dispose (GObject *object)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (object);

  g_clear_handle_id (&self->charts_idle, g_source_remove);
  g_cancellable_cancel (self->dialog_opening);
  g_clear_pointer (&self->dialog_reader, kez_store_reader_free);
  g_clear_object (&self->dialog_opening);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_QUESTIONS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->store);
  g_clear_pointer (&self->names, kez_names_free);
  g_clear_pointer (&self->undo_steps, g_ptr_array_unref);
  g_clear_pointer (&self->meeting_labels, g_hash_table_unref);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_pointer (&self->topics, g_ptr_array_unref);
  g_clear_pointer (&self->meeting_ids, g_array_unref);
  g_clear_pointer (&self->week, g_free);

  G_OBJECT_CLASS (kez_questions_page_parent_class)->dispose (object);
}

static void
kez_questions_page_class_init (KezQuestionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_questions_page_dispose;
  widget_class->map = kez_questions_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/kez-questions-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KezQuestionsPage, name)
  BIND (content);
  BIND (search_entry);
  BIND (analysis_button);
  BIND (status_filter);
  BIND (channel_filter);
  BIND (region_filter);
  BIND (topic_filter);
  BIND (meeting_filter);
  BIND (week_button);
  BIND (list_stack);
  BIND (list_scroller);
  BIND (main_view);
  BIND (chart_grid);
  BIND (summary_label);
#undef BIND

  kez_questions_page_install_triage (widget_class);
  gtk_widget_class_install_action (widget_class, "questions.new", NULL, action_new);
  gtk_widget_class_install_action (widget_class, "questions.import", NULL, action_import);
  gtk_widget_class_install_action (widget_class, "questions.search", NULL, action_search);
  gtk_widget_class_install_action (widget_class, "questions.export", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "questions.clear-week", NULL,
                                   action_clear_week);
  gtk_widget_class_install_action (widget_class, "questions.clear-filters", NULL,
                                   action_clear_filters);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "questions.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "questions.search", NULL);
}

static void
kez_questions_page_init (KezQuestionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kez_file_drop_attach (GTK_WIDGET (self), questions_dropped);
  kez_accessible_name_drop_down (self->status_filter, _("Status"));
  kez_accessible_name_drop_down (self->channel_filter, _("Channel"));
  kez_accessible_name_drop_down (self->region_filter, _("Region"));
  kez_accessible_name_drop_down (self->topic_filter, _("Topic"));
  kez_accessible_name_drop_down (self->meeting_filter, _("Meeting"));

  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->topics = g_ptr_array_new_with_free_func (g_free);
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->meeting_labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  kez_questions_page_add_charts (self);

  /* A search answers within a frame of the key (kez-question-list.c): GTK's wait for more
   * typing would be most of what the planner waits for. */
  gtk_search_entry_set_search_delay (self->search_entry, 0);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (kez_questions_page_apply_filter),
                            self);
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (kez_questions_page_apply_filter),
                            self);
  g_signal_connect_swapped (self->channel_filter, "notify::selected", G_CALLBACK (kez_questions_page_apply_filter),
                            self);
  g_signal_connect_swapped (self->region_filter, "notify::selected", G_CALLBACK (kez_questions_page_apply_filter),
                            self);
  g_signal_connect_swapped (self->topic_filter, "notify::selected", G_CALLBACK (kez_questions_page_apply_filter),
                            self);
  g_signal_connect_swapped (self->meeting_filter, "notify::selected", G_CALLBACK (kez_questions_page_apply_filter),
                            self);
  kez_questions_page_update_triage (self, 0);
}

/* The questions are read when the page is first shown, not when the window opens: with a
 * year's worth of them the schedule, shown first, would otherwise wait for them. */
static void
load (KezQuestionsPage *self)
{
  if (self->list != NULL || self->store == NULL)
    return;
  self->names = kez_names_new (self->store);
  fill_fixed_filters (self);
  fill_topics (self);
  fill_meetings (self);
  set_up_list (self);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed), self,
                           G_CONNECT_SWAPPED);
  kez_questions_page_update_summary (self);
  kez_questions_page_schedule_charts (self);
}

static void
kez_questions_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kez_questions_page_parent_class)->map (widget);
  load (KEZ_QUESTIONS_PAGE (widget));
}

void
kez_questions_page_set_store (KezQuestionsPage *self,
                              KezStore         *store)
{
  g_return_if_fail (KEZ_IS_QUESTIONS_PAGE (self));
  g_return_if_fail (KEZ_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  /* What the server would refuse is not offered (kez_store_may()): a viewer reads and
   * exports. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.new",
                                 kez_store_may (store, "INSERT", "questions", NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.import",
                                 kez_store_may (store, "INSERT", "questions", NULL));
  kez_questions_page_update_triage (self, 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load (self);
}
