/* kez-meeting-editor-record.c
 *
 * A held meeting's record in its editor (decree point 3.3), as the clock kept it: the start,
 * the planned and actual times, the presentation's share, the questions answered, the
 * pauses and whether the rule was kept, with how far the record can be trusted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kez-clock-face.h"
#include "kez-clock-record-labels.h"
#include "kez-clock-record.h"
#include "kez-live-questions.h"
#include "kez-meeting-editor-private.h"

static void
set_subtitle (AdwActionRow *row,
              char         *text)
{
  adw_action_row_set_subtitle (row, text);
  g_free (text);
}

/* Point 3.3's record as the clock kept it: planned and actual, the share of the planned time,
 * pauses, the breach and the verdict. */
void
kez_meeting_editor_show_record (KezMeetingEditor *self)
{
  const KezClockRecord *record = &self->form->record;
  g_autofree char *trust = NULL;

  if (self->original == NULL || !self->form->has_record)
    return;

  set_subtitle (self->record_start_row, kez_record_start_text (record, &self->fields));
  set_subtitle (self->record_duration_row, kez_record_duration_text (record));
  set_subtitle (self->record_presentation_row,
                kez_record_presentation_text (record,
                                              kez_rule_set_get_presentation_ratio (self->form->rules)));
  set_subtitle (self->record_questions_row, kez_clock_format_span (record->questions));
  set_subtitle (self->record_paused_row, kez_record_paused_text (record));
  set_subtitle (self->record_answered_row, g_strdup_printf ("%u", self->form->answered));
  set_subtitle (self->record_rule_row, kez_record_rule_text (record));
  if (!record->rule_kept)
    gtk_widget_add_css_class (GTK_WIDGET (self->record_rule_row), "error");
  trust = kez_record_trust_text (&record->trust);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->record_group), trust);
  gtk_widget_set_visible (self->record_group, TRUE);
}
