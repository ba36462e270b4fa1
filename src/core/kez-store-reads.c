/* kez-store-reads.c
 *
 * A damaged page of the database makes sqlite3_step() fail in the middle of a list; code
 * that loops "while there is a row" takes that for the end of the data, and an export would
 * report success with a quarter of the questions. Every step of the core goes through here
 * (kez-store-private.h), and a failure is remembered for the thread: an export asks at its
 * end whether everything it read was read whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "kez-store-reads.h"

/* The first failure since kez_store_reads_begin(), in this thread: its code. */
static GPrivate failed_code;

int
kez_store_step (sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE && g_private_get (&failed_code) == NULL)
    g_private_set (&failed_code, GINT_TO_POINTER (rc));
  return rc;
}

/* From now on, this thread's reads are watched. */
void
kez_store_reads_begin (void)
{
  g_private_set (&failed_code, NULL);
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
  int rc = GPOINTER_TO_INT (g_private_get (&failed_code));

  if (rc == 0)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %1$s is SQLite's reason, such as "database disk image is
                  malformed" */
               _("The database could not be read whole (%1$s), so nothing was saved. Put back "
                 "a backup from Preferences."), sqlite3_errstr (rc));
  return FALSE;
}
