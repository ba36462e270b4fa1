/* kez-schedule-page.c
 *
 * The page keeps the meetings of the year on show in one list, reloaded from the store when
 * it reports a change. A filter (leader, region, status) narrows that list, and the year,
 * month and list views all draw the filtered meetings. The side pane shows where the year's
 * schedule stands, the deadlines ahead and how the meetings cover quarters and regions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-schedule-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-accessible.h"
#include "kez-coverage.h"
#include "kez-date-format.h"
#include "kez-deadline-labels.h"
#include "kez-deadlines.h"
#include "kez-dialog-opening.h"
#include "kez-draft-schedule-dialog.h"
#include "kez-drop-down.h"
#include "kez-export-choice.h"
#include "kez-file-drop.h"
#include "kez-holidays.h"
#include "kez-import-dialog.h"
#include "kez-kazakhstan-time.h"
#include "kez-meeting-deletion.h"
#include "kez-meeting-editor.h"
#include "kez-meeting-labels.h"
#include "kez-meetings.h"
#include "kez-month-view.h"
#include "kez-publication-print.h"
#include "kez-schedule-export-dialog.h"
#include "kez-schedule-page-private.h"
#include "kez-schedule-status-dialog.h"
#include "kez-schedule-status.h"
#include "kez-store-reader.h"
#include "kez-take-along.h"
#include "kez-toast.h"
#include "kez-year-view.h"


G_DEFINE_FINAL_TYPE (KezSchedulePage, kez_schedule_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
get_today (GDate *today)
{
  kez_kazakhstan_today (today);
}

/* ---- loading and filtering --------------------------------------------------------------- */

/* The year's meetings, and whether there is any meeting at all (for the first steps), read
 * by the page's reader off the main thread: on a team server a read is a round trip. */
typedef struct
{
  GPtrArray *meetings;
  guint      total;
} YearRead;

static void
year_read_free (gpointer data)
{
  YearRead *read = data;

  g_ptr_array_unref (read->meetings);
  g_free (read);
}

static gpointer
read_year (KezStore  *reader,
           gpointer   data,
           GError   **error)
{
  g_autoptr(GListModel) year = kez_meetings_list_year (reader, GPOINTER_TO_INT (data));
  YearRead *read = g_new0 (YearRead, 1);

  read->meetings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (year); i++)
    g_ptr_array_add (read->meetings, g_list_model_get_item (year, i));
  read->total = kez_meetings_count (reader);
  return read;
}

static void
year_read (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GError) error = NULL;
  YearRead *read = kez_store_reader_read_finish (result, &error);
  KezSchedulePage *self = data;

  /* Cancelled: a newer read is on its way, or the page is gone. */
  if (read == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("The year's meetings could not be read: %s", error->message);
      return;
    }
  g_list_store_splice (self->meetings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->meetings)),
                       read->meetings->pdata, read->meetings->len);
  gtk_widget_set_visible (GTK_WIDGET (self->start_group), read->total == 0);
  year_read_free (read);
  if (kez_schedule_page_is_searching (self))
    kez_schedule_page_find_in_every_year (self);
  kez_schedule_page_refresh (self);
}

static void
reload (KezSchedulePage *self)
{
  int wanted = g_date_get_year (&self->cursor);

  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->year_cancellable);
  g_clear_object (&self->year_cancellable);
  self->year_cancellable = g_cancellable_new ();
  /* The year asked for: moving within it asks nothing more. */
  self->loaded_year = wanted;
  kez_store_reader_read_async (self->reader, read_year, GINT_TO_POINTER (wanted), NULL,
                               year_read_free, self->year_cancellable, year_read, self);
}

static void
store_changed (KezSchedulePage *self,
               const char      *what)
{
  /* The names know which bodies the rules exempt: a new rule set marks their meetings. */
  if (g_str_equal (what, "rule-sets") || g_str_equal (what, "served-body"))
    {
      g_clear_pointer (&self->names, kez_names_free);
      self->names = kez_names_new (self->store);
    }
  reload (self);
}

/* ---- the side pane ----------------------------------------------------------------------- */

/* ---- the views --------------------------------------------------------------------------- */

static void year_day_activated (KezSchedulePage *self, int year, int month, int day);

