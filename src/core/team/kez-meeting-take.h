/* kez-meeting-take.h: a meeting taken along on a laptop that will be offline, and brought back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  guint    clock_events;
  guint    receptions;
  guint    questions;   /* asked in the hall */
  guint    answered;    /* of those accepted before, answered at the meeting */
  gboolean held;        /* the meeting is now marked held */
} KezBroughtBack;

gboolean kez_meeting_take       (KezStore        *from,
                                 gint64           meeting_id,
                                 const char      *path,
                                 GError         **error);
gboolean kez_meeting_bring_back (KezStore        *to,
                                 const char      *path,
                                 KezBroughtBack  *counts,
                                 GError         **error);

G_END_DECLS
