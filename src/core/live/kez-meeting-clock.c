/* kez-meeting-clock.c
 *
 * Times are never accumulated tick by tick: the clock keeps when each segment began on its
 * own time line and derives every figure from the difference with now, so a display that
 * refreshes late or rarely changes nothing. The automatic switch to questions and answers is
 * dated at the instant the budget ran out, not at the tick that noticed it.
 *
 * The time line is CLOCK_BOOTTIME, which goes on while the laptop sleeps: a lid closed during
 * the presentation does not stop the hall's clock, so it must not stop this one. It never
 * jumps when the wall clock is set. Each event carries the phase totals at its moment; a
 * replay takes them as they are, so a phase that is over is never measured again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-clock"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <time.h>

#include "kez-meeting-clock.h"

struct _KezMeetingClock
{
  GObject         parent_instance;

  KezClockSource  source;
  GTimeSpan       planned;
  GTimeSpan       budget;

  KezClockPhase   phase;
  KezClockPhase   running_phase; /* what a pause interrupted */
  gboolean        returned;      /* back to the presentation after the switch: a breach */
  gint64          segment_start;
  GTimeSpan       presentation;  /* of the segments already closed */
  GTimeSpan       questions;
  GTimeSpan       paused;
  GArray         *events;        /* KezClockEvent */
};

G_DEFINE_FINAL_TYPE (KezMeetingClock, kez_meeting_clock, G_TYPE_OBJECT)
G_DEFINE_QUARK (kez-clock-error-quark, kez_clock_error)

enum {
  EVENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const event_names[] = {
  "start", "pause", "resume", "to-questions", "auto-to-questions", "back-to-presentation",
  "finish",
};

const char *
kez_clock_event_kind_to_string (KezClockEventKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (event_names), NULL);
  return event_names[kind];
}

