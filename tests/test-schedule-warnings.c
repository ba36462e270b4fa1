/* test-schedule-warnings.c: days off, and meetings that collide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-holidays.h"
#include "kez-meeting-conflicts.h"
#include "kez-meetings.h"
#include "kez-store-open.h"
#include "kez-test-util.h"

static KezDayKind
kind_of (int day,
         int month,
         int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return kez_day_kind (&date);
}

static void
test_days_off (void)
{
  GDate date;
  g_autofree char *name = NULL;

  /* The deadline for approving the schedule of 2027 is a Sunday. */
  g_assert_cmpint (kind_of (10, 1, 2027), ==, KEZ_DAY_WEEKEND);
  g_assert_cmpint (kind_of (2, 12, 2026), ==, KEZ_DAY_WORKING);
  g_assert_cmpint (kind_of (16, 12, 2026), ==, KEZ_DAY_HOLIDAY);
  g_assert_cmpint (kind_of (6, 7, 2026), ==, KEZ_DAY_HOLIDAY);
  g_assert_cmpint (kind_of (7, 1, 2027), ==, KEZ_DAY_HOLIDAY);
  /* 1 and 2 January 2027 are a Friday and a Saturday: Saturday's day off moves to Monday. */
  g_assert_cmpint (kind_of (1, 1, 2027), ==, KEZ_DAY_HOLIDAY);
  g_assert_cmpint (kind_of (2, 1, 2027), ==, KEZ_DAY_HOLIDAY);
  g_assert_cmpint (kind_of (4, 1, 2027), ==, KEZ_DAY_MOVED_DAY_OFF);
  g_assert_cmpint (kind_of (5, 1, 2027), ==, KEZ_DAY_WORKING);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 4, G_DATE_JANUARY, 2027);
  name = kez_day_off_name (&date, KEZ_LANGUAGE_RU);
  g_assert_cmpstr (name, ==, "Новый год");
  /* Nauryz 2027 starts on a Sunday: the day off is the Wednesday after it. */
  g_assert_cmpint (kind_of (21, 3, 2027), ==, KEZ_DAY_HOLIDAY);
  g_assert_cmpint (kind_of (23, 3, 2027), ==, KEZ_DAY_HOLIDAY);
  g_assert_cmpint (kind_of (24, 3, 2027), ==, KEZ_DAY_MOVED_DAY_OFF);
  /* A religious holiday on a weekend moves nothing: 7 January 2023 was a Saturday. */
  g_assert_cmpint (kind_of (7, 1, 2023), ==, KEZ_DAY_HOLIDAY);
  g_assert_cmpint (kind_of (9, 1, 2023), ==, KEZ_DAY_WORKING);
  /* Two holidays on one weekend take two working days: 1 and 2 January 2028. */
  g_assert_cmpint (kind_of (3, 1, 2028), ==, KEZ_DAY_MOVED_DAY_OFF);
  g_assert_cmpint (kind_of (4, 1, 2028), ==, KEZ_DAY_MOVED_DAY_OFF);
  g_assert_cmpint (kind_of (5, 1, 2028), ==, KEZ_DAY_WORKING);
}

static void
meeting (KezMeetingFields *fields,
         const char       *body,
         const char       *leader,
         int               hour,
         const char       *region)
{
  kez_meeting_fields_init (fields);
  g_free (fields->body_code);
  fields->body_code = g_strdup (body);
  g_free (fields->leader_name);
  fields->leader_name = g_strdup (leader);
  g_date_set_dmy (&fields->date, 15, G_DATE_MARCH, 2027);
  fields->start_minute = hour * 60;
  fields->planned_minutes = 90;
  fields->region_code = g_strdup (region);
  g_free (fields->locality);
  fields->locality = g_strdup ("Семей");
}

static GPtrArray *
conflicts_of (KezStore   *store,
              const char *body,
              const char *leader,
              int         hour,
              const char *region)
{
  KezMeetingFields fields;
  GPtrArray *warnings;

  meeting (&fields, body, leader, hour, region);
  warnings = kez_meeting_conflicts (store, &fields);
  kez_meeting_fields_clear (&fields);
  return warnings;
}

