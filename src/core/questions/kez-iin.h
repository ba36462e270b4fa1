/* kez-iin.h: the Kazakh individual identification number (ЖСН / ИИН)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KEZ_IIN_LENGTH 12
#define KEZ_IIN_ERROR (kez_iin_error_quark ())

typedef enum
{
  KEZ_IIN_ERROR_LENGTH,
  KEZ_IIN_ERROR_NOT_DIGITS,
  KEZ_IIN_ERROR_CHECK_DIGIT,
  KEZ_IIN_ERROR_NOT_ISSUED,
} KezIinError;

/* Things that do not make an IIN invalid but that a careful clerk may want to look at again:
 * since 2013 the date and sex digits need not match the person. */
typedef enum
{
  KEZ_IIN_NOTE_NONE         = 0,
  KEZ_IIN_NOTE_ODD_DATE     = 1 << 0,
  KEZ_IIN_NOTE_ODD_CENTURY  = 1 << 1,
} KezIinNotes;

GQuark   kez_iin_error_quark (void);
gboolean kez_iin_validate    (const char   *iin,
                              KezIinNotes  *notes,
                              GError      **error);

G_END_DECLS
