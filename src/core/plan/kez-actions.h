/* kez-actions.h: the action plan: what will be done for each problem, by whom, by when
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_ACTION_PLANNED,
  KEZ_ACTION_IN_PROGRESS,
  KEZ_ACTION_DONE,
  KEZ_ACTION_CANCELLED,
  KEZ_N_ACTION_STATUSES
} KezActionStatus;

typedef struct
{
  gint64           id;              /* 0 until saved */
  gint64           version;         /* as read: a save over another fails (0: whatever it is) */
  gint64           problem_id;
  char            *description;
  char            *executor_org;
  char            *executor_unit;
  char            *executor_person;
  char            *co_executors;    /* one per line */
  GDate            deadline;
  KezActionStatus  status;
  char            *evidence;        /* a note or a link */
  GDate            completed_on;    /* invalid unless done */
  /* read only, for lists across meetings */
  gint64           meeting_id;
  char            *problem_title_kk;
  char            *problem_title_ru;
} KezActionFields;

/* What an entry of an action's history records. */
typedef enum
{
  KEZ_ACTION_NOTE_NOTE,
  KEZ_ACTION_NOTE_CREATED,
  KEZ_ACTION_NOTE_STATUS,
  KEZ_ACTION_NOTE_DEADLINE,
  KEZ_ACTION_NOTE_EXECUTOR,
} KezActionNoteKind;

typedef struct
{
  gint64             id;
  char              *recorded_at;   /* UTC, ISO 8601 */
  char              *author;
  char              *note;
  int                status;        /* a KezActionStatus set at this entry, or -1 */
  KezActionNoteKind  kind;
  char              *old_value;     /* a deadline YYYY-MM-DD, an executor; "" when none */
  char              *new_value;
} KezActionNote;

typedef struct
{
  char  *executor;
  guint  total;
  guint  done_on_time;
  guint  done_late;
  guint  overdue;      /* open past the deadline */
  guint  open;         /* open within the deadline */
} KezExecutorSummary;

const char *kez_action_status_to_string   (KezActionStatus         status);
gboolean    kez_action_status_from_string (const char             *text,
                                           KezActionStatus        *status);

void        kez_action_fields_init        (KezActionFields        *fields);
void        kez_action_fields_clear       (KezActionFields        *fields);
gboolean    kez_action_is_overdue         (const KezActionFields  *fields,
                                           const GDate            *today);
void        kez_action_today              (GDateTime              *now,
                                           GDate                  *today);

gint64      kez_actions_save              (KezStore               *store,
                                           KezActionFields        *fields,
                                           GError                **error);
gboolean    kez_actions_set_status        (KezStore               *store,
                                           gint64                  action_id,
                                           KezActionStatus         status,
                                           const char             *note,
                                           GError                **error);
gboolean    kez_actions_write_report      (KezStore               *store,
                                           gint64                  action_id,
                                           int                     status,
                                           const char             *note,
                                           const char             *evidence,
                                           GError                **error);
gboolean    kez_actions_add_note          (KezStore               *store,
                                           gint64                  action_id,
                                           const char             *note,
                                           GError                **error);
GArray     *kez_actions_list_for_problem  (KezStore               *store,
                                           gint64                  problem_id);
GArray     *kez_actions_list_all          (KezStore               *store,
                                           const GDate            *today);
GArray     *kez_actions_history           (KezStore               *store,
                                           gint64                  action_id);
GArray     *kez_actions_summarise         (GArray                 *actions,
                                           const GDate            *today);
gboolean    kez_actions_delete            (KezStore               *store,
                                           gint64                  action_id,
                                           GError                **error);

G_END_DECLS
