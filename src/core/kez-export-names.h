/* kez-export-names.h: the names workbooks give bodies and regions, in both languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"

G_BEGIN_DECLS

GHashTable *kez_export_names_of_bodies  (KezStore *store);
GHashTable *kez_export_names_of_regions (KezStore *store);

G_END_DECLS
