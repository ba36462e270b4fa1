/* kez-meeting-editor.c
 *
 * The editor works on a copy of the meeting's fields. Saving checks them with the same rules
 * as the import (kez_meeting_fields_check) and shows each message at its field; it saves
 * nothing until all are met. Deleting closes the editor and leaves the Undo to the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-body.h"
#include "kez-date-format.h"
#include "kez-form-window.h"
#include "kez-holidays.h"
#include "kez-kazakhstan-time.h"
#include "kez-language.h"
#include "kez-meeting-conflicts.h"
#include "kez-meeting-console.h"
#include "kez-meeting-deletion.h"
#include "kez-meeting-editor-private.h"
#include "kez-meeting-labels.h"
#include "kez-meetings.h"
#include "kez-region.h"
#include "kez-store-error.h"
#include "kez-take-along.h"


G_DEFINE_FINAL_TYPE (KezMeetingEditor, kez_meeting_editor, ADW_TYPE_WINDOW)

enum {
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- small helpers ----------------------------------------------------------------------- */

static GListModel *
labels_model (const char *(*label) (int),
              int          n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (int i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return G_LIST_MODEL (list);
}

static const char *position_label (int i) { return kez_position_label (i); }
static const char *status_label (int i) { return kez_status_label (i); }
static const char *format_label (int i) { return kez_format_label (i); }

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

static guint
position_of_code (GListModel *model,
                  const char *code)
{
  for (guint i = 0; code != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_code = NULL;

      g_object_get (item, "code", &item_code, NULL);
      if (g_strcmp0 (item_code, code) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* ---- fields ↔ widgets -------------------------------------------------------------------- */

static void
show_date (KezMeetingEditor *self)
{
  g_autofree char *text = kez_date_format (&self->fields.date);
  g_autoptr(GDateTime) date_time = g_date_time_new_local (g_date_get_year (&self->fields.date),
                                                          g_date_get_month (&self->fields.date),
                                                          g_date_get_day (&self->fields.date),
                                                          0, 0, 0);

  gtk_menu_button_set_label (self->date_button, text);
  gtk_calendar_select_day (self->calendar, date_time);
}

static void load_fields_now (KezMeetingEditor *self);

static void
load_fields (KezMeetingEditor *self)
{
  self->loading = TRUE;
  load_fields_now (self);
  self->loading = FALSE;
}

/* The widgets show the working copy again (after it was replaced: a merge). */
void
kez_meeting_editor_load_fields (KezMeetingEditor *self)
{
  load_fields (self);
}

static void
load_fields_now (KezMeetingEditor *self)
{
  KezMeetingFields *f = &self->fields;
  g_autoptr(GtkStringList) regions = gtk_string_list_new (NULL);

  adw_combo_row_set_selected (self->body_row, position_of_code (self->bodies, f->body_code));
  gtk_editable_set_text (GTK_EDITABLE (self->leader_entry), f->leader_name);
  adw_combo_row_set_selected (self->position_row, f->leader_position);
  show_date (self);
  gtk_spin_button_set_value (self->hour_spin, f->start_minute / 60);
  gtk_spin_button_set_value (self->minute_spin, f->start_minute % 60);
  gtk_spin_button_set_value (self->duration_spin, f->planned_minutes);
  adw_combo_row_set_selected (self->status_row, f->status);

  gtk_string_list_append (regions, _("Not set"));
  for (guint i = 0; i < g_list_model_get_n_items (self->regions); i++)
    {
      g_autoptr(KezRegion) region = g_list_model_get_item (self->regions, i);

      gtk_string_list_append (regions, kez_names_region (self->names, kez_region_get_code (region)));
    }
  adw_combo_row_set_model (self->region_row, G_LIST_MODEL (regions));
  adw_combo_row_set_selected (self->region_row,
                              f->region_code == NULL ? 0
                              : position_of_code (self->regions, f->region_code) + 1);

  gtk_editable_set_text (GTK_EDITABLE (self->locality_row), f->locality);
  gtk_editable_set_text (GTK_EDITABLE (self->venue_row), f->venue);
  adw_combo_row_set_selected (self->format_row, f->format);
  gtk_editable_set_text (GTK_EDITABLE (self->broadcast_row), f->broadcast_links);
  gtk_switch_set_active (self->video_switch, f->video_conference);
  gtk_editable_set_text (GTK_EDITABLE (self->akims_row), f->akims_attending);
  gtk_switch_set_active (self->deputy_pm_switch, f->deputy_pm_attending);
  gtk_editable_set_text (GTK_EDITABLE (self->deputy_pm_reason_entry), f->deputy_pm_reason);
  gtk_switch_set_active (self->off_schedule_switch, f->off_schedule);
  gtk_editable_set_text (GTK_EDITABLE (self->off_schedule_reason_entry), f->off_schedule_reason);
  gtk_editable_set_text (GTK_EDITABLE (self->date_choice_row), f->date_choice_note);
  gtk_editable_set_text (GTK_EDITABLE (self->topic_row), f->topic);
  kez_meeting_editor_rebuild_events (self);
}

/* Reads every widget back into the working copy (events are kept there as they change). */
static void
read_fields (KezMeetingEditor *self)
{
  KezMeetingFields *f = &self->fields;
  KezBody *body = adw_combo_row_get_selected_item (self->body_row);
  guint region = adw_combo_row_get_selected (self->region_row);
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  replace (&f->body_code, body != NULL ? kez_body_get_code (body) : "");
  replace (&f->leader_name, gtk_editable_get_text (GTK_EDITABLE (self->leader_entry)));
  f->leader_position = adw_combo_row_get_selected (self->position_row);
  g_date_set_dmy (&f->date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  f->start_minute = gtk_spin_button_get_value_as_int (self->hour_spin) * 60 +
                    gtk_spin_button_get_value_as_int (self->minute_spin);
  f->planned_minutes = gtk_spin_button_get_value_as_int (self->duration_spin);
  f->status = adw_combo_row_get_selected (self->status_row);
  g_clear_pointer (&f->region_code, g_free);
  if (region != GTK_INVALID_LIST_POSITION && region > 0)
    {
      g_autoptr(KezRegion) item = g_list_model_get_item (self->regions, region - 1);

      f->region_code = g_strdup (kez_region_get_code (item));
    }
  replace (&f->locality, gtk_editable_get_text (GTK_EDITABLE (self->locality_row)));
  replace (&f->venue, gtk_editable_get_text (GTK_EDITABLE (self->venue_row)));
  f->format = adw_combo_row_get_selected (self->format_row);
  replace (&f->broadcast_links, gtk_editable_get_text (GTK_EDITABLE (self->broadcast_row)));
  f->video_conference = gtk_switch_get_active (self->video_switch);
  replace (&f->akims_attending, gtk_editable_get_text (GTK_EDITABLE (self->akims_row)));
  f->deputy_pm_attending = gtk_switch_get_active (self->deputy_pm_switch);
  replace (&f->deputy_pm_reason, gtk_editable_get_text (GTK_EDITABLE (self->deputy_pm_reason_entry)));
  f->off_schedule = gtk_switch_get_active (self->off_schedule_switch);
  replace (&f->off_schedule_reason,
           gtk_editable_get_text (GTK_EDITABLE (self->off_schedule_reason_entry)));
  replace (&f->date_choice_note, gtk_editable_get_text (GTK_EDITABLE (self->date_choice_row)));
  replace (&f->topic, gtk_editable_get_text (GTK_EDITABLE (self->topic_row)));

  /* Events are held on the meeting's day. */
  for (guint i = 0; i < f->events->len; i++)
    g_array_index (f->events, KezMeetingEvent, i).date = f->date;
}

/* A new event starts when the meeting is planned to end. */
static void
action_add_event (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KezMeetingEditor *self = KEZ_MEETING_EDITOR (widget);
  KezEventKind kind = KEZ_EVENT_RECEPTION;
  int start;

  read_fields (self);
  kez_event_kind_from_string (g_variant_get_string (parameter, NULL), &kind);
  start = MIN (self->fields.start_minute + (int) self->fields.planned_minutes, 23 * 60);
  kez_meeting_fields_add_event (&self->fields, kind, &self->fields.date, start, -1, NULL, NULL);
  kez_meeting_editor_rebuild_events (self);
  kez_meeting_editor_check (self);
}

/* ---- checking and saving ----------------------------------------------------------------- */

/* What stops the meeting being saved in red; what only looks wrong (a collision with
 * another meeting) in the warning colour; else the field's own subtitle. */
static void
show_problem (GtkWidget  *row,
              const char *message,
              const char *warning,
              const char *subtitle)
{
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  if (message == NULL && warning != NULL)
    gtk_widget_add_css_class (row, "warning");
  else
    gtk_widget_remove_css_class (row, "warning");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), message != NULL ? message
                                                     : warning != NULL ? warning : subtitle);
}

/* Under the events: what stops the meeting being saved, in red, or else what only looks
 * wrong (an event before the start), in the warning colour; it can be saved all the same. */
static void
show_events_note (KezMeetingEditor *self,
                  const char       *error)
{
  g_autoptr(GPtrArray) warnings = error == NULL ? kez_meeting_fields_warn (&self->fields) : NULL;
  const char *warning = warnings != NULL && warnings->len > 0
                          ? ((KezMeetingProblem *) g_ptr_array_index (warnings, 0))->message : NULL;
  const char *note = error != NULL ? error : warning;

  gtk_label_set_label (self->events_error, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->events_error), note != NULL);
  if (error != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->events_error), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->events_error), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->events_error), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->events_error), "warning");
    }
}

