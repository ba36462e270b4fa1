/* kez-questions-page.c
 *
 * The list is a KezQuestionList: ids only, rows read as they scroll into view, so 100,000
 * questions open and filter quickly. Triage works on the selected rows, from the action bar or
 * from single keys while the list has the focus; each action can be undone from its toast or
 * with Ctrl+Z. After an action the selection moves to the row that took the place of the
 * first one acted on, so a planner can go down a list pressing A and R. The list's rows are
 * positions (see kez-question-list.c), so the selection is cleared whenever what is at them
 * may change: a new filter, or a change in the store.
 *
 * The charts take the list's place when Analysis is on. They count the questions the filters
 * select, each leaving out its own filter (the topic chart shows every topic within the other
 * filters); clicking a bar sets that filter and brings back the list. They are counted in an
 * idle after the list is shown, and only while visible.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-questions-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-accessible.h"
#include "kez-bar-chart.h"
#include "kez-choice-prompt.h"
#include "kez-collate.h"
#include "kez-meeting-labels.h"
#include "kez-meetings.h"
#include "kez-question-dialog.h"
#include "kez-import-dialog.h"
#include "kez-question-labels.h"
#include "kez-question-list.h"
#include "kez-question-stats.h"
#include "kez-question-triage.h"
#include "kez-questions-page.h"
#include "kez-questions.h"
#include "kez-window.h"
#include "kez-workbook-export-dialog.h"

typedef enum
{
  CHART_TOPIC,
  CHART_REGION,
  CHART_CHANNEL,
  CHART_WEEK,
  N_CHARTS
} Chart;

struct _KezQuestionsPage
{
  GtkWidget          parent_instance;

  KezStore          *store;
  KezNames          *names;
  KezQuestionList   *list;
  GtkMultiSelection *selection;
  GtkColumnView     *column_view;
  GPtrArray         *region_codes; /* region filter item → code; NULL for any, "" for none */
  GPtrArray         *topics;       /* topic filter item → topic; NULL for any, "" for none */
  GArray            *meeting_ids;  /* meeting filter item → id; 0 for any, -1 for none */
  char              *week;         /* the Monday of the week filtered on, or NULL */
  KezTriageUndo     *undo;         /* the last triage action, until undone */
  gboolean           filling;      /* filter lists are being rebuilt: ignore their changes */
  guint              charts_idle;
  KezBarChart       *charts[N_CHARTS];

  GtkWidget         *content;
  GtkSearchEntry    *search_entry;
  GtkToggleButton   *analysis_button;
  GtkDropDown       *status_filter;
  GtkDropDown       *channel_filter;
  GtkDropDown       *region_filter;
  GtkDropDown       *topic_filter;
  GtkDropDown       *meeting_filter;
  GtkButton         *week_button;
  GtkStack          *list_stack;
  GtkScrolledWindow *list_scroller;
  GtkStack          *main_view;
  GtkGrid           *chart_grid;
  GtkLabel          *summary_label;
};

G_DEFINE_FINAL_TYPE (KezQuestionsPage, kez_questions_page, GTK_TYPE_WIDGET)

static void schedule_charts (KezQuestionsPage *self);
static void kez_questions_page_map (GtkWidget *widget);
static void show_analysis (KezQuestionsPage *self);

static GtkWindow *
parent_window (KezQuestionsPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
toast (KezQuestionsPage *self,
       AdwToast         *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (KEZ_IS_WINDOW (root))
    kez_window_add_toast (KEZ_WINDOW (root), message);
  else
    g_object_unref (g_object_ref_sink (message));
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

static void
update_summary (KezQuestionsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
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

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.accept", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.reject", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.merge", n_selected > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.set-topic", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.set-region", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.undo", self->undo != NULL);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
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

static void
apply_filter (KezQuestionsPage *self)
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
  update_summary (self);
  schedule_charts (self);
}

static void
select_value (GtkDropDown *drop_down,
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
  select_value (self->topic_filter, self->topics, chosen);
  self->filling = FALSE;
}

static void
fill_meetings (KezQuestionsPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->meeting_filter);
  gint64 chosen = selected < self->meeting_ids->len
                    ? g_array_index (self->meeting_ids, gint64, selected) : 0;
  GtkStringList *labels = gtk_string_list_new (NULL);
  gint64 any = 0, none = -1;

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

/* The list */

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_RECEIVED,
  COLUMN_CHANNEL,
  COLUMN_REGION,
  COLUMN_TOPIC,
  COLUMN_STATUS,
  COLUMN_CITIZENS,
  COLUMN_TEXT,
} Column;

