/* kez-questions-private.h: reading question rows, for the core's question modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-db.h"

#include "kez-question.h"
#include "kez-store.h"

G_BEGIN_DECLS

/* The columns kez_questions_read_row() expects, in order, for "SELECT … FROM questions". */
#define KEZ_QUESTION_COLUMNS \
  "id, meeting_id, received_on, channel, region_code, topic, text, author, contact, status, " \
  "reject_reason, merged_into, citizens, " \
  "CASE status WHEN 'answered-in-writing' THEN substr (answered_at, 1, 10) END"

void        kez_questions_read_row (KezDbStmt         *stmt,
                                    KezQuestionFields *fields);
const char *kez_questions_actor    (void);
gboolean    kez_questions_audit    (KezStore          *store,
                                    const char        *action,
                                    gint64             question_id,
                                    const char        *details,
                                    GError           **error);

void kez_questions_bind_fields (KezDbStmt               *stmt,
                                const KezQuestionFields *fields,
                                const char              *text);

G_END_DECLS
