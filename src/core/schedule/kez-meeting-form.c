/* kez-meeting-form.c
 *
 * The meeting editor needs the bodies and regions to choose from, the rules in force (to
 * check the meeting and to mark exempt bodies), the body served (for a new meeting), the
 * meetings of its day (to warn of collisions) and, for a meeting held, the clock's record.
 * All of it is read here in one go, in a page's reader thread, so that opening the editor
 * sends nothing to a server from the main thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meetings"

#include "config.h"

#include "kez-kazakhstan-time.h"
#include "kez-live-questions.h"
#include "kez-meeting-form.h"
#include "kez-meetings.h"

/**
 * kez_meeting_form_read:
 * @meeting: (nullable): the meeting to edit; %NULL for a new one
 * @day: (nullable): the day of a new meeting; %NULL for today
 *
 * A step that fails half-way is noted for kez_store_reads_check(), as every read's.
 *
 * Returns: (transfer full): what the editor shows
 */
KezMeetingForm *
kez_meeting_form_read (KezStore    *store,
                       KezMeeting  *meeting,
                       const GDate *day)
{
  KezMeetingForm *form;
  const KezMeetingFields *fields = meeting != NULL ? kez_meeting_get_fields (meeting) : NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  form = g_new0 (KezMeetingForm, 1);
  g_date_clear (&form->day, 1);
  form->bodies = kez_store_list_bodies (store);
  form->regions = kez_store_list_regions (store);
  form->rules = kez_store_dup_active_rule_set (store);
  form->served_body = kez_store_dup_served_body (store);
  if (fields != NULL)
    form->day = fields->date;
  else if (day != NULL && g_date_valid (day))
    form->day = *day;
  else
    kez_kazakhstan_today (&form->day);
  if (g_date_valid (&form->day))
    form->same_day = kez_meetings_list_range (store, &form->day, &form->day);
  if (fields != NULL && form->rules != NULL)
    {
      GTimeSpan budget = kez_rule_set_presentation_budget (form->rules, fields->planned_minutes);

      form->has_record = kez_clock_record_load (store, fields->id, fields->planned_minutes,
                                                budget, &form->record);
      if (form->has_record)
        form->answered = kez_live_questions_count_answered (store, fields->id);
    }
  return form;
}

void
kez_meeting_form_free (KezMeetingForm *form)
{
  if (form == NULL)
    return;
  g_clear_object (&form->bodies);
  g_clear_object (&form->regions);
  g_clear_object (&form->rules);
  g_clear_object (&form->same_day);
  g_free (form->served_body);
  g_free (form);
}
