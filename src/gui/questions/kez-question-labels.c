/* kez-question-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-question-labels.h"

const char *
kez_channel_label (KezChannel channel)
{
  switch (channel)
    {
    case KEZ_CHANNEL_WEBSITE: return C_("question channel", "Website");
    case KEZ_CHANNEL_BLOG: return C_("question channel", "Leader’s blog");
    case KEZ_CHANNEL_SOCIAL: return C_("question channel", "Social media");
    case KEZ_CHANNEL_E_OTINISH: return C_("question channel", "e-Otinish");
    case KEZ_CHANNEL_AKIM_MEETING: return C_("question channel", "Akims’ meetings");
    case KEZ_CHANNEL_LETTER: return C_("question channel", "Letter");
    case KEZ_CHANNEL_RECEPTION: return C_("question channel", "Personal reception");
    case KEZ_CHANNEL_HALL: return C_("question channel", "From the hall");
    case KEZ_CHANNEL_ONLINE_COMMENT: return C_("question channel", "Online comment");
    case KEZ_N_CHANNELS:
    default: g_return_val_if_reached ("");
    }
}

const char *
kez_question_status_label (KezQuestionStatus status)
{
  switch (status)
    {
    case KEZ_QUESTION_NEW: return C_("question status", "New");
    case KEZ_QUESTION_ACCEPTED: return C_("question status", "Accepted");
    case KEZ_QUESTION_ANSWERED_AT_MEETING: return C_("question status", "Answered at the meeting");
    case KEZ_QUESTION_ANSWERED_IN_WRITING: return C_("question status", "Answered in writing");
    case KEZ_QUESTION_IN_ACTION_PLAN: return C_("question status", "In the action plan");
    case KEZ_QUESTION_REJECTED: return C_("question status", "Rejected");
    case KEZ_QUESTION_MERGED: return C_("question status", "Merged");
    case KEZ_N_QUESTION_STATUSES:
    default: g_return_val_if_reached ("");
    }
}

const char *
kez_question_status_css_class (KezQuestionStatus status)
{
  switch (status)
    {
    case KEZ_QUESTION_NEW: return "question-new";
    case KEZ_QUESTION_ACCEPTED:
    case KEZ_QUESTION_ANSWERED_AT_MEETING:
    case KEZ_QUESTION_ANSWERED_IN_WRITING:
    case KEZ_QUESTION_IN_ACTION_PLAN: return "question-accepted";
    case KEZ_QUESTION_REJECTED: return "question-rejected";
    case KEZ_QUESTION_MERGED: return "question-merged";
    case KEZ_N_QUESTION_STATUSES:
    default: g_return_val_if_reached ("");
    }
}
