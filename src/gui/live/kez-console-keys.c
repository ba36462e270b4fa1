/* kez-console-keys.c
 *
 * A timekeeper at the side of a hall presses Space without looking at where the focus is. A
 * binding on the window only sees a key that the focused widget left alone, and a focused
 * button takes Space for itself; so the keys are caught in the capture phase, before any
 * widget, in the console and in the stage window alike, and turned into the console's
 * actions. Only the keys that type text (Space, Q, Delete) are left to a text field that has
 * the focus: a question typed from the hall keeps its letters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-console-keys"

#include "config.h"

#include "kez-console-keys.h"

typedef struct
{
  guint           key;
  GdkModifierType modifiers;
  gboolean        types_text; /* left to a focused text field */
  const char     *action;
} Key;

static const Key keys[] = {
  { GDK_KEY_space, 0, TRUE, "console.toggle" },
  { GDK_KEY_q, 0, TRUE, "console.to-questions" },
  { GDK_KEY_Delete, 0, TRUE, "console.clear-message" },
  { GDK_KEY_F11, 0, FALSE, "console.stage-view" },
  { GDK_KEY_Escape, 0, FALSE, "console.leave-stage" },
  { GDK_KEY_n, GDK_CONTROL_MASK, FALSE, "console.new-question" },
  { GDK_KEY_w, GDK_CONTROL_MASK, FALSE, "console.close" },
};

static gboolean
typing (GtkWidget *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (GTK_IS_TEXT (focus) || GTK_IS_TEXT_VIEW (focus) ||
                           GTK_IS_EDITABLE (focus));
}

typedef struct
{
  KezConsoleKeyHandler handler;
  gpointer             data;
} Handler;

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             Handler               *handler)
{
  GtkWidget *window = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GdkModifierType modifiers = state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK);

  /* With Caps Lock on, Q is q. */
  keyval = gdk_keyval_to_lower (keyval);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      if (keys[i].key != keyval || keys[i].modifiers != modifiers)
        continue;
      if (keys[i].types_text && typing (window))
        return GDK_EVENT_PROPAGATE;
      return handler->handler (keys[i].action, handler->data) ? GDK_EVENT_STOP
                                                              : GDK_EVENT_PROPAGATE;
    }
  return GDK_EVENT_PROPAGATE;
}

/**
 * kez_console_keys_attach:
 * @window: the console, or the stage window that shows it to the speaker
 * @handler: runs the console's actions; @data must outlive @window
 */
void
kez_console_keys_attach (GtkWidget            *window,
                         KezConsoleKeyHandler  handler,
                         gpointer              data)
{
  GtkEventController *controller = gtk_event_controller_key_new ();
  Handler *closure = g_new (Handler, 1);

  closure->handler = handler;
  closure->data = data;
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_data (controller, "key-pressed", G_CALLBACK (key_pressed), closure,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_widget_add_controller (window, controller);
}
