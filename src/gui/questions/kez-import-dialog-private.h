/* kez-import-dialog-private.h: one run of the import dialog, for its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kez-form-window.h"
#include "kez-import-dialog.h"
#include "kez-import-table.h"
#include "kez-import-value-map.h"
#include "kez-meeting-import.h"
#include "kez-meeting-labels.h"
#include "kez-question-import.h"

G_BEGIN_DECLS

typedef struct
{
  KezStore            *store;
  GtkWindow           *parent;
  KezImportKind        kind;
  char                *file_name;
  KezImportTable      *table;
  KezImportValueMap   *values;
  char               **mapping;   /* for each column, the header holding it, or NULL */
  int                  channel;   /* the channel of every row, or -1 */
  KezQuestionImport   *questions;
  KezMeetingImport    *meetings;
  KezNames            *names;
  KezForm              form;
  AdwPreferencesGroup *values_group;
  AdwPreferencesGroup *problems_group;
  AdwPreferencesGroup *present_group;
  AdwPreferencesGroup *found_group;
  GtkWidget           *channel_column_row;
} ImportRun;

void kez_import_run_show_rows   (ImportRun *run);
void kez_import_run_show_values (ImportRun *run);

G_END_DECLS
