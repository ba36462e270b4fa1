/* kez-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-action-plan-page.h"
#include "kez-backup.h"
#include "kez-clock-events.h"
#include "kez-meeting-console.h"
#include "kez-meetings.h"
#include "kez-people.h"
#include "kez-questions-page.h"
#include "kez-schedule-page.h"
#include "kez-server-bar.h"
#include "kez-server-password-form.h"
#include "kez-shortcuts.h"
#include "kez-startup-probe.h"
#include "kez-window.h"

struct _KezWindow
{
  AdwApplicationWindow  parent_instance;

  KezStore             *store;
  GSettings            *settings;

  GtkStack             *main_stack;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  KezSchedulePage      *schedule_page;
  AdwBin               *questions_slot;
  AdwBin               *action_plan_slot;
  KezQuestionsPage     *questions_page;    /* NULL until built, after the first frame */
  KezActionPlanPage    *action_plan_page;
  guint                 build_pages_idle;
  AdwStatusPage        *error_page;
  GtkRevealer          *running_bar;
  GtkWidget            *server_bar;
  KezServerBar         *server_look;
  GtkLabel             *running_label;
  GtkWidget            *role_bar;
  KezRole               role;      /* as the window was built for it */
  GtkLabel             *role_label;
  GtkWidget            *console;      /* the console last opened, while it is open */
  gint64                running_id;   /* the meeting whose clock runs, or 0 */
  char                 *database_path;
};

G_DEFINE_FINAL_TYPE (KezWindow, kez_window, ADW_TYPE_APPLICATION_WINDOW)

static void
recover_clicked (GtkButton *button,
                 KezWindow *self)
{
  g_autofree char *damaged = NULL;
  g_autoptr(GError) error = NULL;

  if (!kez_backup_recover (self->database_path, g_object_get_data (G_OBJECT (button), "backup"), &damaged,
                           &error))
    {
      adw_status_page_set_description (self->error_page, error->message);
      return;
    }
  g_message ("The damaged database was moved to %s", damaged);
  gtk_widget_activate_action (GTK_WIDGET (self), "app.reopen", NULL);
}

