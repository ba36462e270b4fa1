/* kez-cli-team.c
 *
 * Setting people up on a team server from the command line: --add-person=LOGIN --role=ROLE
 * [--body=CODE] names a login with a role (and a body: the one given, else the one the
 * database serves); --remove-person=LOGIN takes it away; --list-people shows who has which. And a meeting taken along on a laptop
 * that will be offline: --take-meeting=ID --output=FILE.db, then --bring-back=FILE.db.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "kez-body.h"
#include "kez-cli-team.h"
#include "kez-language.h"
#include "kez-meeting-take.h"
#include "kez-people.h"

/* The body's name in the reader's language, else its code. */
static char *
body_name (KezStore   *store,
           const char *code)
{
  g_autoptr(GListModel) bodies = kez_store_list_bodies (store);
  KezLanguage language = kez_language_from_locale ();

  for (guint i = 0; i < g_list_model_get_n_items (bodies); i++)
    {
      g_autoptr(KezBody) body = g_list_model_get_item (bodies, i);

      if (g_strcmp0 (kez_body_get_code (body), code) == 0)
        return g_strdup (kez_body_get_name (body, language));
    }
  return g_strdup (code);
}

static int
add_person (KezStore   *store,
            const char *login,
            const char *role_name,
            const char *body)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *served = NULL;
  KezRole role;

  if (!kez_role_from_string (role_name, &role))
    {
      g_printerr (_("--add-person needs --role=planner, timekeeper, viewer or reviewer\n"));
      return EXIT_FAILURE;
    }
  if (body == NULL && role != KEZ_ROLE_REVIEWER)
    body = served = kez_store_dup_served_body (store);
  if (!kez_people_add (store, login, role, body, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (body != NULL)
    {
      g_autofree char *name = body_name (store, body);

      /* Translators: %1$s is a login, %2$s what the role may do, %3$s a body's name */
      g_print (_("%1$s: %2$s (%3$s).\n"), login, kez_role_describe (role), name);
    }
  else
    /* Translators: %1$s is a login, %2$s what the role may do */
    g_print (_("%1$s: %2$s.\n"), login, kez_role_describe (role));
  return EXIT_SUCCESS;
}

static int
list_people (KezStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = kez_people_list (store, &error);

  if (people == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  if (people->len == 0)
    g_print ("%s\n", _("No one has a role in this database yet: name people with "
                       "--add-person."));
  /* One line each, the role as --role writes it, for a reader and for a script alike. */
  for (guint i = 0; i < people->len; i++)
    {
      KezPerson *person = g_ptr_array_index (people, i);
      g_autofree char *name = person->body_code != NULL ? body_name (store, person->body_code)
                                                        : NULL;

      g_print ("%s\t%s\t%s\t%s\n", person->login, kez_role_to_string (person->role),
               person->body_code != NULL ? person->body_code : "",
               name != NULL ? name : "");
    }
  return EXIT_SUCCESS;
}

static int
remove_person (KezStore   *store,
               const char *login)
{
  g_autoptr(GError) error = NULL;

  if (!kez_people_remove (store, login, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  /* Translators: %1$s is a login on the team server */
  g_print (_("%1$s no longer has a role in this database.\n"), login);
  return EXIT_SUCCESS;
}

/* --add-person=LOGIN --role=ROLE [--body=CODE], --remove-person=LOGIN, then --list-people. */
int
kez_cli_people (KezStore   *store,
                const char *add_person_login,
                const char *role,
                const char *body,
                const char *remove_person_login,
                gboolean    list)
{
  int status = EXIT_SUCCESS;

  if (add_person_login != NULL)
    status = add_person (store, add_person_login, role, body);
  if (status == EXIT_SUCCESS && remove_person_login != NULL)
    status = remove_person (store, remove_person_login);
  if (status == EXIT_SUCCESS && list)
    status = list_people (store);
  return status;
}

int
kez_cli_take_along (KezStore   *store,
                    gint64      take_meeting,
                    const char *output,
                    const char *bring_back)
{
  g_autoptr(GError) error = NULL;
  KezBroughtBack counts;

  if (take_meeting > 0)
    {
      if (output == NULL)
        {
          g_printerr (_("--take-meeting needs --output=FILE.db, a new file for the laptop\n"));
          return EXIT_FAILURE;
        }
      if (!kez_meeting_take (store, take_meeting, output, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      /* Translators: %1$s is a file name */
      g_print (_("The meeting is in %1$s: run it there with --database, and bring it back "
                 "with --bring-back.\n"), output);
      return EXIT_SUCCESS;
    }
  if (!kez_meeting_bring_back (store, bring_back, &counts, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  /* Translators: %1$u … %4$u are numbers */
  g_print (_("Brought back: clock events %1$u, citizens received %2$u, questions from the hall "
             "%3$u, questions answered %4$u%5$s.\n"),
           counts.clock_events, counts.receptions, counts.questions, counts.answered,
           counts.held ? _("; the meeting is marked held") : "");
  return EXIT_SUCCESS;
}
