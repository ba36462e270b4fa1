/* kez-reference.h: the bodies, regions and rule sets that ship with the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"

G_BEGIN_DECLS

gboolean kez_reference_load_shipped   (KezStore   *store,
                                       GError    **error);
gboolean kez_reference_load_bodies    (KezStore   *store,
                                       GBytes     *tsv,
                                       GError    **error);
gboolean kez_reference_load_regions   (KezStore   *store,
                                       GBytes     *tsv,
                                       GError    **error);
gboolean kez_reference_load_rule_sets (KezStore   *store,
                                       GPtrArray  *files,
                                       GError    **error);

G_END_DECLS
