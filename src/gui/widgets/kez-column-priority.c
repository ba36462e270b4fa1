/* kez-column-priority.c
 *
 * A table wider than its window scrolls sideways, and the planner loses the question's text
 * off the edge. Here the columns that matter least are hidden, one after another, as the
 * window narrows, and come back as it widens: each column has a priority (0: always shown;
 * the highest goes first). The widths are the columns' own (a column the planner resized
 * keeps its new width), so what is hidden is what no longer fits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-column-priority.h"

#define PRIORITY_KEY "kez-column-priority"
/* The least room the expanding column (the question's text) is left with before another
 * column goes; it shortens its text with an ellipsis down to that. */
#define EXPANDING_AT_LEAST 200

void
kez_column_priority_set (GtkColumnViewColumn *column,
                         guint                priority)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));

  g_object_set_data (G_OBJECT (column), PRIORITY_KEY, GUINT_TO_POINTER (priority));
}

static guint
priority_of (GtkColumnViewColumn *column)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column), PRIORITY_KEY));
}

static int
width_of (GtkColumnViewColumn *column)
{
  int width = gtk_column_view_column_get_fixed_width (column);

  if (gtk_column_view_column_get_expand (column))
    width = EXPANDING_AT_LEAST;
  return MAX (width, 0);
}

static void
fit (GtkColumnView *view,
     int            room)
{
  GListModel *columns = gtk_column_view_get_columns (view);
  guint n = g_list_model_get_n_items (columns);
  g_autoptr(GPtrArray) all = g_ptr_array_new_full (n, g_object_unref);
  int total = 0;
  guint highest = 0;

  for (guint i = 0; i < n; i++)
    {
      GtkColumnViewColumn *column = g_list_model_get_item (columns, i);

      g_ptr_array_add (all, column);
      total += width_of (column);
      highest = MAX (highest, priority_of (column));
    }
  /* From the highest priority down: each level is hidden while the rest does not fit. */
  for (guint level = highest; level > 0; level--)
    for (guint i = 0; i < all->len; i++)
      {
        GtkColumnViewColumn *column = all->pdata[i];

        if (priority_of (column) != level)
          continue;
        if (total > room)
          {
            total -= width_of (column);
            gtk_column_view_column_set_visible (column, FALSE);
          }
        else
          gtk_column_view_column_set_visible (column, TRUE);
      }
  /* The expanding column is given what the others leave: GTK 4.8 hands a column view's
   * spare width to its expanding columns only while the columns' natural widths add up to
   * more than the view, and a label shortened with an ellipsis asks for little. When only
   * the columns always shown are left and still do not leave it its least, it makes do with
   * less, down to a third of the room, before the table scrolls sideways. */
  for (guint i = 0; i < all->len; i++)
    if (gtk_column_view_column_get_expand (all->pdata[i]))
      gtk_column_view_column_set_fixed_width (all->pdata[i],
                                              MAX (room - (total - EXPANDING_AT_LEAST),
                                                   MIN (EXPANDING_AT_LEAST, room / 3)));
}

static gboolean
fit_later (gpointer data)
{
  GtkScrolledWindow *scroller = data;
  GtkWidget *view = gtk_scrolled_window_get_child (scroller);

  g_object_set_data (G_OBJECT (scroller), "kez-column-fit", NULL);
  if (GTK_IS_COLUMN_VIEW (view))
    fit (GTK_COLUMN_VIEW (view), (int) gtk_adjustment_get_page_size (
           gtk_scrolled_window_get_hadjustment (scroller)));
  return G_SOURCE_REMOVE;
}

/* The width changes while GTK lays the window out, when no column may come or go: the
 * columns follow just after. */
static void
room_changed (GtkAdjustment     *adjustment,
              GParamSpec        *pspec,
              GtkScrolledWindow *scroller)
{
  if (g_object_get_data (G_OBJECT (scroller), "kez-column-fit") != NULL)
    return;
  g_object_set_data_full (G_OBJECT (scroller), "kez-column-fit",
                          GUINT_TO_POINTER (g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_later,
                                                             g_object_ref (scroller),
                                                             g_object_unref)),
                          NULL);
}

/**
 * kez_column_priority_watch:
 * @scroller: the scrolled window @view is in
 *
 * Shows as many of @view's columns as the width of @scroller has room for, hiding those of
 * the highest priority first (kez_column_priority_set()).
 */
void
kez_column_priority_watch (GtkScrolledWindow *scroller,
                           GtkColumnView     *view)
{
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scroller));
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (scroller), "notify::page-size",
                           G_CALLBACK (room_changed), scroller, 0);
}

/* The columns' widths changed: which of them fit is worked out again. */
void
kez_column_priority_refit (GtkScrolledWindow *scroller)
{
  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scroller));

  room_changed (NULL, NULL, scroller);
}
