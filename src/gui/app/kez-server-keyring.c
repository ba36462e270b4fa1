/* kez-server-keyring.c
 *
 * The password the planner typed for a team server, kept (when asked to) in the desktop's
 * keyring through libsecret: GNOME Keyring, KWallet, or the Secret portal under Flatpak. A
 * keyring that is missing or locked is no error: the window asks for the password again.
 * Each is found by the server's address, which never holds one (kez_db_server_address_check).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-keyring"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "kez-server-keyring.h"

static const SecretSchema *
schema (void)
{
  static const SecretSchema the_schema = {
    BASE_ID ".TeamServer", SECRET_SCHEMA_NONE,
    {
      { "address", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &the_schema;
}

static void
looked_up (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GTask) task = data;
  g_autoptr(GError) error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_debug ("No password from the keyring: %s", error->message);
  g_task_return_pointer (task, password, (GDestroyNotify) secret_password_free);
}

/* The password kept for @address, or NULL (none, no keyring, a locked one left locked). */
void
kez_server_keyring_lookup_async (const char          *address,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  secret_password_lookup (schema (), cancellable, looked_up, task, "address", address, NULL);
}

/* The caller frees it with kez_server_keyring_free_password(). */
char *
kez_server_keyring_lookup_finish (GAsyncResult *result)
{
  return g_task_propagate_pointer (G_TASK (result), NULL);
}

static void
stored (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_warning ("The password could not be kept in the keyring: %s", error->message);
}

void
kez_server_keyring_store (const char *address,
                          const char *password)
{
  /* Translators: the label of the password in the desktop's keyring (Passwords and Keys);
     %1$s is the team server's address */
  g_autofree char *label = g_strdup_printf (_("Kezdesu team server %1$s"), address);

  secret_password_store (schema (), SECRET_COLLECTION_DEFAULT, label, password, NULL, stored,
                         NULL, "address", address, NULL);
}

void
kez_server_keyring_free_password (char *password)
{
  secret_password_free (password);
}