static char *
cell_text (KezQuestionsPage        *self,
           const KezQuestionFields *fields,
           Column                   column)
{
  switch (column)
    {
    case COLUMN_NUMBER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, fields->id);
    case COLUMN_RECEIVED:
      {
        GDate date;
        g_autofree char *day = g_strndup (fields->received_on, 10);

        if (!kez_date_parse_iso (day, &date))
          return g_strdup (fields->received_on);
        return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&date),
                                g_date_get_month (&date), g_date_get_year (&date));
      }
    case COLUMN_CHANNEL:
      return g_strdup (kez_channel_label (fields->channel));
    case COLUMN_REGION:
      return g_strdup (fields->region_code != NULL ? kez_names_region (self->names,
                                                                       fields->region_code)
                                                   : "");
    case COLUMN_TOPIC:
      return g_strdup (fields->topic);
    case COLUMN_STATUS:
      if (fields->status == KEZ_QUESTION_MERGED)
        {
          g_autofree char *into = g_strdup_printf ("%" G_GINT64_FORMAT, fields->merged_into);

          /* Translators: %1$s is the number of the question it was merged into */
          return g_strdup_printf (_("Merged into %1$s"), into);
        }
      return g_strdup (kez_question_status_label (fields->status));
    case COLUMN_CITIZENS:
      return g_strdup_printf ("%u", fields->citizens);
    case COLUMN_TEXT:
      {
        /* One line: the view shows the start, the dialog the whole. */
        g_autofree char *line = g_strdup (fields->text);

        g_strdelimit (line, "\r\n\t", ' ');
        return g_steal_pointer (&line);
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
show_cell (GtkLabel    *label,
           KezQuestion *question)
{
  KezQuestionsPage *self = g_object_get_data (G_OBJECT (label), "page");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "column"));
  const KezQuestionFields *fields = kez_question_get_fields (question);
  g_autofree char *text = cell_text (self, fields, column);

  gtk_label_set_label (label, text);
  if (column == COLUMN_STATUS)
    {
      static const char * const classes[] = {
        "question-new", "question-accepted", "question-rejected", "question-merged",
      };

      for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
        gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
      gtk_widget_add_css_class (GTK_WIDGET (label), kez_question_status_css_class (fields->status));
    }
}

static void
question_changed (KezQuestion *question,
                  GParamSpec  *pspec,
                  GtkLabel    *label)
{
  show_cell (label, question);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            KezQuestionsPage         *self)
{
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == COLUMN_CITIZENS ||
                                           column == COLUMN_NUMBER ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (column == COLUMN_CITIZENS || column == COLUMN_NUMBER)
    gtk_widget_add_css_class (label, "numeric");
  g_object_set_data (G_OBJECT (label), "page", self);
  g_object_set_data (G_OBJECT (label), "column", GINT_TO_POINTER (column));
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           KezQuestionsPage         *self)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  KezQuestion *question = gtk_list_item_get_item (item);
  gulong handler = g_signal_connect (question, "notify::fields", G_CALLBACK (question_changed),
                                     label);

  g_object_set_data (G_OBJECT (label), "handler", GSIZE_TO_POINTER (handler));
  show_cell (label, question);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             KezQuestionsPage         *self)
{
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "handler"));
  KezQuestion *question = gtk_list_item_get_item (item);

  if (question != NULL && handler != 0)
    g_signal_handler_disconnect (question, handler);
  g_object_set_data (G_OBJECT (label), "handler", NULL);
}

static void
add_column (KezQuestionsPage *self,
            Column            column,
            const char       *title,
            gboolean          expand,
            int               fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

/* Triage */

static GArray *
selected_ids (KezQuestionsPage *self,
              guint            *first,
              guint            *last)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  if (first != NULL)
    *first = gtk_bitset_get_minimum (selected);
  if (last != NULL)
    *last = gtk_bitset_get_maximum (selected);
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      gint64 id = kez_question_list_get_id (self->list, position);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
undo_clicked (AdwToast         *message,
              KezQuestionsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "questions.undo", NULL);
}

