/* kez-form-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-confirm.h"
#include "kez-form-window.h"
#include "kez-toast.h"

/* ---- Escape: closes, and asks first when something was typed ------------------------------ */

/* What a form's fields hold, one after another: texts, and what is chosen in drop-downs,
 * check boxes and switches (a changed choice is work too). */
static void
collect_texts (GtkWidget *widget,
               GString   *texts)
{
  if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    {
      g_string_append (texts, gtk_editable_get_text (GTK_EDITABLE (widget)));
      g_string_append_c (texts, '\x1f');
      return;
    }
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      g_string_append (texts, text);
      g_string_append_c (texts, '\x1f');
      return;
    }
  if (ADW_IS_COMBO_ROW (widget))
    g_string_append_printf (texts, "%u\x1f", adw_combo_row_get_selected (ADW_COMBO_ROW (widget)));
  else if (GTK_IS_DROP_DOWN (widget))
    g_string_append_printf (texts, "%u\x1f", gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
  else if (GTK_IS_CHECK_BUTTON (widget))
    g_string_append_printf (texts, "%d\x1f", gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  else if (GTK_IS_SWITCH (widget))
    g_string_append_printf (texts, "%d\x1f", gtk_switch_get_active (GTK_SWITCH (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static char *
texts_of (GtkWidget *window)
{
  GString *texts = g_string_new (NULL);

  collect_texts (window, texts);
  return g_string_free (texts, FALSE);
}

/* What the fields held when the form opened, to tell later whether anything was typed. */
static void
remember_texts (GtkWidget *window)
{
  if (g_object_get_data (G_OBJECT (window), "kez-form-texts") == NULL)
    g_object_set_data_full (G_OBJECT (window), "kez-form-texts", texts_of (window), g_free);
}

static void
discard_confirmed (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
}

static gboolean
escape_pressed (GtkWidget *window,
                GVariant  *args,
                gpointer   user_data)
{
  g_autofree char *now = texts_of (window);
  const char *opened = g_object_get_data (G_OBJECT (window), "kez-form-texts");

  if (opened == NULL || g_strcmp0 (now, opened) == 0)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return TRUE;
    }
  kez_confirm (GTK_WINDOW (window), _("Discard What Was Typed?"),
               _("The form is closed and nothing of it is saved."), _("Discard"),
               ADW_RESPONSE_DESTRUCTIVE, NULL, discard_confirmed, g_object_ref (window),
               g_object_unref);
  return TRUE;
}

/**
 * kez_form_close_on_escape:
 *
 * Escape closes @window when nothing was typed in it since it opened, and asks first when
 * something was: a form filled in for minutes is never lost to one key.
 */
void
kez_form_close_on_escape (GtkWidget *window)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                            gtk_callback_action_new (escape_pressed, NULL, NULL));

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (window, controller);
  g_signal_connect (window, "map", G_CALLBACK (remember_texts), NULL);
}

void
kez_form_init (KezForm    *form,
               GtkWindow  *parent,
               const char *title,
               int         width,
               int         height)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  /* Labels without mnemonics: GTK 4.8 would read the underscore out to a screen reader. */
  GtkWidget *cancel = gtk_button_new_with_label (_("Cancel"));

  /* A dialog to a screen reader, which then reads its title on opening (GTK 4.8 would call
     a bare window a "filler"). */
  form->window = g_object_new (ADW_TYPE_WINDOW, "accessible-role", GTK_ACCESSIBLE_ROLE_DIALOG,
                               NULL);
  form->save = gtk_button_new_with_label (_("Save"));
  form->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  form->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());

  gtk_window_set_title (GTK_WINDOW (form->window), title);
  gtk_window_set_modal (GTK_WINDOW (form->window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (form->window), parent);
  gtk_window_set_default_size (GTK_WINDOW (form->window), width, height);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), form->window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  gtk_widget_add_css_class (form->save, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), form->save);

  gtk_widget_set_vexpand (GTK_WIDGET (form->page), TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->page));
  adw_toast_overlay_set_child (form->toasts, box);
  adw_window_set_content (ADW_WINDOW (form->window), GTK_WIDGET (form->toasts));
  kez_form_close_on_escape (form->window);
}

