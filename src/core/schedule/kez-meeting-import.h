/* kez-meeting-import.h: meetings from a CSV file or a workbook, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-import-columns.h"
#include "kez-import-table.h"
#include "kez-import-value-map.h"
#include "kez-meeting.h"
#include "kez-store.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_MEETING_COLUMN_ORGAN,
  KEZ_MEETING_COLUMN_LEADER,
  KEZ_MEETING_COLUMN_POSITION,
  KEZ_MEETING_COLUMN_DATE,
  KEZ_MEETING_COLUMN_TIME,
  KEZ_MEETING_COLUMN_DURATION,
  KEZ_MEETING_COLUMN_REGION,
  KEZ_MEETING_COLUMN_LOCALITY,
  KEZ_MEETING_COLUMN_VENUE,
  KEZ_MEETING_COLUMN_FORMAT,
  KEZ_MEETING_COLUMN_TOPIC,
  KEZ_MEETING_COLUMN_OFF_SCHEDULE_REASON,
  KEZ_MEETING_COLUMN_STATUS,
  KEZ_N_MEETING_COLUMNS
} KezMeetingColumn;

typedef struct
{
  const char * const *mapping;    /* for each column the header holding it, or NULL; NULL as
                                     a whole for the guess */
  KezImportValueMap  *values;     /* the planner's choices, or NULL for a fresh map */
  const char         *file_name;  /* for the record of imports */
} KezMeetingImportOptions;

typedef struct _KezMeetingImport KezMeetingImport;

const KezImportColumn  *kez_meeting_import_columns         (void);
KezMeetingImport       *kez_meeting_import_read            (KezStore                      *store,
                                                            KezImportTable                *table,
                                                            const KezMeetingImportOptions *options,
                                                            GError                       **error);
guint                   kez_meeting_import_get_n_meetings  (KezMeetingImport *self);
const KezMeetingFields *kez_meeting_import_get_meeting     (KezMeetingImport *self,
                                                            guint             index);
GPtrArray              *kez_meeting_import_get_problems    (KezMeetingImport *self);
GArray                 *kez_meeting_import_get_present     (KezMeetingImport *self);
gboolean                kez_meeting_import_commit          (KezMeetingImport *self,
                                                            KezStore         *store,
                                                            gint64           *import_id,
                                                            GError          **error);
void                    kez_meeting_import_free            (KezMeetingImport *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezMeetingImport, kez_meeting_import_free)

G_END_DECLS
