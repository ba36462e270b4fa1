/* fuzz-iin.c: any text as an IIN
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kez-iin.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  GError *error = NULL;
  KezIinNotes notes = KEZ_IIN_NOTE_NONE;

  kez_iin_validate (text, &notes, &error);
  g_clear_error (&error);
  return 0;
}
