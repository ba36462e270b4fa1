/* kez-cli-people.h: --add-person and --list-people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-store.h"

G_BEGIN_DECLS

int kez_cli_people (KezStore   *store,
                    const char *add_person,
                    const char *role,
                    const char *body,
                    gboolean    list_people);

G_END_DECLS
