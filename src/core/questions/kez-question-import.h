/* kez-question-import.h: questions from a CSV file or a workbook, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-import-columns.h"
#include "kez-import-table.h"
#include "kez-import-value-map.h"
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

typedef struct
{
  const char * const *mapping;     /* for each column the header holding it, or NULL; NULL
                                      as a whole for the guess */
  gint64              meeting_id;  /* the questions' meeting, or 0; a row's own wins */
  int                 channel;     /* a KezChannel for every row, or -1 for the file's */
  KezImportValueMap  *values;      /* the planner's choices, or NULL for a fresh map */
  const char         *file_name;   /* for the record of imports */
} KezQuestionImportOptions;

#define KEZ_QUESTION_IMPORT_OPTIONS_INIT { NULL, 0, -1, NULL, NULL }

typedef struct _KezQuestionImport KezQuestionImport;

const KezImportColumn   *kez_question_import_columns      (void);
KezQuestionImport       *kez_question_import_read         (KezStore                       *store,
                                                           KezImportTable                 *table,
                                                           const KezQuestionImportOptions *options,
                                                           GError                        **error);
guint                    kez_question_import_get_n_questions (KezQuestionImport *self);
guint                    kez_question_import_get_n_preview (KezQuestionImport *self);
const KezQuestionFields *kez_question_import_get_question (KezQuestionImport *self,
                                                           guint              index);
GPtrArray               *kez_question_import_get_problems (KezQuestionImport *self);
GArray                  *kez_question_import_get_present  (KezQuestionImport *self);
gboolean                 kez_question_import_commit       (KezQuestionImport *self,
                                                           KezStore          *store,
                                                           gint64            *import_id,
                                                           GError           **error);
/* Called from the committing thread now and then with how many rows are in. */
typedef void (*KezImportProgress) (guint done, guint total, gpointer data);
gboolean                 kez_question_import_commit_full  (KezQuestionImport *self,
                                                           KezStore          *store,
                                                           GCancellable      *cancellable,
                                                           KezImportProgress  progress,
                                                           gpointer           data,
                                                           gint64            *import_id,
                                                           GError           **error);
void                     kez_question_import_free         (KezQuestionImport *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezQuestionImport, kez_question_import_free)

G_END_DECLS
