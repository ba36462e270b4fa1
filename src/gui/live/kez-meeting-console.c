/* kez-meeting-console.c
 *
 * The clock of one meeting with its controls. The clock's record is read back from the
 * database when the console opens, so closing it, or the app dying, loses nothing: the
 * meeting goes on where it was. Each event is saved the moment it happens.
 *
 * Everything works from the keyboard wherever the focus is (kez-console-keys.c), in this
 * window and in the stage window; the focus starts on the clock, never on a button that opens
 * a form, and comes back to it when a question from the hall has been added.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-console"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-clock-events.h"
#include "kez-live-journal.h"
#include "kez-clock-face.h"
#include "kez-clock-record-labels.h"
#include "kez-confirm.h"
#include "kez-console-keys.h"
#include "kez-date-format.h"
#include "kez-event-dialog.h"
#include "kez-kazakhstan-time.h"
#include "kez-live-questions-pane.h"
#include "kez-meeting-clock.h"
#include "kez-meeting-console.h"
#include "kez-meetings.h"
#include "kez-reception-dialog.h"
#include "kez-stage-window.h"

struct _KezMeetingConsole
{
  AdwWindow         parent_instance;

  KezStore         *store;
  KezMeeting       *meeting;
  KezMeetingClock  *clock;
  KezClockSource    source;
  GtkWidget        *stage;
  GtkWidget        *face;
  GSettings        *settings;
  char             *message;        /* shown to the speaker, or NULL */
  gboolean          close_confirmed;

  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  GtkBox           *face_box;
  GtkBox           *questions_box;
  GtkWidget        *start_button;
  GtkWidget        *pause_button;
  GtkWidget        *resume_button;
  GtkMenuButton    *monitor_button;
  GtkLabel         *trust_label;
  GtkLabel         *journal_label;
  KezLiveJournal   *journal;    /* on a team server: where the record goes first */
  GtkEditable      *message_entry;
  GtkWidget        *shown_box;
  GtkLabel         *shown_label;
  AdwFlap          *flap;
  KezLiveQuestionsPane *pane;
};

G_DEFINE_FINAL_TYPE (KezMeetingConsole, kez_meeting_console, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STAGE_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error_message (KezMeetingConsole *self,
                    const char        *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
show_error (KezMeetingConsole *self,
            const GError      *error)
{
  show_error_message (self, error->message);
}

static gboolean
clock_running (KezMeetingConsole *self)
{
  KezClockPhase phase = kez_meeting_clock_get_phase (self->clock);

  return phase != KEZ_CLOCK_READY && phase != KEZ_CLOCK_FINISHED;
}

static void
update_controls (KezMeetingConsole *self)
{
  KezClockPhase phase = kez_meeting_clock_get_phase (self->clock);
  gboolean running = phase == KEZ_CLOCK_PRESENTATION || phase == KEZ_CLOCK_QUESTIONS;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "console.start", phase == KEZ_CLOCK_READY);
  gtk_widget_action_set_enabled (widget, "console.pause", running);
  gtk_widget_action_set_enabled (widget, "console.resume", phase == KEZ_CLOCK_PAUSED);
  gtk_widget_action_set_enabled (widget, "console.to-questions", phase == KEZ_CLOCK_PRESENTATION);
  gtk_widget_action_set_enabled (widget, "console.back-to-presentation",
                                 phase == KEZ_CLOCK_QUESTIONS);
  gtk_widget_action_set_enabled (widget, "console.finish", clock_running (self));
  gtk_widget_set_visible (self->start_button, phase == KEZ_CLOCK_READY);
  gtk_widget_set_visible (self->pause_button, phase != KEZ_CLOCK_READY && phase != KEZ_CLOCK_PAUSED);
  gtk_widget_set_visible (self->resume_button, phase == KEZ_CLOCK_PAUSED);
}

/* What the computer's clock did that a person should know; the figures do not depend on it. */
static void
show_trust (KezMeetingConsole   *self,
            const KezClockTrust *trust)
{
  g_autofree char *text = kez_record_trust_text (trust);

  gtk_label_set_label (self->trust_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->trust_label), text != NULL);
}