GtkEditable *
kez_form_add_entry_row (AdwPreferencesGroup *group,
                        const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);
  return GTK_EDITABLE (row);
}

void
kez_form_show_error (KezForm      *form,
                     const GError *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  /* Stays until dismissed: the planner may be looking at the paper, not the screen. */
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (form->toasts, toast);
}

/* A drop-down row of @items, with @selected chosen. */
AdwComboRow *
kez_form_add_combo_row (AdwPreferencesGroup *group,
                        const char          *title,
                        const char * const  *items,
                        guint                selected)
{
  GtkWidget *row = adw_combo_row_new ();
  GtkStringList *list = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (list));
  g_object_unref (list);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  adw_preferences_group_add (group, row);
  return ADW_COMBO_ROW (row);
}

static void
open_saved (AdwToast  *toast,
            GtkWindow *window)
{
  gtk_show_uri (window, g_object_get_data (G_OBJECT (toast), "uri"), GDK_CURRENT_TIME);
}

/**
 * kez_form_toast_saved:
 * @text: what was saved, "Saved “results.pdf”"
 *
 * Tells in the main window that @file was written, with a button to open it.
 */
void
kez_form_toast_saved (GtkWindow  *parent,
                      GFile      *file,
                      const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_button_label (toast, _("Open"));
  g_object_set_data_full (G_OBJECT (toast), "uri", g_file_get_uri (file), g_free);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (open_saved), parent);
  kez_toast_add (GTK_WIDGET (parent), toast);
}

/* ---- Long texts, and a Save that waits until the form can be saved ------------------------- */

static void
focus_text_view (GtkGestureClick *click,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkWidget       *view)
{
  gtk_widget_grab_focus (view);
}

/**
 * kez_form_add_text_area:
 *
 * A row of @group for a text that runs to sentences (a description, what a citizen raised):
 * its title above, the text wrapping below it as it is typed. An entry row would show one
 * line of it at a time.
 *
 * Returns: (transfer none): the text's buffer
 */
GtkTextBuffer *
kez_form_add_text_area (AdwPreferencesGroup *group,
                        const char          *title)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "text-area");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  /* Tab moves on to the next field, as in every other row of the form. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 60);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* A click on the title or the margins is a click on the text, as on an entry row. */
  g_signal_connect (click, "pressed", G_CALLBACK (focus_text_view), view);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  adw_preferences_group_add (group, row);
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

/* The whole text of @buffer, without the spaces and lines around it. */
char *
kez_form_text_of (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  char *text;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  return g_strstrip (text);
}

typedef struct
{
  GtkWidget        *save;
  KezFormValidFunc  valid;
  gpointer          data;
} Validity;

static void
check_validity (Validity *validity)
{
  gtk_widget_set_sensitive (validity->save, validity->valid (validity->data));
}

/**
 * kez_form_save_when:
 *
 * Save is enabled only while @valid says the form can be saved; it is asked now and again
 * whenever a field given to kez_form_check_on() changes.
 */
void
kez_form_save_when (KezForm          *form,
                    KezFormValidFunc  valid,
                    gpointer          data)
{
  Validity *validity = g_new0 (Validity, 1);

  validity->save = form->save;
  validity->valid = valid;
  validity->data = data;
  g_object_set_data_full (G_OBJECT (form->window), "kez-form-validity", validity, g_free);
  check_validity (validity);
}

/* @field: an editable (an entry row) or a text buffer */
void
kez_form_check_on (KezForm  *form,
                   gpointer  field)
{
  Validity *validity = g_object_get_data (G_OBJECT (form->window), "kez-form-validity");

  g_return_if_fail (validity != NULL);
  g_signal_connect_swapped (field, "changed", G_CALLBACK (check_validity), validity);
}

/* Asks again whether the form can be saved, after a change kez_form_check_on() cannot see. */
void
kez_form_revalidate (KezForm *form)
{
  Validity *validity = g_object_get_data (G_OBJECT (form->window), "kez-form-validity");

  if (validity != NULL)
    check_validity (validity);
}
