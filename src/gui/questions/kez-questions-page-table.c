/* kez-questions-page-table.c
 *
 * The questions page's table: its columns, what their cells show and read out, and its
 * order. The rows are the list's positions; a cell shows the question at its position and
 * follows it when it changes. A click on a header sorts the whole list by that column, on
 * the query's thread (kez-question-order.c), since the model holds ids, not objects to
 * compare.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-questions-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-accessible.h"
#include "kez-column-priority.h"
#include "kez-column-sort.h"
#include "kez-date-format.h"
#include "kez-meetings.h"
#include "kez-question-labels.h"
#include "kez-questions-page-private.h"
#include "kez-text.h"

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_RECEIVED,
  COLUMN_CHANNEL,
  COLUMN_REGION,
  COLUMN_TOPIC,
  COLUMN_STATUS,
  COLUMN_MEETING,
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
    case COLUMN_MEETING:
      return g_strdup (fields->meeting_id > 0
                         ? kez_questions_page_meeting_label (self, fields->meeting_id) : "");
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

/* The row is read out by its question, its status and the day it came. */
static void
name_row (KezQuestionsPage        *self,
          GtkWidget               *text_label,
          const KezQuestionFields *fields)
{
  g_autofree char *status = cell_text (self, fields, COLUMN_STATUS);
  g_autofree char *received = cell_text (self, fields, COLUMN_RECEIVED);
  g_autofree char *name = kez_text_join_dotted (fields->text, status, received, NULL);

  kez_accessible_name_table_row (text_label, name);
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
  if (column == COLUMN_TEXT)
    name_row (self, GTK_WIDGET (label), fields);
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
            int               fixed_width,
            guint             priority,
            int               sort)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
  view_column = gtk_column_view_column_new (title, factory);
  g_object_set_data (G_OBJECT (view_column), "column", GINT_TO_POINTER (column));
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  kez_column_priority_set (view_column, priority);
  if (sort >= 0)
    kez_column_sort_set (view_column, sort);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

/* ---- Widths from what the columns hold, in the interface's language --------------------- */

/* A cell's padding on both sides (6 pixels each) and a few pixels more: the label measures
 * itself in fractions of a pixel and shortens a text that misses by one. Then room for the
 * header's sort arrow beside its title. */
#define CELL_PADDING 16
#define SORT_ARROW 20
/* Free texts (a topic, a meeting's label) may be long: a column wider than this shortens
 * the longest of them rather than the question. */
#define FREE_TEXT_AT_MOST 220

static int
text_width (GtkWidget  *widget,
            const char *text,
            gboolean    bold)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width = 0;

  if (bold)
    {
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attributes);
    }
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static GPtrArray *
texts_of_column (KezQuestionsPage *self,
                 Column            column)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  switch (column)
    {
    case COLUMN_NUMBER:
      g_ptr_array_add (texts, g_strdup ("000000"));
      break;
    case COLUMN_RECEIVED:
      g_ptr_array_add (texts, g_strdup ("00.00.0000"));
      break;
    case COLUMN_CITIZENS:
      g_ptr_array_add (texts, g_strdup ("0000"));
      break;
    case COLUMN_CHANNEL:
      for (guint i = 0; i < KEZ_N_CHANNELS; i++)
        g_ptr_array_add (texts, g_strdup (kez_channel_label (i)));
      break;
    case COLUMN_STATUS:
      for (guint i = 0; i < KEZ_N_QUESTION_STATUSES; i++)
        if (i != KEZ_QUESTION_MERGED)
          g_ptr_array_add (texts, g_strdup (kez_question_status_label (i)));
      break;
    case COLUMN_REGION:
      {
        g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
        g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

        kez_region_choices_fill (self->store, names, codes);
        for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (names)); i++)
          g_ptr_array_add (texts, g_strdup (gtk_string_list_get_string (names, i)));
      }
      break;
    case COLUMN_TOPIC:
      for (guint i = 0; self->topics != NULL && i < self->topics->len; i++)
        if (g_ptr_array_index (self->topics, i) != NULL)
          g_ptr_array_add (texts, g_strdup (g_ptr_array_index (self->topics, i)));
      break;
    case COLUMN_MEETING:
      if (self->meeting_labels != NULL)
        {
          GHashTableIter iter;
          gpointer label;

          g_hash_table_iter_init (&iter, self->meeting_labels);
          while (g_hash_table_iter_next (&iter, NULL, &label))
            g_ptr_array_add (texts, g_strdup (label));
        }
      break;
    case COLUMN_TEXT:
    default:
      break;
    }
  return texts;
}

