/* kez-body.h: a central executive body (ministry)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kez-language.h"
#include "kez-types.h"

G_BEGIN_DECLS

#define KEZ_TYPE_BODY (kez_body_get_type ())

G_DECLARE_FINAL_TYPE (KezBody, kez_body, KEZ, BODY, GObject)

KezBody    *kez_body_new          (const char  *code,
                                   const char  *name_kk,
                                   const char  *name_ru,
                                   const char  *name_en,
                                   const char  *note);
const char *kez_body_get_code     (KezBody     *self);
const char *kez_body_get_name     (KezBody     *self,
                                   KezLanguage  language);
const char *kez_body_get_note     (KezBody     *self);

G_END_DECLS
