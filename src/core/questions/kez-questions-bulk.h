/* kez-questions-bulk.h: many questions added at once, at the database engine's own speed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-question.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct _KezQuestionsBulk KezQuestionsBulk;

KezQuestionsBulk *kez_questions_bulk_begin (KezStore                *store,
                                            gint64                   import_id,
                                            GError                 **error);
gboolean          kez_questions_bulk_add   (KezQuestionsBulk        *self,
                                            const KezQuestionFields *fields,
                                            GError                 **error);
gboolean          kez_questions_bulk_flush (KezQuestionsBulk        *self,
                                            GError                 **error);
gboolean          kez_questions_bulk_end   (KezQuestionsBulk        *self,
                                            GError                 **error);
void              kez_questions_bulk_free  (KezQuestionsBulk        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezQuestionsBulk, kez_questions_bulk_free)

G_END_DECLS
