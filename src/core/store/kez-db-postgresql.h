/* kez-db-postgresql.h: what of the server engine is used beside the seam (notifications)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libpq-fe.h>

#include "kez-db.h"

G_BEGIN_DECLS

PGconn *kez_db_postgresql_connect     (const char  *location,
                                       GError     **error);
int     kez_db_postgresql_backend_pid (KezDb       *db);

G_END_DECLS
