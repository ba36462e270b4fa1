/* kez-collate.c
 *
 * Byte order puts Ә, Қ, Ө, Ү, Ұ after Э (their code points come after Russian's), and a region
 * list then reads Атырау, Шығыс Қазақстан, Қарағанды. ICU's collation (Debian's libicu) knows
 * the Kazakh alphabet and the Russian one: every list a person reads is sorted with the
 * interface's language, a workbook with its own. A collator is not to be shared between
 * threads: each thread has its own.
 *
 * Also the SQL collation KEZ_KK and KEZ_RU, for ORDER BY.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-collate"

#include "config.h"

#include <string.h>
#include <unicode/ucol.h>

#include "kez-collate.h"

typedef struct
{
  UCollator *by_language[3];
} Collators;

static void
collators_free (gpointer data)
{
  Collators *collators = data;

  for (guint i = 0; i < G_N_ELEMENTS (collators->by_language); i++)
    if (collators->by_language[i] != NULL)
      ucol_close (collators->by_language[i]);
  g_free (collators);
}

static GPrivate thread_collators = G_PRIVATE_INIT (collators_free);

static UCollator *
collator_for (KezLanguage language)
{
  static const char *const locales[] = { "kk", "ru", "en" };
  Collators *collators = g_private_get (&thread_collators);
  guint index = MIN ((guint) language, G_N_ELEMENTS (locales) - 1);
  UErrorCode status = U_ZERO_ERROR;

  if (collators == NULL)
    {
      collators = g_new0 (Collators, 1);
      g_private_set (&thread_collators, collators);
    }
  if (collators->by_language[index] == NULL)
    {
      collators->by_language[index] = ucol_open (locales[index], &status);
      if (U_FAILURE (status))
        collators->by_language[index] = NULL;
    }
  return collators->by_language[index];
}

/**
 * kez_collate:
 *
 * Returns: how @a and @b sort in @language's alphabet: negative, 0 or positive
 */
int
kez_collate (KezLanguage  language,
             const char  *a,
             const char  *b)
{
  UCollator *collator = collator_for (language);
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result;

  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);
  if (collator == NULL)
    return g_utf8_collate (a, b);
  result = ucol_strcollUTF8 (collator, a, -1, b, -1, &status);
  if (U_FAILURE (status))
    return strcmp (a, b);
  return result;
}

/* In the interface's language. */
int
kez_collate_ui (const char *a,
                const char *b)
{
  return kez_collate (kez_language_from_locale (), a, b);
}

static int
sql_collate (void       *data,
             int         length_a,
             const void *a,
             int         length_b,
             const void *b)
{
  UCollator *collator = collator_for (GPOINTER_TO_INT (data));
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result;

  if (collator == NULL)
    {
      int n = memcmp (a, b, MIN (length_a, length_b));

      return n != 0 ? n : length_a - length_b;
    }
  result = ucol_strcollUTF8 (collator, a, length_a, b, length_b, &status);
  return U_FAILURE (status) ? 0 : result;
}

/* The collations KEZ_KK and KEZ_RU. */
gboolean
kez_collate_register (sqlite3 *db)
{
  return sqlite3_create_collation_v2 (db, "KEZ_KK", SQLITE_UTF8,
                                      GINT_TO_POINTER (KEZ_LANGUAGE_KK), sql_collate, NULL)
           == SQLITE_OK &&
         sqlite3_create_collation_v2 (db, "KEZ_RU", SQLITE_UTF8,
                                      GINT_TO_POINTER (KEZ_LANGUAGE_RU), sql_collate, NULL)
           == SQLITE_OK;
}
