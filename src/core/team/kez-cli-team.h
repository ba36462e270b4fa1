/* kez-cli-team.h: working together: --add-person, --remove-person, --list-people, --take-meeting, --bring-back
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
                    const char *remove_person,
                    gboolean    list_people);

int kez_cli_take_along (KezStore   *store,
                        gint64      take_meeting,
                        const char *output,
                        const char *bring_back);

G_END_DECLS