gboolean
kez_clock_event_kind_from_string (const char        *text,
                                  KezClockEventKind *out)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (event_names); i++)
    {
      if (g_str_equal (text, event_names[i]))
        {
          *out = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Microseconds since boot, sleep included (Linux); elsewhere the monotonic clock. */
gint64
kez_clock_boot_time_us (void)
{
#ifdef CLOCK_BOOTTIME
  struct timespec now;

  if (clock_gettime (CLOCK_BOOTTIME, &now) == 0)
    return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
#endif
  return g_get_monotonic_time ();
}

static double
clock_speed (void)
{
  static double speed;

  if (speed == 0)
    {
      const char *text = g_getenv ("KEZDESU_CLOCK_SPEED");

      speed = text != NULL ? MAX (1.0, g_ascii_strtod (text, NULL)) : 1.0;
    }
  return speed;
}

/* Scaled from the boot, not from the start of this process, so that a restart of the app
 * finds the events its previous run saved on the same time line. */
static gint64
system_clock (gpointer data)
{
  return (gint64) (kez_clock_boot_time_us () * clock_speed ());
}

static gint64
system_wall (gpointer data)
{
  return g_get_real_time ();
}

/**
 * kez_clock_source_system:
 *
 * The computer's clocks. For tests only, KEZDESU_CLOCK_SPEED=N makes the meeting clock run N
 * times faster, so that a budget runs out in seconds; the wall clock is left as it is.
 */
KezClockSource
kez_clock_source_system (void)
{
  return (KezClockSource) { system_clock, system_wall, NULL, clock_speed () };
}

static void
kez_meeting_clock_finalize (GObject *object)
{
  KezMeetingClock *self = KEZ_MEETING_CLOCK (object);

  g_clear_pointer (&self->events, g_array_unref);

  G_OBJECT_CLASS (kez_meeting_clock_parent_class)->finalize (object);
}

static void
kez_meeting_clock_class_init (KezMeetingClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kez_meeting_clock_finalize;

  /**
   * KezMeetingClock::event:
   * @event: (type gpointer): the #KezClockEvent just recorded, to be saved at once
   */
  signals[EVENT] =
    g_signal_new ("event", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
kez_meeting_clock_init (KezMeetingClock *self)
{
  self->events = g_array_new (FALSE, FALSE, sizeof (KezClockEvent));
}

/**
 * kez_meeting_clock_new:
 * @budget: the presentation budget (kez_rule_set_presentation_budget())
 * @source: (nullable): where time comes from; the system's clocks when %NULL
 */
KezMeetingClock *
kez_meeting_clock_new (guint                 planned_minutes,
                       GTimeSpan             budget,
                       const KezClockSource *source)
{
  KezMeetingClock *self = g_object_new (KEZ_TYPE_MEETING_CLOCK, NULL);

  self->planned = planned_minutes * G_TIME_SPAN_MINUTE;
  self->budget = budget;
  if (source != NULL)
    self->source = *source;
  else
    self->source = kez_clock_source_system ();
  if (self->source.speed <= 0)
    self->source.speed = 1.0;
  return self;
}

static gint64
now (KezMeetingClock *self)
{
  return self->source.clock_us (self->source.data);
}

/* Closes the running or paused segment at @t into its phase's total. */
static void
close_segment (KezMeetingClock *self,
               gint64           t)
{
  GTimeSpan length = MAX (0, t - self->segment_start);

  switch (self->phase)
    {
    case KEZ_CLOCK_PRESENTATION:
      self->presentation += length;
      break;
    case KEZ_CLOCK_QUESTIONS:
      self->questions += length;
      break;
    case KEZ_CLOCK_PAUSED:
      self->paused += length;
      break;
    case KEZ_CLOCK_READY:
    case KEZ_CLOCK_FINISHED:
    default:
      break;
    }
  self->segment_start = t;
}

static gboolean
allowed (KezMeetingClock   *self,
         KezClockEventKind  kind)
{
  switch (kind)
    {
    case KEZ_CLOCK_EVENT_START:
      return self->phase == KEZ_CLOCK_READY;
    case KEZ_CLOCK_EVENT_PAUSE:
      return self->phase == KEZ_CLOCK_PRESENTATION || self->phase == KEZ_CLOCK_QUESTIONS;
    case KEZ_CLOCK_EVENT_RESUME:
      return self->phase == KEZ_CLOCK_PAUSED;
    case KEZ_CLOCK_EVENT_TO_QUESTIONS:
    case KEZ_CLOCK_EVENT_AUTO_TO_QUESTIONS:
      return self->phase == KEZ_CLOCK_PRESENTATION;
    case KEZ_CLOCK_EVENT_BACK_TO_PRESENTATION:
      return self->phase == KEZ_CLOCK_QUESTIONS;
    case KEZ_CLOCK_EVENT_FINISH:
      return self->phase != KEZ_CLOCK_READY && self->phase != KEZ_CLOCK_FINISHED;
    default:
      return FALSE;
    }
}

/* The state machine itself: @kind happens at @t on the clock's time line. */
static void
apply (KezMeetingClock   *self,
       KezClockEventKind  kind,
       gint64             t)
{
  close_segment (self, t);

  switch (kind)
    {
    case KEZ_CLOCK_EVENT_START:
      self->phase = KEZ_CLOCK_PRESENTATION;
      break;
    case KEZ_CLOCK_EVENT_PAUSE:
      self->running_phase = self->phase;
      self->phase = KEZ_CLOCK_PAUSED;
      break;
    case KEZ_CLOCK_EVENT_RESUME:
      self->phase = self->running_phase;
      break;
    case KEZ_CLOCK_EVENT_TO_QUESTIONS:
    case KEZ_CLOCK_EVENT_AUTO_TO_QUESTIONS:
      self->phase = KEZ_CLOCK_QUESTIONS;
      break;
    case KEZ_CLOCK_EVENT_BACK_TO_PRESENTATION:
      self->phase = KEZ_CLOCK_PRESENTATION;
      self->returned = TRUE;
      break;
    case KEZ_CLOCK_EVENT_FINISH:
      self->phase = KEZ_CLOCK_FINISHED;
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Applies a new event dated @t, records it and tells whoever saves it. */
static void
record (KezMeetingClock   *self,
        KezClockEventKind  kind,
        gint64             t)
{
  KezClockEvent event;
  gint64 current = now (self);

  apply (self, kind, t);
  event.kind = kind;
  event.clock_us = t;
  event.wall_us = self->source.wall_us (self->source.data) - (current - t);
  event.presentation = self->presentation;
  event.questions = self->questions;
  event.paused = self->paused;
  event.has_totals = TRUE;
  g_array_append_val (self->events, event);
  g_signal_emit (self, signals[EVENT], 0, &event);
}

/**
 * kez_meeting_clock_update:
 *
 * Switches to questions and answers if the presentation has used its budget, dated at the
 * moment it did. Every getter does this first; a display calls it on each refresh.
 */
void
kez_meeting_clock_update (KezMeetingClock *self)
{
  gint64 budget_end;

  g_return_if_fail (KEZ_IS_MEETING_CLOCK (self));

  if (self->phase != KEZ_CLOCK_PRESENTATION || self->returned)
    return;
  budget_end = self->segment_start + (self->budget - self->presentation);
  if (now (self) >= budget_end)
    record (self, KEZ_CLOCK_EVENT_AUTO_TO_QUESTIONS, budget_end);
}

static gboolean
act (KezMeetingClock    *self,
     KezClockEventKind   kind,
     GError            **error)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), FALSE);

  kez_meeting_clock_update (self);
  if (!allowed (self, kind))
    {
      g_set_error_literal (error, KEZ_CLOCK_ERROR, KEZ_CLOCK_ERROR_NOT_NOW,
                           _("The meeting clock cannot do that now"));
      return FALSE;
    }
  record (self, kind, now (self));
  return TRUE;
}

gboolean
kez_meeting_clock_start (KezMeetingClock  *self,
                         GError          **error)
{
  return act (self, KEZ_CLOCK_EVENT_START, error);
}

gboolean
kez_meeting_clock_pause (KezMeetingClock  *self,
                         GError          **error)
{
  return act (self, KEZ_CLOCK_EVENT_PAUSE, error);
}

gboolean
kez_meeting_clock_resume (KezMeetingClock  *self,
                          GError          **error)
{
  return act (self, KEZ_CLOCK_EVENT_RESUME, error);
}

gboolean
kez_meeting_clock_to_questions (KezMeetingClock  *self,
                                GError          **error)
{
  return act (self, KEZ_CLOCK_EVENT_TO_QUESTIONS, error);
}

/* The explicit act of point 3.3's exception: from now on the overrun is a breach. */
gboolean
kez_meeting_clock_back_to_presentation (KezMeetingClock  *self,
                                        GError          **error)
{
  return act (self, KEZ_CLOCK_EVENT_BACK_TO_PRESENTATION, error);
}

gboolean
kez_meeting_clock_finish (KezMeetingClock  *self,
                          GError          **error)
{
  return act (self, KEZ_CLOCK_EVENT_FINISH, error);
}

/**
 * kez_meeting_clock_replay:
 * @events: (array length=n_events): saved events, oldest first; the last one's time already
 *   on this clock's time line (see kez_clock_events_load())
 *
 * Brings a new clock to where the saved meeting is: after a crash or a restart the running
 * meeting goes on with the right phase and times. The totals saved with each event are taken
 * as they are; only the segment after the last event is measured. Replayed events are not
 * emitted again.
 */
gboolean
kez_meeting_clock_replay (KezMeetingClock      *self,
                          const KezClockEvent  *events,
                          guint                 n_events,
                          GError              **error)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), FALSE);
  g_return_val_if_fail (self->events->len == 0, FALSE);

  for (guint i = 0; i < n_events; i++)
    {
      if (!allowed (self, events[i].kind))
        {
          g_set_error (error, KEZ_CLOCK_ERROR, KEZ_CLOCK_ERROR_NOT_NOW,
                       /* Translators: %1$u is the number of a saved event */
                       _("The saved record of the meeting clock is inconsistent at event %1$u"),
                       i + 1);
          return FALSE;
        }
      apply (self, events[i].kind, events[i].clock_us);
      if (events[i].has_totals)
        {
          self->presentation = events[i].presentation;
          self->questions = events[i].questions;
          self->paused = events[i].paused;
        }
      g_array_append_val (self->events, events[i]);
    }
  return TRUE;
}

