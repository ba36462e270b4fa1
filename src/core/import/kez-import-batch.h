/* kez-import-batch.h: an import as one step, that can be undone as one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_IMPORT_MEETINGS,
  KEZ_IMPORT_QUESTIONS,
} KezImportKind;

gint64   kez_import_batch_begin (KezStore       *store,
                                 KezImportKind   kind,
                                 const char     *file_name,
                                 guint           n_rows,
                                 guint           n_skipped,
                                 GError        **error);
gboolean kez_import_batch_add   (KezStore       *store,
                                 KezImportKind   kind,
                                 gint64          import_id,
                                 gint64          row_id,
                                 GError        **error);
gboolean kez_import_undo        (KezStore       *store,
                                 gint64          import_id,
                                 GError        **error);

G_END_DECLS
