/* kez-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-language"

#include "config.h"

#include <string.h>

#include "kez-language.h"

/* The reference data carries names in Kazakh, Russian and (for bodies) English. The interface
 * language decides which one a list shows; any other language falls back to English. */
KezLanguage
kez_language_from_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
        continue;
      return kez_language_from_code (names[i]);
    }

  return KEZ_LANGUAGE_EN;
}

KezLanguage
kez_language_from_code (const char *code)
{
  g_return_val_if_fail (code != NULL, KEZ_LANGUAGE_EN);

  if (g_str_has_prefix (code, "kk"))
    return KEZ_LANGUAGE_KK;
  if (g_str_has_prefix (code, "ru"))
    return KEZ_LANGUAGE_RU;
  return KEZ_LANGUAGE_EN;
}

const char *
kez_language_to_code (KezLanguage language)
{
  switch (language)
    {
    case KEZ_LANGUAGE_KK:
      return "kk";
    case KEZ_LANGUAGE_RU:
      return "ru";
    case KEZ_LANGUAGE_EN:
    default:
      return "en";
    }
}

/* Returns the text in @language, falling back to Russian and then Kazakh when a text was not
 * given in that language (regions, for one, have no English names). */
const char *
kez_language_pick (KezLanguage  language,
                   const char  *kk,
                   const char  *ru,
                   const char  *en)
{
  const char *wanted;

  switch (language)
    {
    case KEZ_LANGUAGE_KK:
      wanted = kk;
      break;
    case KEZ_LANGUAGE_RU:
      wanted = ru;
      break;
    case KEZ_LANGUAGE_EN:
    default:
      wanted = en;
      break;
    }

  if (wanted != NULL && wanted[0] != '\0')
    return wanted;
  if (ru != NULL && ru[0] != '\0')
    return ru;
  return kk != NULL ? kk : "";
}
