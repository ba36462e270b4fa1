/* kez-deadline-notifier.c
 *
 * A planner who has not looked at the schedule is told of a statutory deadline near: a desktop
 * notification from three days before it (KEZ_DEADLINE_REMIND_DAYS) and another on the day,
 * when Kezdesu starts and, while it runs, as the days pass (looked at every hour). Each is sent
 * once a run; a deadline met (the proposals sent, the results published) is not told of.
 * "Deadline Notifications" in Preferences turns them off. Clicking one opens the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-date-format.h"
#include "kez-deadline-labels.h"
#include "kez-deadline-met.h"
#include "kez-deadline-notifier.h"
#include "kez-kazakhstan-time.h"

#define LOOK_EVERY_SECONDS 3600

struct _KezDeadlineNotifier
{
  GApplication *application;
  KezStore     *store;
  GSettings    *settings;
  GHashTable   *sent;  /* the ids of the notifications sent this run */
  guint         timer;
  guint         first_look;
};

static char *
notification_id (const KezDeadline *deadline,
                 gboolean           today)
{
  return g_strdup_printf ("deadline-%d-%" G_GINT64_FORMAT "-%04d-%02d-%02d-%s", deadline->kind,
                          deadline->meeting_id, g_date_get_year (&deadline->date),
                          g_date_get_month (&deadline->date), g_date_get_day (&deadline->date),
                          today ? "today" : "soon");
}

static void
notify (KezDeadlineNotifier *self,
        const KezDeadline   *deadline,
        const GDate         *today)
{
  gboolean due_today = g_date_compare (&deadline->date, today) == 0;
  g_autofree char *id = notification_id (deadline, due_today);
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *countdown = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GNotification) notification = NULL;

  if (g_hash_table_contains (self->sent, id))
    return;
  title = kez_deadline_describe (deadline);
  date = kez_date_format (&deadline->date);
  countdown = kez_deadline_countdown (deadline, today);
  body = g_strdup_printf ("%s · %s", date, countdown);
  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, due_today ? G_NOTIFICATION_PRIORITY_HIGH
                                                       : G_NOTIFICATION_PRIORITY_NORMAL);
  g_application_send_notification (self->application, id, notification);
  g_hash_table_add (self->sent, g_steal_pointer (&id));
}

static gboolean
look (gpointer data)
{
  KezDeadlineNotifier *self = data;
  g_autoptr(KezRuleSet) rules = NULL;
  g_autoptr(GArray) reminders = NULL;
  GDate today;

  if (!g_settings_get_boolean (self->settings, "deadline-notifications"))
    return G_SOURCE_CONTINUE;
  if ((rules = kez_store_dup_active_rule_set (self->store)) == NULL)
    return G_SOURCE_CONTINUE;
  kez_kazakhstan_today (&today);
  reminders = kez_deadline_reminders_for (self->store, rules, &today);
  for (guint i = 0; i < reminders->len; i++)
    notify (self, &g_array_index (reminders, KezDeadline, i), &today);
  return G_SOURCE_CONTINUE;
}

static gboolean
look_once (gpointer data)
{
  KezDeadlineNotifier *self = data;

  self->first_look = 0;
  look (self);
  return G_SOURCE_REMOVE;
}

/**
 * kez_deadline_notifier_new:
 *
 * Tells of the deadlines near now, and from then on every hour.
 */
KezDeadlineNotifier *
kez_deadline_notifier_new (GApplication *application,
                           KezStore     *store)
{
  KezDeadlineNotifier *self = g_new0 (KezDeadlineNotifier, 1);

  self->application = application;
  self->store = g_object_ref (store);
  self->settings = g_settings_new (BASE_ID);
  self->sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->timer = g_timeout_add_seconds (LOOK_EVERY_SECONDS, look, self);
  /* The first look after the window's first frame, which it does not hold up. */
  self->first_look = g_idle_add_full (G_PRIORITY_LOW, look_once, self, NULL);
  return self;
}

void
kez_deadline_notifier_free (KezDeadlineNotifier *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->timer, g_source_remove);
  g_clear_handle_id (&self->first_look, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->sent, g_hash_table_unref);
  g_free (self);
}
