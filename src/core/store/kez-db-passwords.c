/* kez-db-passwords.c
 *
 * libpq finds a server's password itself (PGPASSWORD, ~/.pgpass, the service file). Where
 * none of them has it, the window asks the planner (and may keep it in the desktop's
 * keyring, which is the window's business); the answer is kept here, in this process's
 * memory only, for every connection the app makes to that address: the window's, and the
 * workers' own for an import or an export. It is never written to the settings, a file or
 * a log, and its bytes are cleared when it is replaced.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kez-db-passwords.h"

static GMutex      lock;
static GHashTable *passwords; /* location → password */

/* Clears @password's bytes before it is freed. */
void
kez_db_passwords_free (char *password)
{
  if (password == NULL)
    return;
  explicit_bzero (password, strlen (password));
  g_free (password);
}

static void
password_clear_free (gpointer data)
{
  kez_db_passwords_free (data);
}

/**
 * kez_db_passwords_remember:
 * @location: the server's address, as the app connects to it
 * @password: (nullable): its password; %NULL forgets the one kept
 */
void
kez_db_passwords_remember (const char *location,
                           const char *password)
{
  g_return_if_fail (location != NULL);

  g_mutex_lock (&lock);
  if (passwords == NULL)
    passwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, password_clear_free);
  if (password != NULL)
    g_hash_table_replace (passwords, g_strdup (location), g_strdup (password));
  else
    g_hash_table_remove (passwords, location);
  g_mutex_unlock (&lock);
}

/* The password kept for @location, or %NULL; freed with kez_db_passwords_free(). */
char *
kez_db_passwords_dup (const char *location)
{
  char *password = NULL;

  g_return_val_if_fail (location != NULL, NULL);

  g_mutex_lock (&lock);
  if (passwords != NULL)
    password = g_strdup (g_hash_table_lookup (passwords, location));
  g_mutex_unlock (&lock);
  return password;
}