/* How many of the console's records wait for the team server, if any. */
static void
show_pending (KezMeetingConsole *self)
{
  guint pending = kez_live_journal_get_pending (self->journal);
  g_autofree char *text = NULL;

  if (pending > 0)
    /* Translators: %1$u is a number of records: clock events, citizens, questions */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%1$u record waits for the team server; it is kept "
                                         "on this computer and sent when the server answers.",
                                         "%1$u records wait for the team server; they are kept "
                                         "on this computer and sent when the server answers.",
                                         pending), pending);
  gtk_label_set_label (self->journal_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->journal_label), text != NULL);
}

/* Saved at once; if the disk refuses, the clock runs on and the timekeeper is told. On a team
 * server it goes into the journal on this computer, and the clock never waits for the
 * network; the record as saved is read back only from a file. */
static void
save_event (KezMeetingClock   *clock,
            KezClockEvent     *event,
            KezMeetingConsole *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) saved = NULL;
  KezClockTrust trust;

  if (self->journal != NULL)
    {
      if (!kez_live_journal_add_clock_event (self->journal, kez_meeting_get_id (self->meeting),
                                             event, &error))
        show_error (self, error);
      update_controls (self);
      return;
    }
  if (!kez_clock_events_append (self->store, kez_meeting_get_id (self->meeting), event, &error))
    show_error (self, error);
  saved = kez_clock_events_load (self->store, kez_meeting_get_id (self->meeting), &self->source,
                                 &trust);
  show_trust (self, &trust);
  update_controls (self);
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

/* ---- starting, and the safeguards around it ---------------------------------------------- */

static void
start_confirmed (gpointer data)
{
  act (data, kez_meeting_clock_start);
}

/* A meeting is held on its day; starting one on another day, or a cancelled one, is asked. */
static void
action_start (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (widget);
  const KezMeetingFields *fields = kez_meeting_get_fields (self->meeting);
  g_autofree char *day = kez_date_format (&fields->date);
  g_autofree char *body = NULL;
  GDate today;

  kez_kazakhstan_today (&today);
  if (fields->status == KEZ_STATUS_CANCELLED)
    {
      kez_confirm (GTK_WINDOW (self), _("Start a Cancelled Meeting?"),
                   _("This meeting is marked as cancelled in the schedule. Its clock record "
                     "will be kept all the same."),
                   _("Start Anyway"), ADW_RESPONSE_SUGGESTED, NULL, start_confirmed,
                   g_object_ref (self), g_object_unref);
      return;
    }
  if (g_date_valid (&fields->date) && g_date_compare (&fields->date, &today) != 0)
    {
      /* Translators: %1$s is a date such as "12 March 2026" */
      body = g_strdup_printf (_("This meeting is planned for %1$s, not today. Its clock "
                                "record will be the record of that meeting."), day);
      kez_confirm (GTK_WINDOW (self), _("Start a Meeting of Another Day?"), body,
                   _("Start Anyway"), ADW_RESPONSE_SUGGESTED, NULL, start_confirmed,
                   g_object_ref (self), g_object_unref);
      return;
    }
  act (self, kez_meeting_clock_start);
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
      action_start (widget, "console.start", NULL);
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
back_confirmed (gpointer data)
{
  act (data, kez_meeting_clock_back_to_presentation);
}

static void
action_back_to_presentation (GtkWidget *widget, const char *name, GVariant *parameter)
{
  kez_confirm (GTK_WINDOW (widget), _("Go Back to the Presentation?"),
               _("The presentation has had its quarter of the planned time. Every minute from "
                 "now on is recorded as a breach of the rule."),
               _("Go Back and Record the Breach"), ADW_RESPONSE_DESTRUCTIVE, NULL,
               back_confirmed, g_object_ref (widget), g_object_unref);
}

/* ---- finishing --------------------------------------------------------------------------- */

static void
finish_confirmed (gpointer data)
{
  KezMeetingConsole *self = g_object_get_data (data, "console");
  g_autoptr(GError) error = NULL;

  act (self, kez_meeting_clock_finish);
  if (kez_meeting_clock_get_phase (self->clock) != KEZ_CLOCK_FINISHED ||
      !gtk_check_button_get_active (GTK_CHECK_BUTTON (data)))
    return;
  /* On a team server through the journal, as the clock's events: never waiting for it. */
  if (self->journal != NULL
        ? !kez_live_journal_mark_held (self->journal, kez_meeting_get_id (self->meeting), &error)
        : !kez_meetings_set_status (self->store, kez_meeting_get_id (self->meeting),
                                    KEZ_STATUS_HELD, &error))
    {
      show_error (self, error);
      return;
    }
  show_error_message (self, _("The meeting is marked as held"));
}

static void
action_finish (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (widget);
  GtkWidget *held = gtk_check_button_new_with_label (_("Mark the meeting as held"));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (held),
                               kez_meeting_get_fields (self->meeting)->status != KEZ_STATUS_HELD);
  g_object_set_data_full (G_OBJECT (held), "console", g_object_ref (self), g_object_unref);
  kez_confirm (GTK_WINDOW (self), _("Finish the Meeting?"),
               _("The clock stops and the meeting’s record is closed."), _("Finish"),
               ADW_RESPONSE_DESTRUCTIVE, held, finish_confirmed, g_object_ref (held),
               g_object_unref);
}

