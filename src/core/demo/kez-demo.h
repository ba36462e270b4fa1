/* kez-demo.h: a realistic year in a new database, for a planner to look around in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean kez_demo_create (const char  *path,
                          GError     **error);

G_END_DECLS
