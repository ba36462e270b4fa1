/* kez-import-progress.h: an import's rows written in the background, with progress and Stop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-form-window.h"
#include "kez-question-import.h"
#include "kez-store.h"

G_BEGIN_DECLS

/* @error is NULL when the import was saved; the form is still open. */
typedef void (*KezImportDone) (gint64        import_id,
                               const GError *error,
                               gpointer      data);

void kez_import_commit_in_background (KezForm           *form,
                                      KezStore          *store,
                                      KezQuestionImport *import,
                                      KezImportDone      done,
                                      gpointer           data);

G_END_DECLS
