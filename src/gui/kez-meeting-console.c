/* kez-meeting-console.c
 *
 * The clock of one meeting with its controls. The clock's record is read back from the
 * database when the console opens, so closing it, or the app dying, loses nothing: the
 * meeting goes on where it was. Each event is saved the moment it happens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-console"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "kez-clock-events.h"
#include "kez-clock-face.h"
#include "kez-event-dialog.h"
#include "kez-date-format.h"
#include "kez-meeting-clock.h"
#include "kez-live-questions.h"
#include "kez-meeting-console.h"
#include "kez-reception-dialog.h"
#include "kez-accessible.h"

struct _KezMeetingConsole
{
  AdwWindow         parent_instance;

  KezStore         *store;
  KezMeeting       *meeting;
  KezMeetingClock  *clock;
  KezClockSource    source;
  GtkWidget        *stage;
  GSettings        *settings;
  guint             timeout;

  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  GtkBox           *face_box;
  GtkWidget        *start_button;
  GtkWidget        *pause_button;
  GtkWidget        *resume_button;
  GtkListBox       *questions;
  GtkEditable      *question_entry;
  GtkDropDown      *question_channel;
};

G_DEFINE_FINAL_TYPE (KezMeetingConsole, kez_meeting_console, ADW_TYPE_WINDOW)

/* KEZDESU_CLOCK_SPEED=N runs the clock N times faster, so that a test can see a budget run
 * out in seconds. Nothing else reads it. */
static double speed = 1.0;
static gint64 speed_origin_monotonic;
static gint64 speed_origin_wall;

static gint64
scaled_monotonic (gpointer data)
{
  return speed_origin_monotonic + (gint64) ((g_get_monotonic_time () - speed_origin_monotonic) * speed);
}

static gint64
scaled_wall (gpointer data)
{
  return speed_origin_wall + (gint64) ((g_get_real_time () - speed_origin_wall) * speed);
}

static void
init_source (KezMeetingConsole *self)
{
  const char *text = g_getenv ("KEZDESU_CLOCK_SPEED");

  if (text != NULL && speed_origin_monotonic == 0)
    {
      speed = MAX (1.0, g_ascii_strtod (text, NULL));
      speed_origin_monotonic = g_get_monotonic_time ();
      speed_origin_wall = g_get_real_time ();
    }
  self->source = (KezClockSource) { scaled_monotonic, scaled_wall, NULL };
}

static void
warning_changed (GSettings  *settings,
                 const char *key,
                 GtkWidget  *face)
{
  kez_clock_face_set_warning (KEZ_CLOCK_FACE (face),
                              g_settings_get_int (settings, key) * G_TIME_SPAN_MINUTE);
}

static void
show_error (KezMeetingConsole *self,
            const GError      *error)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
update_controls (KezMeetingConsole *self)
{
  KezClockPhase phase = kez_meeting_clock_get_phase (self->clock);
  gboolean running = phase == KEZ_CLOCK_PRESENTATION || phase == KEZ_CLOCK_QUESTIONS;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.start", phase == KEZ_CLOCK_READY);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.pause", running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.resume", phase == KEZ_CLOCK_PAUSED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.to-questions",
                                 phase == KEZ_CLOCK_PRESENTATION);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.back-to-presentation",
                                 phase == KEZ_CLOCK_QUESTIONS);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.finish",
                                 phase != KEZ_CLOCK_READY && phase != KEZ_CLOCK_FINISHED);
  gtk_widget_set_visible (self->start_button, phase == KEZ_CLOCK_READY);
  gtk_widget_set_visible (self->pause_button, phase != KEZ_CLOCK_READY && phase != KEZ_CLOCK_PAUSED);
  gtk_widget_set_visible (self->resume_button, phase == KEZ_CLOCK_PAUSED);
}

static gboolean
tick (gpointer data)
{
  update_controls (data);
  return G_SOURCE_CONTINUE;
}

/* Saved at once; if the disk refuses, the clock runs on and the timekeeper is told. */
static void
save_event (KezMeetingClock   *clock,
            KezClockEvent     *event,
            KezMeetingConsole *self)
{
  g_autoptr(GError) error = NULL;

  if (!kez_clock_events_append (self->store, kez_meeting_get_id (self->meeting), event, &error))
    show_error (self, error);
}

static void
act (KezMeetingConsole *self,
     gboolean         (*action) (KezMeetingClock *, GError **))
{
  g_autoptr(GError) error = NULL;

  if (!action (self->clock, &error))
    show_error (self, error);
  update_controls (self);
}