/* ---- closing ----------------------------------------------------------------------------- */

static void
close_confirmed (gpointer data)
{
  KezMeetingConsole *self = data;

  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Closing a running console stops nothing, but a timekeeper who closes it by mistake loses
 * sight of the clock: it is asked. */
static gboolean
close_request (GtkWindow *window)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (window);

  if (self->close_confirmed || !clock_running (self))
    return GDK_EVENT_PROPAGATE;
  kez_confirm (window, _("Close the Console While the Meeting Runs?"),
               _("The clock goes on and its record is kept. The main window shows the running "
                 "meeting and opens its console again."),
               _("Close"), ADW_RESPONSE_DEFAULT, NULL, close_confirmed, g_object_ref (self),
               g_object_unref);
  return GDK_EVENT_STOP;
}

static void
action_close (GtkWidget *widget, const char *name, GVariant *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* ---- the stage view and the speaker's message -------------------------------------------- */

static gboolean handle_key (const char *action, gpointer data);

static gboolean
destroy_later (gpointer data)
{
  gtk_window_destroy (data);
  return G_SOURCE_REMOVE;
}

static void
show_stage (KezMeetingConsole *self,
            gboolean           show)
{
  if (!show && self->stage != NULL)
    {
      /* Destroyed once the key that closed it is handled: the stage window may be the one
       * handling it. */
      GtkWidget *stage = g_steal_pointer (&self->stage);

      g_object_remove_weak_pointer (G_OBJECT (stage), (gpointer *) &self->stage);
      gtk_widget_set_visible (stage, FALSE);
      g_idle_add_full (G_PRIORITY_DEFAULT, destroy_later, stage, NULL);
    }
  else if (show && self->stage == NULL)
    {
      self->stage = kez_stage_window_new (self->clock, GTK_WINDOW (self), handle_key, self);
      g_object_add_weak_pointer (G_OBJECT (self->stage), (gpointer *) &self->stage);
      kez_stage_window_set_message (KEZ_STAGE_WINDOW (self->stage), self->message);
      kez_stage_window_show (KEZ_STAGE_WINDOW (self->stage));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.leave-stage", self->stage != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE_SHOWN]);
}

static void
kez_meeting_console_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (object);

  switch (prop_id)
    {
    case PROP_STAGE_SHOWN:
      g_value_set_boolean (value, self->stage != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_meeting_console_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (object);

  switch (prop_id)
    {
    case PROP_STAGE_SHOWN:
      if (g_value_get_boolean (value) != (self->stage != NULL))
        show_stage (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
action_leave_stage (GtkWidget *widget, const char *name, GVariant *parameter)
{
  show_stage (KEZ_MEETING_CONSOLE (widget), FALSE);
}

static void
action_stage_monitor (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (widget);

  g_settings_set_string (self->settings, "stage-monitor", g_variant_get_string (parameter, NULL));
  if (self->stage != NULL)
    {
      show_stage (self, FALSE);
      show_stage (self, TRUE);
    }
}

/* With two monitors or more, the timekeeper picks the one facing the stage. */
static void
monitors_changed (KezMeetingConsole *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GMenu) menu = g_menu_new ();
  guint n = g_list_model_get_n_items (monitors);

  g_menu_append (menu, _("Another Monitor than the Console’s"), "console.stage-monitor::");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      const char *connector = gdk_monitor_get_connector (monitor);
      const char *model = gdk_monitor_get_model (monitor);
      g_autofree char *label = g_strdup_printf ("%s (%s)", model != NULL ? model : connector,
                                                connector != NULL ? connector : "");
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      if (connector == NULL)
        continue;
      g_menu_item_set_action_and_target (item, "console.stage-monitor", "s", connector);
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->monitor_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->monitor_button), n > 1);
}

static void
set_message (KezMeetingConsole *self,
             const char        *message)
{
  g_autofree char *shown = NULL;

  g_clear_pointer (&self->message, g_free);
  if (message != NULL && message[0] != '\0')
    self->message = g_strdup (message);
  if (self->stage != NULL)
    kez_stage_window_set_message (KEZ_STAGE_WINDOW (self->stage), self->message);
  if (self->message != NULL)
    /* Translators: %1$s is the message the speaker reads on the stage view */
    shown = g_strdup_printf (_("On the stage: “%1$s”"), self->message);
  gtk_label_set_label (self->shown_label, shown != NULL ? shown : "");
  gtk_widget_set_visible (self->shown_box, self->message != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.clear-message",
                                 self->message != NULL);
}

static void
action_show_message (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (widget);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (self->message_entry)));

  if (text[0] == '\0')
    return;
  set_message (self, text);
  gtk_editable_set_text (self->message_entry, "");
  gtk_widget_grab_focus (self->face);
}

static void
action_clear_message (GtkWidget *widget, const char *name, GVariant *parameter)
{
  set_message (KEZ_MEETING_CONSOLE (widget), NULL);
}

static void
action_preset (GtkWidget *widget, const char *name, GVariant *parameter)
{
  set_message (KEZ_MEETING_CONSOLE (widget), g_variant_get_string (parameter, NULL));
}

/* The keys of kez-console-keys.c, in this window and on the stage. */
static gboolean
handle_key (const char *action,
            gpointer    data)
{
  KezMeetingConsole *self = data;

  if (g_str_equal (action, "console.leave-stage") && self->stage == NULL)
    return FALSE;
  if (g_str_equal (action, "console.clear-message") && self->message == NULL)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
  return TRUE;
}

/* ---- questions, receptions and events ---------------------------------------------------- */

/* Ctrl+N: the keyboard goes to the field for a question asked now (the pane slides in when
 * the window is narrow). */
static void
action_new_question (GtkWidget *widget, const char *name, GVariant *parameter)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (widget);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  kez_live_questions_pane_focus_entry (self->pane);
}