/* Keeps @undo for Ctrl+Z, says what was done, and moves the selection on when the rows
 * acted on left the list. */
static void
triage_done (KezQuestionsPage *self,
             KezTriageUndo    *undo,
             const GError     *error,
             guint             first_position,
             const char       *done_message)
{
  g_autoptr(GtkBitset) selected = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  AdwToast *message;

  if (undo == NULL)
    {
      toast (self, adw_toast_new (error != NULL ? error->message : ""));
      return;
    }
  if (kez_triage_undo_get_n_changed (undo) == 0)
    {
      kez_triage_undo_free (undo);
      toast (self, adw_toast_new (_("No question needed changing")));
      return;
    }

  g_clear_pointer (&self->undo, kez_triage_undo_free);
  self->undo = undo;

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected) && n > 0)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection),
                                     MIN (first_position, n - 1), TRUE);

  message = adw_toast_new (done_message);
  adw_toast_set_button_label (message, _("Undo"));
  g_signal_connect_object (message, "button-clicked", G_CALLBACK (undo_clicked), self, 0);
  toast (self, message);
  update_summary (self);
}

static void
action_accept (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo;
  guint first;

  ids = selected_ids (self, &first, NULL);
  undo = kez_triage_accept (self->store, (gint64 *) ids->data, ids->len, &error);
  if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question accepted",
                                           "%1$u questions accepted", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (self, undo, error, first, message);
}

typedef struct
{
  KezQuestionsPage *self;
  GArray           *ids;
  guint             first;
} Pending;

static Pending *
pending_new (KezQuestionsPage *self)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->self = g_object_ref (self);
  pending->ids = selected_ids (self, &pending->first, NULL);
  return pending;
}

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->self);
  g_array_unref (pending->ids);
  g_free (pending);
}

static void
reject_answered (const char *reason,
                 guint       index,
                 gpointer    data)
{
  Pending *pending = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo;

  undo = kez_triage_reject (pending->self->store, (gint64 *) pending->ids->data,
                            pending->ids->len, reason, &error);
  if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question rejected",
                                           "%1$u questions rejected", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (pending->self, undo, error, pending->first, message);
}

static void
action_reject (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  Pending *pending = pending_new (self);
  const char *reasons[] = {
    _("Common reasons"),
    _("Outside the ministry’s competence"),
    _("No question or proposal in it"),
    _("Sent to the local akimat"),
    _("Already answered"),
    _("Offensive or abusive"),
    NULL,
  };
  g_autofree char *body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Rejecting %1$u question. Say why: the reason is "
                                            "kept with it.",
                                           "Rejecting %1$u questions. Say why: the reason is "
                                            "kept with them.", pending->ids->len), pending->ids->len);

  kez_choice_prompt (parent_window (self), _("Reject Questions"), body, reasons, TRUE, NULL,
                     _("Reject"), TRUE, reject_answered, pending,
                     (GDestroyNotify) pending_free);
}

static void
topic_answered (const char *topic,
                guint       index,
                gpointer    data)
{
  Pending *pending = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo;

  undo = kez_triage_set_topic (pending->self->store, (gint64 *) pending->ids->data,
                               pending->ids->len, topic, &error);
  if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Topic set for %1$u question",
                                           "Topic set for %1$u questions", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (pending->self, undo, error, pending->first, message);
}

static void
action_set_topic (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  Pending *pending = pending_new (self);
  g_auto(GStrv) topics = kez_questions_list_topics (self->store);
  g_autoptr(GStrvBuilder) choices = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_autoptr(KezQuestion) first = NULL;

  g_strv_builder_add (choices, _("Topics in use"));
  g_strv_builder_addv (choices, (const char **) topics);
  list = g_strv_builder_end (choices);
  if (pending->ids->len > 0)
    first = kez_questions_get (self->store, g_array_index (pending->ids, gint64, 0));
  kez_choice_prompt (parent_window (self), _("Set the Topic"),
                     _("The topic groups questions for the analysis and the action plan."),
                     (const char * const *) list, TRUE,
                     first != NULL ? kez_question_get_fields (first)->topic : NULL,
                     _("Set"), FALSE, topic_answered, pending,
                     (GDestroyNotify) pending_free);
}

