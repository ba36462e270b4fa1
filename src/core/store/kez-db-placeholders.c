/* kez-db-placeholders.c: SQLite's "?" and "?NNN" parameters in PostgreSQL's "$n" form
 *
 * The core writes its statements once, with SQLite's parameters; a PostgreSQL server wants
 * them numbered. A bare "?" takes one more than the largest number so far, as in SQLite, so
 * "?1 … ? … ?3" is "$1 … $2 … $3". Nothing inside a string, a quoted name or a comment is a
 * parameter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kez-db-placeholders.h"

/* Copies from @p the quoted text that starts there, up to its closing @quote, into @out;
 * returns where it ends. A doubled quote is part of the text. */
static const char *
copy_quoted (const char *p,
             char        quote,
             GString    *out)
{
  g_string_append_c (out, *p++);
  while (*p != '\0')
    {
      g_string_append_c (out, *p);
      if (*p++ == quote)
        {
          if (*p != quote)
            return p;
          g_string_append_c (out, *p++);
        }
    }
  return p;
}

/**
 * kez_db_placeholders_number:
 * @n_params: (out): the largest parameter number
 * @used: (out) (optional) (transfer full): for each number from 1 to @n_params (at its
 *   index less one), whether the statement has it; a number it skips is bound all the same
 *   (a statement shared by an insert and an update), and the server must be told its type
 *
 * Returns: (transfer full): @sql with "$1", "$2", … for its parameters
 */
char *
kez_db_placeholders_number (const char  *sql,
                            int         *n_params,
                            gboolean   **used)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  g_autoptr(GArray) seen = g_array_new (FALSE, TRUE, sizeof (gboolean));
  const char *p = sql;
  int largest = 0;

  while (*p != '\0')
    {
      if (*p == '\'' || *p == '"')
        p = copy_quoted (p, *p, out);
      else if (p[0] == '-' && p[1] == '-')
        {
          const char *end = strchr (p, '\n');
          size_t length = end != NULL ? (size_t) (end - p) : strlen (p);

          g_string_append_len (out, p, length);
          p += length;
        }
      else if (*p == '?')
        {
          int number = 0;

          p++;
          if (g_ascii_isdigit (*p))
            {
              while (g_ascii_isdigit (*p))
                number = number * 10 + (*p++ - '0');
            }
          else
            number = largest + 1;
          largest = MAX (largest, number);
          if ((guint) number > seen->len)
            g_array_set_size (seen, number);
          if (number > 0)
            g_array_index (seen, gboolean, number - 1) = TRUE;
          g_string_append_printf (out, "$%d", number);
        }
      else
        g_string_append_c (out, *p++);
    }
  *n_params = largest;
  if (used != NULL)
    {
      g_array_set_size (seen, MAX (largest, 1));
      *used = (gboolean *) (void *) g_array_free (g_steal_pointer (&seen), FALSE);
    }
  return g_string_free (out, FALSE);
}
