/* kez-db-passwords.h: the team server's password the planner typed, for this run only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void  kez_db_passwords_remember (const char *location,
                                 const char *password);
char *kez_db_passwords_dup      (const char *location);
void  kez_db_passwords_free     (char       *password);

G_END_DECLS
