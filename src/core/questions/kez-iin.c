/* kez-iin.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-iin"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kez-iin.h"

G_DEFINE_QUARK (kez-iin-error-quark, kez_iin_error)

/* The check digit rule: s = Σ a_i · i for i = 1..11, c = s mod 11; when c is 10, weigh again
 * with 3, 4, …, 11, 1, 2; when it is 10 again no such number is issued. Returns -1 then. */
static int
check_digit (const char *iin)
{
  static const int second_weights[11] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };
  int first = 0;
  int second = 0;

  for (int i = 0; i < 11; i++)
    {
      int digit = iin[i] - '0';

      first += digit * (i + 1);
      second += digit * second_weights[i];
    }

  if (first % 11 != 10)
    return first % 11;
  if (second % 11 != 10)
    return second % 11;
  return -1;
}

static KezIinNotes
inspect_birth_digits (const char *iin)
{
  KezIinNotes notes = KEZ_IIN_NOTE_NONE;
  int century_digit = iin[6] - '0';
  int year = (iin[0] - '0') * 10 + (iin[1] - '0');
  int month = (iin[2] - '0') * 10 + (iin[3] - '0');
  int day = (iin[4] - '0') * 10 + (iin[5] - '0');
  int century;

  switch (century_digit)
    {
    case 1: case 2: century = 1800; break;
    case 3: case 4: century = 1900; break;
    case 5: case 6: century = 2000; break;
    default:
      century = 2000;
      notes |= KEZ_IIN_NOTE_ODD_CENTURY;
      break;
    }

  if (!g_date_valid_dmy (day, month, century + year))
    notes |= KEZ_IIN_NOTE_ODD_DATE;

  return notes;
}

/**
 * kez_iin_validate:
 * @iin: the number as typed
 * @notes: (out) (optional): what looks unusual without making the number invalid
 * @error: why the number is not a valid IIN
 *
 * Returns: %TRUE if @iin is twelve digits with a correct check digit.
 */
gboolean
kez_iin_validate (const char   *iin,
                  KezIinNotes  *notes,
                  GError      **error)
{
  int expected;

  g_return_val_if_fail (iin != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (notes != NULL)
    *notes = KEZ_IIN_NOTE_NONE;

  for (const char *p = iin; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        {
          g_set_error_literal (error, KEZ_IIN_ERROR, KEZ_IIN_ERROR_NOT_DIGITS,
                               _("An IIN consists of digits only"));
          return FALSE;
        }
    }

  if (strlen (iin) != KEZ_IIN_LENGTH)
    {
      g_set_error (error, KEZ_IIN_ERROR, KEZ_IIN_ERROR_LENGTH,
                   /* Translators: %1$u is the number of digits typed */
                   g_dngettext (GETTEXT_PACKAGE,
                                "An IIN has 12 digits, not %1$u",
                                "An IIN has 12 digits, not %1$u",
                                (gulong) strlen (iin)),
                   (guint) strlen (iin));
      return FALSE;
    }

  expected = check_digit (iin);
  if (expected < 0)
    {
      g_set_error_literal (error, KEZ_IIN_ERROR, KEZ_IIN_ERROR_NOT_ISSUED,
                           _("No such IIN is issued: its check digit cannot be computed"));
      return FALSE;
    }
  if (expected != iin[11] - '0')
    {
      g_set_error_literal (error, KEZ_IIN_ERROR, KEZ_IIN_ERROR_CHECK_DIGIT,
                           _("The IIN’s check digit is wrong: a digit may be mistyped"));
      return FALSE;
    }

  if (notes != NULL)
    *notes = inspect_birth_digits (iin);

  return TRUE;
}
