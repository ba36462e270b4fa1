/* kez-receptions.h: citizens seen at a meeting's personal reception (decree point 3.6)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"

G_BEGIN_DECLS

/* Personal data (Law No. 94-V): kept in the database only, never logged or exported unless
 * asked for. */
typedef struct
{
  const char *citizen_name;
  const char *iin;     /* "" when not given */
  const char *phone;
  const char *address;
  const char *issue;
  const char *outcome;
} KezReceptionFields;

gboolean kez_receptions_add   (KezStore                 *store,
                               gint64                    meeting_id,
                               const KezReceptionFields *fields,
                               GError                  **error);
gboolean kez_receptions_check (const KezReceptionFields *fields,
                               GError                  **error);
gboolean kez_receptions_add_recorded (KezStore          *store,
                               gint64                    meeting_id,
                               const KezReceptionFields *fields,
                               GDateTime                *received,
                               const char               *client_uuid,
                               GError                  **error);
guint    kez_receptions_count (KezStore                 *store,
                               gint64                    meeting_id);

G_END_DECLS