static void
action_start (GtkWidget *widget, const char *name, GVariant *parameter)
{
  act (KEZ_MEETING_CONSOLE (widget), kez_meeting_clock_start);
}

static void
action_pause (GtkWidget *widget, const char *name, GVariant *parameter)
{
  act (KEZ_MEETING_CONSOLE (widget), kez_meeting_clock_pause);
}

static void
action_resume (GtkWidget *widget, const char *name, GVariant *parameter)
{
  act (KEZ_MEETING_CONSOLE (widget), kez_meeting_clock_resume);
}

static void
action_to_questions (GtkWidget *widget, const char *name, GVariant *parameter)
{
  act (KEZ_MEETING_CONSOLE (widget), kez_meeting_clock_to_questions);
}

/* Space: whichever of start, pause and resume applies. */
static void
action_toggle (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (widget);

  switch (kez_meeting_clock_get_phase (self->clock))
    {
    case KEZ_CLOCK_READY:
      act (self, kez_meeting_clock_start);
      break;
    case KEZ_CLOCK_PAUSED:
      act (self, kez_meeting_clock_resume);
      break;
    case KEZ_CLOCK_PRESENTATION:
    case KEZ_CLOCK_QUESTIONS:
      act (self, kez_meeting_clock_pause);
      break;
    case KEZ_CLOCK_FINISHED:
    default:
      break;
    }
}

static void
confirmed (AdwMessageDialog  *dialog,
           const char        *response,
           KezMeetingConsole *self)
{
  if (g_str_equal (response, "back"))
    act (self, kez_meeting_clock_back_to_presentation);
  else if (g_str_equal (response, "finish"))
    act (self, kez_meeting_clock_finish);
}

static void
confirm (KezMeetingConsole *self,
         const char        *heading,
         const char        *body,
         const char        *response,
         const char        *label,
         AdwResponseAppearance appearance)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("Cancel"),
                                    response, label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response, appearance);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirmed), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_back_to_presentation (GtkWidget *widget, const char *name, GVariant *parameter)
{
  confirm (KEZ_MEETING_CONSOLE (widget), _("Go Back to the Presentation?"),
           _("The presentation has had its quarter of the planned time. Every minute from now "
             "on is recorded as a breach of the rule."),
           "back", _("Go Back and Record the Breach"), ADW_RESPONSE_DESTRUCTIVE);
}

static void
action_finish (GtkWidget *widget, const char *name, GVariant *parameter)
{
  confirm (KEZ_MEETING_CONSOLE (widget), _("Finish the Meeting?"),
           _("The clock stops and the meeting’s record is closed."),
           "finish", _("Finish"), ADW_RESPONSE_DESTRUCTIVE);
}

/* The warning threshold is the user's preference, followed as it changes. */
static GtkWidget *
new_face (KezMeetingConsole *self)
{
  GtkWidget *face = kez_clock_face_new (self->clock);

  kez_clock_face_set_warning (KEZ_CLOCK_FACE (face),
                              g_settings_get_int (self->settings, "clock-warning-minutes") *
                              G_TIME_SPAN_MINUTE);
  g_signal_connect_object (self->settings, "changed::clock-warning-minutes",
                           G_CALLBACK (warning_changed), face, 0);
  return face;
}

/* The speaker's screen: the clock alone, full screen, on another monitor when there is one. */
static void
show_stage (KezMeetingConsole *self,
            gboolean           show)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  guint n = g_list_model_get_n_items (monitors);

  if (!show)
    {
      g_clear_pointer ((GtkWindow **) &self->stage, gtk_window_destroy);
      return;
    }
  if (self->stage != NULL)
    return;

  self->stage = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (self->stage), _("Stage View"));
  gtk_widget_add_css_class (self->stage, "stage");
  gtk_window_set_child (GTK_WINDOW (self->stage), new_face (self));
  g_object_add_weak_pointer (G_OBJECT (self->stage), (gpointer *) &self->stage);
  {
    g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, n - 1);
    GdkRectangle area;

    /* Sized to the monitor as well, for a session without a window manager to honour
     * full screen. */
    gdk_monitor_get_geometry (monitor, &area);
    gtk_window_set_default_size (GTK_WINDOW (self->stage), area.width, area.height);
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->stage), monitor);
  }
  gtk_window_present (GTK_WINDOW (self->stage));
}

static void
action_stage_view (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (widget);

  show_stage (self, self->stage == NULL);
}

/* ---- questions during the meeting -------------------------------------------------------- */

