/* kez-schedule-columns.h: the columns of the schedule workbooks, which the app writes and reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_SCHEDULE_COLUMN_NUMBER,
  KEZ_SCHEDULE_COLUMN_BODY,
  KEZ_SCHEDULE_COLUMN_LEADER,
  KEZ_SCHEDULE_COLUMN_POSITION,
  KEZ_SCHEDULE_COLUMN_DATE,
  KEZ_SCHEDULE_COLUMN_TIME,
  KEZ_SCHEDULE_COLUMN_DURATION,
  KEZ_SCHEDULE_COLUMN_REGION,
  KEZ_SCHEDULE_COLUMN_LOCALITY,
  KEZ_SCHEDULE_COLUMN_VENUE,
  KEZ_SCHEDULE_COLUMN_FORMAT,
  KEZ_SCHEDULE_COLUMN_VIDEO_CONFERENCE,
  KEZ_SCHEDULE_COLUMN_BROADCAST,
  KEZ_SCHEDULE_COLUMN_TOPIC,
  KEZ_SCHEDULE_COLUMN_AKIMS,
  KEZ_SCHEDULE_COLUMN_DEPUTY_PM,
  KEZ_SCHEDULE_COLUMN_DEPUTY_PM_REASON,
  KEZ_SCHEDULE_COLUMN_EVENTS,
  KEZ_SCHEDULE_N_COLUMNS
} KezScheduleColumn;

typedef struct
{
  KezTerm  header;
  gboolean words;  /* values differ by language: one column per language with both */
  double   width;
} KezScheduleColumnInfo;

extern const KezScheduleColumnInfo kez_schedule_columns[KEZ_SCHEDULE_N_COLUMNS];

G_END_DECLS
