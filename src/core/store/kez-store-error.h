/* kez-store-error.h: why the database refused, in the planner's terms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KEZ_STORE_ERROR (kez_store_error_quark ())

typedef enum
{
  KEZ_STORE_ERROR_OPEN,       /* the file cannot be opened or created */
  KEZ_STORE_ERROR_CORRUPT,    /* the file is not a database, or is damaged */
  KEZ_STORE_ERROR_TOO_NEW,    /* written by a newer Kezdesu */
  KEZ_STORE_ERROR_DISK_FULL,
  KEZ_STORE_ERROR_BUSY,       /* another program holds the file */
  KEZ_STORE_ERROR_CONSTRAINT, /* the change breaks a rule of the data */
  KEZ_STORE_ERROR_FAILED,
  KEZ_STORE_ERROR_UNREACHABLE, /* the team server cannot be reached now */
  KEZ_STORE_ERROR_PASSWORD,    /* the team server asks for a password, or refused it */
  KEZ_STORE_ERROR_DENIED,      /* the person's role on the team server does not allow it */
  KEZ_STORE_ERROR_CONFLICT,    /* someone else changed the row since it was read */
} KezStoreError;

GQuark kez_store_error_quark (void);

G_END_DECLS