static void show_questions (KezMeetingConsole *self);

static void
stamp_question (GtkButton         *button,
                KezMeetingConsole *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "question"));
  gboolean answered = g_object_get_data (G_OBJECT (button), "answered") != NULL;
  g_autoptr(GError) error = NULL;

  if (!(answered ? kez_live_questions_mark_answered (self->store, id, &error)
                 : kez_live_questions_mark_answering (self->store, id, &error)))
    show_error (self, error);
  show_questions (self);
}

static GtkWidget *
stamp_button (KezMeetingConsole *self,
              KezLiveQuestion   *question,
              const char        *label,
              gboolean           answered)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "small");
  g_object_set_data (G_OBJECT (button), "question",
                     GSIZE_TO_POINTER (kez_live_question_get_id (question)));
  if (answered)
    g_object_set_data (G_OBJECT (button), "answered", GINT_TO_POINTER (1));
  g_signal_connect (button, "clicked", G_CALLBACK (stamp_question), self);
  return button;
}

/* The question's words on the full width of the pane, its stamps under them. */
static GtkWidget *
question_row (KezMeetingConsole *self,
              KezLiveQuestion   *question)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *text = gtk_label_new (kez_live_question_get_text (question));
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *state = NULL;

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  if (kez_live_question_get_answered (question))
    {
      state = gtk_label_new (_("Answered"));
      gtk_widget_add_css_class (text, "dim-label");
    }
  else if (kez_live_question_get_answering (question))
    state = gtk_label_new (_("Being answered now"));
  if (state != NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (state), 0);
      gtk_widget_add_css_class (state, "caption");
      gtk_widget_set_hexpand (state, TRUE);
      gtk_box_append (GTK_BOX (actions), state);
    }

  if (!kez_live_question_get_answered (question))
    {
      GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_set_hexpand (spacer, TRUE);
      if (state == NULL)
        gtk_box_append (GTK_BOX (actions), spacer);
      if (!kez_live_question_get_answering (question))
        gtk_box_append (GTK_BOX (actions), stamp_button (self, question, _("Answering"), FALSE));
      gtk_box_append (GTK_BOX (actions), stamp_button (self, question, _("Answered"), TRUE));
    }
  gtk_box_append (GTK_BOX (box), actions);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
show_questions (KezMeetingConsole *self)
{
  g_autoptr(GListModel) questions = kez_live_questions_list (self->store,
                                                             kez_meeting_get_id (self->meeting));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->questions))) != NULL)
    gtk_list_box_remove (self->questions, child);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(KezLiveQuestion) question = g_list_model_get_item (questions, i);

      gtk_list_box_append (self->questions, question_row (self, question));
    }
  if (g_list_model_get_n_items (questions) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No questions accepted yet"));
      gtk_list_box_append (self->questions, row);
    }
}

static void
add_question (KezMeetingConsole *self)
{
  static const char * const channels[] = { "hall", "online-comment" };
  guint channel = gtk_drop_down_get_selected (self->question_channel);
  g_autoptr(GError) error = NULL;

  if (kez_live_questions_add (self->store, kez_meeting_get_id (self->meeting),
                              channels[channel < 2 ? channel : 0],
                              gtk_editable_get_text (self->question_entry), &error) == 0)
    {
      show_error (self, error);
      return;
    }
  gtk_editable_set_text (self->question_entry, "");
  show_questions (self);
}

/* Beside the clock: a field for a question from the hall or the broadcast, and the queue. */
static GtkWidget *
build_questions_pane (KezMeetingConsole *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (_("Questions"));
  GtkWidget *entry_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *add = gtk_button_new_with_label (_("Add"));
  const char *channels[] = { _("From the hall"), _("Online comment"), NULL };
  GtkWidget *channel = gtk_drop_down_new_from_strings (channels);
  GtkWidget *list = gtk_list_box_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_EXTERNAL,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scroller, 340, -1);
  gtk_widget_set_hexpand (scroller, FALSE);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("A question asked now"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("A question asked now"), -1);
  kez_accessible_name_drop_down (GTK_DROP_DOWN (channel), _("Where the question comes from"));
  gtk_widget_set_hexpand (entry, TRUE);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (add_question), self);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_question), self);
  gtk_box_append (GTK_BOX (entry_row), entry);
  gtk_box_append (GTK_BOX (entry_row), add);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), entry_row);
  gtk_box_append (GTK_BOX (box), channel);
  gtk_box_append (GTK_BOX (box), list);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);

  self->questions = GTK_LIST_BOX (list);
  self->question_entry = GTK_EDITABLE (entry);
  self->question_channel = GTK_DROP_DOWN (channel);
  return scroller;
}

