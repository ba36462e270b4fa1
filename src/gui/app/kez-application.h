/* kez-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_APPLICATION (kez_application_get_type ())

G_DECLARE_FINAL_TYPE (KezApplication, kez_application, KEZ, APPLICATION, AdwApplication)

KezApplication *kez_application_new       (void);
KezStore       *kez_application_get_store (KezApplication *self);
char           *kez_application_dup_database_path (KezApplication *self);

G_END_DECLS
