/* kez-deadlines.h: the statutory dates that follow from a rule set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kez-rule-set.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_DEADLINE_SCHEDULE_PROPOSALS, /* point 2.1: bodies send proposals for the next year */
  KEZ_DEADLINE_SCHEDULE_DRAFT,     /* point 2.2: the authorised body submits the draft */
  KEZ_DEADLINE_SCHEDULE_APPROVAL,  /* point 2.3: the Government approves the schedule */
  KEZ_DEADLINE_QUARTERLY_REPORT,   /* point 3.7: progress published every quarter */
  KEZ_DEADLINE_PUBLICATION,        /* point 3.7: a meeting's results, within 10 days */
} KezDeadlineKind;

typedef struct
{
  KezDeadlineKind kind;
  GDate           date;
  int             year;    /* the schedule year, or the year of the quarter reported on */
  int             quarter; /* 1–4, for quarterly reports */
  gint64          meeting_id; /* for a publication */
} KezDeadline;

typedef struct
{
  GDate proposals_due;
  GDate draft_due;
  GDate approval_due;
} KezScheduleDeadlines;

void    kez_deadlines_for_schedule_year   (KezRuleSet           *rules,
                                           int                   schedule_year,
                                           KezScheduleDeadlines *out);
void    kez_deadlines_publication_due     (KezRuleSet           *rules,
                                           const GDate          *last_event,
                                           GDate                *out);
void    kez_deadlines_quarterly_report_due (KezRuleSet          *rules,
                                           int                   year,
                                           int                   quarter,
                                           GDate                *out);
GArray *kez_deadlines_in_year             (KezRuleSet           *rules,
                                           int                   year);
GArray *kez_deadlines_in_range            (KezRuleSet           *rules,
                                           GListModel           *meetings,
                                           const GDate          *first,
                                           const GDate          *last);
void    kez_deadlines_quarter_due_next    (KezRuleSet           *rules,
                                           const GDate          *today,
                                           int                  *year,
                                           int                  *quarter);
gboolean kez_deadlines_next               (KezRuleSet           *rules,
                                           const GDate          *today,
                                           KezDeadline          *out);
int     kez_deadlines_quarter_of          (const GDate          *date);

G_END_DECLS
