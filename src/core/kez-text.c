/* kez-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-text.h"

/* NULL, empty, or only white space of any script (a no-break space from a copied cell too). */
gboolean
kez_text_is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }
  return TRUE;
}

/* "Organisation, unit, person", leaving out what is not given. */
char *
kez_text_join_present (const char *first,
                       const char *second,
                       const char *third)
{
  GString *joined = g_string_new (NULL);
  const char *parts[] = { first, second, third };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL && parts[i][0] != '\0')
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? ", " : "", parts[i]);
  return g_string_free (joined, FALSE);
}
