/* kez-clock-record-labels.c
 *
 * One wording for the record wherever it is shown: the meeting's view and the console. The
 * times of day are Kazakhstan's, whatever the computer's zone; the presentation's share is of
 * the planned time, as point 3.3 measures it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-clock-record-labels"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-clock-face.h"
#include "kez-clock-record-labels.h"
#include "kez-kazakhstan-time.h"

char *
kez_record_start_text (const KezClockRecord   *record,
                       const KezMeetingFields *fields)
{
  g_autoptr(GDateTime) started = kez_kazakhstan_time (record->started_wall_us);
  g_autofree char *actual = g_date_time_format (started, "%d.%m.%Y %H:%M");
  g_autofree char *planned = g_strdup_printf ("%02d:%02d", fields->start_minute / 60,
                                              fields->start_minute % 60);

  /* Translators: %1$s is when the clock was started ("12.03.2026 10:07"), %2$s the planned
     time of day ("10:00"); both in Kazakhstan's time */
  return g_strdup_printf (_("%1$s (planned at %2$s)"), actual, planned);
}

char *
kez_record_duration_text (const KezClockRecord *record)
{
  g_autofree char *actual = kez_clock_format_span (record->actual);
  g_autofree char *planned = kez_clock_format_span (record->planned);

  if (!record->finished)
    /* Translators: %1$s is how long the meeting has run so far, %2$s the planned time */
    return g_strdup_printf (_("%1$s so far of %2$s planned"), actual, planned);
  /* Translators: %1$s is how long the meeting took from start to finish, pauses included,
     %2$s the time planned, e.g. "1:16:00 of 1:30:00 planned" */
  return g_strdup_printf (_("%1$s of %2$s planned"), actual, planned);
}

char *
kez_record_presentation_text (const KezClockRecord *record,
                              double                ratio)
{
  g_autofree char *span = kez_clock_format_span (record->presentation);

  /* Translators: %1$s is a duration such as "22:30", %2$d the percentage of the planned time
     it took, %3$d the most the rules allow (25); "%%" is a percent sign */
  return g_strdup_printf (_("%1$s, %2$d%% of the planned time (at most %3$d%%)"), span,
                          (int) (record->presentation_share * 100 + 0.5),
                          (int) (ratio * 100 + 0.5));
}

char *
kez_record_paused_text (const KezClockRecord *record)
{
  g_autofree char *span = kez_clock_format_span (record->paused);

  if (record->n_pauses == 0)
    return g_strdup (_("No pauses"));
  /* Translators: %1$s is the time paused in all, %2$u the number of pauses */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s in %2$u pause",
                                       "%1$s in %2$u pauses", record->n_pauses),
                          span, record->n_pauses);
}

char *
kez_record_rule_text (const KezClockRecord *record)
{
  g_autofree char *span = kez_clock_format_span (record->breach);

  if (record->rule_kept)
    return g_strdup (_("Kept"));
  /* Translators: %1$s is how long the presentation ran over its quarter, e.g. "1:00" */
  return g_strdup_printf (_("Broken: the presentation ran over by %1$s"), span);
}

/**
 * kez_record_trust_text:
 *
 * Returns: (nullable): what the computer's clock did during the meeting, if anything
 */
char *
kez_record_trust_text (const KezClockTrust *trust)
{
  g_autofree char *span = NULL;

  if (trust->gap_not_counted)
    return g_strdup (_("The computer was restarted during the meeting and its clock could not "
                       "be trusted: the time it was off is not counted."));
  if (trust->wall_changed == 0)
    return NULL;
  span = kez_clock_format_span (ABS (trust->wall_changed));
  /* Translators: %1$s is how far the computer's clock was set, e.g. "1:00:00" */
  return g_strdup_printf (trust->wall_changed > 0
                            ? _("The computer’s clock was set forward by %1$s during the "
                                "meeting. The meeting clock does not depend on it.")
                            : _("The computer’s clock was set back by %1$s during the "
                                "meeting. The meeting clock does not depend on it."),
                          span);
}
