/* test-backup.c: backups made while the database is in use, kept, and put back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kez-backup-restore.h"
#include "kez-backup.h"
#include "kez-meetings.h"
#include "kez-store-open.h"
#include "kez-store-private.h"
#include "kez-test-util.h"

static gint64
add_meeting (KezStore   *store,
             const char *leader)
{
  g_autoptr(GError) error = NULL;
  KezMeetingFields fields;
  gint64 id;

  kez_meeting_fields_init (&fields);
  g_free (fields.body_code);
  fields.body_code = g_strdup ("moh");
  g_free (fields.leader_name);
  fields.leader_name = g_strdup (leader);
  g_date_set_dmy (&fields.date, 15, 3, 2027);
  g_assert_true (kez_meetings_save (store, &fields, &error));
  g_assert_no_error (error);
  id = fields.id;
  kez_meeting_fields_clear (&fields);
  return id;
}

static gint64
count_meetings_in (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = kez_store_open (path, &error);

  g_assert_no_error (error);
  return kez_store_query_number (store, "SELECT count(*) FROM meetings WHERE id > ?", 0, -1);
}

static void
test_make_is_private_and_whole (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = kez_store_open (path, &error);
  g_autofree char *backup = NULL;
  GStatBuf st;

  add_meeting (store, "Ахметова А. Ж.");
  /* The app keeps writing while the copy is made: the copy is of a consistent state. */
  backup = kez_backup_make (path, "daily", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (count_meetings_in (backup), ==, 1);
}

static void
test_daily_and_prune (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = kez_store_open (path, &error);
  g_autoptr(GPtrArray) backups = NULL;

  g_assert_true (kez_backup_daily (path, 3, &error));
  g_assert_true (kez_backup_daily (path, 3, &error));
  backups = kez_backup_list (path);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (((KezBackup *) g_ptr_array_index (backups, 0))->reason, ==, "daily");
  g_clear_pointer (&backups, g_ptr_array_unref);

  /* Made within the same second the names would clash: one a second. */
  for (int i = 0; i < 3; i++)
    {
      g_autofree char *reason = g_strdup_printf ("extra%d", i);

      g_usleep (G_USEC_PER_SEC);
      g_free (kez_backup_make (path, reason, &error));
      g_assert_no_error (error);
    }
  kez_backup_prune (path, 2);
  backups = kez_backup_list (path);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_cmpstr (((KezBackup *) g_ptr_array_index (backups, 0))->reason, ==, "extra2");
  g_assert_cmpstr (((KezBackup *) g_ptr_array_index (backups, 1))->reason, ==, "extra1");
}

static void
test_restore_keeps_what_it_replaces (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = kez_store_open (path, &error);
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *backup = NULL;
  const KezBackup *safety;

  add_meeting (store, "Ахметова А. Ж.");
  backup = kez_backup_make (path, "daily", &error);
  g_assert_no_error (error);
  add_meeting (store, "Ким В. А.");
  g_usleep (G_USEC_PER_SEC);

  g_assert_true (kez_backup_restore (store, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM meetings WHERE id > ?",
                                           0, -1), ==, 1);
  backups = kez_backup_list (path);
  safety = g_ptr_array_index (backups, 0);
  g_assert_cmpstr (safety->reason, ==, "before-restore");
  g_assert_cmpint (count_meetings_in (safety->path), ==, 2);

  g_assert_false (kez_backup_restore (store, "/nonexistent/backup.db", &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CORRUPT);
}

static void
test_backup_before_upgrade (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *reason = g_strdup_printf ("before-v%d", kez_store_latest_schema_version ());

  g_object_unref (kez_store_open_at_version (path, 2, &error));
  g_assert_no_error (error);
  g_object_unref (kez_store_open (path, &error));
  g_assert_no_error (error);
  backups = kez_backup_list (path);
  g_assert_cmpuint (backups->len, ==, 1);
  g_assert_cmpstr (((KezBackup *) g_ptr_array_index (backups, 0))->reason, ==, reason);
}

/* Two databases in one folder: each sees, and restores, only its own backups; and a backup of
 * one copied under the other's name is still not the other's. */
static void
test_backups_belong_to_their_database (void)
{
  g_autofree char *first_path = kez_test_make_db_path ();
  g_autofree char *dir = g_path_get_dirname (first_path);
  g_autofree char *second_path = g_build_filename (dir, "second.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) first = kez_store_open (first_path, &error);
  g_autoptr(KezStore) second = kez_store_open (second_path, &error);
  g_autoptr(GPtrArray) of_first = NULL;
  g_autoptr(GPtrArray) of_second = NULL;
  g_autofree char *backup_of_first = NULL;
  g_autofree char *backup_of_second = NULL;
  g_autofree char *disguised = NULL;
  g_autofree char *folder = kez_backup_folder (first_path);

  add_meeting (first, "Первый");
  add_meeting (second, "Второй");
  backup_of_first = kez_backup_make (first_path, "daily", &error);
  g_assert_no_error (error);
  backup_of_second = kez_backup_make (second_path, "daily", &error);
  g_assert_no_error (error);

  of_first = kez_backup_list_of_store (first);
  of_second = kez_backup_list_of_store (second);
  g_assert_cmpuint (of_first->len, ==, 1);
  g_assert_cmpuint (of_second->len, ==, 1);
  g_assert_cmpstr (((KezBackup *) g_ptr_array_index (of_first, 0))->path, ==, backup_of_first);
  g_assert_cmpstr (((KezBackup *) g_ptr_array_index (of_second, 0))->path, ==, backup_of_second);

  /* The second's backup renamed as if it were the first's: its identity gives it away. */
  disguised = g_build_filename (folder, "kezdesu-20990101-000000-daily.db", NULL);
  g_assert_cmpint (g_rename (backup_of_second, disguised), ==, 0);
  g_clear_pointer (&of_first, g_ptr_array_unref);
  of_first = kez_backup_list_of_store (first);
  g_assert_cmpuint (of_first->len, ==, 1);
  g_assert_false (kez_backup_restore (first, disguised, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (kez_store_query_number (first, "SELECT count(*) FROM meetings WHERE "
                                                  "leader_name = 'Второй' AND id > ?", 0, -1),
                   ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/make-is-private-and-whole", test_make_is_private_and_whole);
  g_test_add_func ("/backup/daily-and-prune", test_daily_and_prune);
  g_test_add_func ("/backup/restore-keeps-what-it-replaces", test_restore_keeps_what_it_replaces);
  g_test_add_func ("/backup/before-upgrade", test_backup_before_upgrade);
  g_test_add_func ("/backup/belong-to-their-database", test_backups_belong_to_their_database);

  return g_test_run ();
}
