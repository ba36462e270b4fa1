/* kez-meeting-conflicts.c
 *
 * Three things a planner would want to hear of before the schedule goes to the Government,
 * and none of them is forbidden (a leader may hold two meetings in one town, a body may meet
 * two districts of a region in a day): the same meeting entered twice; one leader in two
 * places at once; two meetings of one body in one region on one day. They are warnings at
 * the field, worded with the other meeting's time and place so the planner can judge. The
 * other meeting's cancellation ends the conflict; the day off it falls on is the calendar's
 * to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-conflicts"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kez-meeting-conflicts.h"
#include "kez-meetings.h"
#include "kez-region.h"
#include "kez-store-private.h"

static void
add_warning (GPtrArray       *warnings,
             KezMeetingField  field,
             char            *message)
{
  KezMeetingProblem *problem = g_new0 (KezMeetingProblem, 1);

  problem->field = field;
  problem->message = message;
  g_ptr_array_add (warnings, problem);
}

/* "Ахметова А. Ж." and "ахметова  а.ж." are one leader. */
static char *
leader_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name != NULL ? name : "", -1);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c == 0x0451 ? 0x0435 : c);
    }
  return g_string_free (key, FALSE);
}

/* "10:00–11:30, Семей" */
static char *
when_and_where (const KezMeetingFields *other)
{
  int end = other->start_minute + (int) other->planned_minutes;
  const char *place = other->locality != NULL && other->locality[0] != '\0' ? other->locality
                      : other->venue != NULL ? other->venue : "";

  if (place[0] == '\0')
    return g_strdup_printf ("%02d:%02d–%02d:%02d", other->start_minute / 60,
                            other->start_minute % 60, (end / 60) % 24, end % 60);
  return g_strdup_printf ("%02d:%02d–%02d:%02d, %s", other->start_minute / 60,
                          other->start_minute % 60, (end / 60) % 24, end % 60, place);
}

/**
 * kez_meeting_conflicts_among:
 * @fields: the meeting as edited (its id, when saved, is left out of the comparison)
 * @same_day: (element-type KezMeeting): the schedule's meetings of its day
 *
 * What the meeting collides with, worked out from the day's meetings read before (the
 * editor reads them off the main thread when the date changes, and checks every keystroke
 * against them).
 *
 * Returns: (transfer full) (element-type KezMeetingProblem): warnings, each for its field:
 *   an exact duplicate, an overlap with another meeting of the leader, another meeting of the
 *   body in the region that day
 */
GPtrArray *
kez_meeting_conflicts_among (const KezMeetingFields *fields,
                             GListModel             *same_day)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) kez_meeting_problem_free);
  g_autofree char *leader = NULL;
  gboolean duplicate = FALSE, overlap = FALSE, same_region = FALSE;

  if (fields == NULL || !g_date_valid (&fields->date) || same_day == NULL)
    return warnings;

  leader = leader_key (fields->leader_name);
  for (guint i = 0; i < g_list_model_get_n_items (same_day); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (same_day, i);
      const KezMeetingFields *other = kez_meeting_get_fields (meeting);
      g_autofree char *other_leader = leader_key (other->leader_name);
      g_autofree char *where = NULL;
      gboolean same_leader = leader[0] != '\0' && g_str_equal (leader, other_leader);
      gboolean same_body = g_strcmp0 (fields->body_code, other->body_code) == 0;
      int end = fields->start_minute + (int) fields->planned_minutes;
      int other_end = other->start_minute + (int) other->planned_minutes;

      if (other->id == fields->id || other->status == KEZ_STATUS_CANCELLED)
        continue;
      where = when_and_where (other);
      if (same_leader && same_body && other->start_minute == fields->start_minute)
        {
          if (!duplicate)
            add_warning (warnings, KEZ_FIELD_DATE,
                         /* Translators: %1$s is a time and place, "10:00–11:30, Семей" */
                         g_strdup_printf (_("The same meeting is already in the schedule "
                                            "(%1$s): is this one entered twice?"), where));
          duplicate = TRUE;
        }
      else if (same_leader && fields->start_minute < other_end && other->start_minute < end)
        {
          if (!overlap)
            add_warning (warnings, KEZ_FIELD_LEADER,
                         /* Translators: %1$s is a time and place, "10:00–11:30, Семей" */
                         g_strdup_printf (_("This leader has another meeting at the same time "
                                            "(%1$s)"), where));
          overlap = TRUE;
        }
      else if (same_body && fields->region_code != NULL && fields->region_code[0] != '\0' &&
               g_strcmp0 (fields->region_code, other->region_code) == 0)
        {
          if (!same_region)
            add_warning (warnings, KEZ_FIELD_DATE,
                         /* Translators: %1$s is a time and place, "10:00–11:30, Семей" */
                         g_strdup_printf (_("The body already meets the population of this "
                                            "region that day (%1$s)"), where));
          same_region = TRUE;
        }
    }
  return warnings;
}

/**
 * kez_meeting_conflicts:
 * @fields: the meeting as edited
 *
 * The same as kez_meeting_conflicts_among() with the day's meetings read from @store.
 *
 * Returns: (transfer full) (element-type KezMeetingProblem): the warnings
 */
GPtrArray *
kez_meeting_conflicts (KezStore               *store,
                       const KezMeetingFields *fields)
{
  g_autoptr(GListModel) same_day = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), kez_meeting_conflicts_among (NULL, NULL));
  if (fields != NULL && g_date_valid (&fields->date))
    same_day = kez_meetings_list_range (store, &fields->date, &fields->date);
  return kez_meeting_conflicts_among (fields, same_day);
}