static void
question_added (KezMeetingConsole *self)
{
  gtk_widget_grab_focus (self->face);
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
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

/* ---- life cycle -------------------------------------------------------------------------- */

static void
warning_changed (KezMeetingConsole *self)
{
  kez_clock_face_set_warning (KEZ_CLOCK_FACE (self->face),
                              g_settings_get_int (self->settings, "clock-warning-minutes") *
                              G_TIME_SPAN_MINUTE);
}

static void
kez_meeting_console_dispose (GObject *object)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (object);

  g_clear_pointer ((GtkWindow **) &self->stage, gtk_window_destroy);
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_data (self->clock, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_MEETING_CONSOLE);
  g_clear_object (&self->clock);
  g_clear_object (&self->journal);
  g_clear_object (&self->meeting);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (kez_meeting_console_parent_class)->dispose (object);
}

/* The keyboard starts on the clock: Space is the clock's, not a button's. (Set once the
 * window is shown: set before, GTK 4.8 gives the window the wrong role for a screen reader.) */
static void
kez_meeting_console_map (GtkWidget *widget)
{
  KezMeetingConsole *self = KEZ_MEETING_CONSOLE (widget);

  GTK_WIDGET_CLASS (kez_meeting_console_parent_class)->map (widget);
  if (gtk_root_get_focus (GTK_ROOT (self)) == NULL ||
      GTK_IS_BUTTON (gtk_root_get_focus (GTK_ROOT (self))))
    gtk_widget_grab_focus (self->face);
}

