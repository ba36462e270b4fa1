/* kez-meeting.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "kez-kazakhstan-time.h"
#include "kez-meeting.h"
#include "kez-text.h"

struct _KezMeeting
{
  GObject           parent_instance;

  KezMeetingFields  fields;
};

G_DEFINE_FINAL_TYPE (KezMeeting, kez_meeting, G_TYPE_OBJECT)

/* The names used in the database and in CSV files; never translated. */
static const char * const position_names[] = { "head", "deputy", "committee-chair" };
static const char * const format_names[] = { "in-person", "online", "hybrid" };
static const char * const status_names[] = { "proposed", "approved", "held", "cancelled" };
static const char * const event_names[] = { "reception", "ngo-meeting", "media-briefing" };

static gboolean
lookup_name (const char * const *names,
             guint               n_names,
             const char         *text,
             int                *out)
{
  for (guint i = 0; text != NULL && i < n_names; i++)
    {
      if (g_str_equal (names[i], text))
        {
          *out = i;
          return TRUE;
        }
    }
  return FALSE;
}

#define DEFINE_NAMES(type, prefix, names)                                       \
  const char *                                                                   \
  prefix##_to_string (type value)                                                \
  {                                                                              \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (names), NULL);           \
    return names[value];                                                         \
  }                                                                              \
  gboolean                                                                       \
  prefix##_from_string (const char *text,                                        \
                        type       *out)                                         \
  {                                                                              \
    int value;                                                                   \
    if (!lookup_name (names, G_N_ELEMENTS (names), text, &value))                \
      return FALSE;                                                              \
    *out = (type) value;                                                         \
    return TRUE;                                                                 \
  }

DEFINE_NAMES (KezLeaderPosition, kez_leader_position, position_names)
DEFINE_NAMES (KezMeetingFormat, kez_meeting_format, format_names)
DEFINE_NAMES (KezMeetingStatus, kez_meeting_status, status_names)
DEFINE_NAMES (KezEventKind, kez_event_kind, event_names)

static void
clear_event (gpointer data)
{
  KezMeetingEvent *event = data;

  g_clear_pointer (&event->venue, g_free);
  g_clear_pointer (&event->participants, g_free);
  g_clear_pointer (&event->notes, g_free);
}

static GArray *
new_events (void)
{
  GArray *events = g_array_new (FALSE, TRUE, sizeof (KezMeetingEvent));

  g_array_set_clear_func (events, clear_event);
  return events;
}

void
kez_meeting_fields_init (KezMeetingFields *fields)
{
  g_return_if_fail (fields != NULL);

  memset (fields, 0, sizeof *fields);
  g_date_clear (&fields->date, 1);
  g_date_clear (&fields->published_on, 1);
  fields->start_minute = 10 * 60;
  fields->planned_minutes = 90;
  fields->body_code = g_strdup ("");
  fields->leader_name = g_strdup ("");
  fields->locality = g_strdup ("");
  fields->venue = g_strdup ("");
  fields->broadcast_links = g_strdup ("");
  fields->akims_attending = g_strdup ("");
  fields->deputy_pm_reason = g_strdup ("");
  fields->off_schedule_reason = g_strdup ("");
  fields->date_choice_note = g_strdup ("");
  fields->topic = g_strdup ("");
  fields->publication_link = g_strdup ("");
  fields->events = new_events ();
}

void
kez_meeting_fields_clear (KezMeetingFields *fields)
{
  g_return_if_fail (fields != NULL);

  g_clear_pointer (&fields->body_code, g_free);
  g_clear_pointer (&fields->leader_name, g_free);
  g_clear_pointer (&fields->region_code, g_free);
  g_clear_pointer (&fields->locality, g_free);
  g_clear_pointer (&fields->venue, g_free);
  g_clear_pointer (&fields->broadcast_links, g_free);
  g_clear_pointer (&fields->akims_attending, g_free);
  g_clear_pointer (&fields->deputy_pm_reason, g_free);
  g_clear_pointer (&fields->off_schedule_reason, g_free);
  g_clear_pointer (&fields->date_choice_note, g_free);
  g_clear_pointer (&fields->topic, g_free);
  g_clear_pointer (&fields->publication_link, g_free);
  g_clear_pointer (&fields->events, g_array_unref);
}

