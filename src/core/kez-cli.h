/* kez-cli.h: the work the command line does without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-export-language.h"

G_BEGIN_DECLS

typedef struct
{
  const char        *database;        /* the file to use */
  const char        *copy_to;         /* --copy-to=DATABASE */
  const char        *import_meetings; /* --import-meetings=PATH */
  const char        *import_questions; /* --import-questions=PATH */
  gint64             meeting_id;      /* --meeting, 0 when not given */
  const char        *export_kind;     /* --export=schedule */
  const char        *publish_kind;    /* --publish=results */
  const char        *executor;        /* --executor=NAME */
  const char        *body;            /* --body=CODE */
  const char        *import_progress; /* --import-progress=PATH */
  gboolean           dry_run;         /* --dry-run */
  gboolean           include_conflicts; /* --include-conflicts */
  int                year;            /* --year, 0 when not given */
  int                quarter;         /* --quarter, 0 when not given */
  int                half;            /* --half, 0 when not given */
  const char        *output;          /* --output=PATH */
  const char * const *inputs;         /* --input=PATH, repeated; NULL when not given */
  KezExportLanguage  language;
  gboolean           include_personal_data; /* --include-personal-data */
  int                purge_months;    /* --purge-personal-data: keep this many months; 0: no */
  gboolean           purge_backups;   /* --purge-backups: the backups too */
  const char        *add_person;      /* --add-person=LOGIN */
  const char        *remove_person;   /* --remove-person=LOGIN */
  const char        *role;            /* --role=planner|timekeeper|viewer|reviewer */
  gboolean           list_people;     /* --list-people */
  gint64             take_meeting;    /* --take-meeting=ID, 0 when not given */
  const char        *bring_back;      /* --bring-back=FILE */
} KezCliRequest;

gboolean kez_cli_has_work (const KezCliRequest *request);
int      kez_cli_run      (const KezCliRequest *request);

G_END_DECLS
