/* kez-people.h: the people of a team server and their roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_ROLE_PLANNER,     /* everything of the body */
  KEZ_ROLE_TIMEKEEPER,  /* the live console, receptions, questions from the hall */
  KEZ_ROLE_VIEWER,      /* reads and exports, without personal data */
  KEZ_ROLE_REVIEWER,    /* the authorised body: reads every body's proposals */
} KezRole;

typedef struct
{
  char    *login;
  KezRole  role;
  char    *body_code;   /* NULL for a reviewer named without one */
} KezPerson;

gboolean    kez_role_from_string   (const char  *text,
                                    KezRole     *role);
const char *kez_role_to_string     (KezRole      role);
const char *kez_role_name          (KezRole      role);
const char *kez_role_describe      (KezRole      role);

gboolean    kez_people_add         (KezStore    *store,
                                    const char  *login,
                                    KezRole      role,
                                    const char  *body_code,
                                    GError     **error);
gboolean    kez_people_remove      (KezStore    *store,
                                    const char  *login,
                                    GError     **error);
gboolean    kez_people_may_name    (KezStore    *store);
KezRole     kez_people_my_role     (KezStore    *store,
                                    char       **login);
GPtrArray  *kez_people_list        (KezStore    *store,
                                    GError     **error);
void        kez_person_free        (KezPerson   *person);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezPerson, kez_person_free)

G_END_DECLS
