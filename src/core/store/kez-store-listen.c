/* kez-store-listen.c
 *
 * On a team server, what another planner saves must reach this window within a second. The
 * server sends every change of a table the windows show on the channel "kezdesu" (schema
 * version 11: the table and the ids of its changed rows); a thread of its own here listens
 * on a connection of its own, gathers what comes in a short burst, and has the store say on
 * its own thread which of its lists changed, as it does for this window's own saves. What
 * this window's own connection wrote is left out (the sender is its server process).
 *
 * A notification that went out while the listener was away is not sent again: after its
 * connection was lost and made again, every list is said to have changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store-listen"

#include "config.h"

#include <errno.h>
#include <glib-unix.h>
#include <poll.h>
#include <unistd.h>

#include "kez-db-postgresql.h"
#include "kez-store-listen.h"
#include "kez-store-private.h"

#define CHANNEL "kezdesu"
#define GATHER_MS 50        /* a burst of statements is one refresh */
#define RETRY_MS 3000       /* as the window looks for a lost server */

/* Which of the store's lists a table is part of. */
static const struct
{
  const char *table;
  const char *list;
} lists[] = {
  { "meetings", "meetings" },
  { "meeting_events", "meetings" },
  { "clock_events", "clock-events" },
  { "receptions", "receptions" },
  { "questions", "questions" },
  { "merges", "questions" },
  { "problems", "problems" },
  { "problem_questions", "problems" },
  { "actions", "actions" },
  { "action_history", "actions" },
  { "schedule_years", "schedule-years" },
  { "schedule_status_history", "schedule-years" },
  { "rule_sets", "rule-sets" },
  { "rule_set_exemptions", "rule-sets" },
  { "bodies", "rule-sets" },
  { "meta", "served-body" },
  { "people", "people" },
};

struct _KezStoreListener
{
  KezStore     *store;
  GMainContext *context;   /* the store's: where it says what changed */
  char         *location;
  GThread      *thread;
  int           stop[2];   /* a pipe: written to stop the thread */
  gint          stopping;
};

typedef struct
{
  KezStore   *store;
  int         sender;      /* the server process that wrote them; 0: after a reconnect */
  GHashTable *tables;      /* NULL: everything */
} Changes;

static void
changes_free (Changes *changes)
{
  g_object_unref (changes->store);
  g_clear_pointer (&changes->tables, g_hash_table_unref);
  g_free (changes);
}

/* On the store's thread. */
static gboolean
deliver (gpointer data)
{
  Changes *changes = data;
  KezDb *db = kez_store_get_db (changes->store);
  g_autoptr(GHashTable) said = g_hash_table_new (g_str_hash, g_str_equal);

  if (changes->sender != 0 && changes->sender == kez_db_postgresql_backend_pid (db))
    return G_SOURCE_REMOVE;
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if ((changes->tables == NULL || g_hash_table_contains (changes->tables, lists[i].table)) &&
        g_hash_table_add (said, (gpointer) lists[i].list))
      {
        g_debug ("another session changed %s", lists[i].list);
        kez_store_emit_changed_elsewhere (changes->store, lists[i].list);
      }
  return G_SOURCE_REMOVE;
}

static void
send_changes (KezStoreListener *self,
              int               sender,
              GHashTable       *tables)
{
  Changes *changes = g_new0 (Changes, 1);

  changes->store = g_object_ref (self->store);
  changes->sender = sender;
  changes->tables = tables != NULL ? g_hash_table_ref (tables) : NULL;
  g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, deliver, changes,
                              (GDestroyNotify) changes_free);
}

/* Waits up to @timeout_ms for the server or the stop; FALSE when stopped. */
static gboolean
wait_for (KezStoreListener *self,
          int               socket,
          int               timeout_ms)
{
  struct pollfd fds[2] = { { .fd = self->stop[0], .events = POLLIN },
                           { .fd = socket, .events = POLLIN } };

  while (poll (fds, socket >= 0 ? 2 : 1, timeout_ms) < 0 && errno == EINTR)
    ;
  return !g_atomic_int_get (&self->stopping);
}

