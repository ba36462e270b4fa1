/* kez-meeting-form.h: what the meeting editor shows beside the meeting, read at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-clock-record.h"
#include "kez-meeting.h"
#include "kez-rule-set.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  GListModel     *bodies;       /* (element-type KezBody): those in use, by name */
  GListModel     *regions;      /* (element-type KezRegion) */
  KezRuleSet     *rules;        /* the rule set in force; NULL in a store without one */
  char           *served_body;  /* the body the installation serves; NULL when not set */
  GListModel     *same_day;     /* (element-type KezMeeting): the meetings of its day */
  GDate           day;          /* the day @same_day is of */
  gboolean        has_record;   /* a held meeting: its clock record is below */
  KezClockRecord  record;
  guint           answered;     /* the questions answered in the hall */
} KezMeetingForm;

KezMeetingForm *kez_meeting_form_read (KezStore        *store,
                                       KezMeeting      *meeting,
                                       const GDate     *day);
void            kez_meeting_form_free (KezMeetingForm  *form);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezMeetingForm, kez_meeting_form_free)

G_END_DECLS
