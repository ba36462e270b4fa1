/* test-iin.c: the IIN check digit, as reference/README.md gives it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-iin.h"

static void
test_valid_first_weights (void)
{
  g_autoptr(GError) error = NULL;
  KezIinNotes notes = KEZ_IIN_NOTE_ODD_DATE;

  /* 217 mod 11 = 8 */
  g_assert_true (kez_iin_validate ("791028302728", &notes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notes, ==, KEZ_IIN_NOTE_NONE);
}

static void
test_valid_second_weights (void)
{
  g_autoptr(GError) error = NULL;

  /* First pass gives 10; the second weights give 78 mod 11 = 1. */
  g_assert_true (kez_iin_validate ("900101300811", NULL, &error));
  g_assert_no_error (error);
}

static void
test_not_issued (void)
{
  /* Ten on both passes, whatever the last digit. */
  for (char last = '0'; last <= '9'; last++)
    {
      g_autoptr(GError) error = NULL;
      char iin[] = "90010130080X";

      iin[11] = last;
      g_assert_false (kez_iin_validate (iin, NULL, &error));
      g_assert_error (error, KEZ_IIN_ERROR, KEZ_IIN_ERROR_NOT_ISSUED);
    }
}

static void
test_wrong_check_digit (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (kez_iin_validate ("791028302729", NULL, &error));
  g_assert_error (error, KEZ_IIN_ERROR, KEZ_IIN_ERROR_CHECK_DIGIT);
  g_clear_error (&error);

  /* Two digits swapped. */
  g_assert_false (kez_iin_validate ("790128302728", NULL, &error));
  g_assert_error (error, KEZ_IIN_ERROR, KEZ_IIN_ERROR_CHECK_DIGIT);
}

static void
test_wrong_length (void)
{
  static const char *inputs[] = { "", "7910283027", "79102830272", "7910283027280" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (kez_iin_validate (inputs[i], NULL, &error));
      g_assert_error (error, KEZ_IIN_ERROR, KEZ_IIN_ERROR_LENGTH);
    }
}

static void
test_letters (void)
{
  static const char *inputs[] = { "79102830272A", "ABCDEFGHIJKL", "791028 02728", "７９１０２８３０２７２８",
                                  "791028-30272" };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (kez_iin_validate (inputs[i], NULL, &error));
      g_assert_error (error, KEZ_IIN_ERROR, KEZ_IIN_ERROR_NOT_DIGITS);
    }
}

/* Find a number with a valid check digit whose date digits make no date: 13th month. */
static void
make_valid (char *iin)
{
  for (char last = '0'; last <= '9'; last++)
    {
      iin[11] = last;
      if (kez_iin_validate (iin, NULL, NULL))
        return;
    }
  g_assert_not_reached ();
}

static void
test_odd_date_is_a_note_not_an_error (void)
{
  g_autoptr(GError) error = NULL;
  char iin[] = "791328302720";
  KezIinNotes notes;

  make_valid (iin);
  g_assert_true (kez_iin_validate (iin, &notes, &error));
  g_assert_no_error (error);
  g_assert_true (notes & KEZ_IIN_NOTE_ODD_DATE);
}

static void
test_odd_century_is_a_note (void)
{
  char iin[] = "791028902720";
  KezIinNotes notes;

  make_valid (iin);
  g_assert_true (kez_iin_validate (iin, &notes, NULL));
  g_assert_true (notes & KEZ_IIN_NOTE_ODD_CENTURY);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/iin/valid/first-weights", test_valid_first_weights);
  g_test_add_func ("/iin/valid/second-weights", test_valid_second_weights);
  g_test_add_func ("/iin/invalid/not-issued", test_not_issued);
  g_test_add_func ("/iin/invalid/check-digit", test_wrong_check_digit);
  g_test_add_func ("/iin/invalid/length", test_wrong_length);
  g_test_add_func ("/iin/invalid/letters", test_letters);
  g_test_add_func ("/iin/notes/odd-date", test_odd_date_is_a_note_not_an_error);
  g_test_add_func ("/iin/notes/odd-century", test_odd_century_is_a_note);

  return g_test_run ();
}
