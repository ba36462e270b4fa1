/* kez-people.c
 *
 * The people of a team server: each connects as themselves, a login of the server, and has
 * one role in the database and, but for the authorised body's reviewer, one body. The server
 * keeps and enforces them (postgresql/0009: the people table, the database's group roles and
 * their grants, row-level security by body); naming someone is kez_add_person () on the
 * server, which only someone who may create roles can run, and kez_remove_person () takes
 * the role away again. A database file has no people:
 * whoever holds it holds all of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-people"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-people.h"
#include "kez-store-error.h"
#include "kez-store-private.h"

static const char *const role_names[] = {
  [KEZ_ROLE_PLANNER] = "planner",
  [KEZ_ROLE_TIMEKEEPER] = "timekeeper",
  [KEZ_ROLE_VIEWER] = "viewer",
  [KEZ_ROLE_REVIEWER] = "reviewer",
};

/* As --role and the server write it. */
gboolean
kez_role_from_string (const char *text,
                      KezRole    *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    if (g_strcmp0 (text, role_names[i]) == 0)
      {
        *role = i;
        return TRUE;
      }
  return FALSE;
}

const char *
kez_role_to_string (KezRole role)
{
  g_return_val_if_fail (role < G_N_ELEMENTS (role_names), NULL);
  return role_names[role];
}

/* The role's name, in the reader's language. */
const char *
kez_role_name (KezRole role)
{
  switch (role)
    {
    case KEZ_ROLE_PLANNER:
      return _("Planner");
    case KEZ_ROLE_TIMEKEEPER:
      return _("Timekeeper");
    case KEZ_ROLE_VIEWER:
      return _("Viewer");
    case KEZ_ROLE_REVIEWER:
      return _("Reviewer of the authorised body");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What a role may do, in the reader's language. */
const char *
kez_role_describe (KezRole role)
{
  switch (role)
    {
    case KEZ_ROLE_PLANNER:
      return _("Planner: everything of the body");
    case KEZ_ROLE_TIMEKEEPER:
      return _("Timekeeper: the live console, receptions and questions from the hall");
    case KEZ_ROLE_VIEWER:
      return _("Viewer: reads and exports, without personal data");
    case KEZ_ROLE_REVIEWER:
      return _("Reviewer of the authorised body: reads every body’s proposals");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
on_server (KezStore  *store,
           GError   **error)
{
  if (kez_db_get_kind (kez_store_get_db (store)) == KEZ_DB_POSTGRESQL)
    return TRUE;
  g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED,
                       _("People and roles are kept by a team server. A database file has "
                         "none: whoever holds the file holds all of it."));
  return FALSE;
}

/**
 * kez_people_add:
 * @login: the person's login on the server (made if it is not one yet, without a password:
 *   how they sign in is the server's business)
 * @body_code: (nullable): their body; only a reviewer may have none
 *
 * Names @login with @role in the database, or gives them @role and @body_code if named
 * already.
 */
gboolean
kez_people_add (KezStore    *store,
                const char  *login,
                KezRole      role,
                const char  *body_code,
                GError     **error)
{
  g_autoptr(KezDbStmt) known = NULL;
  g_autoptr(KezDbStmt) add = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (login != NULL, FALSE);

  if (!on_server (store, error))
    return FALSE;
  if (*login == '\0' || strlen (login) > 63)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("A login is 1 to 63 characters long"));
      return FALSE;
    }
  if (body_code == NULL && role != KEZ_ROLE_REVIEWER)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                           _("A planner, a timekeeper or a viewer works for a body: name it"));
      return FALSE;
    }
  if (body_code != NULL)
    {
      known = kez_store_prepare (store, "SELECT 1 FROM bodies WHERE code = ?1", error);
      if (known == NULL)
        return FALSE;
      kez_db_bind_text (known, 1, body_code);
      if (kez_db_step (known) != KEZ_DB_ROW)
        {
          g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                       /* Translators: %1$s is a body's code such as "moh" */
                       _("There is no central executive body “%1$s”"), body_code);
          return FALSE;
        }
    }
  add = kez_store_prepare (store, "SELECT kez_add_person (?1, ?2, ?3)", error);
  if (add == NULL)
    return FALSE;
  kez_db_bind_text (add, 1, login);
  kez_db_bind_text (add, 2, kez_role_to_string (role));
  if (body_code != NULL)
    kez_db_bind_text (add, 3, body_code);
  else
    kez_db_bind_null (add, 3);
  if (kez_db_step (add) != KEZ_DB_ROW)
    {
      kez_store_set_error (store, error);
      return FALSE;
    }
  kez_store_emit_changed (store, "people");
  return TRUE;
}

