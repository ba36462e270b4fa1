/* test-rules.c: rule sets and the deadline engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-deadlines.h"
#include "kez-test-util.h"

#include <string.h>

static KezRuleSet *decree;
static KezRuleSet *rules2024;

static void
test_shipped_rule_sets (void)
{
  g_assert_cmpstr (kez_rule_set_get_id (decree), ==, "decree-863-2022");
  g_assert_true (kez_rule_set_get_is_default (decree));
  g_assert_true (kez_rule_set_get_verified (decree));
  g_assert_cmpfloat (kez_rule_set_get_presentation_ratio (decree), ==, 0.25);
  g_assert_cmpuint (kez_rule_set_get_publication_days (decree), ==, 10);
  g_assert_cmpstr (kez_rule_set_get_name (decree, KEZ_LANGUAGE_RU), ==, "Указ № 863 (2022)");
  g_assert_cmpstr (kez_rule_set_get_name (decree, KEZ_LANGUAGE_KK), ==, "№ 863 Жарлық (2022)");
  g_assert_nonnull (strstr (kez_rule_set_get_source (decree, KEZ_LANGUAGE_EN), "863"));
  g_assert_nonnull (strstr (kez_rule_set_get_source (decree, KEZ_LANGUAGE_RU), "Указ"));
  g_assert_nonnull (strstr (kez_rule_set_get_source (decree, KEZ_LANGUAGE_KK), "Жарлығы"));

  g_assert_cmpstr (kez_rule_set_get_id (rules2024), ==, "rules-2024");
  g_assert_false (kez_rule_set_get_is_default (rules2024));
  g_assert_false (kez_rule_set_get_verified (rules2024));
  g_assert_cmpuint (kez_rule_set_get_min_meetings_per_quarter (rules2024), ==, 1);
}

static void
test_exempt_bodies (void)
{
  g_assert_true (kez_rule_set_is_exempt (decree, "mod"));
  g_assert_true (kez_rule_set_is_exempt (decree, "mfa"));
  g_assert_false (kez_rule_set_is_exempt (decree, "mia"));
  g_assert_false (kez_rule_set_is_exempt (decree, "moh"));

  g_assert_true (kez_rule_set_is_exempt (rules2024, "mod"));
  g_assert_true (kez_rule_set_is_exempt (rules2024, "mia"));
  g_assert_true (kez_rule_set_is_exempt (rules2024, "mes"));
  g_assert_true (kez_rule_set_is_exempt (rules2024, "moj"));
  g_assert_false (kez_rule_set_is_exempt (rules2024, "moh"));
}

static void
test_presentation_budget (void)
{
  /* 90 min → 22 min 30 s */
  g_assert_cmpint (kez_rule_set_presentation_budget (decree, 90), ==,
                   (22 * 60 + 30) * G_TIME_SPAN_SECOND);
  g_assert_cmpint (kez_rule_set_presentation_budget (decree, 60), ==, 15 * G_TIME_SPAN_MINUTE);
  /* Odd durations: 15 min → 3 min 45 s; 61 → 15 min 15 s; 125 → 31 min 15 s. */
  g_assert_cmpint (kez_rule_set_presentation_budget (decree, 15), ==,
                   (3 * 60 + 45) * G_TIME_SPAN_SECOND);
  g_assert_cmpint (kez_rule_set_presentation_budget (decree, 61), ==,
                   (15 * 60 + 15) * G_TIME_SPAN_SECOND);
  g_assert_cmpint (kez_rule_set_presentation_budget (decree, 125), ==,
                   (31 * 60 + 15) * G_TIME_SPAN_SECOND);
  g_assert_cmpint (kez_rule_set_presentation_budget (decree, 480), ==, 2 * G_TIME_SPAN_HOUR);
}

