/* kez-meeting-changes.c
 *
 * When a planner saves a meeting someone else changed after it was opened, the save is
 * refused (the row's version, schema version 10) and this says what happened: who changed
 * it and when, which parts they changed, and which of those the planner changed too. The
 * planner then keeps theirs, or puts their own changes on top: every part the planner changed
 * is theirs to set, the rest stays as the other person left it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-changes"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-meeting-changes.h"
#include "kez-meetings.h"
#include "kez-store-error.h"
#include "kez-store-private.h"

/**
 * kez_meeting_changes_read:
 * @opened: the meeting as the planner opened it
 * @mine: as the planner would save it
 *
 * Returns: (transfer full): what changed since @opened, or %NULL with @error set (the
 *   meeting is gone, or cannot be read now)
 */
KezMeetingChanges *
kez_meeting_changes_read (KezStore               *store,
                          const KezMeetingFields *opened,
                          const KezMeetingFields *mine,
                          GError                **error)
{
  g_autoptr(KezMeetingChanges) changes = g_new0 (KezMeetingChanges, 1);
  const KezMeetingFields *theirs;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);
  g_return_val_if_fail (opened != NULL && mine != NULL && opened->id > 0, NULL);

  changes->theirs = kez_meetings_get (store, opened->id);
  if (changes->theirs == NULL)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT,
                           _("Someone else deleted this meeting after you opened it."));
      return NULL;
    }
  kez_store_last_change (store, "meetings", opened->id, &changes->who, &changes->when);
  if (changes->who == NULL)
    changes->who = g_strdup ("");
  theirs = kez_meeting_get_fields (changes->theirs);
  changes->changed = kez_meeting_fields_differ (opened, theirs);
  changes->both = changes->changed & kez_meeting_fields_differ (opened, mine);
  return g_steal_pointer (&changes);
}

/**
 * kez_meeting_changes_merge:
 * @merged: (out caller-allocates): the meeting as it is now with the planner's changes on top,
 *   to be saved over the version it is now at
 */
void
kez_meeting_changes_merge (const KezMeetingChanges *changes,
                           const KezMeetingFields  *opened,
                           const KezMeetingFields  *mine,
                           KezMeetingFields        *merged)
{
  guint own = kez_meeting_fields_differ (opened, mine);

  g_return_if_fail (changes != NULL && changes->theirs != NULL);

  kez_meeting_fields_copy (kez_meeting_get_fields (changes->theirs), merged);
  for (KezMeetingPart part = 0; part < KEZ_N_PARTS; part++)
    if (own & (1u << part))
      kez_meeting_fields_take_part (merged, mine, part);
}

void
kez_meeting_changes_free (KezMeetingChanges *changes)
{
  if (changes == NULL)
    return;
  g_clear_object (&changes->theirs);
  g_free (changes->who);
  g_clear_pointer (&changes->when, g_date_time_unref);
  g_free (changes);
}
