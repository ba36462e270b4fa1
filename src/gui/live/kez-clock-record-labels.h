/* kez-clock-record-labels.h: the clock's record of a meeting, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-clock-record.h"
#include "kez-meeting.h"

G_BEGIN_DECLS

char *kez_record_start_text        (const KezClockRecord   *record,
                                    const KezMeetingFields *fields);
char *kez_record_duration_text     (const KezClockRecord   *record);
char *kez_record_presentation_text (const KezClockRecord   *record,
                                    double                  ratio);
char *kez_record_paused_text       (const KezClockRecord   *record);
char *kez_record_rule_text         (const KezClockRecord   *record);
char *kez_record_trust_text        (const KezClockTrust    *trust);

G_END_DECLS