static void
region_answered (const char *name,
                 guint       index,
                 gpointer    data)
{
  Pending *pending = data;
  KezQuestionsPage *self = pending->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo;
  /* The prompt's list is the region filter's, less "All regions". */
  const char *code = index + 1 < self->region_codes->len
                       ? g_ptr_array_index (self->region_codes, index + 1) : NULL;

  undo = kez_triage_set_region (self->store, (gint64 *) pending->ids->data, pending->ids->len,
                                code, &error);
  if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Region set for %1$u question",
                                           "Region set for %1$u questions", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (self, undo, error, pending->first, message);
}

static void
action_set_region (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  Pending *pending = pending_new (self);
  GListModel *names = gtk_drop_down_get_model (self->region_filter);
  g_autoptr(GStrvBuilder) choices = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 1; i < g_list_model_get_n_items (names); i++)
    g_strv_builder_add (choices, gtk_string_list_get_string (GTK_STRING_LIST (names), i));
  list = g_strv_builder_end (choices);
  kez_choice_prompt (parent_window (self), _("Set the Region"),
                     _("Where the question comes from, for the analysis by region."),
                     (const char * const *) list, FALSE, NULL, _("Set"), FALSE,
                     region_answered, pending,
                     (GDestroyNotify) pending_free);
}

static void
action_merge (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *message = NULL;
  g_autofree char *number = NULL;
  KezTriageUndo *undo;
  gint64 survivor = 0;
  guint first, last;

  ids = selected_ids (self, &first, &last);
  if (ids->len < 2)
    {
      toast (self, adw_toast_new (_("Select the duplicates together with the question to "
                                    "keep")));
      return;
    }
  /* The list is newest first: the last row selected is the question that came first. */
  undo = kez_triage_merge (self->store, (gint64 *) ids->data, ids->len,
                           kez_question_list_get_id (self->list, last), &survivor, &error);
  if (undo != NULL)
    {
      guint n = kez_triage_undo_get_n_changed (undo);

      number = g_strdup_printf ("%" G_GINT64_FORMAT, survivor);
      /* Translators: %1$u is a number of questions, %2$s the number of the one kept */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%1$u question merged into %2$s",
                                              "%1$u questions merged into %2$s", n),
                                 n, number);
    }
  triage_done (self, undo, error, first, message);
}

static void
action_undo (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->undo == NULL)
    return;
  if (!kez_triage_undo (self->store, self->undo, &error))
    toast (self, adw_toast_new (error->message));
  g_clear_pointer (&self->undo, kez_triage_undo_free);
  update_summary (self);
}

static void
action_new (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);

  if (self->store != NULL)
    gtk_window_present (GTK_WINDOW (kez_question_dialog_new (parent_window (self), self->store)));
}

