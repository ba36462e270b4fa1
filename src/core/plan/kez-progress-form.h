/* kez-progress-form.h: the workbook each executor fills in with its quarter's progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

/* The form's columns, which the import finds again by their headers. */
typedef enum
{
  KEZ_PROGRESS_COLUMN_ID,
  KEZ_PROGRESS_COLUMN_MEETING,
  KEZ_PROGRESS_COLUMN_PROBLEM,
  KEZ_PROGRESS_COLUMN_ACTION,
  KEZ_PROGRESS_COLUMN_EXECUTOR,
  KEZ_PROGRESS_COLUMN_DEADLINE,
  KEZ_PROGRESS_COLUMN_STATUS,    /* filled in: a drop-down */
  KEZ_PROGRESS_COLUMN_NOTE,      /* filled in */
  KEZ_PROGRESS_COLUMN_EVIDENCE,  /* filled in */
  /* hidden: what the row held when the form was made, to see what was changed in it and
   * what changed in the database since */
  KEZ_PROGRESS_COLUMN_VERSION,
  KEZ_PROGRESS_COLUMN_STATUS_THEN,
  KEZ_PROGRESS_COLUMN_EVIDENCE_THEN,
  KEZ_PROGRESS_N_COLUMNS
} KezProgressColumn;

/* A hidden cell above the table names the form, the database and the executor it is for. */
#define KEZ_PROGRESS_FORM_MARK "kezdesu:progress-form"

const char *kez_progress_form_header  (KezProgressColumn column,
                                       KezLanguage       language);
gint64      kez_progress_form_version (KezStore         *store,
                                       gint64            action_id);
gboolean    kez_progress_form_export  (KezStore          *store,
                                       int                year,
                                       int                quarter,
                                       const char        *executor,
                                       KezExportLanguage  language,
                                       const char        *path,
                                       guint             *n_actions,
                                       GError           **error);

G_END_DECLS