static void
assert_warning (GPtrArray       *warnings,
                KezMeetingField  field,
                const char      *part)
{
  for (guint i = 0; i < warnings->len; i++)
    {
      const KezMeetingProblem *problem = g_ptr_array_index (warnings, i);

      if (problem->field == field && strstr (problem->message, part) != NULL)
        return;
    }
  g_error ("no warning with “%s” at field %d among %u", part, field, warnings->len);
}

static void
test_conflicts (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(KezStore) store = kez_store_open (path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  KezMeetingFields saved;

  meeting (&saved, "moh", "Ахметова А. Ж.", 10, "abai");
  g_assert_true (kez_meetings_save (store, &saved, &error));
  g_assert_no_error (error);

  /* Itself, once saved, is no conflict. */
  warnings = kez_meeting_conflicts (store, &saved);
  g_assert_cmpuint (warnings->len, ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);

  warnings = conflicts_of (store, "moh", "ахметова  а.ж.", 10, "abai");
  g_assert_cmpuint (warnings->len, ==, 1);
  assert_warning (warnings, KEZ_FIELD_DATE, "10:00–11:30, Семей");
  g_clear_pointer (&warnings, g_ptr_array_unref);

  warnings = conflicts_of (store, "mop", "Ахметова А. Ж.", 11, "almaty");
  g_assert_cmpuint (warnings->len, ==, 1);
  assert_warning (warnings, KEZ_FIELD_LEADER, "10:00–11:30");
  g_clear_pointer (&warnings, g_ptr_array_unref);

  warnings = conflicts_of (store, "moh", "Сейітов Б.", 15, "abai");
  g_assert_cmpuint (warnings->len, ==, 1);
  assert_warning (warnings, KEZ_FIELD_DATE, "10:00–11:30");
  g_clear_pointer (&warnings, g_ptr_array_unref);

  /* After the meeting, another place, another body: nothing to say. */
  warnings = conflicts_of (store, "moh", "Ахметова А. Ж.", 12, "almaty");
  g_assert_cmpuint (warnings->len, ==, 0);
  g_clear_pointer (&warnings, g_ptr_array_unref);

  /* A cancelled meeting collides with nothing. */
  saved.status = KEZ_STATUS_CANCELLED;
  g_assert_true (kez_meetings_save (store, &saved, &error));
  warnings = conflicts_of (store, "moh", "Ахметова А. Ж.", 10, "abai");
  g_assert_cmpuint (warnings->len, ==, 0);
  kez_meeting_fields_clear (&saved);
}

static void
count_change (KezStore   *store,
              const char *what,
              guint      *count)
{
  (*count)++;
}

/* A new rule set reaches the views at once: they listen for "rule-sets", and then see the
 * bodies it exempts. */
static void
test_rule_set_change_is_told (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(KezStore) store = kez_store_open (path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KezRuleSet) rules = NULL;
  guint rule_sets = 0, served = 0;

  g_signal_connect (store, "changed::rule-sets", G_CALLBACK (count_change), &rule_sets);
  g_signal_connect (store, "changed::served-body", G_CALLBACK (count_change), &served);
  g_assert_true (kez_store_set_active_rule_set (store, "rules-2024", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rule_sets, ==, 1);
  rules = kez_store_dup_active_rule_set (store);
  g_assert_true (kez_rule_set_is_exempt (rules, "mia"));

  g_assert_false (kez_store_set_active_rule_set (store, "no-such-rules", NULL));
  g_assert_cmpuint (rule_sets, ==, 1);

  g_assert_true (kez_store_set_served_body (store, "moh", &error));
  g_assert_cmpuint (served, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule-warnings/days-off", test_days_off);
  g_test_add_func ("/schedule-warnings/conflicts", test_conflicts);
  g_test_add_func ("/schedule-warnings/rule-set-change", test_rule_set_change_is_told);

  return g_test_run ();
}
