/* generate-questions.c: fills a database with realistic questions, for benchmarks and for
 * looking at the Questions page with a year's worth of them
 *
 *   _build/bench/kez-generate-questions --database=FILE [--count=100000] [--seed=863]
 *       [--year=2026] [--topics=ru|kk]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "kez-question-generator.h"
#include "kez-store-open.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("— fill a database with questions");
  g_autoptr(KezStore) store = NULL;
  g_autofree char *database = NULL;
  g_autofree char *topics = NULL;
  int count = 100000, seed = 863, year = 2026;
  gint64 started;
  GDate first, last;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "The database to fill", "FILE" },
    { "count", 0, 0, G_OPTION_ARG_INT, &count, "How many questions", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "The same seed makes the same questions", "N" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, "The year they were received in", "YYYY" },
    { "topics", 0, 0, G_OPTION_ARG_STRING, &topics, "The language of topic names", "kk|ru" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || database == NULL || count < 0)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--database=FILE is needed");
      return EXIT_FAILURE;
    }
  if (!(store = kez_store_open (database, &error)))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, year);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, year);
  started = g_get_monotonic_time ();
  if (!kez_question_generator_fill (store, count, seed, &first, &last,
                                    g_strcmp0 (topics, "kk") == 0 ? KEZ_LANGUAGE_KK
                                                                  : KEZ_LANGUAGE_RU, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print ("%d questions written to %s in %.1f s\n", count, database,
           (g_get_monotonic_time () - started) / 1e6);
  return EXIT_SUCCESS;
}