static KezYearView *
ensure_year_view (KezSchedulePage *self)
{
  GtkWidget *view;

  if (self->year_view != NULL)
    return self->year_view;

  view = kez_year_view_new ();
  gtk_widget_set_margin_start (view, 18);
  gtk_widget_set_margin_end (view, 18);
  gtk_widget_set_margin_top (view, 12);
  gtk_widget_set_margin_bottom (view, 18);
  g_signal_connect_swapped (view, "day-activated", G_CALLBACK (year_day_activated), self);
  gtk_scrolled_window_set_child (self->year_scroller, view);
  self->year_view = KEZ_YEAR_VIEW (view);
  return self->year_view;
}

void
kez_schedule_page_refresh (KezSchedulePage *self)
{
  g_autoptr(KezRuleSet) rules = NULL;
  g_autoptr(GArray) deadlines = NULL;
  g_autofree char *title = NULL;
  int year = g_date_get_year (&self->cursor);
  int month = g_date_get_month (&self->cursor);
  GDate today, first, last;

  if (self->store == NULL)
    return;

  rules = kez_store_dup_active_rule_set (self->store);
  get_today (&today);

  if (g_str_equal (self->view, "month"))
    /* Translators: the title of a month view: %1$s is the month's name, %2$d the year */
    title = g_strdup_printf (_("%1$s %2$d"), kez_month_name (month), year);
  else if (g_str_equal (self->view, "list") && kez_schedule_page_is_searching (self))
    /* The list then shows what the search found in every year. */
    title = g_strdup (_("Every Year"));
  else
    title = g_strdup_printf ("%d", year);
  gtk_label_set_label (self->period_label, title);

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, 1, year);
  g_date_set_dmy (&last, 31, 12, year);
  deadlines = kez_deadlines_in_range (rules, G_LIST_MODEL (self->filtered), &first, &last);

  if (g_str_equal (self->view, "year"))
    kez_year_view_show (ensure_year_view (self), year, G_LIST_MODEL (self->filtered), deadlines,
                        self->names, &today);
  else if (g_str_equal (self->view, "month"))
    kez_month_view_show (self->month_view, year, month, G_LIST_MODEL (self->filtered), deadlines,
                         self->names, &today);

  /* The side pane follows in an idle: the calendar reaches the screen first, and a burst of
   * changes (typing in the filter) fills the pane once. */
  if (self->side_pane_idle == 0)
    self->side_pane_idle = g_idle_add (kez_schedule_page_fill_side_pane, self);
}

/* The keyboard in the view, on the day being looked at: the page's keys (Page Up, Ctrl+N,
 * the arrows) work from the start, not after a Tab away from the header's tabs. */
static void
focus_view (KezSchedulePage *self)
{
  if (g_str_equal (self->view, "month"))
    kez_month_view_focus_day (self->month_view, &self->cursor);
  else if (g_str_equal (self->view, "year") && self->year_view != NULL)
    kez_year_view_focus_day (self->year_view, &self->cursor);
  else if (g_str_equal (self->view, "list") && self->list_view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
focus_view_idle (gpointer data)
{
  KezSchedulePage *self = data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_view (self);
  g_object_unref (self);
}

/* Each time the page is shown (the window opens on it, or its tab is chosen), once the
 * window has given its first focus. */
static void
kez_schedule_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kez_schedule_page_parent_class)->map (widget);
  g_idle_add_once (focus_view_idle, g_object_ref (widget));
}

