/* kez-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kez-test-util.h"

/* The rule sets exactly as shipped in data/rules. */
KezRuleSet *
kez_test_load_rule_set (const char *file_name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "rules", file_name,
                                                 NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  KezRuleSet *rules;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  rules = kez_rule_set_new_from_data (contents, length, &error);
  g_assert_no_error (error);
  return rules;
}

/* A fresh path in a private temporary folder, removed by the caller's test harness. */
char *
kez_test_make_db_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kezdesu-test-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, "kezdesu.db", NULL);
}

void
kez_test_assert_date (const GDate *date,
                      int          year,
                      int          month,
                      int          day)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}
