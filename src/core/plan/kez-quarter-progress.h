/* kez-quarter-progress.h: every action of a quarter as it stood at the quarter's end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-actions.h"
#include "kez-export-language.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64           id;
  const char      *description;
  const char      *executor;       /* the body, its unit and the person, joined */
  const char      *executor_body;  /* the body and its unit: what a publication names */
  const char      *evidence;
  GDate            meeting_day;    /* invalid if unknown */
  const char      *leader_name;
  const char      *problem_kk;
  const char      *problem_ru;
  GDate            deadline;
  KezActionStatus  status;         /* at the end of the quarter */
  gboolean         late;           /* still open past its deadline then */
} KezQuarterAction;

typedef struct _KezQuarterProgress KezQuarterProgress;

KezQuarterProgress *kez_quarter_progress_open  (KezStore           *store,
                                                int                 year,
                                                int                 quarter,
                                                GError            **error);
KezQuarterProgress *kez_quarter_progress_open_to_day (KezStore    *store,
                                                      const GDate *day,
                                                      GError     **error);
gboolean            kez_quarter_progress_next  (KezQuarterProgress *self,
                                                KezQuarterAction   *action);
char               *kez_quarter_progress_notes (KezQuarterProgress *self,
                                                gint64              action_id,
                                                KezExportLanguage   language,
                                                gboolean            with_authors);
char               *kez_quarter_action_meeting (const KezQuarterAction *action);
const char         *kez_quarter_progress_get_start (KezQuarterProgress *self);
const char         *kez_quarter_progress_get_end   (KezQuarterProgress *self);
void                kez_quarter_progress_free  (KezQuarterProgress *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezQuarterProgress, kez_quarter_progress_free)

G_END_DECLS
