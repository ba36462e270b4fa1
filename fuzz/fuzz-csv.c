/* fuzz-csv.c: CSV files of any shape through both importers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "kez-csv.h"
#include "kez-meeting-import.h"
#include "kez-question-import.h"
#include "kez-store-open.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static KezStore *store;

/* One database for every input: the importers only read it, and nothing is committed. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *dir = g_dir_make_tmp ("kezdesu-fuzz-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fuzz.db", NULL);

  store = kez_store_open (path, NULL);
  g_assert (store != NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  GPtrArray *records = kez_csv_parse ((const char *) data, size, NULL);
  KezImportTable *table = kez_import_table_new ((const char *) data, size, "fuzz", NULL);
  KezMeetingImport *meetings = NULL;
  KezQuestionImport *questions = NULL;

  if (table != NULL)
    {
      meetings = kez_meeting_import_read (store, table, NULL, NULL);
      questions = kez_question_import_read (store, table, NULL, NULL);
      kez_import_table_free (table);
    }

  if (records != NULL)
    g_ptr_array_unref (records);
  if (meetings != NULL)
    kez_meeting_import_free (meetings);
  if (questions != NULL)
    kez_question_import_free (questions);
  return 0;
}
