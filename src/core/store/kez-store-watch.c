/* kez-store-watch.c
 *
 * A script imports the day's e-Otinish export with `kezdesu --import-questions` while the
 * window is open on the same database; the planner should see the questions without a
 * restart. Another process's commit lands in the write-ahead log (and, at a checkpoint, in the
 * database file), so both files are monitored; a change is then confirmed with SQLite's
 * PRAGMA data_version, which moves only when another connection committed, never for this
 * process's own writes. Then every view is told that everything changed.
 *
 * Monitor events come in bursts while the other process writes: they are gathered for a
 * moment before the database is asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store-watch"

#include "config.h"

#include <gio/gio.h>

#include "kez-store-private.h"
#include "kez-store-watch.h"

#define SETTLE_MS 150

struct _KezStoreWatch
{
  KezStore     *store;
  GFileMonitor *database;
  GFileMonitor *log;
  gint64        version;
  guint         settle_id;
};

/* What the views listen for: a change by another process may be any of them. */
static const char * const everything[] = {
  "meetings", "questions", "problems", "actions", "clock-events", "receptions",
  "schedule-years", "rule-sets", "served-body",
};

static gint64
data_version (KezStore *store)
{
  return kez_store_query_number (store, "PRAGMA data_version", 0, -1);
}

static gboolean
settled (gpointer data)
{
  KezStoreWatch *self = data;
  gint64 version = data_version (self->store);

  self->settle_id = 0;
  if (version != self->version)
    {
      self->version = version;
      g_debug ("another process changed the database");
      for (guint i = 0; i < G_N_ELEMENTS (everything); i++)
        kez_store_emit_changed (self->store, everything[i]);
    }
  return G_SOURCE_REMOVE;
}

static void
file_changed (GFileMonitor      *monitor,
              GFile             *file,
              GFile             *other,
              GFileMonitorEvent  event,
              KezStoreWatch     *self)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGED && event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT &&
      event != G_FILE_MONITOR_EVENT_CREATED)
    return;
  if (self->settle_id == 0)
    self->settle_id = g_timeout_add (SETTLE_MS, settled, self);
}

static GFileMonitor *
monitor_path (KezStoreWatch *self,
              const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GFileMonitor *monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, &error);

  if (monitor == NULL)
    {
      g_debug ("cannot watch %s: %s", path, error->message);
      return NULL;
    }
  g_file_monitor_set_rate_limit (monitor, SETTLE_MS);
  g_signal_connect (monitor, "changed", G_CALLBACK (file_changed), self);
  return monitor;
}

/**
 * kez_store_watch_new:
 *
 * Returns: (transfer full): a watch on @store's files, emitting "changed" on @store when
 *   another process commits, until it is freed
 */
KezStoreWatch *
kez_store_watch_new (KezStore *store)
{
  KezStoreWatch *self = g_new0 (KezStoreWatch, 1);
  g_autofree char *log = g_strconcat (kez_store_get_path (store), "-wal", NULL);

  self->store = g_object_ref (store);
  self->version = data_version (store);
  self->database = monitor_path (self, kez_store_get_path (store));
  self->log = monitor_path (self, log);
  return self;
}

void
kez_store_watch_free (KezStoreWatch *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_data (self->database, self);
  if (self->log != NULL)
    g_signal_handlers_disconnect_by_data (self->log, self);
  g_clear_object (&self->database);
  g_clear_object (&self->log);
  g_clear_object (&self->store);
  g_free (self);
}