static void
test_budget_other_ratio (void)
{
  g_autoptr(KezRuleSet) third = NULL;
  g_autoptr(GError) error = NULL;
  const char *text =
    "[Rule Set]\nId=t\nName=T\nSource=test\nPresentationRatio=0.3333\nPublicationDays=5\n"
    "ProposalsDue=11-20\nDraftDue=12-01\nApprovalDue=01-15\nQuarterlyReportDay=5\n"
    "MinMeetingsPerQuarter=0\n";

  third = kez_rule_set_new_from_data (text, -1, &error);
  g_assert_no_error (error);
  /* 0.3333 × 7 min = 139.986 s, rounded to the second. */
  g_assert_cmpint (kez_rule_set_presentation_budget (third, 7), ==, 140 * G_TIME_SPAN_SECOND);
}

static void
test_invalid_rule_sets (void)
{
  static const char *broken[] = {
    /* ratio above one */
    "[Rule Set]\nId=t\nName=T\nSource=s\nPresentationRatio=1.5\nPublicationDays=5\n"
    "ProposalsDue=11-20\nDraftDue=12-01\nApprovalDue=01-15\nQuarterlyReportDay=5\n"
    "MinMeetingsPerQuarter=0\n",
    /* 31 April */
    "[Rule Set]\nId=t\nName=T\nSource=s\nPresentationRatio=0.25\nPublicationDays=5\n"
    "ProposalsDue=04-31\nDraftDue=12-01\nApprovalDue=01-15\nQuarterlyReportDay=5\n"
    "MinMeetingsPerQuarter=0\n",
    /* no source */
    "[Rule Set]\nId=t\nName=T\nPresentationRatio=0.25\nPublicationDays=5\n"
    "ProposalsDue=11-20\nDraftDue=12-01\nApprovalDue=01-15\nQuarterlyReportDay=5\n"
    "MinMeetingsPerQuarter=0\n",
    /* zero publication days */
    "[Rule Set]\nId=t\nName=T\nSource=s\nPresentationRatio=0.25\nPublicationDays=0\n"
    "ProposalsDue=11-20\nDraftDue=12-01\nApprovalDue=01-15\nQuarterlyReportDay=5\n"
    "MinMeetingsPerQuarter=0\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KezRuleSet) rules = kez_rule_set_new_from_data (broken[i], -1, &error);

      g_assert_null (rules);
      g_assert_nonnull (error);
    }
}

static void
test_schedule_deadlines (void)
{
  KezScheduleDeadlines deadlines;

  /* The 2027 schedule: proposals by 1 Dec 2026, draft by 15 Dec 2026, approved by 10 Jan 2027. */
  kez_deadlines_for_schedule_year (decree, 2027, &deadlines);
  kez_test_assert_date (&deadlines.proposals_due, 2026, 12, 1);
  kez_test_assert_date (&deadlines.draft_due, 2026, 12, 15);
  kez_test_assert_date (&deadlines.approval_due, 2027, 1, 10);

  kez_deadlines_for_schedule_year (decree, 2000, &deadlines);
  kez_test_assert_date (&deadlines.proposals_due, 1999, 12, 1);
  kez_test_assert_date (&deadlines.approval_due, 2000, 1, 10);
}

static void
test_leap_day_in_a_rule (void)
{
  g_autoptr(KezRuleSet) rules = NULL;
  g_autoptr(GError) error = NULL;
  KezScheduleDeadlines deadlines;
  const char *text =
    "[Rule Set]\nId=t\nName=T\nSource=test\nPresentationRatio=0.25\nPublicationDays=10\n"
    "ProposalsDue=12-01\nDraftDue=12-15\nApprovalDue=02-29\nQuarterlyReportDay=0\n"
    "MinMeetingsPerQuarter=0\n";

  rules = kez_rule_set_new_from_data (text, -1, &error);
  g_assert_no_error (error);

  kez_deadlines_for_schedule_year (rules, 2028, &deadlines);
  kez_test_assert_date (&deadlines.approval_due, 2028, 2, 29);
  kez_deadlines_for_schedule_year (rules, 2027, &deadlines);
  kez_test_assert_date (&deadlines.approval_due, 2027, 2, 28);
}

