/* kez-shortcuts.c
 *
 * The window's keyboard shortcuts window (gtk/help-overlay.ui): it opens at the section of
 * the page the planner is on, and it names keys as they are printed on the keyboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-shortcuts.h"

/* GTK names keys through its own translations, and in Kazakh those leave GTK's internal
 * names ("Page_Up"); keys are named here in the words printed on the keys instead. Each is
 * matched against the text GTK shows in the interface's language. */
static const struct
{
  const char *gtk_name;
  const char *label;
} key_labels[] = {
  { "Page_Up", NC_("keyboard label", "Page Up") },
  { "Page_Down", NC_("keyboard label", "Page Down") },
  { "Escape", NC_("keyboard label", "Esc") },
  { "Return", NC_("keyboard label", "Enter") },
};

static void
name_keys (GtkWidget *widget,
           gboolean   in_shortcut_label)
{
  GtkWidget *child;

  if (in_shortcut_label && GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_label (GTK_LABEL (widget));

      for (guint i = 0; i < G_N_ELEMENTS (key_labels); i++)
        if (g_strcmp0 (text, g_dpgettext2 ("gtk40", "keyboard label",
                                           key_labels[i].gtk_name)) == 0)
          {
            gtk_label_set_label (GTK_LABEL (widget),
                                 g_dpgettext2 (NULL, "keyboard label", key_labels[i].label));
            break;
          }
      return;
    }

  in_shortcut_label = in_shortcut_label || GTK_IS_SHORTCUT_LABEL (widget);
  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_keys (child, in_shortcut_label);
}

static void
page_changed (AdwViewStack         *stack,
              GParamSpec           *pspec,
              GtkApplicationWindow *window)
{
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);
  const char *page = adw_view_stack_get_visible_child_name (stack);

  /* The sections are named as the pages are. */
  if (overlay != NULL && page != NULL)
    g_object_set (overlay, "section-name", page, NULL);
}

/**
 * kez_shortcuts_follow_pages:
 * @window: a window with the application's shortcuts window
 * @stack: its pages, named as the shortcuts window's sections
 *
 * Names the shortcuts window's keys in the interface's language, and opens it at the section
 * of the page @stack shows.
 */
void
kez_shortcuts_follow_pages (GtkApplicationWindow *window,
                            AdwViewStack         *stack)
{
  GtkShortcutsWindow *overlay;

  g_return_if_fail (GTK_IS_APPLICATION_WINDOW (window));
  g_return_if_fail (ADW_IS_VIEW_STACK (stack));

  overlay = gtk_application_window_get_help_overlay (window);
  if (overlay == NULL)
    return;
  name_keys (GTK_WIDGET (overlay), FALSE);
  g_signal_connect_object (stack, "notify::visible-child-name", G_CALLBACK (page_changed),
                           window, 0);
  page_changed (stack, NULL, window);
}
