/* kez-schedule-status.h: where a body's schedule for a year stands (decree point 2)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_SCHEDULE_DRAFT,
  KEZ_SCHEDULE_SUBMITTED, /* sent to the authorised body */
  KEZ_SCHEDULE_APPROVED,  /* approved by the Government */
} KezScheduleState;

typedef struct
{
  KezScheduleState  state;
  GDate             submitted_on;
  GDate             approved_on;
  char             *resolution_number;
} KezScheduleStatus;

void     kez_schedule_status_get   (KezStore                *store,
                                    const char              *body_code,
                                    int                      year,
                                    KezScheduleStatus       *out);
gboolean kez_schedule_status_set   (KezStore                *store,
                                    const char              *body_code,
                                    int                      year,
                                    const KezScheduleStatus *status,
                                    GError                 **error);
gboolean kez_schedule_status_set_approving (KezStore                *store,
                                            const char              *body_code,
                                            int                      year,
                                            const KezScheduleStatus *status,
                                            gboolean                 approve_meetings,
                                            guint                   *n_approved,
                                            GError                 **error);
guint    kez_schedule_count_proposed (KezStore                *store,
                                      const char              *body_code,
                                      int                      year);
void     kez_schedule_status_clear (KezScheduleStatus       *status);

/* One entry of the status's history. */
typedef struct
{
  char              *recorded_at; /* UTC, ISO 8601 */
  char              *author;
  KezScheduleStatus  status;
} KezScheduleRecord;

GArray  *kez_schedule_status_history (KezStore              *store,
                                      const char            *body_code,
                                      int                    year);
void     kez_schedule_record_clear (KezScheduleRecord       *record);

G_END_DECLS
