/* kez-column-sort.c
 *
 * The question list is sorted by its query's thread, over a million rows, not by a
 * GtkSortListModel comparing objects: the column view only has to say which column the
 * planner clicked and which way. GTK 4.8 draws the headers' arrows and keeps that in its
 * sorter, but tells it only from 4.10 (gtk_column_view_sorter_get_primary_sort_column()).
 *
 * So each sortable column gets a sorter that, asked to compare, answers "larger" and notes
 * whose it is: the view's sorter asks the primary column's first and stops at an answer
 * that is not "equal", turning it round when that column is sorted descending. One
 * comparison of two placeholders then tells the column and the direction. Once 4.10 is the
 * platform, kez_column_sort_get() becomes those two calls.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-column-sort.h"

/* The key of the column whose sorter was asked last, plus one (0: none was). */
static int asked;

static int
note_and_answer (gconstpointer a,
                 gconstpointer b,
                 gpointer      key)
{
  asked = GPOINTER_TO_INT (key) + 1;
  return 1;
}

/**
 * kez_column_sort_set:
 * @key: what the model sorts by for @column (a value of the model's own, from 0)
 *
 * Makes @column sortable: a click on its header sorts by it, a second click the other way.
 */
void
kez_column_sort_set (GtkColumnViewColumn *column,
                     int                  key)
{
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (note_and_answer,
                                                                   GINT_TO_POINTER (key),
                                                                   NULL));

  g_return_if_fail (key >= 0);
  gtk_column_view_column_set_sorter (column, sorter);
}

/**
 * kez_column_sort_get:
 *
 * Returns: whether @view is sorted by a column; if so, its key and direction
 */
gboolean
kez_column_sort_get (GtkColumnView *view,
                     int           *key,
                     gboolean      *descending)
{
  g_autoptr(GObject) first = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) second = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering order;

  asked = 0;
  order = gtk_sorter_compare (gtk_column_view_get_sorter (view), first, second);
  if (asked == 0)
    return FALSE;
  *key = asked - 1;
  *descending = order == GTK_ORDERING_SMALLER;
  return TRUE;
}