/**
 * kez_questions_page_size_columns:
 *
 * Makes each column as wide as the longest of what it can hold in the interface's language
 * (Kazakh's "Жазбаша жауап берілді" is longer than Russian's "Отвечен письменно"), and its
 * title with the sort arrow: a column narrower than its values cuts every row. The question
 * takes what is left; where not even that fits, the columns of least use go
 * (kez-column-priority.c). Called again when the topics or the meetings change; a column
 * whose values did not change keeps the width the planner gave it.
 */
void
kez_questions_page_size_columns (KezQuestionsPage *self)
{
  GListModel *columns;
  gboolean resized = FALSE;

  /* Measured in the font the window shows: before the table is on screen it has none yet. */
  if (self->column_view == NULL || self->store == NULL ||
      !gtk_widget_get_mapped (GTK_WIDGET (self->column_view)))
    return;
  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = g_list_model_get_item (columns, i);
      Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view_column), "column"));
      gboolean free_text = column == COLUMN_TOPIC || column == COLUMN_MEETING;
      g_autoptr(GPtrArray) texts = NULL;
      GtkWidget *widget = GTK_WIDGET (self->column_view);
      int width;

      /* The statuses, channels and regions do not change while the window is open: they
       * are measured once, not again at every triage, which refills the topics. */
      if (column == COLUMN_TEXT ||
          (!free_text && g_object_get_data (G_OBJECT (view_column), "kez-sized") != NULL))
        continue;
      texts = texts_of_column (self, column);
      width = text_width (widget, gtk_column_view_column_get_title (view_column), TRUE) +
              SORT_ARROW;
      for (guint j = 0; j < texts->len; j++)
        width = MAX (width, text_width (widget, g_ptr_array_index (texts, j),
                                        column == COLUMN_STATUS));
      if (free_text)
        width = MIN (width, FREE_TEXT_AT_MOST);
      width += CELL_PADDING;
      /* The same values as last time: a width the planner dragged is theirs to keep. */
      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view_column), "kez-sized")) == width)
        continue;
      g_object_set_data (G_OBJECT (view_column), "kez-sized", GINT_TO_POINTER (width));
      gtk_column_view_column_set_fixed_width (view_column, width);
      resized = TRUE;
    }
  if (resized)
    kez_column_priority_refit (self->list_scroller);
}

/* The column view of the page's selection, with its columns. */
void
kez_questions_page_set_up_table (KezQuestionsPage *self)
{
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (
    GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Questions"), -1);

  /* The last number is the order in which a narrowing window hides them (0: never): the
     question and its status stay; the channel goes first (its filter still says it). */
  add_column (self, COLUMN_NUMBER, C_("question number", "No."), FALSE, 60, 1,
              KEZ_QUESTION_SORT_NUMBER);
  add_column (self, COLUMN_RECEIVED, _("Received"), FALSE, 92, 2, KEZ_QUESTION_SORT_RECEIVED);
  /* The question takes what the window has left: it has no fixed width, which GTK 4.8 would
     take for its natural one and give it nothing more. Its text is searched, not sorted.
     The other columns are as wide as what they hold (kez_questions_page_size_columns()). */
  add_column (self, COLUMN_TEXT, _("Question"), TRUE, 0, 0, -1);
  add_column (self, COLUMN_TOPIC, _("Topic"), FALSE, 120, 5, KEZ_QUESTION_SORT_TOPIC);
  add_column (self, COLUMN_REGION, _("Region"), FALSE, 130, 3, KEZ_QUESTION_SORT_REGION);
  add_column (self, COLUMN_CHANNEL, _("Channel"), FALSE, 116, 7, KEZ_QUESTION_SORT_CHANNEL);
  add_column (self, COLUMN_STATUS, _("Status"), FALSE, 160, 0, KEZ_QUESTION_SORT_STATUS);
  add_column (self, COLUMN_MEETING, _("Meeting"), FALSE, 170, 6, KEZ_QUESTION_SORT_MEETING);
  add_column (self, COLUMN_CITIZENS, _("Citizens"), FALSE, 90, 4, KEZ_QUESTION_SORT_CITIZENS);
  /* The list's own order, newest first, shown as such by the received column's arrow; a
     click on another header sorts by it, through the query (kez-question-order.c). */
  {
    g_autoptr(GtkColumnViewColumn) received =
      g_list_model_get_item (gtk_column_view_get_columns (self->column_view), 1);

    gtk_column_view_sort_by_column (self->column_view, received, GTK_SORT_DESCENDING);
  }
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (kez_questions_page_apply_filter), self);
  kez_column_priority_watch (self->list_scroller, self->column_view);
  kez_accessible_name_column_titles (self->column_view);
  g_signal_connect_swapped (self->column_view, "map",
                            G_CALLBACK (kez_questions_page_size_columns), self);
}
