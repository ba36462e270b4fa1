/* kez-file-drop.c
 *
 * A planner drags the file the region's akimat sent from the file manager onto the Schedule
 * or the Questions page, and its import opens, previewed as from the Import button. Only a
 * CSV file or a workbook is taken (by its name, as the file chooser's filter takes them);
 * anything else is refused while it is being dragged, so the pointer says so before the drop.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-file-drop.h"

static gboolean
importable (GFile *file)
{
  g_autofree char *name = file != NULL ? g_file_get_basename (file) : NULL;
  g_autofree char *folded = name != NULL ? g_utf8_strdown (name, -1) : NULL;

  return folded != NULL && (g_str_has_suffix (folded, ".csv") ||
                            g_str_has_suffix (folded, ".xlsx"));
}

/* The one file of a drop, or NULL: several files at once are several imports, which the
 * planner starts one by one. */
static GFile *
file_of (const GValue *value)
{
  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    return g_value_get_object (value);
  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
      GFile *file = files != NULL && files->next == NULL ? files->data : NULL;

      g_slist_free (files);
      return file;
    }
  return NULL;
}

static gboolean
dropped (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       callback)
{
  GFile *file = file_of (value);
  GtkWidget *page = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  if (!importable (file))
    return FALSE;
  ((KezFileDropped) callback) (page, file);
  return TRUE;
}

static GdkDragAction
entered (GtkDropTarget *target,
         double         x,
         double         y,
         gpointer       callback)
{
  const GValue *value = gtk_drop_target_get_value (target);

  /* The value may not be read yet while the pointer comes in: accept until it is known. */
  return value == NULL || importable (file_of (value)) ? GDK_ACTION_COPY : 0;
}

/**
 * kez_file_drop_attach:
 * @callback: what to do with the file dropped on @page
 *
 * Lets a CSV file or a workbook be dropped on @page.
 */
void
kez_file_drop_attach (GtkWidget      *page,
                      KezFileDropped  callback)
{
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

  g_return_if_fail (GTK_IS_WIDGET (page));

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  gtk_drop_target_set_preload (target, TRUE);
  g_signal_connect (target, "drop", G_CALLBACK (dropped), callback);
  g_signal_connect (target, "enter", G_CALLBACK (entered), callback);
  g_signal_connect (target, "motion", G_CALLBACK (entered), callback);
  gtk_widget_add_controller (page, GTK_EVENT_CONTROLLER (target));
}
