/* kez-language.h: which of the app's languages a text is shown in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KEZ_LANGUAGE_KK,
  KEZ_LANGUAGE_RU,
  KEZ_LANGUAGE_EN,
} KezLanguage;

KezLanguage  kez_language_from_locale (void);
KezLanguage  kez_language_from_code   (const char *code);
const char  *kez_language_to_code     (KezLanguage language);
const char  *kez_language_pick        (KezLanguage  language,
                                       const char  *kk,
                                       const char  *ru,
                                       const char  *en);

G_END_DECLS