static void
by_field (GPtrArray   *problems,
          const char **messages)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const KezMeetingProblem *problem = g_ptr_array_index (problems, i);

      if (messages[problem->field] == NULL)
        messages[problem->field] = problem->message;
    }
}

static gpointer
read_day (KezStore  *reader,
          gpointer   data,
          GError   **error)
{
  const GDate *day = data;

  return kez_meetings_list_range (reader, day, day);
}

static void
day_read (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  g_autoptr(GError) error = NULL;
  GListModel *same_day = kez_store_reader_read_finish (result, &error);
  KezMeetingEditor *self;

  if (same_day == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The meetings of the day could not be read: %s", error->message);
      return;
    }
  self = data;
  g_set_object (&self->form->same_day, same_day);
  g_object_unref (same_day);
  self->form->day = self->asked_day;
  kez_meeting_editor_check (self);
}

/* What the meeting collides with among the meetings of its day, as last read. A new date's
 * are read off the main thread, and checked against once they are there. */
static GPtrArray *
day_conflicts (KezMeetingEditor *self)
{
  const GDate *date = &self->fields.date;

  if (!g_date_valid (date) ||
      (g_date_valid (&self->form->day) && g_date_compare (date, &self->form->day) == 0))
    return kez_meeting_conflicts_among (&self->fields, self->form->same_day);
  if (!g_date_valid (&self->asked_day) || g_date_compare (date, &self->asked_day) != 0)
    {
      g_cancellable_cancel (self->day_cancellable);
      g_clear_object (&self->day_cancellable);
      self->day_cancellable = g_cancellable_new ();
      self->asked_day = *date;
      if (self->reader == NULL)
        self->reader = kez_store_reader_new (self->store);
      kez_store_reader_read_async (self->reader, read_day, g_memdup2 (date, sizeof *date), g_free,
                                   g_object_unref, self->day_cancellable, day_read, self);
    }
  return kez_meeting_conflicts_among (&self->fields, NULL);
}