/* "year", "month" or "list"; the view buttons follow through the schedule.view action. */
static void
show_view (KezSchedulePage *self,
           const char      *view)
{
  if (g_strcmp0 (self->view, view) == 0)
    return;
  g_free (self->view);
  self->view = g_strdup (view);
  if (g_str_equal (view, "list"))
    kez_schedule_page_set_up_list (self);
  kez_schedule_page_show_found (self);
  gtk_stack_set_visible_child_name (self->views, view);
  kez_schedule_page_refresh (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    focus_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

static void
move_cursor (KezSchedulePage *self,
             int              direction)
{
  if (direction == 0)
    get_today (&self->cursor);
  else if (g_str_equal (self->view, "month"))
    {
      g_date_set_day (&self->cursor, 1);
      if (direction > 0)
        g_date_add_months (&self->cursor, 1);
      else
        g_date_subtract_months (&self->cursor, 1);
    }
  else if (direction > 0)
    g_date_add_years (&self->cursor, 1);
  else
    g_date_subtract_years (&self->cursor, 1);

  if (g_date_get_year (&self->cursor) != self->loaded_year)
    reload (self);
  else
    kez_schedule_page_refresh (self);
}

/* ---- opening meetings -------------------------------------------------------------------- */

static void
undo_delete (AdwToast *toast,
             gpointer  user_data)
{
  KezSchedulePage *self = g_object_get_data (G_OBJECT (toast), "page");
  KezMeetingDeletion *deletion = user_data;
  g_autoptr(GError) error = NULL;

  /* The meeting comes back with the questions that were given to it. */
  if (!kez_meeting_deletion_undo (deletion, self->store, &error))
    kez_toast_add (GTK_WIDGET (self), adw_toast_new (error->message));
}

static void
meeting_deleted (KezSchedulePage    *self,
                 KezMeetingDeletion *deletion)
{
  guint n = kez_meeting_deletion_get_n_questions (deletion);
  g_autofree char *text = n == 0 ? g_strdup (_("Meeting deleted"))
    /* Translators: %1$u is a number of questions */
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                    "Meeting deleted; its %1$u question is not given to a "
                                    "meeting now",
                                    "Meeting deleted; its %1$u questions are not given to a "
                                    "meeting now", n), n);
  AdwToast *toast = adw_toast_new (text);

  /* No mnemonic: GTK 4.8 would read the underscore out to a screen reader. */
  adw_toast_set_button_label (toast, _("Undo"));
  /* A deletion deserves longer than the usual five seconds to be taken back. */
  adw_toast_set_timeout (toast, 10);
  g_object_set_data (G_OBJECT (toast), "page", self);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete),
                         kez_meeting_deletion_ref (deletion),
                         (GClosureNotify) kez_meeting_deletion_unref, 0);
  kez_toast_add (GTK_WIDGET (self), toast);
}

/* What the editor of a meeting (or of a new one on a day) is opened for. */
typedef struct
{
  KezMeeting *meeting; /* nullable */
  GDate       day;     /* invalid for today */
} EditorAsk;

static void
editor_ask_free (gpointer data)
{
  EditorAsk *ask = data;

  g_clear_object (&ask->meeting);
  g_free (ask);
}

static gpointer
read_form (KezStore  *reader,
           gpointer   data,
           GError   **error)
{
  EditorAsk *ask = data;

  return kez_meeting_form_read (reader, ask->meeting, &ask->day);
}

static GtkWindow *
build_editor (GtkWidget *where,
              KezStore  *store,
              gpointer   read,
              gpointer   data)
{
  EditorAsk *ask = data;
  GtkWidget *editor = kez_meeting_editor_new (store, read, ask->meeting);

  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (where)));
  g_signal_connect_object (editor, "deleted", G_CALLBACK (meeting_deleted), where,
                           G_CONNECT_SWAPPED);
  return GTK_WINDOW (editor);
}

/* The editor opens once what it shows has been read, off the main thread; asked again
 * before that (a second click), only the last one opens. */
void
kez_schedule_page_open_editor (KezSchedulePage *self,
                               KezMeeting      *meeting,
                               const GDate     *day)
{
  EditorAsk *ask = g_new0 (EditorAsk, 1);

  ask->meeting = meeting != NULL ? g_object_ref (meeting) : NULL;
  g_date_clear (&ask->day, 1);
  if (day != NULL && g_date_valid (day))
    ask->day = *day;
  g_cancellable_cancel (self->editor_cancellable);
  g_clear_object (&self->editor_cancellable);
  self->editor_cancellable = g_cancellable_new ();
  kez_dialog_open_after_read (GTK_WIDGET (self), self->store, self->reader,
                              self->editor_cancellable, read_form,
                              (GDestroyNotify) kez_meeting_form_free, build_editor, ask,
                              editor_ask_free);
}

static void
meeting_activated (KezSchedulePage *self,
                   KezMeeting      *meeting)
{
  kez_schedule_page_open_editor (self, meeting, NULL);
}

static void
year_day_activated (KezSchedulePage *self,
                    int              year,
                    int              month,
                    int              day)
{
  g_date_set_dmy (&self->cursor, day, month, year);
  show_view (self, "month");
}

static void
month_day_activated (KezSchedulePage *self,
                     int              year,
                     int              month,
                     int              day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  kez_schedule_page_open_editor (self, NULL, &date);
}

/* ---- actions ----------------------------------------------------------------------------- */

static void
action_move (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);

  move_cursor (self, g_str_equal (action_name, "schedule.next") ? 1
                     : g_str_equal (action_name, "schedule.previous") ? -1 : 0);
}