/**
 * kez_people_remove:
 * @login: a person named in the database
 *
 * Takes @login's role in the database away (postgresql/0014): their login stays the
 * server's, but reads and writes nothing of the record any more. What they did stays in it
 * under their name.
 */
gboolean
kez_people_remove (KezStore    *store,
                   const char  *login,
                   GError     **error)
{
  g_autoptr(KezDbStmt) remove = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (login != NULL, FALSE);

  if (!on_server (store, error))
    return FALSE;
  remove = kez_store_prepare (store, "SELECT kez_remove_person (?1)", error);
  if (remove == NULL)
    return FALSE;
  kez_db_bind_text (remove, 1, login);
  if (kez_db_step (remove) != KEZ_DB_ROW)
    {
      kez_store_set_error (store, error);
      return FALSE;
    }
  if (!kez_db_column_int (remove, 0))
    {
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                   /* Translators: %1$s is a login on the team server */
                   _("“%1$s” has no role in this database"), login);
      return FALSE;
    }
  kez_store_emit_changed (store, "people");
  return TRUE;
}

/**
 * kez_people_may_name:
 *
 * Returns: whether the connected person may name people and take their roles away: the
 *   owner of the server's tables with the right to make roles (or a superuser), as the
 *   server's kez_may_name_people () says; %FALSE for a database file
 */
gboolean
kez_people_may_name (KezStore *store)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (kez_db_get_kind (kez_store_get_db (store)) != KEZ_DB_POSTGRESQL)
    return FALSE;
  stmt = kez_store_prepare (store, "SELECT kez_may_name_people ()", NULL);
  return stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW && kez_db_column_int (stmt, 0);
}

/**
 * kez_people_my_role:
 * @login: (out) (optional) (transfer full): who is connected: their login on a server, the
 *   computer's user for a database file
 *
 * Returns: the connected person's role: the one they were named with on a server; whoever
 *   holds a database file, and the owner of a server's tables (whom its rules do not hold),
 *   plan everything
 */
KezRole
kez_people_my_role (KezStore  *store,
                    char     **login)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  KezRole role = KEZ_ROLE_PLANNER;
  const char *who = g_get_user_name ();

  g_return_val_if_fail (KEZ_IS_STORE (store), KEZ_ROLE_PLANNER);

  if (kez_db_get_kind (kez_store_get_db (store)) == KEZ_DB_POSTGRESQL &&
      (stmt = kez_store_prepare (store, "SELECT kez_person_role (), session_user", NULL)) != NULL &&
      kez_db_step (stmt) == KEZ_DB_ROW)
    {
      if (!kez_role_from_string (kez_db_column_text (stmt, 0), &role))
        role = KEZ_ROLE_PLANNER;
      who = kez_db_column_text (stmt, 1);
    }
  if (login != NULL)
    *login = g_strdup (who);
  return role;
}

/**
 * kez_people_list:
 *
 * Returns: (transfer full) (element-type KezPerson): the people named in the database that
 *   the connected person may see (all of them for the owner; their body's for a planner), by
 *   login, or %NULL with @error set
 */
GPtrArray *
kez_people_list (KezStore  *store,
                 GError   **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) people = NULL;
  KezDbStep step;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  if (!on_server (store, error))
    return NULL;
  stmt = kez_store_prepare (store, "SELECT login, role, body_code FROM people ORDER BY login",
                            error);
  if (stmt == NULL)
    return NULL;
  people = g_ptr_array_new_with_free_func ((GDestroyNotify) kez_person_free);
  while ((step = kez_db_step (stmt)) == KEZ_DB_ROW)
    {
      KezPerson *person = g_new0 (KezPerson, 1);

      person->login = g_strdup (kez_db_column_text (stmt, 0));
      if (!kez_role_from_string (kez_db_column_text (stmt, 1), &person->role))
        person->role = KEZ_ROLE_VIEWER;
      person->body_code = g_strdup (kez_db_column_text (stmt, 2));
      g_ptr_array_add (people, person);
    }
  if (step == KEZ_DB_FAILED)
    {
      kez_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&people);
}

void
kez_person_free (KezPerson *person)
{
  if (person == NULL)
    return;
  g_free (person->login);
  g_free (person->body_code);
  g_free (person);
}
