/* kez-server-bar.c
 *
 * On a team server a save can fail because the server or the network went away. The form
 * that was saving keeps what was typed and says so (kez_store_set_error()); this bar, under
 * the header, says it for the whole window as long as it lasts, and looks for the server
 * every few seconds, off the main thread (kez-store-server.c). When the server answers, the
 * bar goes and saving works again. (libadwaita 1.2 has no AdwBanner: a bar in the window's
 * template, drawn as the running meeting's is.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-server-bar.h"

#define LOOK_EVERY_SECONDS 3

struct _KezServerBar
{
  GObject       parent_instance;

  GtkWidget    *bar;         /* the window's, under its header */
  KezStore     *store;
  GCancellable *looking;     /* a look under way, or NULL */
  guint         timer_id;
};

G_DEFINE_FINAL_TYPE (KezServerBar, kez_server_bar, G_TYPE_OBJECT)

static void
looked (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  g_autoptr(KezServerBar) self = data;

  kez_store_look_for_server_finish (KEZ_STORE (source), result, NULL);
  g_clear_object (&self->looking);
}

static gboolean
look (gpointer data)
{
  KezServerBar *self = data;

  if (self->looking == NULL)
    {
      self->looking = g_cancellable_new ();
      kez_store_look_for_server_async (self->store, self->looking, looked,
                                       g_object_ref (self));
    }
  return G_SOURCE_CONTINUE;
}

static void
server_lost_changed (KezServerBar *self)
{
  gboolean lost = kez_store_is_server_lost (self->store);

  gtk_widget_set_visible (self->bar, lost);
  if (lost && self->timer_id == 0)
    self->timer_id = g_timeout_add_seconds (LOOK_EVERY_SECONDS, look, self);
  else if (!lost)
    g_clear_handle_id (&self->timer_id, g_source_remove);
}

/**
 * kez_server_bar_new:
 * @bar: what says the server is away
 *
 * Shows @bar while @store's server is lost, and looks for the server until it is back.
 */
KezServerBar *
kez_server_bar_new (GtkWidget *bar,
                    KezStore  *store)
{
  KezServerBar *self = g_object_new (KEZ_TYPE_SERVER_BAR, NULL);

  self->bar = g_object_ref (bar);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "notify::server-lost", G_CALLBACK (server_lost_changed),
                           self, G_CONNECT_SWAPPED);
  server_lost_changed (self);
  return self;
}

static void
kez_server_bar_dispose (GObject *object)
{
  KezServerBar *self = KEZ_SERVER_BAR (object);

  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_cancellable_cancel (self->looking);
  g_clear_object (&self->looking);
  g_clear_object (&self->store);
  g_clear_object (&self->bar);
  G_OBJECT_CLASS (kez_server_bar_parent_class)->dispose (object);
}

static void
kez_server_bar_class_init (KezServerBarClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kez_server_bar_dispose;
}

static void
kez_server_bar_init (KezServerBar *self)
{
}
