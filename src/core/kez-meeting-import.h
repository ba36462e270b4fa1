/* kez-meeting-import.h: meetings from a CSV file, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct _KezMeetingImport KezMeetingImport;

KezMeetingImport       *kez_meeting_import_read            (KezStore         *store,
                                                            const char       *data,
                                                            gsize             length,
                                                            GError          **error);
guint                   kez_meeting_import_get_n_meetings  (KezMeetingImport *self);
const KezMeetingFields *kez_meeting_import_get_meeting     (KezMeetingImport *self,
                                                            guint             index);
GPtrArray              *kez_meeting_import_get_problems    (KezMeetingImport *self);
gboolean                kez_meeting_import_commit          (KezMeetingImport *self,
                                                            KezStore         *store,
                                                            GError          **error);
void                    kez_meeting_import_free            (KezMeetingImport *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezMeetingImport, kez_meeting_import_free)

G_END_DECLS
