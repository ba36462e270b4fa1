/* kez-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

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

/* The parts given (not NULL, not empty), with @separator between them. */
static char *
join_given (const char         *separator,
            const char * const *parts,
            guint               n_parts)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    if (parts[i] != NULL && parts[i][0] != '\0')
      {
        if (joined->len > 0)
          g_string_append (joined, separator);
        g_string_append (joined, parts[i]);
      }
  return g_string_free (joined, FALSE);
}

/* "Organisation, unit, person", leaving out what is not given. */
char *
kez_text_join_present (const char *first,
                       const char *second,
                       const char *third)
{
  const char *parts[] = { first, second, third };

  return join_given (", ", parts, G_N_ELEMENTS (parts));
}

/**
 * kez_text_join_dotted:
 * @first: the first part, then the others, then %NULL
 *
 * The parts that say something, joined by " · " as a row's details are: an empty part (a
 * region not known) leaves no dangling separator ("20.11.2026 · Hall · "). %NULL ends them.
 *
 * Returns: (transfer full)
 */
char *
kez_text_join_dotted (const char *first,
                      ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  return join_given (" · ", (const char * const *) parts->pdata, parts->len);
}

/**
 * kez_text_excerpt:
 * @most: how many characters at most, the ellipsis included
 *
 * Returns: (transfer full): the start of @text (its first line), cut at a word with "…" when
 *   it is longer than @most characters: how a message names a question
 */
char *
kez_text_excerpt (const char *text,
                  guint       most)
{
  g_autofree char *line = g_strndup (text != NULL ? text : "", strcspn (text != NULL ? text : "",
                                                                     "\n"));
  const char *cut;
  const char *space;

  g_strstrip (line);
  if (most < 2 || g_utf8_strlen (line, -1) <= (glong) most)
    return g_steal_pointer (&line);
  cut = g_utf8_offset_to_pointer (line, most - 1);
  /* Within a word: back to the space before it, if the line has one. */
  if (*cut != ' ' && (space = g_utf8_strrchr (line, cut - line, ' ')) != NULL && space > line)
    cut = space;
  return g_strdup_printf ("%.*s…", (int) (cut - line), line);
}
