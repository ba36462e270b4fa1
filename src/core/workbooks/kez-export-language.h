/* kez-export-language.h: the language a workbook is written in, whatever the interface's
 *
 * Workbooks go to the authorised body in Kazakh, in Russian, or in both side by side, chosen
 * per export. Their words are therefore kept here in both languages at once rather than in
 * the interface's catalogue, which holds only the interface language at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kez-language.h"
#include "kez-meeting.h"
#include "kez-question.h"

G_BEGIN_DECLS

typedef enum
{
  KEZ_EXPORT_KK,
  KEZ_EXPORT_RU,
  KEZ_EXPORT_BOTH,
} KezExportLanguage;

/* A word or phrase of a workbook in both languages. */
typedef struct
{
  const char *kk;
  const char *ru;
} KezTerm;

gboolean    kez_export_language_from_string (const char        *text,
                                             KezExportLanguage *out);
const char *kez_term_get                    (const KezTerm     *term,
                                             KezLanguage        language);
char       *kez_term_join                   (const KezTerm     *term,
                                             KezExportLanguage  language);
const KezTerm *kez_term_for_channel         (KezChannel         channel);
const KezTerm *kez_term_for_position        (KezLeaderPosition  position);
const KezTerm *kez_term_for_format          (KezMeetingFormat   format);
const KezTerm *kez_term_for_status          (KezMeetingStatus   status);
const KezTerm *kez_term_for_event_kind      (KezEventKind       kind);
const KezTerm *kez_term_for_yes_no          (gboolean           yes);
const KezTerm *kez_term_for_action_status   (int                action_status);
const KezTerm *kez_term_overdue             (void);

G_END_DECLS