/* A damaged file is never written to; when there is a backup, it is offered in its place. */
static void
show_store_error (KezWindow    *self,
                  const GError *error)
{
  g_autoptr(GPtrArray) backups = kez_backup_list (self->database_path);

  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.page", FALSE);

  if (g_error_matches (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_PASSWORD))
    {
      adw_status_page_set_icon_name (self->error_page, "dialog-password-symbolic");
      adw_status_page_set_title (self->error_page, _("Connect to the Team Server"));
      adw_status_page_set_description (self->error_page, error->message);
      adw_status_page_set_child (self->error_page, kez_server_password_form_new ());
      return;
    }
  if (g_error_matches (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CORRUPT) && backups != NULL &&
      backups->len > 0)
    {
      const KezBackup *latest = g_ptr_array_index (backups, 0);
      g_autofree char *when = g_date_time_format (latest->made, "%d.%m.%Y %H:%M");
      /* Translators: %1$s is a date and time */
      g_autofree char *label = g_strdup_printf (_("Open the Backup of %1$s"), when);
      GtkWidget *button = gtk_button_new_with_label (label);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *note = gtk_label_new (_("The damaged file is kept beside it, renamed, for "
                                         "whoever can repair it."));

      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_label_set_wrap (GTK_LABEL (note), TRUE);
      gtk_label_set_justify (GTK_LABEL (note), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (note, "dim-label");
      g_object_set_data_full (G_OBJECT (button), "backup", g_strdup (latest->path), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (recover_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
      gtk_box_append (GTK_BOX (box), note);
      adw_status_page_set_child (self->error_page, box);
    }
}

static void open_console (GtkWidget *widget, const char *action_name, GVariant *parameter);

static void
activate_page (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezWindow *self = KEZ_WINDOW (widget);
  GtkWidget *child = adw_view_stack_get_child_by_name (self->stack,
                                                        g_variant_get_string (parameter, NULL));
  GtkWidget *focus;
  GtkWidget *page;

  /* A page the person's role does not read is not there (show_role()). */
  if (child == NULL || !adw_view_stack_page_get_visible (adw_view_stack_get_page (self->stack,
                                                                                   child)))
    return;
  adw_view_stack_set_visible_child (self->stack, child);
  /* Alt+1, 2, 3 take the keyboard to the page as well: its own keys (Ctrl+N, the triage
   * letters) then act, whatever had the focus before (a closed drop-down's list leaves it
   * nowhere). */
  page = adw_view_stack_get_visible_child (self->stack);
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (page != NULL && (focus == NULL || !gtk_widget_is_ancestor (focus, page)) &&
      !gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (page);
}

/**
 * kez_window_show_console:
 *
 * Shows the live console of @meeting: the one already open, or a new one. Every way to the
 * console (the editor, the running meeting's bar, a restart) comes through here, so that a
 * meeting never has two consoles.
 */
void
kez_window_show_console (KezWindow  *self,
                         KezMeeting *meeting)
{
  g_return_if_fail (KEZ_IS_WINDOW (self));
  g_return_if_fail (KEZ_IS_MEETING (meeting));

  if (self->console == NULL ||
      kez_meeting_console_get_meeting_id (KEZ_MEETING_CONSOLE (self->console)) !=
        kez_meeting_get_id (meeting))
    {
      if (self->console != NULL)
        g_object_remove_weak_pointer (G_OBJECT (self->console), (gpointer *) &self->console);
      self->console = kez_meeting_console_new (self->store, meeting);
      g_object_add_weak_pointer (G_OBJECT (self->console), (gpointer *) &self->console);
      gtk_window_set_transient_for (GTK_WINDOW (self->console), GTK_WINDOW (self));
    }
  gtk_window_present (GTK_WINDOW (self->console));
}

/* win.show-console (x): the console of the meeting of that id. */
static void
show_console (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KezWindow *self = KEZ_WINDOW (widget);
  g_autoptr(KezMeeting) meeting = kez_meetings_get (self->store, g_variant_get_int64 (parameter));

  if (meeting != NULL)
    kez_window_show_console (self, meeting);
}

static void
open_console (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KezWindow *self = KEZ_WINDOW (widget);
  g_autoptr(KezMeeting) meeting = NULL;

  if (self->running_id != 0 && (meeting = kez_meetings_get (self->store, self->running_id)) != NULL)
    kez_window_show_console (self, meeting);
}

/* While a meeting's clock runs, the window says so and leads back to its console. */
static void
update_running_bar (KezWindow *self)
{
  g_autoptr(KezMeeting) meeting = NULL;
  g_autofree char *text = NULL;

  self->running_id = kez_clock_events_find_running (self->store);
  if (self->running_id != 0)
    meeting = kez_meetings_get (self->store, self->running_id);
  if (meeting != NULL)
    /* Translators: %1$s is the leader who holds the meeting */
    text = g_strdup_printf (_("The meeting of %1$s is running: its clock goes on."),
                            kez_meeting_get_fields (meeting)->leader_name);
  gtk_label_set_label (self->running_label, text != NULL ? text : "");
  gtk_revealer_set_reveal_child (self->running_bar, meeting != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-console", meeting != NULL);
}

static void
store_changed (KezWindow  *self,
               const char *what)
{
  if (g_strcmp0 (what, "clock-events") == 0 || g_strcmp0 (what, "meetings") == 0)
    update_running_bar (self);
}

static void
kez_window_dispose (GObject *object)
{
  KezWindow *self = (KezWindow *) object;

  if (self->console != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->console), (gpointer *) &self->console);
  self->console = NULL;

  g_clear_handle_id (&self->build_pages_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_WINDOW);
  g_clear_object (&self->server_look);
  g_clear_object (&self->store);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kez_window_parent_class)->dispose (object);
}

static void
kez_window_class_init (KezWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_window_dispose;

  g_type_ensure (KEZ_TYPE_SCHEDULE_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/kez-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KezWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, schedule_page);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, questions_slot);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, action_plan_slot);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, running_bar);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, server_bar);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, running_label);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, role_bar);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, role_label);

  gtk_widget_class_install_action (widget_class, "win.page", "s", activate_page);
  gtk_widget_class_install_action (widget_class, "win.open-console", NULL, open_console);
  gtk_widget_class_install_action (widget_class, "win.show-console", "x", show_console);
}