KezClockPhase
kez_meeting_clock_get_phase (KezMeetingClock *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), KEZ_CLOCK_READY);

  kez_meeting_clock_update (self);
  return self->phase;
}

/* The phase counting now, or the one a pause interrupted. */
KezClockPhase
kez_meeting_clock_get_running_phase (KezMeetingClock *self)
{
  KezClockPhase phase = kez_meeting_clock_get_phase (self);

  return phase == KEZ_CLOCK_PAUSED ? self->running_phase : phase;
}

GTimeSpan
kez_meeting_clock_get_budget (KezMeetingClock *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), 0);
  return self->budget;
}

GTimeSpan
kez_meeting_clock_get_planned (KezMeetingClock *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), 0);
  return self->planned;
}

static GTimeSpan
running_for (KezMeetingClock *self,
             KezClockPhase    phase)
{
  kez_meeting_clock_update (self);
  return self->phase == phase ? now (self) - self->segment_start : 0;
}

GTimeSpan
kez_meeting_clock_get_presentation (KezMeetingClock *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), 0);
  return self->presentation + running_for (self, KEZ_CLOCK_PRESENTATION);
}

GTimeSpan
kez_meeting_clock_get_questions (KezMeetingClock *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), 0);
  return self->questions + running_for (self, KEZ_CLOCK_QUESTIONS);
}

