/* kez-collate.h: Kazakh and Russian alphabetical order, as a reader expects it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "kez-language.h"

G_BEGIN_DECLS

int      kez_collate          (KezLanguage  language,
                               const char  *a,
                               const char  *b);
int      kez_collate_ui       (const char  *a,
                               const char  *b);
gboolean kez_collate_register (sqlite3     *db);

G_END_DECLS