static void
kez_meeting_console_class_init (KezMeetingConsoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kez_meeting_console_dispose;
  object_class->get_property = kez_meeting_console_get_property;
  object_class->set_property = kez_meeting_console_set_property;
  window_class->close_request = close_request;
  widget_class->map = kez_meeting_console_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/kez-meeting-console.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KezMeetingConsole, name)
  BIND (toast_overlay);
  BIND (window_title);
  BIND (face_box);
  BIND (questions_box);
  BIND (start_button);
  BIND (pause_button);
  BIND (resume_button);
  BIND (monitor_button);
  BIND (trust_label);
  BIND (journal_label);
  BIND (message_entry);
  BIND (shown_box);
  BIND (shown_label);
  BIND (flap);
#undef BIND

  gtk_widget_class_install_action (widget_class, "console.start", NULL, action_start);
  gtk_widget_class_install_action (widget_class, "console.pause", NULL, action_pause);
  gtk_widget_class_install_action (widget_class, "console.resume", NULL, action_resume);
  gtk_widget_class_install_action (widget_class, "console.toggle", NULL, action_toggle);
  gtk_widget_class_install_action (widget_class, "console.to-questions", NULL,
                                   action_to_questions);
  gtk_widget_class_install_action (widget_class, "console.back-to-presentation", NULL,
                                   action_back_to_presentation);
  gtk_widget_class_install_action (widget_class, "console.finish", NULL, action_finish);
  /**
   * KezMeetingConsole:stage-shown:
   *
   * Whether the stage view for the speaker is shown; F11 and the header's toggle flip it.
   */
  properties[PROP_STAGE_SHOWN] =
    g_param_spec_boolean ("stage-shown", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_install_property_action (widget_class, "console.stage-view", "stage-shown");
  gtk_widget_class_install_action (widget_class, "console.leave-stage", NULL, action_leave_stage);
  gtk_widget_class_install_action (widget_class, "console.stage-monitor", "s",
                                   action_stage_monitor);
  gtk_widget_class_install_action (widget_class, "console.close", NULL, action_close);
  gtk_widget_class_install_action (widget_class, "console.show-message", NULL,
                                   action_show_message);
  gtk_widget_class_install_action (widget_class, "console.clear-message", NULL,
                                   action_clear_message);
  gtk_widget_class_install_action (widget_class, "console.preset", "s", action_preset);
  gtk_widget_class_install_action (widget_class, "console.new-question", NULL,
                                   action_new_question);
  gtk_widget_class_install_action (widget_class, "console.reception", NULL, action_reception);
  gtk_widget_class_install_action (widget_class, "console.event", "s", action_event);
}

