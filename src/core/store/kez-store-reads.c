/* kez-store-reads.c
 *
 * A damaged page of the database (or a server that goes away) makes a step fail in the
 * middle of a list; code that loops "while there is a row" takes that for the end of the
 * data, and an export would report success with a quarter of the questions. Every failed
 * step of the core is noted here (kez_db_step()), and remembered for the thread: an export
 * asks at its end whether everything it read was read whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-store-reads.h"

/* The first failure since kez_store_reads_begin(), in this thread: the engine's reason. */
static GPrivate failed_reason = G_PRIVATE_INIT (g_free);

void
kez_store_reads_note_failure (const char *reason)
{
  if (g_private_get (&failed_reason) == NULL)
    g_private_replace (&failed_reason, g_strdup (reason != NULL ? reason : ""));
}

/* From now on, this thread's reads are watched. */
void
kez_store_reads_begin (void)
{
  g_private_replace (&failed_reason, NULL);
}

/**
 * kez_store_reads_check:
 *
 * Returns: %FALSE with @error set when a read of this thread failed since
 *   kez_store_reads_begin(): what was read is not the whole of the data.
 */
gboolean
kez_store_reads_check (GError **error)
{
  if (g_private_get (&failed_reason) == NULL)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %1$s is the database's reason, such as "database disk image is
                  malformed" */
               _("The database could not be read whole (%1$s), so nothing was saved. Put back "
                 "a backup from Preferences."),
               (const char *) g_private_get (&failed_reason));
  return FALSE;
}
