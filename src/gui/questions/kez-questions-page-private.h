/* kez-questions-page-private.h: what the questions page's files share
 *
 * The page is one widget in four files: the list and its filters (kez-questions-page.c), its
 * table (kez-questions-page-table.c), triage (kez-questions-page-triage.c) and the analysis
 * (kez-questions-page-analysis.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-bar-chart.h"
#include "kez-meeting-labels.h"
#include "kez-question-list.h"
#include "kez-questions-page.h"
#include "kez-store-reader.h"

G_BEGIN_DECLS

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
  KezStoreReader    *dialog_reader;  /* what a dialog shows, read before it opens */
  GCancellable      *dialog_opening;
  KezNames          *names;
  KezQuestionList   *list;
  GtkMultiSelection *selection;
  GtkColumnView     *column_view;
  GPtrArray         *region_codes;   /* region filter item → code; NULL for any, "" for none */
  GPtrArray         *topics;         /* topic filter item → topic; NULL for any, "" for none */
  GArray            *meeting_ids;    /* meeting filter item → id; 0 for any, -1 for none */
  GHashTable        *meeting_labels; /* meeting id → what the list says of it */
  char              *week;           /* the Monday of the week filtered on, or NULL */
  GPtrArray         *undo_steps;     /* the triage actions that can be undone, newest last */
  gboolean           filling;        /* filter lists are being rebuilt: ignore their changes */
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
  GtkFlowBox        *chart_grid;
  GtkLabel          *summary_label;
};

/* kez-questions-page.c */
GtkWindow  *kez_questions_page_window         (KezQuestionsPage *self);
gboolean    kez_questions_page_selection_is_current (KezQuestionsPage *self);
void        kez_questions_page_toast          (KezQuestionsPage *self,
                                               AdwToast         *message);
void        kez_questions_page_update_summary (KezQuestionsPage *self);
void        kez_questions_page_apply_filter   (KezQuestionsPage *self);
void        kez_questions_page_select_value   (GtkDropDown      *drop_down,
                                               GPtrArray        *values,
                                               const char       *value);
const char *kez_questions_page_meeting_label  (KezQuestionsPage *self,
                                               gint64            meeting_id);

/* kez-questions-page-table.c */
void        kez_questions_page_set_up_table   (KezQuestionsPage *self);
void        kez_questions_page_size_columns   (KezQuestionsPage *self);

/* kez-questions-page-triage.c */
void        kez_questions_page_install_triage (GtkWidgetClass   *widget_class);
void        kez_questions_page_set_up_triage  (KezQuestionsPage *self);
void        kez_questions_page_update_triage  (KezQuestionsPage *self,
                                               guint             n_selected);

/* kez-questions-page-analysis.c */
void        kez_questions_page_add_charts       (KezQuestionsPage *self);
void        kez_questions_page_schedule_charts  (KezQuestionsPage *self);
void        kez_questions_page_show_analysis    (KezQuestionsPage *self);

G_END_DECLS
