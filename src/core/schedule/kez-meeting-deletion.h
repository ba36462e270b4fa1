/* kez-meeting-deletion.h: a meeting deleted so that it can be put back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

#define KEZ_TYPE_MEETING_DELETION (kez_meeting_deletion_get_type ())

typedef struct _KezMeetingDeletion KezMeetingDeletion;

GType               kez_meeting_deletion_get_type (void) G_GNUC_CONST;
KezMeetingDeletion *kez_meeting_deletion_delete   (KezStore            *store,
                                                   KezMeeting          *meeting,
                                                   GError             **error);
gboolean            kez_meeting_deletion_undo     (KezMeetingDeletion  *deletion,
                                                   KezStore            *store,
                                                   GError             **error);
guint               kez_meeting_deletion_get_n_questions (KezMeetingDeletion *deletion);
KezMeetingDeletion *kez_meeting_deletion_ref      (KezMeetingDeletion  *deletion);
void                kez_meeting_deletion_unref    (KezMeetingDeletion  *deletion);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezMeetingDeletion, kez_meeting_deletion_unref)

G_END_DECLS
