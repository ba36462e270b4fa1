/* kez-meeting.h: one meeting with the population, and the events held with it
 *
 * A KezMeeting is a value: it never changes once made. The editor builds new fields and the
 * store saves them; lists are reloaded from the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kez-rule-set.h"
#include "kez-types.h"

G_BEGIN_DECLS

#define KEZ_MEETING_MIN_MINUTES 15
#define KEZ_MEETING_MAX_MINUTES 480

typedef enum
{
  KEZ_LEADER_HEAD,
  KEZ_LEADER_DEPUTY,
  KEZ_LEADER_COMMITTEE_CHAIR,
} KezLeaderPosition;

typedef enum
{
  KEZ_FORMAT_IN_PERSON,
  KEZ_FORMAT_ONLINE,
  KEZ_FORMAT_HYBRID,
} KezMeetingFormat;

typedef enum
{
  KEZ_STATUS_PROPOSED,
  KEZ_STATUS_APPROVED,
  KEZ_STATUS_HELD,
  KEZ_STATUS_CANCELLED,
} KezMeetingStatus;

typedef enum
{
  KEZ_EVENT_RECEPTION,
  KEZ_EVENT_NGO_MEETING,
  KEZ_EVENT_MEDIA_BRIEFING,
} KezEventKind;

/* A personal reception, NGO meeting or media briefing on the day of the meeting (point 3.6). */
typedef struct
{
  gint64        id;
  KezEventKind  kind;
  GDate         date;
  int           start_minute; /* minutes after midnight, local time */
  int           end_minute;   /* -1 when not known */
  char         *venue;
  char         *participants; /* organisations met, or media outlets at a briefing */
  char         *notes;
} KezMeetingEvent;

typedef struct
{
  gint64             id;           /* 0 until stored */
  gint64             version;      /* as read: a save over another fails (0: whatever it is) */
  char              *body_code;
  char              *leader_name;
  KezLeaderPosition  leader_position;
  GDate              date;
  int                start_minute; /* minutes after midnight, local time of the place */
  guint              planned_minutes;
  char              *region_code;  /* NULL when not set */
  char              *locality;
  char              *venue;
  KezMeetingFormat   format;
  char              *broadcast_links; /* one per line */
  gboolean           video_conference;
  char              *akims_attending;
  gboolean           deputy_pm_attending;
  char              *deputy_pm_reason;
  gboolean           off_schedule;
  char              *off_schedule_reason;
  char              *date_choice_note;
  char              *topic;
  KezMeetingStatus   status;
  GDate              published_on; /* invalid when not published */
  char              *publication_link;
  GArray            *events;       /* KezMeetingEvent, by start */
} KezMeetingFields;

/* The parts of a meeting a person edits, each shown and merged whole. */
typedef enum
{
  KEZ_PART_BODY,
  KEZ_PART_LEADER,
  KEZ_PART_POSITION,
  KEZ_PART_TIME,             /* the date and the start */
  KEZ_PART_DURATION,
  KEZ_PART_STATUS,
  KEZ_PART_REGION,
  KEZ_PART_LOCALITY,
  KEZ_PART_VENUE,
  KEZ_PART_FORMAT,
  KEZ_PART_BROADCAST_LINKS,
  KEZ_PART_VIDEO_CONFERENCE,
  KEZ_PART_AKIMS,
  KEZ_PART_DEPUTY_PM,        /* whether, and the reason */
  KEZ_PART_OFF_SCHEDULE,     /* whether, and the reason */
  KEZ_PART_DATE_CHOICE,
  KEZ_PART_TOPIC,
  KEZ_PART_PUBLICATION,      /* when and where the results were published */
  KEZ_PART_EVENTS,
  KEZ_N_PARTS
} KezMeetingPart;

/* Which field a validation message belongs to, so the editor can show it there. */
typedef enum
{
  KEZ_FIELD_BODY,
  KEZ_FIELD_LEADER,
  KEZ_FIELD_DATE,
  KEZ_FIELD_DURATION,
  KEZ_FIELD_OFF_SCHEDULE_REASON,
  KEZ_FIELD_DEPUTY_PM_REASON,
  KEZ_FIELD_EVENTS,
} KezMeetingField;

typedef struct
{
  KezMeetingField  field;
  char            *message;
} KezMeetingProblem;

#define KEZ_TYPE_MEETING (kez_meeting_get_type ())

G_DECLARE_FINAL_TYPE (KezMeeting, kez_meeting, KEZ, MEETING, GObject)

void                    kez_meeting_fields_init    (KezMeetingFields       *fields);
void                    kez_meeting_fields_clear   (KezMeetingFields       *fields);
void                    kez_meeting_fields_copy    (const KezMeetingFields *from,
                                                    KezMeetingFields       *to);
gboolean                kez_meeting_fields_equal   (const KezMeetingFields *a,
                                                    const KezMeetingFields *b);
guint                   kez_meeting_fields_differ  (const KezMeetingFields *a,
                                                    const KezMeetingFields *b);
void                    kez_meeting_fields_take_part (KezMeetingFields     *to,
                                                    const KezMeetingFields *from,
                                                    KezMeetingPart          part);
void                    kez_meeting_fields_add_event (KezMeetingFields     *fields,
                                                    KezEventKind            kind,
                                                    const GDate            *date,
                                                    int                     start_minute,
                                                    int                     end_minute,
                                                    const char             *venue,
                                                    const char             *notes);
GPtrArray              *kez_meeting_fields_check   (const KezMeetingFields *fields,
                                                    KezRuleSet             *rules);
GPtrArray              *kez_meeting_fields_warn    (const KezMeetingFields *fields);
int                     kez_meeting_event_minute_now (const KezMeetingFields *fields);

KezMeeting             *kez_meeting_new            (const KezMeetingFields *fields);
const KezMeetingFields *kez_meeting_get_fields     (KezMeeting             *self);
gint64                  kez_meeting_get_id         (KezMeeting             *self);
const GDate            *kez_meeting_get_date       (KezMeeting             *self);
void                    kez_meeting_get_last_day   (KezMeeting             *self,
                                                    GDate                  *out);
char                   *kez_meeting_format_time    (KezMeeting             *self);

const char             *kez_leader_position_to_string (KezLeaderPosition  position);
gboolean                kez_leader_position_from_string (const char      *text,
                                                    KezLeaderPosition      *out);
const char             *kez_meeting_format_to_string (KezMeetingFormat    format);
gboolean                kez_meeting_format_from_string (const char       *text,
                                                    KezMeetingFormat       *out);
const char             *kez_meeting_status_to_string (KezMeetingStatus    status);
gboolean                kez_meeting_status_from_string (const char       *text,
                                                    KezMeetingStatus       *out);
const char             *kez_event_kind_to_string   (KezEventKind            kind);
gboolean                kez_event_kind_from_string (const char             *text,
                                                    KezEventKind           *out);

void                    kez_meeting_problem_free   (KezMeetingProblem      *problem);

G_END_DECLS
