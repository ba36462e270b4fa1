/* kez-meetings.h: meetings in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

gboolean    kez_meetings_save        (KezStore          *store,
                                      KezMeetingFields  *fields,
                                      GError           **error);
gboolean    kez_meetings_add_event   (KezStore          *store,
                                      gint64             meeting_id,
                                      KezEventKind       kind,
                                      const GDate       *date,
                                      int                start_minute,
                                      int                end_minute,
                                      const char        *participants,
                                      const char        *notes,
                                      GError           **error);
gboolean    kez_meetings_set_status    (KezStore        *store,
                                        gint64           id,
                                        KezMeetingStatus status,
                                        GError         **error);
gboolean    kez_meetings_set_published (KezStore        *store,
                                      gint64             id,
                                      const GDate       *published_on,
                                      const char        *link,
                                      GError           **error);
gboolean    kez_meetings_delete      (KezStore          *store,
                                      gint64             id,
                                      GError           **error);
KezMeeting *kez_meetings_get         (KezStore          *store,
                                      gint64             id);
GListModel *kez_meetings_list_range  (KezStore          *store,
                                      const GDate       *first,
                                      const GDate       *last);
GListModel *kez_meetings_list_year   (KezStore          *store,
                                      int                year);
guint       kez_meetings_count       (KezStore          *store);
guint       kez_meetings_count_bodies (KezStore         *store);

char       *kez_local_time_to_string (const GDate       *date,
                                      int                minute);
gboolean    kez_local_time_parse     (const char        *text,
                                      GDate             *date,
                                      int               *minute);
char       *kez_date_to_iso          (const GDate       *date);
gboolean    kez_date_parse_iso       (const char        *text,
                                      GDate             *date);

G_END_DECLS