static void
action_import (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);

  if (self->store != NULL)
    kez_import_dialog_run (parent_window (self), self->store, KEZ_IMPORT_QUESTIONS);
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
    gtk_window_present (GTK_WINDOW (kez_workbook_export_dialog_new (parent_window (self),
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
  apply_filter (self);
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
  apply_filter (self);
}

/* A question in full, with who sent it: that is personal data, and its viewing is logged. */
static void
row_activated (GtkColumnView    *view,
               guint             position,
               KezQuestionsPage *self)
{
  g_autoptr(KezQuestion) question = g_list_model_get_item (G_LIST_MODEL (self->list), position);
  const KezQuestionFields *fields;
  g_autoptr(GString) body = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *number = NULL;
  g_autofree char *received = NULL;
  GtkWidget *dialog;

  if (question == NULL)
    return;
  fields = kez_question_get_fields (question);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, fields->id);
  /* Translators: %1$s is the question's number */
  heading = g_strdup_printf (_("Question %1$s"), number);
  received = cell_text (self, fields, COLUMN_RECEIVED);
  body = g_string_new (fields->text);
  g_string_append_printf (body, "\n\n%s · %s", received, kez_channel_label (fields->channel));
  if (fields->region_code != NULL)
    g_string_append_printf (body, " · %s", kez_names_region (self->names, fields->region_code));
  if (fields->topic[0] != '\0')
    g_string_append_printf (body, " · %s", fields->topic);
  g_string_append_printf (body, "\n%s", kez_question_status_label (fields->status));
  if (fields->reject_reason[0] != '\0')
    g_string_append_printf (body, ": %s", fields->reject_reason);
  if (fields->author[0] != '\0' || fields->contact[0] != '\0')
    {
      g_string_append_printf (body, "\n\n%s %s", fields->author, fields->contact);
      kez_questions_record_viewed (self->store, fields->id);
    }

  dialog = adw_message_dialog_new (parent_window (self), heading, body->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_up_list (KezQuestionsPage *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();
  static const struct { guint key; const char *action; } triage_keys[] = {
    { GDK_KEY_a, "questions.accept" },
    { GDK_KEY_r, "questions.reject" },
    { GDK_KEY_m, "questions.merge" },
    { GDK_KEY_t, "questions.set-topic" },
    { GDK_KEY_g, "questions.set-region" },
  };

  self->list = kez_question_list_new (self->store);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (
    GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Questions"), -1);

  add_column (self, COLUMN_NUMBER, C_("question number", "No."), FALSE, 60);
  add_column (self, COLUMN_RECEIVED, _("Received"), FALSE, 92);
  /* The question takes what the window has left; the status is wide enough for "Жазбаша
     жауап берілді", and the whole fits a 1100-pixel window with the cells' padding. */
  add_column (self, COLUMN_TEXT, _("Question"), TRUE, 200);
  add_column (self, COLUMN_TOPIC, _("Topic"), FALSE, 120);
  add_column (self, COLUMN_REGION, _("Region"), FALSE, 130);
  add_column (self, COLUMN_CHANNEL, _("Channel"), FALSE, 116);
  add_column (self, COLUMN_STATUS, _("Status"), FALSE, 160);
  add_column (self, COLUMN_CITIZENS, _("Citizens"), FALSE, 90);

  /* Single keys triage only while the list has the focus, so they can still be typed
   * in the search box. */
  for (guint i = 0; i < G_N_ELEMENTS (triage_keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (
                                                              triage_keys[i].key, 0),
                                                            gtk_named_action_new (
                                                              triage_keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), keys);

  gtk_scrolled_window_set_child (self->list_scroller, GTK_WIDGET (self->column_view));
  g_signal_connect (self->column_view, "activate", G_CALLBACK (row_activated), self);
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (update_summary),
                            self);
  g_signal_connect_swapped (self->list, "items-changed", G_CALLBACK (update_summary), self);
}

/* The analysis */

typedef struct
{
  GArray    *counts;
  GPtrArray *labels;
  guint      start;
} BarOrder;

static int
compare_bars (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const BarOrder *bars = data;
  guint first = *(const guint *) a;
  guint second = *(const guint *) b;
  guint first_count = g_array_index (bars->counts, KezQuestionCount, bars->start + first).count;
  guint second_count = g_array_index (bars->counts, KezQuestionCount, bars->start + second).count;

  if (first_count != second_count)
    return first_count > second_count ? -1 : 1;
  return kez_collate_ui (g_ptr_array_index (bars->labels, first),
                         g_ptr_array_index (bars->labels, second));
}

static void
fill_chart (KezQuestionsPage *self,
            Chart             chart,
            const char       *selected)
{
  static const KezQuestionStatsKind kinds[N_CHARTS] = {
    KEZ_QUESTION_STATS_TOPIC, KEZ_QUESTION_STATS_REGION, KEZ_QUESTION_STATS_CHANNEL,
    KEZ_QUESTION_STATS_WEEK,
  };
  KezQuestionFilter filter;
  g_autoptr(GArray) counts = NULL;
  KezBarChart *bars = self->charts[chart];
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) order = NULL;
  /* Weeks beyond half a year make a chart no one reads: the latest 26 are shown. */
  guint start = 0;

  kez_question_filter_copy (kez_question_list_get_filter (self->list), &filter);
  switch (chart)
    {
    case CHART_TOPIC: g_clear_pointer (&filter.topic, g_free); break;
    case CHART_REGION: g_clear_pointer (&filter.region_code, g_free); break;
    case CHART_CHANNEL: filter.channel = -1; break;
    case CHART_WEEK: g_clear_pointer (&filter.week, g_free); break;
    case N_CHARTS:
    default: g_return_if_reached ();
    }
  counts = kez_question_stats_count (self->store, kinds[chart], &filter);
  kez_question_filter_clear (&filter);

  kez_bar_chart_clear (bars);
  if (chart == CHART_WEEK && counts->len > 26)
    start = counts->len - 26;
  for (guint i = start; i < counts->len; i++)
    {
      const KezQuestionCount *count = &g_array_index (counts, KezQuestionCount, i);
      g_autofree char *label = NULL;
      KezChannel channel;
      GDate monday;

      switch (chart)
        {
        case CHART_TOPIC:
          label = g_strdup (count->key[0] != '\0' ? count->key : _("No topic"));
          break;
        case CHART_REGION:
          label = g_strdup (count->key[0] != '\0' ? kez_names_region (self->names, count->key)
                                                  : _("Region not given"));
          break;
        case CHART_CHANNEL:
          label = g_strdup (kez_channel_from_string (count->key, &channel)
                              ? kez_channel_label (channel) : count->key);
          break;
        case CHART_WEEK:
          if (kez_date_parse_iso (count->key, &monday))
            {
              GDate sunday = monday;

              g_date_add_days (&sunday, 6);
              label = g_strdup_printf ("%02u.%02u–%02u.%02u.%04u", g_date_get_day (&monday),
                                       g_date_get_month (&monday), g_date_get_day (&sunday),
                                       g_date_get_month (&sunday), g_date_get_year (&sunday));
            }
          else
            label = g_strdup (count->key);
          break;
        case N_CHARTS:
        default:
          g_return_if_reached ();
        }
      g_ptr_array_add (labels, g_steal_pointer (&label));
    }
  /* Bars of equal length read in the alphabet's order; weeks stay in the calendar's. */
  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), labels->len);
  for (guint i = 0; i < labels->len; i++)
    g_array_append_val (order, i);
  if (chart != CHART_WEEK)
    g_array_sort_with_data (order, compare_bars, &(BarOrder) { counts, labels, start });
  for (guint i = 0; i < order->len; i++)
    {
      guint index = g_array_index (order, guint, i);
      const KezQuestionCount *count = &g_array_index (counts, KezQuestionCount, start + index);

      kez_bar_chart_add (bars, count->key, g_ptr_array_index (labels, index), count->count);
    }
  kez_bar_chart_set_selected_key (bars, selected);
}

static gboolean
update_charts (gpointer data)
{
  KezQuestionsPage *self = data;
  const KezQuestionFilter *filter = kez_question_list_get_filter (self->list);

  self->charts_idle = 0;
  fill_chart (self, CHART_TOPIC, filter->topic);
  fill_chart (self, CHART_REGION, filter->region_code);
  fill_chart (self, CHART_CHANNEL, filter->channel >= 0 ? kez_channel_to_string (filter->channel)
                                                        : NULL);
  fill_chart (self, CHART_WEEK, filter->week);
  return G_SOURCE_REMOVE;
}

/* The charts take the list's place: they need the width, and a bar clicked brings the list
 * back, filtered. */
static void
show_analysis (KezQuestionsPage *self)
{
  gboolean shown = gtk_toggle_button_get_active (self->analysis_button);

  gtk_stack_set_visible_child_name (self->main_view, shown ? "analysis" : "questions");
  schedule_charts (self);
}

static void
schedule_charts (KezQuestionsPage *self)
{
  if (self->charts_idle != 0 || self->list == NULL ||
      !gtk_toggle_button_get_active (self->analysis_button))
    return;
  self->charts_idle = g_idle_add_full (G_PRIORITY_LOW, update_charts, self, NULL);
}

static void
bar_activated (KezBarChart      *chart,
               const char       *key,
               KezQuestionsPage *self)
{
  const KezQuestionFilter *filter = kez_question_list_get_filter (self->list);
  KezChannel channel;

  if (chart == self->charts[CHART_TOPIC])
    {
      if (g_strcmp0 (filter->topic, key) == 0)
        gtk_drop_down_set_selected (self->topic_filter, 0);
      else
        select_value (self->topic_filter, self->topics, key);
    }
  else if (chart == self->charts[CHART_REGION])
    {
      if (g_strcmp0 (filter->region_code, key) == 0)
        gtk_drop_down_set_selected (self->region_filter, 0);
      else
        select_value (self->region_filter, self->region_codes, key);
    }
  else if (chart == self->charts[CHART_CHANNEL] && kez_channel_from_string (key, &channel))
    gtk_drop_down_set_selected (self->channel_filter,
                                filter->channel == (int) channel ? 0 : channel + 1);
  else if (chart == self->charts[CHART_WEEK])
    {
      gboolean same = g_strcmp0 (self->week, key) == 0;

      g_clear_pointer (&self->week, g_free);
      if (!same)
        self->week = g_strdup (key);
      apply_filter (self);
    }
  gtk_toggle_button_set_active (self->analysis_button, FALSE);
}

static void
add_chart (KezQuestionsPage *self,
           Chart             chart,
           const char       *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  self->charts[chart] = KEZ_BAR_CHART (kez_bar_chart_new (title));
  g_signal_connect (self->charts[chart], "bar-activated", G_CALLBACK (bar_activated), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->charts[chart]));
  gtk_grid_attach (self->chart_grid, box, chart % 2, chart / 2, 1, 1);
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
      update_summary (self);
      schedule_charts (self);
    }
  else if (g_str_equal (what, "meetings"))
    fill_meetings (self);
}

