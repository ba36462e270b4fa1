/* kez-import-spellings.h: how other systems commonly write our values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-import-value-map.h"

G_BEGIN_DECLS

typedef struct
{
  const char *code;
  const char *keys[12];  /* folded as kez_import_value_key() folds */
} KezSpelling;

const KezSpelling *kez_import_spellings      (KezImportValueKind  kind,
                                              guint              *n);
const KezSpelling *kez_import_spelling_words (KezImportValueKind  kind,
                                              guint              *n);

G_END_DECLS
