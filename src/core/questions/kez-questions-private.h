/* kez-questions-private.h: reading question rows, for the core's question modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-db.h"

#include "kez-question.h"
#include "kez-store.h"

G_BEGIN_DECLS

/* "SELECT " kez_questions_columns () " FROM questions": the columns kez_questions_read_row()
 * expects, in order; the author and contact empty for whoever may not read them. */
const char *kez_questions_columns  (KezStore          *store);
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