GTimeSpan
kez_meeting_clock_get_paused (KezMeetingClock *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), 0);
  return self->paused + running_for (self, KEZ_CLOCK_PAUSED);
}

/* Presentation time beyond the budget: only possible after going back to the presentation. */
GTimeSpan
kez_meeting_clock_get_breach (KezMeetingClock *self)
{
  return MAX (0, kez_meeting_clock_get_presentation (self) - self->budget);
}

gboolean
kez_meeting_clock_get_returned (KezMeetingClock *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), FALSE);
  return self->returned;
}

guint
kez_meeting_clock_get_n_pauses (KezMeetingClock *self)
{
  guint n = 0;

  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), 0);

  for (guint i = 0; i < self->events->len; i++)
    n += g_array_index (self->events, KezClockEvent, i).kind == KEZ_CLOCK_EVENT_PAUSE;
  return n;
}

const KezClockSource *
kez_meeting_clock_get_source (KezMeetingClock *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), NULL);
  return &self->source;
}

/* How long until a count shown in whole seconds (rounded up, see kez_clock_format_span())
 * changes as @span runs down. */
static gint64
until_next_second (GTimeSpan span)
{
  gint64 r = ABS (span) % G_TIME_SPAN_SECOND;

  if (span > 0)
    return r == 0 ? G_TIME_SPAN_SECOND : r;
  return G_TIME_SPAN_SECOND - r + (r == 0 ? 0 : 1);
}

/**
 * kez_meeting_clock_next_change_us:
 *
 * Returns: in real microseconds, how long until a figure shown in whole seconds changes
 *   (the phase's or the meeting's time left), or -1 when nothing changes until the next
 *   event: before the start, in a pause, after the finish. A display wakes then, and only
 *   then.
 */
gint64
kez_meeting_clock_next_change_us (KezMeetingClock *self)
{
  KezClockPhase phase;
  gint64 next;

  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), -1);

  phase = kez_meeting_clock_get_phase (self);
  if (phase != KEZ_CLOCK_PRESENTATION && phase != KEZ_CLOCK_QUESTIONS)
    return -1;
  next = until_next_second (kez_meeting_clock_get_meeting_remaining (self));
  if (phase == KEZ_CLOCK_PRESENTATION)
    next = MIN (next, until_next_second (kez_meeting_clock_get_phase_remaining (self)));
  return (gint64) (next / self->source.speed) + 1;
}

GTimeSpan
kez_meeting_clock_get_meeting_remaining (KezMeetingClock *self)
{
  return self->planned - kez_meeting_clock_get_presentation (self) -
         kez_meeting_clock_get_questions (self);
}

/**
 * kez_meeting_clock_get_phase_remaining:
 *
 * Returns: what is left of the presentation's budget (negative: the overrun) while it runs,
 *   or of the meeting once the questions have begun.
 */
GTimeSpan
kez_meeting_clock_get_phase_remaining (KezMeetingClock *self)
{
  switch (kez_meeting_clock_get_running_phase (self))
    {
    case KEZ_CLOCK_READY:
    case KEZ_CLOCK_PRESENTATION:
      return self->budget - kez_meeting_clock_get_presentation (self);
    case KEZ_CLOCK_QUESTIONS:
      return kez_meeting_clock_get_meeting_remaining (self);
    case KEZ_CLOCK_PAUSED:
    case KEZ_CLOCK_FINISHED:
    default:
      return 0;
    }
}

/**
 * kez_meeting_clock_dup_events:
 *
 * Returns: (transfer full) (element-type KezClockEvent): the record so far
 */
GArray *
kez_meeting_clock_dup_events (KezMeetingClock *self)
{
  g_return_val_if_fail (KEZ_IS_MEETING_CLOCK (self), NULL);

  kez_meeting_clock_update (self);
  return g_array_copy (self->events);
}