static void
action_new_meeting (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);

  kez_schedule_page_open_editor (self, NULL, &self->cursor);
}

static void
action_import (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);

  kez_import_dialog_run (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                         KEZ_IMPORT_MEETINGS);
}

/* What a meeting taken along on a laptop recorded there (kez-take-along.c). */
static void
action_bring_back (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);

  kez_take_along_bring_back (GTK_WINDOW (gtk_widget_get_root (widget)), self->store);
}

/* A CSV file or a workbook dropped on the page: its meetings, previewed. */
static void
meetings_dropped (GtkWidget *page,
                  GFile     *file)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (page);

  if (self->store != NULL)
    kez_import_dialog_open (GTK_WINDOW (gtk_widget_get_root (page)), self->store,
                            KEZ_IMPORT_MEETINGS, file);
}

/* The year whose schedule is being proposed: the one on show, except that in December,
 * looking at this year, it is next year's that is due (proposals by 1 December, the draft
 * by 15 December). */
static int
proposals_year (KezSchedulePage *self)
{
  GDate today;
  int year = g_date_get_year (&self->cursor);

  get_today (&today);
  if (year == g_date_get_year (&today) && g_date_get_month (&today) == G_DATE_DECEMBER)
    year++;
  return year;
}

static void
action_export (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);
  gboolean calendar = g_str_equal (action_name, "schedule.export-calendar");

  kez_schedule_export_dialog_run (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                  calendar ? g_date_get_year (&self->cursor)
                                           : proposals_year (self),
                                  calendar);
}

/* The month shown in the month view, else the year shown, in the workbooks' language. */
static void
action_print (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);
  KezExportLanguage chosen = kez_export_language_chosen ();
  int month = g_str_equal (self->view, "month") ? g_date_get_month (&self->cursor) : 0;

  kez_publication_print (GTK_WINDOW (gtk_widget_get_root (widget)),
                         kez_publication_of_schedule (self->store,
                                                      g_date_get_year (&self->cursor), month,
                                                      chosen),
                         _("Schedule of meetings"));
}

/* For the authorised body: the bodies' proposals for the year shown, made into one draft. */
static void
action_draft (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (widget);

  kez_draft_schedule_dialog_run (GTK_WINDOW (gtk_widget_get_root (widget)),
                                 proposals_year (self));
}

/* ---- life cycle -------------------------------------------------------------------------- */

static void
kez_schedule_page_dispose (GObject *object)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (object);

  g_clear_handle_id (&self->side_pane_idle, g_source_remove);
  g_clear_handle_id (&self->period_line_idle, g_source_remove);
  g_cancellable_cancel (self->year_cancellable);
  g_cancellable_cancel (self->search_cancellable);
  g_cancellable_cancel (self->editor_cancellable);
  g_clear_object (&self->year_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_object (&self->editor_cancellable);
  g_clear_pointer (&self->reader, kez_store_reader_free);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_SCHEDULE_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->filtered);
  g_clear_object (&self->found_filtered);
  g_clear_object (&self->found);
  g_clear_object (&self->meetings);
  g_clear_pointer (&self->query, kez_meeting_query_free);
  g_clear_pointer (&self->names, kez_names_free);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_pointer (&self->exempt_rows, g_ptr_array_unref);
  g_clear_pointer (&self->view, g_free);

  G_OBJECT_CLASS (kez_schedule_page_parent_class)->dispose (object);
}

