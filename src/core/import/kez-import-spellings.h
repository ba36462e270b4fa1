/* kez-import-spellings.h: how other systems commonly write our values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The kinds of value an import maps from another system's spelling to ours. */
typedef enum
{
  KEZ_IMPORT_VALUE_CHANNEL,
  KEZ_IMPORT_VALUE_REGION,
  KEZ_IMPORT_VALUE_BODY,
  KEZ_IMPORT_VALUE_POSITION,
  KEZ_N_IMPORT_VALUE_KINDS
} KezImportValueKind;

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
