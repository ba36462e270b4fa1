/* kez-question-triage.h: accepting, rejecting, merging and classifying questions, with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"

G_BEGIN_DECLS

/* What one triage action changed, enough to put it back. */
typedef struct _KezTriageUndo KezTriageUndo;

KezTriageUndo *kez_triage_accept     (KezStore       *store,
                                      const gint64   *ids,
                                      guint           n_ids,
                                      GError        **error);
KezTriageUndo *kez_triage_reject     (KezStore       *store,
                                      const gint64   *ids,
                                      guint           n_ids,
                                      const char     *reason,
                                      GError        **error);
KezTriageUndo *kez_triage_set_topic  (KezStore       *store,
                                      const gint64   *ids,
                                      guint           n_ids,
                                      const char     *topic,
                                      GError        **error);
KezTriageUndo *kez_triage_set_region (KezStore       *store,
                                      const gint64   *ids,
                                      guint           n_ids,
                                      const char     *region_code,
                                      GError        **error);
KezTriageUndo *kez_triage_merge      (KezStore       *store,
                                      const gint64   *ids,
                                      guint           n_ids,
                                      gint64          into_id,
                                      gint64         *survivor_id,
                                      GError        **error);
KezTriageUndo *kez_triage_set_meeting (KezStore      *store,
                                      const gint64   *ids,
                                      guint           n_ids,
                                      gint64          meeting_id,
                                      GError        **error);
KezTriageUndo *kez_triage_answer_in_writing (KezStore *store,
                                      const gint64   *ids,
                                      guint           n_ids,
                                      const GDate    *day,
                                      GError        **error);
KezTriageUndo *kez_triage_unmerge_many (KezStore     *store,
                                      const gint64   *ids,
                                      guint           n_ids,
                                      GError        **error);
gboolean       kez_triage_unmerge    (KezStore       *store,
                                      gint64          question_id,
                                      GError        **error);
gboolean       kez_triage_undo       (KezStore       *store,
                                      KezTriageUndo  *undo,
                                      GError        **error);
guint          kez_triage_undo_get_n_changed (KezTriageUndo *undo);
void           kez_triage_undo_free  (KezTriageUndo  *undo);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezTriageUndo, kez_triage_undo_free)

G_END_DECLS
