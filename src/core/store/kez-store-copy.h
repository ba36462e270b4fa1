/* kez-store-copy.h: a whole record from one store into an empty one, file or server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kez-db.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 meetings;
  gint64 questions;
  gint64 actions;
} KezStoreCounts;

gboolean kez_store_copy (const char      *from_location,
                         const char      *to_location,
                         KezStoreCounts  *counts,
                         GError         **error);

gboolean kez_store_copy_rows (KezStore        *from,
                              KezDbStmt       *rows,
                              KezStore        *to,
                              KezDbStmt       *write,
                              guint            n_columns,
                              GError         **error);

G_END_DECLS
