/* kez-import-value-choices.h: what a value of a file may be taken for, named for the planner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kez-import-value-map.h"
#include "kez-store.h"

G_BEGIN_DECLS

void kez_import_value_choices_fill (KezStore           *store,
                                    KezImportValueKind  kind,
                                    GtkStringList      *names,
                                    GPtrArray          *codes);

G_END_DECLS