static void
kez_window_init (KezWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = g_settings_new (BASE_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);

  kez_startup_probe_attach (GTK_WIDGET (self));
}

/* The Questions and Action Plan pages are built after the first frame, which shows the
 * schedule: a planner sees the window sooner, and the pages are there by the time a hand
 * reaches for them (or at once, when one is asked for first). */
static void
build_pages (KezWindow *self)
{
  g_clear_handle_id (&self->build_pages_idle, g_source_remove);
  if (self->questions_page != NULL || self->store == NULL ||
      !adw_view_stack_page_get_visible (adw_view_stack_get_page (
        self->stack, GTK_WIDGET (self->questions_slot))))
    return;
  self->questions_page = g_object_new (KEZ_TYPE_QUESTIONS_PAGE, NULL);
  adw_bin_set_child (self->questions_slot, GTK_WIDGET (self->questions_page));
  kez_questions_page_set_store (self->questions_page, self->store);
  self->action_plan_page = g_object_new (KEZ_TYPE_ACTION_PLAN_PAGE, NULL);
  adw_bin_set_child (self->action_plan_slot, GTK_WIDGET (self->action_plan_page));
  kez_action_plan_page_set_store (self->action_plan_page, self->store);
}

static gboolean
build_pages_later (gpointer data)
{
  KezWindow *self = data;

  self->build_pages_idle = 0;
  build_pages (self);
  return G_SOURCE_REMOVE;
}

static void
after_first_paint (GdkFrameClock *frame_clock,
                   KezWindow     *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, after_first_paint, self);
  if (self->questions_page == NULL && self->build_pages_idle == 0)
    self->build_pages_idle = g_idle_add_full (G_PRIORITY_LOW, build_pages_later, self, NULL);
}

static void
realized (KezWindow *self)
{
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                    G_CALLBACK (after_first_paint), self);
}

/* On a team server, what the person's role lets them do, as the server grants it: a
 * reviewer reads the schedules of every body and nothing of their questions or actions, so
 * those pages are not there; whoever is not a planner is told so, for the whole window. */
static void
show_role (KezWindow *self)
{
  g_autofree char *login = NULL;
  KezRole role = kez_people_my_role (self->store, &login);
  g_autofree char *text = NULL;

  self->role = role;
  if (!kez_store_may (self->store, "SELECT", "questions", "id"))
    {
      adw_view_stack_page_set_visible (adw_view_stack_get_page (self->stack,
                                                                GTK_WIDGET (self->questions_slot)),
                                       FALSE);
      adw_view_stack_page_set_visible (adw_view_stack_get_page (self->stack,
                                                                GTK_WIDGET (self->action_plan_slot)),
                                       FALSE);
    }
  if (role == KEZ_ROLE_PLANNER)
    return;
  /* Translators: %1$s is the person's login on the team server, %2$s what their role may do,
   * such as "Viewer: reads and exports, without personal data" */
  text = g_strdup_printf (_("Signed in as %1$s. %2$s."), login,
                          kez_role_describe (role));
  gtk_label_set_label (self->role_label, text);
  gtk_widget_set_visible (self->role_bar, TRUE);
}

/* Someone named the people again: if the person's own role changed (or was taken away),
 * the window, built for the old one, says so; what it offers is the old role's until it is
 * opened again, and the server refuses what the new one may not do. */
