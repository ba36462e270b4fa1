/* kez-store-reads.h: reads that fail are remembered, so no result is taken for the whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

int      kez_store_step        (sqlite3_stmt  *stmt);
void     kez_store_reads_begin (void);
gboolean kez_store_reads_check (GError       **error);

G_END_DECLS
