/* kez-import-columns.h: which column of a file holds which of our values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;      /* as the file format documents it: "received", "organ" */
  const char *title;     /* what a person calls it, marked with N_() */
  gboolean    required;
  const char *stems[8];  /* words a header in Russian, Kazakh or English uses for it */
} KezImportColumn;

int       kez_import_columns_guess          (const KezImportColumn *columns,
                                             guint                  n_columns,
                                             const char            *header);
char    **kez_import_columns_guess_mapping  (const KezImportColumn *columns,
                                             guint                  n_columns,
                                             const char * const    *header,
                                             GHashTable            *remembered);
void      kez_import_columns_find           (const KezImportColumn *columns,
                                             guint                  n_columns,
                                             const char * const    *header,
                                             const char * const    *mapping,
                                             int                   *indices);
gboolean  kez_import_columns_check_required (const KezImportColumn *columns,
                                             guint                  n_columns,
                                             const char * const    *header,
                                             const int             *indices,
                                             guint64                not_needed,
                                             GError               **error);
void      kez_import_columns_free_mapping   (char                 **mapping,
                                             guint                  n_columns);
char     *kez_import_header_key             (const char            *header);

G_END_DECLS
