/* kez-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-date-format.h"
#include "kez-deadlines.h"
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
  AdwStatusPage        *schedule_page;
  AdwStatusPage        *error_page;
};

G_DEFINE_FINAL_TYPE (KezWindow, kez_window, ADW_TYPE_APPLICATION_WINDOW)

/* Until the calendar arrives, the Schedule page's empty state at least says what is due next. */
static char *
describe_next_deadline (KezStore *store)
{
  g_autoptr(KezRuleSet) rules = kez_store_dup_active_rule_set (store);
  g_autofree char *date = NULL;
  KezDeadline next;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  if (rules == NULL || !kez_deadlines_next (rules, &today, &next))
    return NULL;

  date = kez_date_format (&next.date);
  switch (next.kind)
    {
    case KEZ_DEADLINE_SCHEDULE_PROPOSALS:
      /* Translators: %1$d is a year, %2$s a date */
      return g_strdup_printf (_("Proposals for the %1$d schedule are due by %2$s."),
                              next.year, date);
    case KEZ_DEADLINE_SCHEDULE_DRAFT:
      /* Translators: %1$d is a year, %2$s a date */
      return g_strdup_printf (_("The draft %1$d schedule is due by %2$s."), next.year, date);
    case KEZ_DEADLINE_SCHEDULE_APPROVAL:
      /* Translators: %1$d is a year, %2$s a date */
      return g_strdup_printf (_("The %1$d schedule is to be approved by %2$s."),
                              next.year, date);
    case KEZ_DEADLINE_QUARTERLY_REPORT:
      /* Translators: %1$d is a quarter (1–4), %2$d a year, %3$s a date */
      return g_strdup_printf (_("Progress for quarter %1$d of %2$d is to be published by %3$s."),
                              next.quarter, next.year, date);
    case KEZ_DEADLINE_PUBLICATION: /* not among the rule set's own dates */
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
show_schedule_status (KezWindow *self)
{
  g_autofree char *next = describe_next_deadline (self->store);
  g_autofree char *description = NULL;

  description = g_strjoin ("\n\n",
                           _("The year’s meetings with the population will be planned here."),
                           next, NULL);
  adw_status_page_set_description (self->schedule_page, description);
}

static void
show_store_error (KezWindow    *self,
                  const GError *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.page", FALSE);
}

static void
activate_page (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezWindow *self = KEZ_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, g_variant_get_string (parameter, NULL));
}

static void
kez_window_dispose (GObject *object)
{
  KezWindow *self = (KezWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), KEZ_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kez_window_parent_class)->dispose (object);
}

static void
kez_window_class_init (KezWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/kez-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KezWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, schedule_page);
  gtk_widget_class_bind_template_child (widget_class, KezWindow, error_page);

  gtk_widget_class_install_action (widget_class, "win.page", "s", activate_page);
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

/**
 * kez_window_new:
 * @store: (nullable): the open database, or %NULL when it could not be opened
 * @store_error: (nullable): why it could not be opened
 */
KezWindow *
kez_window_new (KezApplication *application,
                KezStore       *store,
                const GError   *store_error)
{
  KezWindow *self;

  g_return_val_if_fail (KEZ_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (store != NULL || store_error != NULL, NULL);

  self = g_object_new (KEZ_TYPE_WINDOW, "application", application, NULL);
  g_set_object (&self->store, store);

  if (store != NULL)
    show_schedule_status (self);
  else
    show_store_error (self, store_error);

  return self;
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