/* Puts each message at its field, the errors of @problems (nullable: none shown) before the
 * warnings; returns whether the meeting can be saved. */
static gboolean
show_problems (KezMeetingEditor *self,
               GPtrArray        *problems)
{
  const char *messages[KEZ_FIELD_EVENTS + 1] = { NULL };
  const char *warnings[KEZ_FIELD_EVENTS + 1] = { NULL };
  g_autoptr(GPtrArray) conflicts = day_conflicts (self);
  /* The day as the calendar has it: a weekend or a holiday is worth a word. */
  g_autofree char *day = g_date_valid (&self->fields.date)
                           ? kez_day_off_describe (&self->fields.date) : NULL;

  by_field (problems, messages);
  by_field (conflicts, warnings);
  if (warnings[KEZ_FIELD_DATE] == NULL)
    warnings[KEZ_FIELD_DATE] = day;

  {
    /* The row shows the body chosen as its subtitle; a message goes under it, not instead. */
    KezBody *body = adw_combo_row_get_selected_item (self->body_row);
    const char *name = body != NULL ? kez_body_get_name (body, kez_language_from_locale ()) : NULL;
    const char *said = messages[KEZ_FIELD_BODY] != NULL ? messages[KEZ_FIELD_BODY]
                                                        : warnings[KEZ_FIELD_BODY];
    g_autofree char *both = name != NULL && said != NULL ? g_strdup_printf ("%s\n%s", name, said)
                                                         : NULL;

    show_problem (GTK_WIDGET (self->body_row),
                  messages[KEZ_FIELD_BODY] != NULL && both != NULL ? both : messages[KEZ_FIELD_BODY],
                  warnings[KEZ_FIELD_BODY] != NULL && both != NULL ? both : warnings[KEZ_FIELD_BODY],
                  name);
  }
  show_problem (GTK_WIDGET (self->leader_row), messages[KEZ_FIELD_LEADER],
                warnings[KEZ_FIELD_LEADER], NULL);
  show_problem (GTK_WIDGET (self->date_row), messages[KEZ_FIELD_DATE], warnings[KEZ_FIELD_DATE],
                NULL);
  show_problem (GTK_WIDGET (self->duration_row), messages[KEZ_FIELD_DURATION], NULL,
                _("Between 15 minutes and 8 hours; the presentation takes at most a quarter"));
  show_problem (GTK_WIDGET (self->off_schedule_reason_row),
                messages[KEZ_FIELD_OFF_SCHEDULE_REASON], NULL, NULL);
  show_problem (GTK_WIDGET (self->deputy_pm_reason_row), messages[KEZ_FIELD_DEPUTY_PM_REASON],
                NULL, NULL);
  show_events_note (self, messages[KEZ_FIELD_EVENTS]);
  return problems == NULL || problems->len == 0;
}