/* Reads what the server sent into @tables by sender; FALSE when the connection is gone. */
static gboolean
take_notifications (PGconn     *conn,
                    GHashTable *by_sender)
{
  PGnotify *notify;

  if (!PQconsumeInput (conn))
    return FALSE;
  while ((notify = PQnotifies (conn)) != NULL)
    {
      GHashTable *tables = g_hash_table_lookup (by_sender, GINT_TO_POINTER (notify->be_pid));
      g_auto(GStrv) words = g_strsplit (notify->extra, " ", 2);

      if (tables == NULL)
        {
          tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (by_sender, GINT_TO_POINTER (notify->be_pid), tables);
        }
      if (words[0] != NULL)
        g_hash_table_add (tables, g_strdup (words[0]));
      PQfreemem (notify);
    }
  return PQstatus (conn) == CONNECTION_OK;
}

/* Listens on one connection until it is lost (TRUE) or the listener stops (FALSE). */
static gboolean
listen_on (KezStoreListener *self,
           PGconn           *conn)
{
  g_autoptr(GHashTable) by_sender = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_hash_table_unref);
  PGresult *result = PQexec (conn, "LISTEN " CHANNEL);
  gboolean listening = PQresultStatus (result) == PGRES_COMMAND_OK;

  PQclear (result);
  if (!listening)
    return TRUE;
  while (wait_for (self, PQsocket (conn), -1))
    {
      GHashTableIter iter;
      gpointer sender, tables;

      if (!take_notifications (conn, by_sender))
        return TRUE;
      if (g_hash_table_size (by_sender) == 0)
        continue;
      /* The rest of the burst, if it comes within a moment. */
      if (!wait_for (self, PQsocket (conn), GATHER_MS))
        return FALSE;
      if (!take_notifications (conn, by_sender))
        return TRUE;
      g_hash_table_iter_init (&iter, by_sender);
      while (g_hash_table_iter_next (&iter, &sender, &tables))
        send_changes (self, GPOINTER_TO_INT (sender), tables);
      g_hash_table_remove_all (by_sender);
    }
  return FALSE;
}

static gpointer
listen_thread (gpointer data)
{
  KezStoreListener *self = data;
  gboolean first = TRUE;

  while (!g_atomic_int_get (&self->stopping))
    {
      g_autoptr(GError) error = NULL;
      PGconn *conn = kez_db_postgresql_connect (self->location, &error);
      gboolean lost;

      if (conn == NULL)
        {
          g_debug ("cannot listen to the server: %s", error->message);
          first = FALSE;
          wait_for (self, -1, RETRY_MS);
          continue;
        }
      /* What was missed while away is read again. */
      if (!first)
        send_changes (self, 0, NULL);
      first = FALSE;
      lost = listen_on (self, conn);
      PQfinish (conn);
      if (lost)
        g_debug ("the listening connection was lost");
    }
  return NULL;
}

/**
 * kez_store_listener_new:
 *
 * Returns: (transfer full): a listener on @store's server, which says on @store (on the
 *   thread that calls this) what other sessions changed, until it is freed
 */
KezStoreListener *
kez_store_listener_new (KezStore *store)
{
  KezStoreListener *self = g_new0 (KezStoreListener, 1);
  g_autoptr(GError) error = NULL;

  self->store = g_object_ref (store);
  self->context = g_main_context_ref_thread_default ();
  self->location = g_strdup (kez_store_get_path (store));
  if (!g_unix_open_pipe (self->stop, FD_CLOEXEC, &error))
    g_error ("no pipe for the listener: %s", error->message);
  self->thread = g_thread_new ("kez-listen", listen_thread, self);
  return self;
}

void
kez_store_listener_free (KezStoreListener *self)
{
  if (self == NULL)
    return;
  g_atomic_int_set (&self->stopping, TRUE);
  if (write (self->stop[1], "x", 1) < 0)
    g_debug ("cannot stop the listener: %s", g_strerror (errno));
  g_thread_join (self->thread);
  close (self->stop[0]);
  close (self->stop[1]);
  g_main_context_unref (self->context);
  g_free (self->location);
  g_object_unref (self->store);
  g_free (self);
}
