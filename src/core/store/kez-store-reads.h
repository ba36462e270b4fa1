/* kez-store-reads.h: reads that fail are remembered, so no result is taken for the whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void     kez_store_reads_note_failure (const char  *reason);
void     kez_store_reads_begin        (void);
gboolean kez_store_reads_check        (GError     **error);

G_END_DECLS