void
kez_meeting_fields_copy (const KezMeetingFields *from,
                         KezMeetingFields       *to)
{
  g_return_if_fail (from != NULL && to != NULL && from != to);

  *to = *from;
  to->body_code = g_strdup (from->body_code);
  to->leader_name = g_strdup (from->leader_name);
  to->region_code = g_strdup (from->region_code);
  to->locality = g_strdup (from->locality);
  to->venue = g_strdup (from->venue);
  to->broadcast_links = g_strdup (from->broadcast_links);
  to->akims_attending = g_strdup (from->akims_attending);
  to->deputy_pm_reason = g_strdup (from->deputy_pm_reason);
  to->off_schedule_reason = g_strdup (from->off_schedule_reason);
  to->date_choice_note = g_strdup (from->date_choice_note);
  to->topic = g_strdup (from->topic);
  to->publication_link = g_strdup (from->publication_link);
  to->events = new_events ();
  for (guint i = 0; from->events != NULL && i < from->events->len; i++)
    {
      const KezMeetingEvent *event = &g_array_index (from->events, KezMeetingEvent, i);

      kez_meeting_fields_add_event (to, event->kind, &event->date, event->start_minute,
                                    event->end_minute, event->venue, event->notes);
      g_array_index (to->events, KezMeetingEvent, to->events->len - 1).id = event->id;
      g_free (g_array_index (to->events, KezMeetingEvent, to->events->len - 1).participants);
      g_array_index (to->events, KezMeetingEvent, to->events->len - 1).participants =
        g_strdup (event->participants);
    }
}

void
kez_meeting_fields_add_event (KezMeetingFields *fields,
                              KezEventKind      kind,
                              const GDate      *date,
                              int               start_minute,
                              int               end_minute,
                              const char       *venue,
                              const char       *notes)
{
  KezMeetingEvent event = { 0 };

  g_return_if_fail (fields != NULL && fields->events != NULL);
  g_return_if_fail (date != NULL);

  event.kind = kind;
  event.date = *date;
  event.start_minute = start_minute;
  event.end_minute = end_minute;
  event.venue = g_strdup (venue != NULL ? venue : "");
  event.participants = g_strdup ("");
  event.notes = g_strdup (notes != NULL ? notes : "");
  g_array_append_val (fields->events, event);
}

static void
add_problem (GPtrArray       *problems,
             KezMeetingField  field,
             const char      *message)
{
  KezMeetingProblem *problem = g_new0 (KezMeetingProblem, 1);

  problem->field = field;
  problem->message = g_strdup (message);
  g_ptr_array_add (problems, problem);
}

void
kez_meeting_problem_free (KezMeetingProblem *problem)
{
  g_free (problem->message);
  g_free (problem);
}

static int
compare_event_to_start (const KezMeetingFields *fields,
                        const KezMeetingEvent  *event)
{
  int by_day = g_date_compare (&event->date, &fields->date);

  return by_day != 0 ? by_day : event->start_minute - fields->start_minute;
}

/**
 * kez_meeting_fields_warn:
 *
 * Returns: (transfer full) (element-type KezMeetingProblem): what looks wrong but may be
 *   right, each for its field; the meeting can be saved all the same.
 */
GPtrArray *
kez_meeting_fields_warn (const KezMeetingFields *fields)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) kez_meeting_problem_free);

  g_return_val_if_fail (fields != NULL, warnings);

  for (guint i = 0; g_date_valid (&fields->date) && i < fields->events->len; i++)
    {
      const KezMeetingEvent *event = &g_array_index (fields->events, KezMeetingEvent, i);

      if (g_date_valid (&event->date) && compare_event_to_start (fields, event) < 0)
        {
          add_problem (warnings, KEZ_FIELD_EVENTS,
                       _("An event starts before the meeting itself: check its time"));
          break;
        }
    }
  return warnings;
}

/**
 * kez_meeting_fields_check:
 * @rules: (nullable): the rule set in force, for the exempt bodies
 *
 * Returns: (transfer full) (element-type KezMeetingProblem): what is wrong with @fields, each
 *   message for the field it concerns; empty when the meeting can be saved.
 */
