/* kez-question-import.h: questions from a CSV file, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-question.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_QUESTION_COLUMN_RECEIVED,
  KEZ_QUESTION_COLUMN_CHANNEL,
  KEZ_QUESTION_COLUMN_REGION,
  KEZ_QUESTION_COLUMN_TOPIC,
  KEZ_QUESTION_COLUMN_TEXT,
  KEZ_QUESTION_COLUMN_AUTHOR,
  KEZ_QUESTION_COLUMN_CONTACT,
  KEZ_QUESTION_COLUMN_MEETING,
  KEZ_N_QUESTION_COLUMNS
} KezQuestionColumn;

typedef struct _KezQuestionImport KezQuestionImport;

const char              *kez_question_column_name        (KezQuestionColumn   column);
gboolean                 kez_question_column_is_required (KezQuestionColumn   column);
int                      kez_question_column_guess       (const char         *header);
GStrv                    kez_question_import_read_header (const char         *data,
                                                          gsize               length,
                                                          GError            **error);
KezQuestionImport       *kez_question_import_read        (KezStore           *store,
                                                          const char         *data,
                                                          gsize               length,
                                                          const char * const *mapping,
                                                          gint64              meeting_id,
                                                          GError            **error);
guint                    kez_question_import_get_n_questions (KezQuestionImport *self);
const KezQuestionFields *kez_question_import_get_question (KezQuestionImport *self,
                                                          guint               index);
GPtrArray               *kez_question_import_get_problems (KezQuestionImport *self);
gboolean                 kez_question_import_commit       (KezQuestionImport *self,
                                                          KezStore           *store,
                                                          GError            **error);
void                     kez_question_import_free         (KezQuestionImport *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezQuestionImport, kez_question_import_free)

G_END_DECLS
