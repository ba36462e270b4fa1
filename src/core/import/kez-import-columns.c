/* kez-import-columns.c
 *
 * A file from another system names its columns in its own words: "Дата обращения", "Облыс",
 * "ФИО заявителя", "Должность руководителя". A header is ours when it is our documented name;
 * otherwise the column whose word comes first in the header is the guess ("Должность
 * руководителя" is a position, not a leader; "Тема вопроса" a topic, not the question), and a
 * header already taken is not guessed twice. The dialog shows the guesses and lets the planner
 * change them; the command line takes them as they are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-import-columns"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "kez-import-columns.h"
#include "kez-text.h"

/* Case, ё and the spaces around do not matter in a header. */
char *
kez_import_header_key (const char *header)
{
  g_autofree char *stripped = g_strstrip (g_strdup (header != NULL ? header : ""));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);
  GString *key = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (key, c == 0x0451 ? 0x0435 : c);  /* ё → е */
    }
  return g_string_free (key, FALSE);
}

/**
 * kez_import_columns_guess:
 * @header: a name from a file's header
 *
 * Returns: the index of the column whose word comes first in @header, or -1
 */
int
kez_import_columns_guess (const KezImportColumn *columns,
                          guint                  n_columns,
                          const char            *header)
{
  g_autofree char *key = kez_import_header_key (header);
  const char *earliest = NULL;
  int found = -1;

  for (guint c = 0; c < n_columns; c++)
    for (guint s = 0; s < G_N_ELEMENTS (columns[c].stems) && columns[c].stems[s] != NULL; s++)
      {
        const char *at = strstr (key, columns[c].stems[s]);

        if (at != NULL && (earliest == NULL || at < earliest))
          {
            earliest = at;
            found = c;
          }
      }
  return found;
}

static gboolean
is_taken (char      **mapping,
          guint       n_columns,
          const char *header)
{
  for (guint c = 0; c < n_columns; c++)
    if (g_strcmp0 (mapping[c], header) == 0)
      return TRUE;
  return FALSE;
}

/**
 * kez_import_columns_guess_mapping:
 * @header: the file's header
 * @remembered: (nullable) (element-type utf8 utf8): our column's name → the header a past
 *   import took for it
 *
 * Returns: (transfer full) (array length=n_columns): for each column, the header that holds it,
 *   or %NULL: our own name first, then what was remembered, then the guess; free it with
 *   kez_import_columns_free_mapping()
 */
char **
kez_import_columns_guess_mapping (const KezImportColumn *columns,
                                  guint                  n_columns,
                                  const char * const    *header,
                                  GHashTable            *remembered)
{
  char **mapping = g_new0 (char *, n_columns);

  for (guint c = 0; c < n_columns; c++)
    for (guint i = 0; header[i] != NULL && mapping[c] == NULL; i++)
      {
        g_autofree char *key = kez_import_header_key (header[i]);

        if (g_str_equal (key, columns[c].name))
          mapping[c] = g_strdup (header[i]);
      }
  for (guint c = 0; c < n_columns && remembered != NULL; c++)
    {
      const char *past = g_hash_table_lookup (remembered, columns[c].name);

      for (guint i = 0; header[i] != NULL && mapping[c] == NULL && past != NULL; i++)
        if (g_str_equal (header[i], past) && !is_taken (mapping, n_columns, header[i]))
          mapping[c] = g_strdup (header[i]);
    }
  for (guint i = 0; header[i] != NULL; i++)
    {
      int c = kez_import_columns_guess (columns, n_columns, header[i]);

      if (c >= 0 && mapping[c] == NULL && !is_taken (mapping, n_columns, header[i]))
        mapping[c] = g_strdup (header[i]);
    }
  return mapping;
}

/**
 * kez_import_columns_find:
 * @mapping: (nullable): for each column the header that holds it, %NULL when none does; or
 *   %NULL for the guess
 * @indices: (out caller-allocates) (array length=n_columns): for each column the index of its
 *   field in a record, or -1
 */
void
kez_import_columns_find (const KezImportColumn *columns,
                         guint                  n_columns,
                         const char * const    *header,
                         const char * const    *mapping,
                         int                   *indices)
{
  char **guessed = NULL;

  if (mapping == NULL)
    mapping = (const char * const *) (guessed = kez_import_columns_guess_mapping (columns,
                                                                                n_columns,
                                                                                header, NULL));
  for (guint c = 0; c < n_columns; c++)
    {
      indices[c] = -1;
      for (guint i = 0; header[i] != NULL && mapping[c] != NULL && indices[c] < 0; i++)
        if (g_str_equal (header[i], mapping[c]))
          indices[c] = i;
    }
  kez_import_columns_free_mapping (guessed, n_columns);
}

/* A mapping has a hole wherever a column is not in the file: g_strfreev() would stop there. */
void
kez_import_columns_free_mapping (char  **mapping,
                                 guint   n_columns)
{
  if (mapping == NULL)
    return;
  for (guint c = 0; c < n_columns; c++)
    g_free (mapping[c]);
  g_free (mapping);
}

/**
 * kez_import_columns_check_required:
 * @not_needed: a bit for each required column the import does without (1 << index)
 *
 * Returns: whether every required column was found; if not, @error names the first missing
 *   and what the header has
 */
gboolean
kez_import_columns_check_required (const KezImportColumn *columns,
                                   guint                  n_columns,
                                   const char * const    *header,
                                   const int             *indices,
                                   guint64                not_needed,
                                   GError               **error)
{
  for (guint c = 0; c < n_columns; c++)
    if (columns[c].required && indices[c] < 0 && !(not_needed & (G_GUINT64_CONSTANT (1) << c)))
      {
        g_autoptr(GPtrArray) quoted = g_ptr_array_new_with_free_func (g_free);
        g_autofree char *names = NULL;

        for (guint i = 0; header[i] != NULL && i < 30; i++)
          /* Translators: a name from the file in quotation marks */
          g_ptr_array_add (quoted, g_strdup_printf (_("“%1$s”"), header[i]));
        g_ptr_array_add (quoted, NULL);
        names = g_strjoinv (", ", (GStrv) quoted->pdata);
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     /* Translators: %1$s is what a column holds ("Date", "Body"), %2$s the
                        names in the file's first line, %3$s the column's name in the file
                        format ("received"), which is not translated */
                     _("No column of the file holds “%1$s” (name one “%3$s”); its first line "
                       "has %2$s"),
                     _(columns[c].title), names, columns[c].name);
        return FALSE;
      }
  return TRUE;
}
