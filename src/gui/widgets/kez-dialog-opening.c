/* kez-dialog-opening.c
 *
 * A dialog of the store (the meeting editor, a problem, an action) reads what it shows in a
 * page's reader thread and opens when that is there, so that opening it sends nothing to a
 * server from the main thread. A read that fails says why in a toast: a click must not just
 * do nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-db.h"
#include "kez-dialog-opening.h"
#include "kez-toast.h"

typedef struct
{
  GtkWidget          *where;
  KezStore           *store;
  KezDialogBuildFunc  build;
  gpointer            data;     /* the read's, then the build's: the thread is done by then */
  GDestroyNotify      data_free;
} Opening;

static void
opening_free (Opening *opening)
{
  if (opening->data_free != NULL)
    opening->data_free (opening->data);
  g_object_unref (opening->where);
  g_object_unref (opening->store);
  g_free (opening);
}

/* On a team server a read that fails is the connection's (the window's bar says the server
 * is away too); on a file, the database's own reason. */
static void
say_not_opened (Opening      *opening,
                const GError *error)
{
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (kez_db_location_is_server (kez_store_get_path (opening->store)))
    /* A toast is one line: short enough for the window at its default width. */
    text = g_strdup (_("The team server cannot be reached, so this cannot be opened now."));
  else
    /* Translators: %1$s is the database's reason */
    text = g_strdup_printf (_("This cannot be opened: %1$s"), error->message);
  kez_toast_add (opening->where, adw_toast_new (text));
}

static void
read_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Opening *opening = user_data;
  g_autoptr(GError) error = NULL;
  gpointer read = kez_store_reader_read_finish (result, &error);
  GtkWindow *window;

  if (read == NULL)
    say_not_opened (opening, error);
  else if ((window = opening->build (opening->where, opening->store, read, opening->data)))
    gtk_window_present (window);
  opening_free (opening);
}

/**
 * kez_dialog_open_after_read:
 * @where: what asked for the dialog: its window is the dialog's parent and shows the toast
 * @reader: the page's reader, which runs @read off the main thread
 * @cancellable: (nullable): cancelled (a second click, the page gone), nothing opens
 * @read: reads what the dialog shows, given @data
 * @read_free: frees what @read returned, when it is not built on
 * @build: makes the dialog of what was read
 * @data: (transfer full): what the dialog is opened for, given to @read and then to @build
 */
void
kez_dialog_open_after_read (GtkWidget          *where,
                            KezStore           *store,
                            KezStoreReader     *reader,
                            GCancellable       *cancellable,
                            KezStoreReadFunc    read,
                            GDestroyNotify      read_free,
                            KezDialogBuildFunc  build,
                            gpointer            data,
                            GDestroyNotify      data_free)
{
  Opening *opening;

  g_return_if_fail (GTK_IS_WIDGET (where));
  g_return_if_fail (KEZ_IS_STORE (store));

  opening = g_new0 (Opening, 1);
  opening->where = g_object_ref (where);
  opening->store = g_object_ref (store);
  opening->build = build;
  opening->data = data;
  opening->data_free = data_free;
  kez_store_reader_read_async (reader, read, data, NULL, read_free, cancellable, read_done,
                               opening);
}