static gboolean
run_checks (KezMeetingEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;

  read_fields (self);
  problems = kez_meeting_fields_check (&self->fields, self->form->rules);
  return show_problems (self, problems);
}

void
kez_meeting_editor_check (KezMeetingEditor *self)
{
  if (self->loading)
    return;
  if (self->checking)
    run_checks (self);
  else
    {
      /* Before the first save only the warnings: the errors wait until they matter. */
      read_fields (self);
      show_problems (self, NULL);
    }
}

/* Checks and saves the working copy; the messages go to their fields or a toast. */
static gboolean
save_fields (KezMeetingEditor *self)
{
  g_autoptr(GError) error = NULL;

  self->checking = TRUE;
  if (!run_checks (self))
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Correct the fields marked in red")));
      return FALSE;
    }
  if (!kez_meetings_save (self->store, &self->fields, &error))
    {
      /* Someone else saved it since it was opened: what they did is shown, and asked. */
      if (g_error_matches (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT) &&
          self->original != NULL)
        kez_meeting_editor_resolve_conflict (self);
      else
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return FALSE;
    }
  return TRUE;
}

static void
action_save (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KezMeetingEditor *self = KEZ_MEETING_EDITOR (widget);

  if (save_fields (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* The meeting as saved, into a file for a laptop that will be offline. */
static void
action_take_along (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KezMeetingEditor *self = KEZ_MEETING_EDITOR (widget);

  if (self->original != NULL)
    kez_take_along_take (GTK_WINDOW (self), self->store,
                         kez_meeting_get_fields (self->original)->id);
}

static void
action_delete (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezMeetingEditor *self = KEZ_MEETING_EDITOR (widget);
  g_autoptr(KezMeetingDeletion) deletion = NULL;
  g_autoptr(GError) error = NULL;

  if (self->original == NULL)
    return;
  if (!(deletion = kez_meeting_deletion_delete (self->store, self->original, &error)))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[DELETED], 0, deletion);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The live console runs the meeting as saved; the editor closes. */
static void
open_console (KezMeetingEditor *self,
              KezMeeting       *meeting)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The main window keeps one console a meeting (win.show-console); an editor opened
     without it opens one of its own. */
  if (parent == NULL ||
      !gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-console", "x",
                                   kez_meeting_get_id (meeting)))
    {
      GtkWidget *console = kez_meeting_console_new (self->store, meeting);

      gtk_window_set_transient_for (GTK_WINDOW (console), parent);
      gtk_window_present (GTK_WINDOW (console));
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
live_answered (AdwMessageDialog *dialog,
               const char       *response,
               KezMeetingEditor *self)
{
  g_autoptr(KezMeeting) saved = NULL;

  if (g_str_equal (response, "discard"))
    open_console (self, self->original);
  else if (g_str_equal (response, "save") && save_fields (self) &&
           (saved = kez_meetings_get (self->store, self->fields.id)) != NULL)
    open_console (self, saved);
}

/* Unsaved edits are never dropped on the way to the console: saved, or dropped when asked. */
static void
action_live (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KezMeetingEditor *self = KEZ_MEETING_EDITOR (widget);
  GtkWidget *dialog;

  if (self->original == NULL)
    return;
  read_fields (self);
  if (kez_meeting_fields_equal (&self->fields, kez_meeting_get_fields (self->original)))
    {
      open_console (self, self->original);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save the Changes Before the Meeting?"),
                                   _("The meeting has changes that are not saved yet. The live "
                                     "console runs the meeting as saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("Cancel"),
                                    "discard", _("Discard Changes"), "save", _("Save and Start"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (live_answered), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The copy becomes a new, proposed meeting in this same window, not yet saved. */
static void
action_duplicate (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KezMeetingEditor *self = KEZ_MEETING_EDITOR (widget);

  read_fields (self);
  self->fields.id = 0;
  self->fields.status = KEZ_STATUS_PROPOSED;
  g_date_clear (&self->fields.published_on, 1);
  for (guint i = 0; i < self->fields.events->len; i++)
    g_array_index (self->fields.events, KezMeetingEvent, i).id = 0;
  g_clear_object (&self->original);

  adw_combo_row_set_selected (self->status_row, KEZ_STATUS_PROPOSED);
  adw_window_title_set_title (self->window_title, _("New Meeting"));
  adw_window_title_set_subtitle (self->window_title, _("A copy, not yet saved"));
  gtk_window_set_title (GTK_WINDOW (self), _("New Meeting"));
  gtk_widget_set_visible (self->actions_group, FALSE);
}

static void
day_selected (KezMeetingEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  g_date_set_dmy (&self->fields.date, g_date_time_get_day_of_month (day),
                  g_date_time_get_month (day), g_date_time_get_year (day));
  show_date (self);
  gtk_menu_button_popdown (self->date_button);
  kez_meeting_editor_check (self);
}

/* ---- life cycle -------------------------------------------------------------------------- */

static void
kez_meeting_editor_dispose (GObject *object)
{
  KezMeetingEditor *self = KEZ_MEETING_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_MEETING_EDITOR);
  /* A read of a day under way ends before its reader goes; its answer is then dropped. */
  g_cancellable_cancel (self->day_cancellable);
  g_clear_pointer (&self->reader, kez_store_reader_free);
  g_clear_object (&self->day_cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_pointer (&self->names, kez_names_free);
  g_clear_pointer (&self->form, kez_meeting_form_free);

  G_OBJECT_CLASS (kez_meeting_editor_parent_class)->dispose (object);
}

static void
kez_meeting_editor_finalize (GObject *object)
{
  KezMeetingEditor *self = KEZ_MEETING_EDITOR (object);

  kez_meeting_fields_clear (&self->fields);

  G_OBJECT_CLASS (kez_meeting_editor_parent_class)->finalize (object);
}

static void
kez_meeting_editor_class_init (KezMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_meeting_editor_dispose;
  object_class->finalize = kez_meeting_editor_finalize;

  /**
   * KezMeetingEditor::deleted:
   * @deletion: the meeting as it was and its questions, for an undo
   */
  signals[DELETED] =
    g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, KEZ_TYPE_MEETING_DELETION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/kez-meeting-editor.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KezMeetingEditor, name)
  BIND (toast_overlay);
  BIND (window_title);
  BIND (body_row);
  BIND (leader_row);
  BIND (leader_entry);
  BIND (position_row);
  BIND (date_row);
  BIND (date_button);
  BIND (calendar);
  BIND (hour_spin);
  BIND (minute_spin);
  BIND (duration_row);
  BIND (duration_spin);
  BIND (status_row);
  BIND (region_row);
  BIND (locality_row);
  BIND (venue_row);
  BIND (format_row);
  BIND (broadcast_row);
  BIND (video_switch);
  BIND (akims_row);
  BIND (deputy_pm_switch);
  BIND (deputy_pm_reason_row);
  BIND (deputy_pm_reason_entry);
  BIND (off_schedule_switch);
  BIND (off_schedule_reason_row);
  BIND (off_schedule_reason_entry);
  BIND (date_choice_row);
  BIND (topic_row);
  BIND (events_list);
  BIND (events_error);
  BIND (actions_group);
  BIND (take_group);
  BIND (record_group);
  BIND (record_start_row);
  BIND (record_duration_row);
  BIND (record_presentation_row);
  BIND (record_questions_row);
  BIND (record_answered_row);
  BIND (record_paused_row);
  BIND (record_rule_row);
#undef BIND

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, action_delete);
  gtk_widget_class_install_action (widget_class, "editor.duplicate", NULL, action_duplicate);
  gtk_widget_class_install_action (widget_class, "editor.live", NULL, action_live);
  gtk_widget_class_install_action (widget_class, "editor.take-along", NULL, action_take_along);
  gtk_widget_class_install_action (widget_class, "editor.add-event", "s", action_add_event);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save",
                                       NULL);
}

static void
kez_meeting_editor_init (KezMeetingEditor *self)
{
  g_autoptr(GListModel) positions = labels_model (position_label, KEZ_LEADER_COMMITTEE_CHAIR + 1);
  g_autoptr(GListModel) statuses = labels_model (status_label, KEZ_STATUS_CANCELLED + 1);
  g_autoptr(GListModel) formats = labels_model (format_label, KEZ_FORMAT_HYBRID + 1);

  g_type_ensure (KEZ_TYPE_BODY);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Escape asks before it discards a meeting filled in (one meant for a drop-down that had
     already closed used to lose it). */
  kez_form_close_on_escape (GTK_WIDGET (self));

  adw_combo_row_set_model (self->position_row, positions);
  adw_combo_row_set_model (self->status_row, statuses);
  adw_combo_row_set_model (self->format_row, formats);

  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected), self);
  g_signal_connect (self->minute_spin, "output", G_CALLBACK (kez_meeting_editor_show_two_digits), NULL);
  g_signal_connect_swapped (self->leader_entry, "changed", G_CALLBACK (kez_meeting_editor_check), self);
  g_signal_connect_swapped (self->duration_spin, "value-changed", G_CALLBACK (kez_meeting_editor_check), self);
  g_signal_connect_swapped (self->hour_spin, "value-changed", G_CALLBACK (kez_meeting_editor_check), self);
  g_signal_connect_swapped (self->minute_spin, "value-changed", G_CALLBACK (kez_meeting_editor_check), self);
  g_signal_connect_swapped (self->body_row, "notify::selected", G_CALLBACK (kez_meeting_editor_check), self);
  g_signal_connect_swapped (self->off_schedule_switch, "notify::active", G_CALLBACK (kez_meeting_editor_check), self);
  g_signal_connect_swapped (self->off_schedule_reason_entry, "changed", G_CALLBACK (kez_meeting_editor_check), self);
  g_signal_connect_swapped (self->deputy_pm_switch, "notify::active", G_CALLBACK (kez_meeting_editor_check), self);
  g_signal_connect_swapped (self->deputy_pm_reason_entry, "changed", G_CALLBACK (kez_meeting_editor_check), self);
}

/**
 * kez_meeting_editor_new:
 * @form: (transfer full): what kez_meeting_form_read() read for it
 * @meeting: (nullable): the meeting to edit, or %NULL for a new one on the form's day
 *
 * The editor reads nothing from @store while it opens: what it shows was read before, off
 * the main thread (kez_meeting_form_read()).
 */
GtkWidget *
kez_meeting_editor_new (KezStore       *store,
                        KezMeetingForm *form,
                        KezMeeting     *meeting)
{
  KezMeetingEditor *self;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);
  g_return_val_if_fail (form != NULL, NULL);

  self = g_object_new (KEZ_TYPE_MEETING_EDITOR, NULL);
  /* Setting the models below notifies "selected"; nothing is checked until
   * the fields are loaded. */
  self->loading = TRUE;
  self->store = g_object_ref (store);
  self->form = form;
  self->bodies = form->bodies;
  self->regions = form->regions;
  g_date_clear (&self->asked_day, 1);
  self->names = kez_names_new_from (form->bodies, form->regions, form->rules);
  kez_body_row_set_names (self->body_row, self->names);
  adw_combo_row_set_model (self->body_row, self->bodies);

  if (meeting != NULL)
    {
      self->original = g_object_ref (meeting);
      kez_meeting_fields_copy (kez_meeting_get_fields (meeting), &self->fields);
      adw_window_title_set_title (self->window_title, _("Edit Meeting"));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
    }
  else
    {
      kez_meeting_fields_init (&self->fields);
      replace (&self->fields.body_code, form->served_body);
      self->fields.date = form->day; /* the day asked for, or today */
      adw_window_title_set_title (self->window_title, _("New Meeting"));
      gtk_window_set_title (GTK_WINDOW (self), _("New Meeting"));
      gtk_widget_set_visible (self->actions_group, FALSE);
    }

  /* Whoever the server would refuse reads the meeting (asked already by the schedule page). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 kez_store_may (store, meeting != NULL ? "UPDATE" : "INSERT",
                                                "meetings", NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.duplicate",
                                 kez_store_may (store, "INSERT", "meetings", NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete",
                                 kez_store_may (store, "DELETE", "meetings", NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-event",
                                 kez_store_may (store, "INSERT", "meeting_events", NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.live",
                                 kez_store_may (store, "INSERT", "clock_events", NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.take-along",
                                 kez_store_may (store, "INSERT", "clock_events", NULL));
  load_fields (self);
  /* A meeting the rules changed under: what is to be done is said at once. */
  if (meeting != NULL && form->rules != NULL &&
      kez_rule_set_is_exempt (form->rules, self->fields.body_code) &&
      self->fields.status != KEZ_STATUS_CANCELLED)
    self->checking = TRUE;
  kez_meeting_editor_check (self);
  kez_meeting_editor_show_record (self);
  return GTK_WIDGET (self);
}