static void
action_reception (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (widget);

  gtk_window_present (GTK_WINDOW (kez_reception_dialog_new (GTK_WINDOW (self), self->store,
                                                            kez_meeting_get_id (self->meeting))));
}

static void
action_event (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (widget);
  KezEventKind kind = KEZ_EVENT_NGO_MEETING;

  kez_event_kind_from_string (g_variant_get_string (parameter, NULL), &kind);
  gtk_window_present (GTK_WINDOW (kez_event_dialog_new (GTK_WINDOW (self), self->store,
                                                        self->meeting, kind)));
}

static void
kez_meeting_console_dispose (GObject *object)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (object);

  g_clear_handle_id (&self->timeout, g_source_remove);
  show_stage (self, FALSE);
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_data (self->clock, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_MEETING_CONSOLE);
  g_clear_object (&self->clock);
  g_clear_object (&self->meeting);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kez_meeting_console_parent_class)->dispose (object);
}

static void
kez_meeting_console_class_init (KezMeetingConsoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_meeting_console_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/kez-meeting-console.ui");
  gtk_widget_class_bind_template_child (widget_class, KezMeetingConsole, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KezMeetingConsole, window_title);
  gtk_widget_class_bind_template_child (widget_class, KezMeetingConsole, face_box);
  gtk_widget_class_bind_template_child (widget_class, KezMeetingConsole, start_button);
  gtk_widget_class_bind_template_child (widget_class, KezMeetingConsole, pause_button);
  gtk_widget_class_bind_template_child (widget_class, KezMeetingConsole, resume_button);

  gtk_widget_class_install_action (widget_class, "console.start", NULL, action_start);
  gtk_widget_class_install_action (widget_class, "console.pause", NULL, action_pause);
  gtk_widget_class_install_action (widget_class, "console.resume", NULL, action_resume);
  gtk_widget_class_install_action (widget_class, "console.toggle", NULL, action_toggle);
  gtk_widget_class_install_action (widget_class, "console.to-questions", NULL,
                                   action_to_questions);
  gtk_widget_class_install_action (widget_class, "console.back-to-presentation", NULL,
                                   action_back_to_presentation);
  gtk_widget_class_install_action (widget_class, "console.finish", NULL, action_finish);
  gtk_widget_class_install_action (widget_class, "console.stage-view", NULL, action_stage_view);
  gtk_widget_class_install_action (widget_class, "console.reception", NULL, action_reception);
  gtk_widget_class_install_action (widget_class, "console.event", "s", action_event);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "console.toggle", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_q, 0, "console.to-questions", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "console.stage-view", NULL);
}

static void
kez_meeting_console_init (KezMeetingConsole *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (BASE_ID);
}

GtkWidget *
kez_meeting_console_new (KezStore   *store,
                         KezMeeting *meeting)
{
  KezMeetingConsole *self;
  g_autoptr(KezRuleSet) rules = NULL;
  g_autoptr(GArray) events = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  const KezMeetingFields *fields;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);
  g_return_val_if_fail (KEZ_IS_MEETING (meeting), NULL);

  self = g_object_new (KEZ_TYPE_MEETING_CONSOLE, NULL);
  self->store = g_object_ref (store);
  self->meeting = g_object_ref (meeting);
  fields = kez_meeting_get_fields (meeting);
  init_source (self);

  rules = kez_store_dup_active_rule_set (store);
  self->clock = kez_meeting_clock_new (fields->planned_minutes,
                                       kez_rule_set_presentation_budget (rules,
                                                                         fields->planned_minutes),
                                       &self->source);
  events = kez_clock_events_load (store, kez_meeting_get_id (meeting), &self->source);
  if (!kez_meeting_clock_replay (self->clock, (KezClockEvent *) events->data, events->len, &error))
    show_error (self, error);
  g_signal_connect (self->clock, "event", G_CALLBACK (save_event), self);

  date = kez_date_format (&fields->date);
  gtk_window_set_title (GTK_WINDOW (self), _("Live Meeting"));
  adw_window_title_set_title (self->window_title, fields->leader_name);
  adw_window_title_set_subtitle (self->window_title, date);
  gtk_box_append (self->face_box, new_face (self));
  gtk_box_append (self->face_box, build_questions_pane (self));
  show_questions (self);

  update_controls (self);
  self->timeout = g_timeout_add (250, tick, self);
  return GTK_WIDGET (self);
}