static void
kez_questions_page_dispose (GObject *object)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (object);

  g_clear_handle_id (&self->charts_idle, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_QUESTIONS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->store);
  g_clear_pointer (&self->names, kez_names_free);
  g_clear_pointer (&self->undo, kez_triage_undo_free);
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

  gtk_widget_class_install_action (widget_class, "questions.accept", NULL, action_accept);
  gtk_widget_class_install_action (widget_class, "questions.reject", NULL, action_reject);
  gtk_widget_class_install_action (widget_class, "questions.merge", NULL, action_merge);
  gtk_widget_class_install_action (widget_class, "questions.set-topic", NULL, action_set_topic);
  gtk_widget_class_install_action (widget_class, "questions.set-region", NULL,
                                   action_set_region);
  gtk_widget_class_install_action (widget_class, "questions.undo", NULL, action_undo);
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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "questions.undo", NULL);
}

static const char * const selection_actions[] = {
  "questions.accept", "questions.reject", "questions.merge", "questions.set-topic",
  "questions.set-region",
};

static void
kez_questions_page_init (KezQuestionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kez_accessible_name_drop_down (self->status_filter, _("Status"));
  kez_accessible_name_drop_down (self->channel_filter, _("Channel"));
  kez_accessible_name_drop_down (self->region_filter, _("Region"));
  kez_accessible_name_drop_down (self->topic_filter, _("Topic"));
  kez_accessible_name_drop_down (self->meeting_filter, _("Meeting"));

  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->topics = g_ptr_array_new_with_free_func (g_free);
  self->meeting_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  add_chart (self, CHART_TOPIC, _("By Topic"));
  add_chart (self, CHART_REGION, _("By Region"));
  add_chart (self, CHART_CHANNEL, _("By Channel"));
  add_chart (self, CHART_WEEK, _("By Week Received"));

  g_signal_connect_swapped (self->analysis_button, "notify::active",
                            G_CALLBACK (show_analysis), self);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (apply_filter),
                            self);
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (apply_filter),
                            self);
  g_signal_connect_swapped (self->channel_filter, "notify::selected", G_CALLBACK (apply_filter),
                            self);
  g_signal_connect_swapped (self->region_filter, "notify::selected", G_CALLBACK (apply_filter),
                            self);
  g_signal_connect_swapped (self->topic_filter, "notify::selected", G_CALLBACK (apply_filter),
                            self);
  g_signal_connect_swapped (self->meeting_filter, "notify::selected", G_CALLBACK (apply_filter),
                            self);
  for (guint i = 0; i < G_N_ELEMENTS (selection_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), selection_actions[i], FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.undo", FALSE);
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
  update_summary (self);
  schedule_charts (self);
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
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load (self);
}
