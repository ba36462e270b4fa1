/* kez-questions-bulk-server.h: an import's questions sent to a server many rows at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-question.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct _KezServerRows KezServerRows;

KezServerRows *kez_server_rows_new   (KezStore                 *store,
                                      gint64                    import_id);
gboolean       kez_server_rows_add   (KezServerRows            *self,
                                      const KezQuestionFields  *fields,
                                      const char               *text,
                                      GError                  **error);
gboolean       kez_server_rows_flush (KezServerRows            *self,
                                      GError                  **error);
void           kez_server_rows_free  (KezServerRows            *self);

G_END_DECLS
