/* kez-tsv.h: the tab-separated files the reference data ships in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KezTsv KezTsv;

KezTsv     *kez_tsv_parse      (GBytes      *bytes,
                                const char  *name,
                                const char * const *required_columns,
                                GError     **error);
guint       kez_tsv_get_n_rows (KezTsv      *self);
const char *kez_tsv_get        (KezTsv      *self,
                                guint        row,
                                const char  *column);
void        kez_tsv_free       (KezTsv      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezTsv, kez_tsv_free)

G_END_DECLS
