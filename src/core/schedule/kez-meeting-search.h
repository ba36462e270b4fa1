/* kez-meeting-search.h: finding meetings by leader, region, place or topic, in any year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct _KezMeetingQuery KezMeetingQuery;

KezMeetingQuery *kez_meeting_query_new     (KezStore               *store,
                                            const char             *text);
gboolean         kez_meeting_query_is_empty (KezMeetingQuery       *query);
gboolean         kez_meeting_query_matches (KezMeetingQuery        *query,
                                            const KezMeetingFields *fields);
GListModel      *kez_meetings_search       (KezStore               *store,
                                            KezMeetingQuery        *query);
void             kez_meeting_query_free    (KezMeetingQuery        *query);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezMeetingQuery, kez_meeting_query_free)

G_END_DECLS