static void
people_changed (KezWindow *self)
{
  g_autofree char *login = NULL;
  KezRole role;
  g_autofree char *text = NULL;

  kez_store_forget_grants (self->store);
  role = kez_people_my_role (self->store, &login);
  /* Every role reads the schema's version; someone with none reads nothing. */
  if (!kez_store_may (self->store, "SELECT", "schema_version", NULL))
    /* Translators: %1$s is the person's login on the team server */
    text = g_strdup_printf (_("%1$s no longer has a role in this database on the team server."),
                            login);
  else if (role != self->role)
    /* Translators: %1$s is what the person's new role may do, such as "Viewer: reads and
       exports, without personal data" */
    text = g_strdup_printf (_("Your role on the team server has changed. %1$s. Open Kezdesu "
                              "again to work in it."), kez_role_describe (role));
  if (text == NULL)
    return;
  gtk_label_set_label (self->role_label, text);
  gtk_widget_set_visible (self->role_bar, TRUE);
}

/* A meeting whose clock was left running (the app closed or died) comes back at once, for
 * whoever may keep its clock. */
static gboolean
resume_running_meeting (gpointer data)
{
  KezWindow *self = data;
  g_autoptr(KezMeeting) meeting = NULL;
  gint64 id = kez_store_may (self->store, "INSERT", "clock_events", NULL)
                ? kez_clock_events_find_running (self->store) : 0;

  if (id != 0 && (meeting = kez_meetings_get (self->store, id)) != NULL)
    kez_window_show_console (self, meeting);
  return G_SOURCE_REMOVE;
}

/**
 * kez_window_new:
 * @database_path: the database's file or server, as it was opened
 * @store: (nullable): the open database, or %NULL when it could not be opened
 * @store_error: (nullable): why it could not be opened
 *
 * The window asks the application (its actions app.reopen and app.connect-with-password)
 * to open the database again, after a backup was put back or a password typed.
 */
KezWindow *
kez_window_new (GtkApplication *application,
                const char     *database_path,
                KezStore       *store,
                const GError   *store_error)
{
  KezWindow *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (database_path != NULL, NULL);
  g_return_val_if_fail (store != NULL || store_error != NULL, NULL);

  self = g_object_new (KEZ_TYPE_WINDOW, "application", application, NULL);
  self->database_path = g_strdup (database_path);
  g_set_object (&self->store, store);
  kez_shortcuts_follow_pages (GTK_APPLICATION_WINDOW (self), self->stack);

  if (store != NULL)
    {
      kez_schedule_page_set_store (self->schedule_page, store);
      self->server_look = kez_server_bar_new (self->server_bar, store);
      g_signal_connect_swapped (self->stack, "notify::visible-child",
                                G_CALLBACK (build_pages), self);
      g_signal_connect (self, "realize", G_CALLBACK (realized), NULL);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "changed::people", G_CALLBACK (people_changed), self,
                               G_CONNECT_SWAPPED);
      update_running_bar (self);
      show_role (self);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, resume_running_meeting, g_object_ref (self),
                       g_object_unref);
    }
  else
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-console", FALSE);
      show_store_error (self, store_error);
    }

  return self;
}

/**
 * kez_window_get_help_page:
 *
 * Returns: the page of the user guide about what the window shows now
 */
const char *
kez_window_get_help_page (KezWindow *self)
{
  const char *page;

  g_return_val_if_fail (KEZ_IS_WINDOW (self), "index");

  page = adw_view_stack_get_visible_child_name (self->stack);
  if (g_strcmp0 (page, "schedule") == 0)
    return "plan-year";
  if (g_strcmp0 (page, "questions") == 0)
    return "triage";
  if (g_strcmp0 (page, "actions") == 0)
    return "action-plan";
  return "index";
}

/**
 * kez_window_add_toast:
 * @toast: (transfer full): the message
 */
void
kez_window_add_toast (KezWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (KEZ_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
