/* kez-drop-down.c
 *
 * GTK 4.8's drop-down is as wide as its longest choice, "Батыс Қазақстан облысы" or a
 * ministry's full name, and a row of them made the window 1,000 pixels wide at the least.
 * Here the button's label shortens with an ellipsis only when the window has no room for it
 * (the whole name is its natural width, so it is shown whole wherever it fits), and the list
 * that opens shows every name whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-drop-down.h"

/* The text of @item: through the drop-down's expression when it has one, else a string
 * list's string. */
static char *
text_of (GtkDropDown *drop_down,
         gpointer     item)
{
  GtkExpression *expression = gtk_drop_down_get_expression (drop_down);
  GValue value = G_VALUE_INIT;
  char *text = NULL;

  if (expression != NULL && gtk_expression_evaluate (expression, item, &value))
    {
      text = g_value_dup_string (&value);
      g_value_unset (&value);
    }
  else if (GTK_IS_STRING_OBJECT (item))
    text = g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  return text;
}

static void
setup (GtkSignalListItemFactory *factory,
       GtkListItem              *item,
       gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind (GtkSignalListItemFactory *factory,
      GtkListItem              *item,
      GtkDropDown              *drop_down)
{
  g_autofree char *text = text_of (drop_down, gtk_list_item_get_item (item));

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static GtkListItemFactory *
label_factory (GtkDropDown *drop_down,
               gboolean     ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup), GINT_TO_POINTER (ellipsize));
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind), drop_down, 0);
  return factory;
}

/**
 * kez_drop_down_let_shrink:
 *
 * Lets @drop_down be narrower than its chosen name: the name is shortened with an ellipsis
 * when there is no room for it, and shown whole in the list.
 */
void
kez_drop_down_let_shrink (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) button = NULL;
  g_autoptr(GtkListItemFactory) list = NULL;

  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  button = label_factory (drop_down, TRUE);
  list = label_factory (drop_down, FALSE);
  gtk_drop_down_set_factory (drop_down, button);
  gtk_drop_down_set_list_factory (drop_down, list);
}
