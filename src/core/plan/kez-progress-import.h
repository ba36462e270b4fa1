/* kez-progress-import.h: an executor's progress form read back, previewed and applied
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_PROGRESS_CHANGE_STATUS,
  KEZ_PROGRESS_CHANGE_NOTE,
  KEZ_PROGRESS_CHANGE_EVIDENCE,
} KezProgressChangeKind;

/* One changed cell of the form. */
typedef struct
{
  guint                  row;        /* as the file numbers it, from 1 */
  gint64                 action_id;
  char                  *action;     /* the action's text, in the database */
  KezProgressChangeKind  kind;
  char                  *old_value;  /* a status's code for a status */
  char                  *new_value;
  gboolean               conflict;   /* the action changed in the database since the export */
} KezProgressChange;

typedef struct
{
  char      *file;       /* the workbook's name */
  char      *executor;   /* whom the form was made for, or "" */
  GPtrArray *changes;    /* KezProgressChange, in the file's order */
  GPtrArray *problems;   /* "row 7: unknown status “Почти”", one a row that is wrong */
  guint      n_conflicts; /* rows in conflict */
} KezProgressImport;

KezProgressImport *kez_progress_import_read  (KezStore           *store,
                                              const char         *path,
                                              GError            **error);
gboolean           kez_progress_import_apply (KezStore           *store,
                                              KezProgressImport  *import,
                                              gboolean            with_conflicts,
                                              guint              *n_applied,
                                              GError            **error);
char              *kez_progress_change_describe (const KezProgressChange *change);
void               kez_progress_import_free  (KezProgressImport  *import);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezProgressImport, kez_progress_import_free)

G_END_DECLS
