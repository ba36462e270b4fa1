/* kez-meeting-changes.h: a meeting someone else changed while it was being edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  KezMeeting *theirs;      /* the meeting as it is now */
  char       *who;         /* who made the last change ("" if not known) */
  GDateTime  *when;        /* when, or NULL if not known */
  guint       changed;     /* the parts they changed since it was opened (1 << KezMeetingPart) */
  guint       both;        /* of those, the ones the planner changed too */
} KezMeetingChanges;

KezMeetingChanges *kez_meeting_changes_read  (KezStore               *store,
                                              const KezMeetingFields *opened,
                                              const KezMeetingFields *mine,
                                              GError                **error);
void               kez_meeting_changes_merge (const KezMeetingChanges *changes,
                                              const KezMeetingFields  *opened,
                                              const KezMeetingFields  *mine,
                                              KezMeetingFields        *merged);
void               kez_meeting_changes_free  (KezMeetingChanges       *changes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezMeetingChanges, kez_meeting_changes_free)

G_END_DECLS
