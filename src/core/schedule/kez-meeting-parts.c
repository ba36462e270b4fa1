/* kez-meeting-parts.c
 *
 * A meeting as the parts a person edits (its leader, its time, its venue, its events…):
 * which parts two versions of it differ in, and one version's part put into another. The
 * editor asks whether anything changed; a save over someone else's change shows the parts
 * they changed and puts the planner's own on top of theirs (kez-meeting-changes.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting"

#include "config.h"

#include "kez-meeting.h"

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

static gboolean
same_date (const GDate *a,
           const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);
  return g_date_compare (a, b) == 0;
}

static gboolean
same_events (GArray *a,
             GArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const KezMeetingEvent *x = &g_array_index (a, KezMeetingEvent, i);
      const KezMeetingEvent *y = &g_array_index (b, KezMeetingEvent, i);

      if (x->kind != y->kind || !same_date (&x->date, &y->date) ||
          x->start_minute != y->start_minute || x->end_minute != y->end_minute ||
          !same_text (x->venue, y->venue) || !same_text (x->participants, y->participants) ||
          !same_text (x->notes, y->notes))
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_part (const KezMeetingFields *a,
           const KezMeetingFields *b,
           KezMeetingPart          part)
{
  switch (part)
    {
    case KEZ_PART_BODY: return same_text (a->body_code, b->body_code);
    case KEZ_PART_LEADER: return same_text (a->leader_name, b->leader_name);
    case KEZ_PART_POSITION: return a->leader_position == b->leader_position;
    case KEZ_PART_TIME:
      return same_date (&a->date, &b->date) && a->start_minute == b->start_minute;
    case KEZ_PART_DURATION: return a->planned_minutes == b->planned_minutes;
    case KEZ_PART_STATUS: return a->status == b->status;
    case KEZ_PART_REGION: return same_text (a->region_code, b->region_code);
    case KEZ_PART_LOCALITY: return same_text (a->locality, b->locality);
    case KEZ_PART_VENUE: return same_text (a->venue, b->venue);
    case KEZ_PART_FORMAT: return a->format == b->format;
    case KEZ_PART_BROADCAST_LINKS: return same_text (a->broadcast_links, b->broadcast_links);
    case KEZ_PART_VIDEO_CONFERENCE: return !a->video_conference == !b->video_conference;
    case KEZ_PART_AKIMS: return same_text (a->akims_attending, b->akims_attending);
    case KEZ_PART_DEPUTY_PM:
      return !a->deputy_pm_attending == !b->deputy_pm_attending &&
             same_text (a->deputy_pm_reason, b->deputy_pm_reason);
    case KEZ_PART_OFF_SCHEDULE:
      return !a->off_schedule == !b->off_schedule &&
             same_text (a->off_schedule_reason, b->off_schedule_reason);
    case KEZ_PART_DATE_CHOICE: return same_text (a->date_choice_note, b->date_choice_note);
    case KEZ_PART_TOPIC: return same_text (a->topic, b->topic);
    case KEZ_PART_PUBLICATION:
      return same_date (&a->published_on, &b->published_on) &&
             same_text (a->publication_link, b->publication_link);
    case KEZ_PART_EVENTS: return same_events (a->events, b->events);
    case KEZ_N_PARTS:
    default:
      g_return_val_if_reached (TRUE);
    }
}

/**
 * kez_meeting_fields_differ:
 *
 * Returns: the parts (1 << #KezMeetingPart) in which @a and @b differ, as a person sees them
 *   (an empty text and a missing one are the same)
 */
guint
kez_meeting_fields_differ (const KezMeetingFields *a,
                           const KezMeetingFields *b)
{
  guint parts = 0;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  for (KezMeetingPart part = 0; part < KEZ_N_PARTS; part++)
    if (!same_part (a, b, part))
      parts |= 1u << part;
  return parts;
}

/**
 * kez_meeting_fields_equal:
 *
 * Returns: whether saving @a in place of @b would change nothing a person sees
 */
gboolean
kez_meeting_fields_equal (const KezMeetingFields *a,
                          const KezMeetingFields *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->id == b->id && kez_meeting_fields_differ (a, b) == 0;
}

static void
take_text (char       **to,
           const char  *from)
{
  g_free (*to);
  *to = g_strdup (from);
}

/* @from's events, with their ids (a reception's citizens hang on its event). */
static void
take_events (KezMeetingFields       *to,
             const KezMeetingFields *from)
{
  KezMeetingFields copy;

  kez_meeting_fields_copy (from, &copy);
  g_clear_pointer (&to->events, g_array_unref);
  to->events = g_steal_pointer (&copy.events);
  kez_meeting_fields_clear (&copy);
}

/**
 * kez_meeting_fields_take_part:
 *
 * Puts @from's @part into @to, leaving the rest of @to as it is.
 */
void
kez_meeting_fields_take_part (KezMeetingFields       *to,
                              const KezMeetingFields *from,
                              KezMeetingPart          part)
{
  g_return_if_fail (to != NULL && from != NULL && to != from);

  switch (part)
    {
    case KEZ_PART_BODY: take_text (&to->body_code, from->body_code); break;
    case KEZ_PART_LEADER: take_text (&to->leader_name, from->leader_name); break;
    case KEZ_PART_POSITION: to->leader_position = from->leader_position; break;
    case KEZ_PART_TIME:
      to->date = from->date;
      to->start_minute = from->start_minute;
      break;
    case KEZ_PART_DURATION: to->planned_minutes = from->planned_minutes; break;
    case KEZ_PART_STATUS: to->status = from->status; break;
    case KEZ_PART_REGION: take_text (&to->region_code, from->region_code); break;
    case KEZ_PART_LOCALITY: take_text (&to->locality, from->locality); break;
    case KEZ_PART_VENUE: take_text (&to->venue, from->venue); break;
    case KEZ_PART_FORMAT: to->format = from->format; break;
    case KEZ_PART_BROADCAST_LINKS: take_text (&to->broadcast_links, from->broadcast_links); break;
    case KEZ_PART_VIDEO_CONFERENCE: to->video_conference = from->video_conference; break;
    case KEZ_PART_AKIMS: take_text (&to->akims_attending, from->akims_attending); break;
    case KEZ_PART_DEPUTY_PM:
      to->deputy_pm_attending = from->deputy_pm_attending;
      take_text (&to->deputy_pm_reason, from->deputy_pm_reason);
      break;
    case KEZ_PART_OFF_SCHEDULE:
      to->off_schedule = from->off_schedule;
      take_text (&to->off_schedule_reason, from->off_schedule_reason);
      break;
    case KEZ_PART_DATE_CHOICE: take_text (&to->date_choice_note, from->date_choice_note); break;
    case KEZ_PART_TOPIC: take_text (&to->topic, from->topic); break;
    case KEZ_PART_PUBLICATION:
      to->published_on = from->published_on;
      take_text (&to->publication_link, from->publication_link);
      break;
    case KEZ_PART_EVENTS: take_events (to, from); break;
    case KEZ_N_PARTS:
    default:
      g_return_if_reached ();
    }
}
