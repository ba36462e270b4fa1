/* kez-people-group.h: Preferences, People (a team server's)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_PEOPLE_GROUP (kez_people_group_get_type ())

G_DECLARE_FINAL_TYPE (KezPeopleGroup, kez_people_group, KEZ, PEOPLE_GROUP, AdwPreferencesGroup)

GtkWidget *kez_people_group_new (KezStore *store);

G_END_DECLS
