/* kez-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

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

static GPtrArray *made_dirs;

static void
remove_tree (const char *path)
{
  GDir *dir = g_file_test (path, G_FILE_TEST_IS_SYMLINK) ? NULL : g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_remove (path);
}

/* Runs when the test program exits, passed or not: a failed assertion aborts, and then the
   folder stays for a look. */
static void
remove_made_dirs (void)
{
  for (guint i = 0; i < made_dirs->len; i++)
    remove_tree (g_ptr_array_index (made_dirs, i));
  g_ptr_array_unref (made_dirs);
}

/* A fresh path in a private temporary folder, removed with all it holds when the test
   program exits. */
char *
kez_test_make_db_path (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("kezdesu-test-XXXXXX", &error);

  g_assert_no_error (error);
  if (made_dirs == NULL)
    {
      made_dirs = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_made_dirs);
    }
  g_ptr_array_add (made_dirs, dir);
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