static void
kez_schedule_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_schedule_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KezSchedulePage *self = KEZ_SCHEDULE_PAGE (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      show_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_schedule_page_class_init (KezSchedulePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_schedule_page_dispose;
  widget_class->map = kez_schedule_page_map;
  object_class->get_property = kez_schedule_page_get_property;
  object_class->set_property = kez_schedule_page_set_property;

  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "month",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KEZ_TYPE_MONTH_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/kez-schedule-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

#define BIND(name) gtk_widget_class_bind_template_child (widget_class, KezSchedulePage, name)
  BIND (content);
  BIND (period_label);
  BIND (period_squeezer);
  BIND (period_line);
  BIND (view_menu_button);
  BIND (view_menu);
  BIND (filter_button);
  BIND (search_entry);
  BIND (every_year_button);
  BIND (region_filter);
  BIND (status_filter);
  BIND (views);
  BIND (year_scroller);
  BIND (month_view);
  BIND (list_scroller);
  BIND (status_row);
  BIND (start_group);
  BIND (status_action_row);
  BIND (exempt_row);
  BIND (deadline_list);
  BIND (quarter_grid);
  BIND (regions_label);
  BIND (region_flow);
#undef BIND

  gtk_widget_class_install_action (widget_class, "schedule.previous", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "schedule.next", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "schedule.today", NULL, action_move);
  gtk_widget_class_install_property_action (widget_class, "schedule.view", "view");
  gtk_widget_class_install_action (widget_class, "schedule.new-meeting", NULL,
                                   action_new_meeting);
  gtk_widget_class_install_action (widget_class, "schedule.import", NULL, action_import);
  gtk_widget_class_install_action (widget_class, "schedule.bring-back", NULL, action_bring_back);
  gtk_widget_class_install_action (widget_class, "schedule.export", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "schedule.export-calendar", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "schedule.draft", NULL, action_draft);
  gtk_widget_class_install_action (widget_class, "schedule.print", NULL, action_print);
  gtk_widget_class_install_action (widget_class, "schedule.advance-status", NULL,
                                   kez_schedule_page_advance_status);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "schedule.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "schedule.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "schedule.today",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "schedule.new-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_ALT_MASK, "schedule.view",
                                       "s", "year");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_ALT_MASK, "schedule.view",
                                       "s", "month");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_ALT_MASK, "schedule.view",
                                       "s", "list");
}

/* The month's name on a line of its own when the toolbar has no room for it. The squeezer
 * decides while the window is being laid out, when nothing may be shown or hidden: the line
 * follows just after. */
static gboolean
show_period_line (gpointer data)
{
  KezSchedulePage *self = data;

  self->period_line_idle = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->period_line),
                          adw_squeezer_get_visible_child (self->period_squeezer)
                          != GTK_WIDGET (self->period_label));
  return G_SOURCE_REMOVE;
}

static void
period_squeezed (KezSchedulePage *self)
{
  if (self->period_line_idle == 0)
    self->period_line_idle = g_idle_add (show_period_line, self);
}

static void
kez_schedule_page_init (KezSchedulePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kez_file_drop_attach (GTK_WIDGET (self), meetings_dropped);
  g_signal_connect_swapped (self->period_squeezer, "notify::visible-child",
                            G_CALLBACK (period_squeezed), self);
  show_period_line (self);
  kez_drop_down_let_shrink (self->region_filter);
  kez_drop_down_let_shrink (self->status_filter);
  kez_accessible_name_drop_down (self->region_filter, _("Region"));
  kez_accessible_name_drop_down (self->status_filter, _("Status"));

  get_today (&self->cursor);
  self->exempt_rows = g_ptr_array_new ();
  self->meetings = g_list_store_new (KEZ_TYPE_MEETING);
  kez_schedule_page_set_up_search (self);

  g_signal_connect_swapped (self->month_view, "day-activated", G_CALLBACK (month_day_activated),
                            self);
  g_signal_connect_swapped (self->month_view, "meeting-activated", G_CALLBACK (meeting_activated),
                            self);
  show_view (self, "month");
  gtk_menu_button_set_menu_model (self->view_menu_button, self->view_menu);
}

void
kez_schedule_page_set_store (KezSchedulePage *self,
                             KezStore        *store)
{
  g_return_if_fail (KEZ_IS_SCHEDULE_PAGE (self));
  g_return_if_fail (KEZ_IS_STORE (store));

  g_set_object (&self->store, store);
  g_clear_pointer (&self->reader, kez_store_reader_free);
  self->reader = kez_store_reader_new (store);
  g_clear_pointer (&self->names, kez_names_free);
  self->names = kez_names_new (store);
  kez_schedule_page_set_up_filters (self);
  /* What the server would refuse is not offered (kez_store_may()): a viewer or a timekeeper
   * reads the schedule; the meeting editor asks the same of it (and finds it known). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schedule.new-meeting",
                                 kez_store_may (store, "INSERT", "meetings", NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schedule.import",
                                 kez_store_may (store, "INSERT", "meetings", NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schedule.advance-status",
                                 kez_store_may (store, "INSERT", "schedule_status_history", NULL));
  kez_store_may (store, "UPDATE", "meetings", NULL);
  kez_store_may (store, "DELETE", "meetings", NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "schedule.bring-back",
                                 kez_store_may (store, "INSERT", "clock_events", NULL));
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed), self, G_CONNECT_SWAPPED);
  reload (self);
}
