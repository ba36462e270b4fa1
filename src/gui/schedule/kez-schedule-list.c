/* kez-schedule-list.c
 *
 * The schedule page's list view: the filtered meetings in a sortable table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-schedule-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-accessible.h"
#include "kez-collate.h"
#include "kez-date-format.h"
#include "kez-meetings.h"
#include "kez-schedule-page-private.h"
#include "kez-text.h"

static void
list_activated (KezSchedulePage *self,
                guint            position)
{
  GtkSelectionModel *model = gtk_column_view_get_model (self->list_view);
  g_autoptr(KezMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (model), position);

  if (meeting != NULL)
    kez_schedule_page_open_editor (self, meeting, NULL);
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

/* Names may be shortened where the window is narrow; a date, a time and a status never are
 * ("Өткізілді, кестеден тыс" cut to "Өткізілді, ке…" says something else): the table scrolls
 * sideways first. */
static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  ListColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (column == LIST_BODY || column == LIST_LEADER || column == LIST_REGION)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           KezSchedulePage          *self)
{
  ListColumn column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  KezMeeting *meeting = gtk_list_item_get_item (item);
  g_autofree char *text = list_text (self, meeting, column);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
  /* The row is read out whole, from its first cell. */
  if (column == LIST_DATE)
    {
      g_autofree char *time = list_text (self, meeting, LIST_TIME);
      g_autofree char *leader = list_text (self, meeting, LIST_LEADER);
      g_autofree char *region = list_text (self, meeting, LIST_REGION);
      g_autofree char *status = list_text (self, meeting, LIST_STATUS);
      g_autofree char *row = kez_text_join_dotted (text, time, leader, region, status, NULL);

      kez_accessible_name_table_row (gtk_list_item_get_child (item), row);
    }
}

typedef struct
{
  KezSchedulePage *page;
  ListColumn       column;
} Sorting;

/* Names in the alphabetical order of the interface's language, as the planner reads them
 * (not by their codes); the day and time among equals. */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const Sorting *sorting = user_data;
  KezNames *names = sorting->page->names;
  ListColumn column = sorting->column;
  const KezMeetingFields *fa = kez_meeting_get_fields ((KezMeeting *) a);
  const KezMeetingFields *fb = kez_meeting_get_fields ((KezMeeting *) b);
  int by_date = g_date_compare (&fa->date, &fb->date);

  if (by_date == 0)
    by_date = fa->start_minute - fb->start_minute;

  switch (column)
    {
    case LIST_BODY:
      return kez_collate_ui (kez_names_body (names, fa->body_code),
                             kez_names_body (names, fb->body_code)) ?: by_date;
    case LIST_LEADER:
      return kez_collate_ui (fa->leader_name, fb->leader_name) ?: by_date;
    case LIST_REGION:
      return kez_collate_ui (kez_names_region (names, fa->region_code),
                             kez_names_region (names, fb->region_code)) ?: by_date;
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
  Sorting *sorting = g_new (Sorting, 1);
  GtkSorter *sorter;

  *sorting = (Sorting) { self, column };
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, sorting, g_free));

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

/* Made the first time the list is shown: most planners live in the month view. */
void
kez_schedule_page_set_up_list (KezSchedulePage *self)
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

  /* While searching, the list shows what was found in every year. */
  sorted = gtk_sort_list_model_new (g_object_ref (kez_schedule_page_is_searching (self)
                                                    ? G_LIST_MODEL (self->found_filtered)
                                                    : G_LIST_MODEL (self->filtered)),
                                    g_object_ref (gtk_column_view_get_sorter (self->list_view)));
  self->list_sorted = sorted;
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  gtk_column_view_set_single_click_activate (self->list_view, FALSE);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (list_activated), self);
  g_object_unref (selection);
  kez_accessible_name_column_titles (self->list_view);
}

