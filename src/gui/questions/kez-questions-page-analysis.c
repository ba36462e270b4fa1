/* kez-questions-page-analysis.c
 *
 * The charts take the list's place when Analysis is on. They count what the list counts
 * (the questions the filters select, merged duplicates left to the question they were merged
 * into), each leaving out its own filter (the topic chart shows every topic within the other
 * filters); clicking a bar sets that filter and brings back the list. They are counted in an
 * idle after the list is shown, and only while visible. Bars of equal length read in the
 * alphabet's order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-questions-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-collate.h"
#include "kez-meetings.h"
#include "kez-question-labels.h"
#include "kez-question-stats.h"
#include "kez-questions-page-private.h"


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
void
kez_questions_page_show_analysis (KezQuestionsPage *self)
{
  gboolean shown = gtk_toggle_button_get_active (self->analysis_button);

  gtk_stack_set_visible_child_name (self->main_view, shown ? "analysis" : "questions");
  kez_questions_page_schedule_charts (self);
}

void
kez_questions_page_schedule_charts (KezQuestionsPage *self)
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
        kez_questions_page_select_value (self->topic_filter, self->topics, key);
    }
  else if (chart == self->charts[CHART_REGION])
    {
      if (g_strcmp0 (filter->region_code, key) == 0)
        gtk_drop_down_set_selected (self->region_filter, 0);
      else
        kez_questions_page_select_value (self->region_filter, self->region_codes, key);
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
      kez_questions_page_apply_filter (self);
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
  gtk_flow_box_append (self->chart_grid, box);
  /* Tab goes to the chart's bars, not to the box around it. */
  gtk_widget_set_focusable (gtk_widget_get_parent (box), FALSE);
}

void
kez_questions_page_add_charts (KezQuestionsPage *self)
{
  add_chart (self, CHART_TOPIC, _("By Topic"));
  add_chart (self, CHART_REGION, _("By Region"));
  add_chart (self, CHART_CHANNEL, _("By Channel"));
  add_chart (self, CHART_WEEK, _("By Week Received"));
  g_signal_connect_swapped (self->analysis_button, "notify::active",
                            G_CALLBACK (kez_questions_page_show_analysis), self);
}