static void
check_publication (int year, int month, int day,
                   int due_year, int due_month, int due_day)
{
  GDate last_event, due;

  g_date_clear (&last_event, 1);
  g_date_set_dmy (&last_event, day, month, year);
  kez_deadlines_publication_due (decree, &last_event, &due);
  kez_test_assert_date (&due, due_year, due_month, due_day);
}

static void
test_publication_due (void)
{
  /* A meeting whose last event is on 25 December: due on 4 January of the next year. */
  check_publication (2026, 12, 25, 2027, 1, 4);
  check_publication (2026, 12, 31, 2027, 1, 10);
  /* Across 29 February in a leap year, and past the end of February in a common year. */
  check_publication (2028, 2, 20, 2028, 3, 1);
  check_publication (2028, 2, 29, 2028, 3, 10);
  check_publication (2027, 2, 20, 2027, 3, 2);
  check_publication (2026, 6, 5, 2026, 6, 15);
}

static void
test_quarterly_reports (void)
{
  GDate due;

  /* Decree 863: by the end of each quarter. */
  kez_deadlines_quarterly_report_due (decree, 2028, 1, &due);
  kez_test_assert_date (&due, 2028, 3, 31);
  kez_deadlines_quarterly_report_due (decree, 2027, 2, &due);
  kez_test_assert_date (&due, 2027, 6, 30);
  kez_deadlines_quarterly_report_due (decree, 2027, 4, &due);
  kez_test_assert_date (&due, 2027, 12, 31);

  /* 2024 rules: by the 10th of the month after the quarter; Q4 falls in the next year. */
  kez_deadlines_quarterly_report_due (rules2024, 2026, 1, &due);
  kez_test_assert_date (&due, 2026, 4, 10);
  kez_deadlines_quarterly_report_due (rules2024, 2026, 3, &due);
  kez_test_assert_date (&due, 2026, 10, 10);
  kez_deadlines_quarterly_report_due (rules2024, 2026, 4, &due);
  kez_test_assert_date (&due, 2027, 1, 10);
}

static void
test_deadlines_in_year (void)
{
  g_autoptr(GArray) decree_2027 = kez_deadlines_in_year (decree, 2027);
  g_autoptr(GArray) rules_2027 = kez_deadlines_in_year (rules2024, 2027);
  const KezDeadline *first;
  const KezDeadline *last;

  /* 10 Jan approval, four quarter ends, 1 Dec proposals and 15 Dec draft for 2028. */
  g_assert_cmpuint (decree_2027->len, ==, 7);
  first = &g_array_index (decree_2027, KezDeadline, 0);
  g_assert_cmpint (first->kind, ==, KEZ_DEADLINE_SCHEDULE_APPROVAL);
  g_assert_cmpint (first->year, ==, 2027);
  kez_test_assert_date (&first->date, 2027, 1, 10);
  last = &g_array_index (decree_2027, KezDeadline, decree_2027->len - 1);
  g_assert_cmpint (last->kind, ==, KEZ_DEADLINE_QUARTERLY_REPORT);
  kez_test_assert_date (&last->date, 2027, 12, 31);

  /* The 2024 rules: the 2026 Q4 report on 10 January 2027 comes with the approval. */
  g_assert_cmpuint (rules_2027->len, ==, 7);
  first = &g_array_index (rules_2027, KezDeadline, 0);
  g_assert_cmpint (first->kind, ==, KEZ_DEADLINE_SCHEDULE_APPROVAL);
  first = &g_array_index (rules_2027, KezDeadline, 1);
  g_assert_cmpint (first->kind, ==, KEZ_DEADLINE_QUARTERLY_REPORT);
  g_assert_cmpint (first->year, ==, 2026);
  g_assert_cmpint (first->quarter, ==, 4);
  kez_test_assert_date (&first->date, 2027, 1, 10);

  for (guint i = 1; i < rules_2027->len; i++)
    g_assert_cmpint (g_date_compare (&g_array_index (rules_2027, KezDeadline, i - 1).date,
                                     &g_array_index (rules_2027, KezDeadline, i).date), <=, 0);
}

