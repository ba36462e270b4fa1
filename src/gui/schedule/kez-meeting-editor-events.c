/* kez-meeting-editor-events.c
 *
 * A meeting's events in the editor (the personal reception, meetings with NGOs, the media
 * briefing): a row each, with its start as hours and minutes and a button to remove it. The
 * rows are the working copy's (fields.events), built again when one is added or removed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-meeting-editor-private.h"
#include "kez-meeting-labels.h"

/* Minutes read as on a clock: 10:05, not 10:5. */
gboolean
kez_meeting_editor_show_two_digits (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
event_time_changed (GtkSpinButton    *spin,
                    KezMeetingEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "event"));
  gboolean hours = g_object_get_data (G_OBJECT (spin), "hours") != NULL;
  KezMeetingEvent *event = &g_array_index (self->fields.events, KezMeetingEvent, index);
  int value = gtk_spin_button_get_value_as_int (spin);

  event->start_minute = hours ? value * 60 + event->start_minute % 60
                              : (event->start_minute / 60) * 60 + value;
  kez_meeting_editor_check (self);
}

static void
remove_event (GtkButton        *button,
              KezMeetingEditor *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "event"));

  g_array_remove_index (self->fields.events, index);
  kez_meeting_editor_rebuild_events (self);
  kez_meeting_editor_check (self);
}

static GtkWidget *
time_spin (KezMeetingEditor *self,
           guint             index,
           gboolean          hours,
           int               value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, hours ? 23 : 59, hours ? 1 : 5);

  if (!hours)
    g_signal_connect (spin, "output", G_CALLBACK (kez_meeting_editor_show_two_digits), NULL);

  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (spin, hours ? _("Hours") : _("Minutes"));
  g_object_set_data (G_OBJECT (spin), "event", GUINT_TO_POINTER (index));
  if (hours)
    g_object_set_data (G_OBJECT (spin), "hours", GINT_TO_POINTER (1));
  g_signal_connect (spin, "value-changed", G_CALLBACK (event_time_changed), self);
  return spin;
}

void
kez_meeting_editor_rebuild_events (KezMeetingEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->events_list))) != NULL)
    gtk_list_box_remove (self->events_list, child);

  for (guint i = 0; i < self->fields.events->len; i++)
    {
      const KezMeetingEvent *event = &g_array_index (self->fields.events, KezMeetingEvent, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      /* Translators: %1$s is an event such as "Media briefing" */
      g_autofree char *remove_label = g_strdup_printf (_("Remove %1$s"),
                                                       kez_event_kind_label (event->kind));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), kez_event_kind_label (event->kind));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), time_spin (self, i, TRUE,
                                                                  event->start_minute / 60));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (":"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), time_spin (self, i, FALSE,
                                                                  event->start_minute % 60));
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, remove_label);
      g_object_set_data (G_OBJECT (remove), "event", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_event), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->events_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->events_list), self->fields.events->len > 0);
}