static void
kez_meeting_console_init (KezMeetingConsole *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (BASE_ID);
  kez_console_keys_attach (GTK_WIDGET (self), handle_key, self);
  g_signal_connect_swapped (self->message_entry, "activate",
                            G_CALLBACK (action_show_message), self);
}

/* The clock, its face and the questions pane, from the meeting's saved record. */
static void
build (KezMeetingConsole *self)
{
  const KezMeetingFields *fields = kez_meeting_get_fields (self->meeting);
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (self->store);
  g_autoptr(GArray) events = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *pane;
  KezClockTrust trust;

  self->source = kez_clock_source_system ();
  self->clock = kez_meeting_clock_new (fields->planned_minutes,
                                       kez_rule_set_presentation_budget (rules,
                                                                         fields->planned_minutes),
                                       &self->source);
  events = kez_clock_events_load (self->store, fields->id, &self->source, &trust);
  self->journal = kez_live_journal_get (self->store);
  if (self->journal != NULL)
    {
      /* What was recorded while the server was away goes on from where the server's ends. */
      g_autoptr(GArray) kept = kez_live_journal_dup_clock_events (self->journal, fields->id);

      g_array_append_vals (events, kept->data, kept->len);
      g_object_ref (self->journal);
      g_signal_connect_object (self->journal, "notify::pending", G_CALLBACK (show_pending),
                               self, G_CONNECT_SWAPPED);
      show_pending (self);
    }
  if (!kez_meeting_clock_replay (self->clock, (KezClockEvent *) events->data, events->len, &error))
    show_error (self, error);
  show_trust (self, &trust);
  g_signal_connect (self->clock, "event", G_CALLBACK (save_event), self);

  self->face = kez_clock_face_new (self->clock);
  gtk_widget_set_focusable (self->face, TRUE);
  warning_changed (self);
  g_signal_connect_object (self->settings, "changed::clock-warning-minutes",
                           G_CALLBACK (warning_changed), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->face_box, self->face);

  pane = kez_live_questions_pane_new (self->store, fields->id);
  self->pane = KEZ_LIVE_QUESTIONS_PANE (pane);
  gtk_widget_set_hexpand (pane, TRUE);
  g_signal_connect_object (pane, "added", G_CALLBACK (question_added), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pane, "error", G_CALLBACK (show_error_message), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (self->questions_box, pane);
}

GtkWidget *
kez_meeting_console_new (KezStore   *store,
                         KezMeeting *meeting)
{
  KezMeetingConsole *self;
  g_autofree char *date = NULL;
  GListModel *monitors;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);
  g_return_val_if_fail (KEZ_IS_MEETING (meeting), NULL);

  self = g_object_new (KEZ_TYPE_MEETING_CONSOLE, NULL);
  self->store = g_object_ref (store);
  self->meeting = g_object_ref (meeting);
  build (self);

  date = kez_date_format (kez_meeting_get_date (meeting));
  gtk_window_set_title (GTK_WINDOW (self), _("Live Meeting"));
  adw_window_title_set_title (self->window_title, kez_meeting_get_fields (meeting)->leader_name);
  adw_window_title_set_subtitle (self->window_title, date);

  monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_signal_connect_object (monitors, "items-changed", G_CALLBACK (monitors_changed), self,
                           G_CONNECT_SWAPPED);
  monitors_changed (self);
  set_message (self, NULL);
  show_stage (self, FALSE);
  update_controls (self);
  return GTK_WIDGET (self);
}

/**
 * kez_meeting_console_get_meeting_id:
 *
 * Returns: the id of the meeting this console runs
 */
gint64
kez_meeting_console_get_meeting_id (KezMeetingConsole *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CONSOLE (self), 0);
  return kez_meeting_get_id (self->meeting);
}
