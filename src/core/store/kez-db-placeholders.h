/* kez-db-placeholders.h: SQLite's "?" and "?NNN" parameters in PostgreSQL's "$n" form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *kez_db_placeholders_number (const char  *sql,
                                  int         *n_params,
                                  gboolean   **used);

G_END_DECLS
