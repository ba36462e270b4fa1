/* kez-meeting-clock.h: the clock that keeps the presentation to its share of the meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KEZ_TYPE_MEETING_CLOCK (kez_meeting_clock_get_type ())
#define KEZ_CLOCK_ERROR (kez_clock_error_quark ())

G_DECLARE_FINAL_TYPE (KezMeetingClock, kez_meeting_clock, KEZ, MEETING_CLOCK, GObject)

typedef enum
{
  KEZ_CLOCK_READY,
  KEZ_CLOCK_PRESENTATION,
  KEZ_CLOCK_QUESTIONS,
  KEZ_CLOCK_PAUSED,
  KEZ_CLOCK_FINISHED,
} KezClockPhase;

/* What happened, as the database records it (clock_events.kind). */
typedef enum
{
  KEZ_CLOCK_EVENT_START,
  KEZ_CLOCK_EVENT_PAUSE,
  KEZ_CLOCK_EVENT_RESUME,
  KEZ_CLOCK_EVENT_TO_QUESTIONS,
  KEZ_CLOCK_EVENT_AUTO_TO_QUESTIONS,
  KEZ_CLOCK_EVENT_BACK_TO_PRESENTATION,
  KEZ_CLOCK_EVENT_FINISH,
} KezClockEventKind;

typedef enum
{
  KEZ_CLOCK_ERROR_NOT_NOW, /* the action does not apply in this phase */
} KezClockError;

/* One saved event. The totals are the clock's own figures at the moment of the event, so
 * that the record can be rebuilt from them alone: a restart, a reboot or a changed wall clock
 * never recomputes a phase that is over. */
typedef struct
{
  KezClockEventKind kind;
  gint64            clock_us;     /* on the clock's own time line (it counts suspend) */
  gint64            wall_us;      /* microseconds since 1970, UTC, as the computer said */
  GTimeSpan         presentation; /* totals up to and including this event */
  GTimeSpan         questions;
  GTimeSpan         paused;
  gboolean          has_totals;   /* FALSE for events saved before the totals were kept */
} KezClockEvent;

/* Where time comes from: the system's clocks, or a test's. @clock_us must not stop while the
 * computer sleeps (CLOCK_BOOTTIME): the hall's clock does not stop either. @speed is how
 * fast @clock_us runs against real time (1 but for tests); 0 means 1. */
typedef struct
{
  gint64   (*clock_us) (gpointer data);
  gint64   (*wall_us)  (gpointer data);
  gpointer   data;
  double     speed;
} KezClockSource;

GQuark           kez_clock_error_quark                 (void);
gint64           kez_clock_boot_time_us                (void);
KezClockSource   kez_clock_source_system               (void);
const char      *kez_clock_event_kind_to_string        (KezClockEventKind       kind);
gboolean         kez_clock_event_kind_from_string      (const char             *text,
                                                        KezClockEventKind      *out);

KezMeetingClock *kez_meeting_clock_new                 (guint                   planned_minutes,
                                                        GTimeSpan               budget,
                                                        const KezClockSource   *source);
gboolean         kez_meeting_clock_replay              (KezMeetingClock        *self,
                                                        const KezClockEvent    *events,
                                                        guint                   n_events,
                                                        GError                **error);

void             kez_meeting_clock_update              (KezMeetingClock        *self);
gboolean         kez_meeting_clock_start               (KezMeetingClock        *self,
                                                        GError                **error);
gboolean         kez_meeting_clock_pause               (KezMeetingClock        *self,
                                                        GError                **error);
gboolean         kez_meeting_clock_resume              (KezMeetingClock        *self,
                                                        GError                **error);
gboolean         kez_meeting_clock_to_questions        (KezMeetingClock        *self,
                                                        GError                **error);
gboolean         kez_meeting_clock_back_to_presentation (KezMeetingClock       *self,
                                                        GError                **error);
gboolean         kez_meeting_clock_finish              (KezMeetingClock        *self,
                                                        GError                **error);

KezClockPhase    kez_meeting_clock_get_phase           (KezMeetingClock        *self);
KezClockPhase    kez_meeting_clock_get_running_phase   (KezMeetingClock        *self);
GTimeSpan        kez_meeting_clock_get_budget          (KezMeetingClock        *self);
GTimeSpan        kez_meeting_clock_get_planned         (KezMeetingClock        *self);
GTimeSpan        kez_meeting_clock_get_presentation    (KezMeetingClock        *self);
GTimeSpan        kez_meeting_clock_get_questions       (KezMeetingClock        *self);
GTimeSpan        kez_meeting_clock_get_paused          (KezMeetingClock        *self);
GTimeSpan        kez_meeting_clock_get_breach          (KezMeetingClock        *self);
GTimeSpan        kez_meeting_clock_get_phase_remaining (KezMeetingClock        *self);
GTimeSpan        kez_meeting_clock_get_meeting_remaining (KezMeetingClock      *self);
gboolean         kez_meeting_clock_get_returned        (KezMeetingClock        *self);
guint            kez_meeting_clock_get_n_pauses        (KezMeetingClock        *self);
gint64           kez_meeting_clock_next_change_us      (KezMeetingClock        *self);
const KezClockSource *kez_meeting_clock_get_source     (KezMeetingClock        *self);
GArray          *kez_meeting_clock_dup_events          (KezMeetingClock        *self);

G_END_DECLS
