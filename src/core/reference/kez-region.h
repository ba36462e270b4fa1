/* kez-region.h: one of the 17 oblasts and 3 cities of republican significance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kez-language.h"
#include "kez-types.h"

G_BEGIN_DECLS

#define KEZ_TYPE_REGION (kez_region_get_type ())

G_DECLARE_FINAL_TYPE (KezRegion, kez_region, KEZ, REGION, GObject)

KezRegion  *kez_region_new          (const char  *code,
                                     gboolean     is_city,
                                     const char  *name_kk,
                                     const char  *name_ru,
                                     const char  *centre_kk);
const char *kez_region_get_code      (KezRegion   *self);
gboolean    kez_region_get_is_city   (KezRegion   *self);
const char *kez_region_get_name      (KezRegion   *self,
                                      KezLanguage  language);
const char *kez_region_get_centre_kk (KezRegion   *self);

G_END_DECLS