GPtrArray *
kez_meeting_fields_check (const KezMeetingFields *fields,
                          KezRuleSet             *rules)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) kez_meeting_problem_free);

  g_return_val_if_fail (fields != NULL, problems);

  if (kez_text_is_blank (fields->body_code))
    add_problem (problems, KEZ_FIELD_BODY, _("Choose the central executive body"));
  else if (rules != NULL && kez_rule_set_is_exempt (rules, fields->body_code) &&
           fields->status != KEZ_STATUS_CANCELLED)
    /* A meeting planned before the rules changed is kept, to be cancelled or given to
     * another body; it cannot stay in the schedule as it is. */
    add_problem (problems, KEZ_FIELD_BODY,
                 _("This body is exempt from meetings with the population under the rule set "
                   "in force: choose another body or cancel the meeting"));

  if (kez_text_is_blank (fields->leader_name))
    add_problem (problems, KEZ_FIELD_LEADER, _("Enter the name of the leader who holds the meeting"));

  if (!g_date_valid (&fields->date))
    add_problem (problems, KEZ_FIELD_DATE, _("Enter the date of the meeting"));

  if (fields->planned_minutes < KEZ_MEETING_MIN_MINUTES ||
      fields->planned_minutes > KEZ_MEETING_MAX_MINUTES)
    add_problem (problems, KEZ_FIELD_DURATION,
                 _("The planned duration must be between 15 minutes and 8 hours"));

  if (fields->off_schedule && kez_text_is_blank (fields->off_schedule_reason))
    add_problem (problems, KEZ_FIELD_OFF_SCHEDULE_REASON,
                 _("Say why the meeting is held outside the schedule"));

  if (fields->deputy_pm_attending && kez_text_is_blank (fields->deputy_pm_reason))
    add_problem (problems, KEZ_FIELD_DEPUTY_PM_REASON,
                 _("Say why a deputy prime minister attends"));

  for (guint i = 0; g_date_valid (&fields->date) && i < fields->events->len; i++)
    {
      const KezMeetingEvent *event = &g_array_index (fields->events, KezMeetingEvent, i);

      if (!g_date_valid (&event->date) || g_date_compare (&event->date, &fields->date) < 0)
        {
          add_problem (problems, KEZ_FIELD_EVENTS,
                       _("Receptions, NGO meetings and briefings take place on the day of the "
                         "meeting or after it"));
          break;
        }
      if (event->end_minute >= 0 && event->end_minute < event->start_minute)
        {
          add_problem (problems, KEZ_FIELD_EVENTS, _("An event cannot end before it starts"));
          break;
        }
    }

  return problems;
}

static void
kez_meeting_finalize (GObject *object)
{
  KezMeeting *self = (KezMeeting *) object;

  kez_meeting_fields_clear (&self->fields);

  G_OBJECT_CLASS (kez_meeting_parent_class)->finalize (object);
}

static void
kez_meeting_class_init (KezMeetingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kez_meeting_finalize;
}

static void
kez_meeting_init (KezMeeting *self)
{
}

KezMeeting *
kez_meeting_new (const KezMeetingFields *fields)
{
  KezMeeting *self;

  g_return_val_if_fail (fields != NULL, NULL);

  self = g_object_new (KEZ_TYPE_MEETING, NULL);
  kez_meeting_fields_copy (fields, &self->fields);
  return self;
}

const KezMeetingFields *
kez_meeting_get_fields (KezMeeting *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING (self), NULL);
  return &self->fields;
}

gint64
kez_meeting_get_id (KezMeeting *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING (self), 0);
  return self->fields.id;
}

const GDate *
kez_meeting_get_date (KezMeeting *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING (self), NULL);
  return &self->fields.date;
}

/* The day the meeting's last event ends: the publication clock of point 3.7 starts there. */
void
kez_meeting_get_last_day (KezMeeting *self,
                          GDate      *out)
{
  g_return_if_fail (KEZ_IS_MEETING (self));
  g_return_if_fail (out != NULL);

  *out = self->fields.date;
  for (guint i = 0; i < self->fields.events->len; i++)
    {
      const KezMeetingEvent *event = &g_array_index (self->fields.events, KezMeetingEvent, i);

      if (g_date_valid (&event->date) && g_date_compare (&event->date, out) > 0)
        *out = event->date;
    }
}

/**
 * kez_meeting_event_minute_now:
 *
 * Returns: the time of day to give an event (a reception, a briefing) logged now from the
 *   meeting's console: now in Kazakhstan when the meeting is today and has begun, otherwise
 *   its start. The event is on the meeting's day whatever the day of the computer.
 */
int
kez_meeting_event_minute_now (const KezMeetingFields *fields)
{
  g_autoptr(GDateTime) now = kez_kazakhstan_now ();
  GDate today;
  int minute = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);

  g_return_val_if_fail (fields != NULL, 0);

  kez_kazakhstan_day_of (now, &today);
  if (g_date_valid (&fields->date) && g_date_compare (&today, &fields->date) == 0)
    return MAX (minute, fields->start_minute);
  return fields->start_minute;
}

char *
kez_meeting_format_time (KezMeeting *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING (self), NULL);
  return g_strdup_printf ("%02d:%02d", self->fields.start_minute / 60,
                          self->fields.start_minute % 60);
}
