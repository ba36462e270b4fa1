/* test-collate.c: Kazakh and Russian alphabetical order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-collate.h"
#include "kez-region.h"
#include "kez-store-open.h"
#include "kez-store.h"
#include "kez-test-util.h"

static void
assert_order (KezLanguage  language,
              const char  *first,
              const char  *second)
{
  if (kez_collate (language, first, second) >= 0)
    g_error ("“%s” does not sort before “%s”", first, second);
}

/* The Kazakh alphabet: А Ә Б … К Қ … О Ө … У Ұ Ү Ф … И І. */
static void
test_kazakh_letters (void)
{
  assert_order (KEZ_LANGUAGE_KK, "Абай", "Әлем");
  assert_order (KEZ_LANGUAGE_KK, "Әлем", "Бала");
  assert_order (KEZ_LANGUAGE_KK, "Кітап", "Қала");
  assert_order (KEZ_LANGUAGE_KK, "Қала", "Лақ");
  assert_order (KEZ_LANGUAGE_KK, "Орын", "Өнер");
  assert_order (KEZ_LANGUAGE_KK, "Өнер", "Пән");
  assert_order (KEZ_LANGUAGE_KK, "Улы", "Ұлт");
  assert_order (KEZ_LANGUAGE_KK, "Ұлт", "Үй");
  assert_order (KEZ_LANGUAGE_KK, "Үй", "Фабрика");
  assert_order (KEZ_LANGUAGE_KK, "Ирек", "Іні");
  assert_order (KEZ_LANGUAGE_KK, "Ақтөбе", "Атырау");
  /* Not by code point: Қ is not after Э. */
  assert_order (KEZ_LANGUAGE_KK, "Қарағанды", "Шығыс Қазақстан");
  assert_order (KEZ_LANGUAGE_KK, "Шығыс Қазақстан", "Ырғыз");
  /* Case does not come first. */
  assert_order (KEZ_LANGUAGE_KK, "алматы", "Астана");
}

static void
test_russian_letters (void)
{
  assert_order (KEZ_LANGUAGE_RU, "Ежевика", "Ёлка");
  assert_order (KEZ_LANGUAGE_RU, "Ёлка", "Жук");
  assert_order (KEZ_LANGUAGE_RU, "Атырауская", "Карагандинская");
  assert_order (KEZ_LANGUAGE_RU, "город Алматы", "Жамбылская");
}

/* The regions' list in Kazakh reads in the Kazakh alphabet. */
static void
test_regions_in_kazakh (void)
{
  g_autofree char *path = kez_test_make_db_path ();
  g_autoptr(KezStore) store = NULL;
  g_autoptr(GListModel) regions = NULL;
  const char *previous = NULL;

  g_setenv ("LANGUAGE", "kk", TRUE);
  store = kez_store_open (path, NULL);
  regions = kez_store_list_regions (store);
  g_assert_cmpuint (g_list_model_get_n_items (regions), >, 10);
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(KezRegion) region = g_list_model_get_item (regions, i);
      const char *name = kez_region_get_name (region, KEZ_LANGUAGE_KK);

      if (previous != NULL)
        g_assert_cmpint (kez_collate (KEZ_LANGUAGE_KK, previous, name), <=, 0);
      previous = name;
    }
  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collate/kazakh", test_kazakh_letters);
  g_test_add_func ("/collate/russian", test_russian_letters);
  g_test_add_func ("/collate/regions-in-kazakh", test_regions_in_kazakh);

  return g_test_run ();
}
