/* kez-accessible.c: names for a screen reader where GTK 4.8 leaves them out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-accessible.h"

/**
 * kez_accessible_name_drop_down:
 *
 * GTK 4.8 names a drop-down for a screen reader but not the button inside it, and it is the
 * button that takes the keyboard focus: a planner moving with Tab would hear only "toggle
 * button". Both are given @name.
 */
void
kez_accessible_name_drop_down (GtkDropDown *drop_down,
                               const char  *name)
{
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (drop_down));

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  if (GTK_IS_TOGGLE_BUTTON (button))
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    name, -1);
}

/**
 * kez_accessible_name_column_titles:
 *
 * GTK 4.8 reads a column view's header to a screen reader as "GtkListItemWidget" and each of
 * its titles as "GtkColumnViewTitle": the header is named as such, each title by its column. The header is the view's first child, its
 * titles in the order of the columns; call this once the columns are added.
 */
void
kez_accessible_name_column_titles (GtkColumnView *view)
{
  GListModel *columns;
  GtkWidget *header;
  GtkWidget *title;
  guint i = 0;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  columns = gtk_column_view_get_columns (view);
  header = gtk_widget_get_first_child (GTK_WIDGET (view));
  if (header != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Column Headings"), -1);
  for (title = header != NULL ? gtk_widget_get_first_child (header) : NULL;
       title != NULL && i < g_list_model_get_n_items (columns);
       title = gtk_widget_get_next_sibling (title), i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_column_view_column_get_title (column), -1);
    }
}

/**
 * kez_accessible_name_table_row:
 * @cell_child: what a column's factory put in a cell of the row
 * @name: what the row says, read out for the whole row
 *
 * GTK 4.8 reads a column view's row to a screen reader as "GtkListItemWidget", and gives no
 * way to name it: the row is the parent of the cell that holds @cell_child.
 */
void
kez_accessible_name_table_row (GtkWidget  *cell_child,
                               const char *name)
{
  GtkWidget *cell = gtk_widget_get_parent (cell_child);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;

  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
}