static void
check_next (KezRuleSet *rules, int year, int month, int day,
            KezDeadlineKind kind, int due_year, int due_month, int due_day)
{
  GDate today;
  KezDeadline next;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, day, month, year);
  g_assert_true (kez_deadlines_next (rules, &today, &next));
  g_assert_cmpint (next.kind, ==, kind);
  kez_test_assert_date (&next.date, due_year, due_month, due_day);
}

static void
test_next_deadline (void)
{
  check_next (decree, 2026, 11, 25, KEZ_DEADLINE_SCHEDULE_PROPOSALS, 2026, 12, 1);
  /* On the day itself it is still ahead. */
  check_next (decree, 2026, 12, 1, KEZ_DEADLINE_SCHEDULE_PROPOSALS, 2026, 12, 1);
  check_next (decree, 2026, 12, 2, KEZ_DEADLINE_SCHEDULE_DRAFT, 2026, 12, 15);
  check_next (decree, 2026, 12, 16, KEZ_DEADLINE_QUARTERLY_REPORT, 2026, 12, 31);
  /* Across the year end. */
  check_next (decree, 2027, 1, 1, KEZ_DEADLINE_SCHEDULE_APPROVAL, 2027, 1, 10);
  check_next (rules2024, 2026, 12, 16, KEZ_DEADLINE_SCHEDULE_APPROVAL, 2027, 1, 10);
}

/* The quarterly workbook offers the quarter whose report is due next. */
static void
test_quarter_due_next (void)
{
  GDate today;
  int year = 0, quarter = 0;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 1, 12, 2026);
  kez_deadlines_quarter_due_next (decree, &today, &year, &quarter);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (quarter, ==, 4);
  kez_deadlines_quarter_due_next (rules2024, &today, &year, &quarter);
  g_assert_cmpint (quarter, ==, 4);
  g_date_set_dmy (&today, 5, 1, 2027);
  kez_deadlines_quarter_due_next (rules2024, &today, &year, &quarter);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (quarter, ==, 4);
  kez_deadlines_quarter_due_next (decree, &today, &year, &quarter);
  g_assert_cmpint (year, ==, 2027);
  g_assert_cmpint (quarter, ==, 1);
  g_date_set_dmy (&today, 10, 10, 2026);
  kez_deadlines_quarter_due_next (rules2024, &today, &year, &quarter);
  g_assert_cmpint (quarter, ==, 3);
}

static void
test_quarter_of (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 31, 3, 2027);
  g_assert_cmpint (kez_deadlines_quarter_of (&date), ==, 1);
  g_date_set_dmy (&date, 1, 4, 2027);
  g_assert_cmpint (kez_deadlines_quarter_of (&date), ==, 2);
  g_date_set_dmy (&date, 31, 12, 2027);
  g_assert_cmpint (kez_deadlines_quarter_of (&date), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);

  decree = kez_test_load_rule_set ("decree-863-2022.ruleset");
  rules2024 = kez_test_load_rule_set ("rules-2024.ruleset");

  g_test_add_func ("/rules/shipped", test_shipped_rule_sets);
  g_test_add_func ("/rules/exempt", test_exempt_bodies);
  g_test_add_func ("/rules/invalid", test_invalid_rule_sets);
  g_test_add_func ("/rules/budget/decree", test_presentation_budget);
  g_test_add_func ("/rules/budget/other-ratio", test_budget_other_ratio);
  g_test_add_func ("/deadlines/schedule", test_schedule_deadlines);
  g_test_add_func ("/deadlines/leap-day-rule", test_leap_day_in_a_rule);
  g_test_add_func ("/deadlines/publication", test_publication_due);
  g_test_add_func ("/deadlines/quarterly", test_quarterly_reports);
  g_test_add_func ("/deadlines/in-year", test_deadlines_in_year);
  g_test_add_func ("/deadlines/next", test_next_deadline);
  g_test_add_func ("/deadlines/quarter-of", test_quarter_of);
  g_test_add_func ("/deadlines/quarter-due-next", test_quarter_due_next);

  result = g_test_run ();
  g_clear_object (&decree);
  g_clear_object (&rules2024);
  return result;
}
