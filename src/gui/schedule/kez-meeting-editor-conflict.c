/* kez-meeting-editor-conflict.c
 *
 * A save the store refused because someone else changed the meeting after the editor opened
 * it (a team server, or another window on the same file). Never a silent last-writer-wins:
 * the planner is shown who changed it, when, and every part they changed, old → new (marked
 * where the planner changed it too), and chooses: keep theirs (the editor closes, the
 * planner's changes are dropped), put their own on top (each part the planner changed is
 * theirs to set, the rest stays as the other person left it), or go back to editing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-kazakhstan-time.h"
#include "kez-meeting-changes.h"
#include "kez-meeting-editor-private.h"
#include "kez-meetings.h"
#include "kez-store-error.h"

static const char *
part_title (KezMeetingPart part)
{
  switch (part)
    {
    case KEZ_PART_BODY: return _("Central Executive Body");
    case KEZ_PART_LEADER: return _("Leader");
    case KEZ_PART_POSITION: return _("Position");
    case KEZ_PART_TIME: return _("Date and Start Time");
    case KEZ_PART_DURATION: return _("Planned Duration");
    case KEZ_PART_STATUS: return _("Status");
    case KEZ_PART_REGION: return _("Region");
    case KEZ_PART_LOCALITY: return _("Locality");
    case KEZ_PART_VENUE: return _("Venue");
    case KEZ_PART_FORMAT: return _("Format");
    case KEZ_PART_BROADCAST_LINKS: return _("Broadcast Links");
    case KEZ_PART_VIDEO_CONFERENCE: return _("Video Conference");
    case KEZ_PART_AKIMS: return _("Akims Attending");
    case KEZ_PART_DEPUTY_PM: return _("Deputy Prime Minister Attends");
    case KEZ_PART_OFF_SCHEDULE: return _("Outside the Schedule");
    case KEZ_PART_DATE_CHOICE: return _("How the Date Was Chosen");
    case KEZ_PART_TOPIC: return _("Topic");
    case KEZ_PART_PUBLICATION: return _("Publication");
    case KEZ_PART_EVENTS: return _("Events of the Meeting");
    case KEZ_N_PARTS:
    default: g_return_val_if_reached ("");
    }
}

static char *
text_or_dash (const char *text)
{
  /* Translators: what a field held when it held nothing */
  return g_strdup (text != NULL && *text != '\0' ? text : _("(empty)"));
}

static char *
day_and_time (const GDate *day,
              int          minute)
{
  if (!g_date_valid (day))
    return text_or_dash (NULL);
  return g_strdup_printf ("%02u.%02u.%04u %02d:%02d", g_date_get_day (day),
                          g_date_get_month (day), g_date_get_year (day), minute / 60,
                          minute % 60);
}

static char *
yes_or_no (gboolean    yes,
           const char *reason)
{
  if (!yes)
    return g_strdup (C_("a switch", "No"));
  if (reason == NULL || *reason == '\0')
    return g_strdup (C_("a switch", "Yes"));
  /* Translators: %1$s is a reason given for it */
  return g_strdup_printf (_("Yes: %1$s"), reason);
}

static char *
events_text (GArray *events)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const KezMeetingEvent *event = &g_array_index (events, KezMeetingEvent, i);
      g_autofree char *when = day_and_time (&event->date, event->start_minute);

      g_string_append_printf (text, "%s%s %s", text->len > 0 ? "; " : "",
                              kez_event_kind_label (event->kind), when);
    }
  return text_or_dash (text->str);
}

/* One part of a meeting as the editor shows it. */
static char *
part_text (KezMeetingEditor       *self,
           const KezMeetingFields *fields,
           KezMeetingPart          part)
{
  switch (part)
    {
    case KEZ_PART_BODY: return text_or_dash (kez_names_body (self->names, fields->body_code));
    case KEZ_PART_LEADER: return text_or_dash (fields->leader_name);
    case KEZ_PART_POSITION: return g_strdup (kez_position_label (fields->leader_position));
    case KEZ_PART_TIME: return day_and_time (&fields->date, fields->start_minute);
    case KEZ_PART_DURATION:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u minute", "%1$u minutes",
                                           fields->planned_minutes),
                              fields->planned_minutes);
    case KEZ_PART_STATUS: return g_strdup (kez_status_label (fields->status));
    case KEZ_PART_REGION:
      return text_or_dash (fields->region_code != NULL
                             ? kez_names_region (self->names, fields->region_code) : NULL);
    case KEZ_PART_LOCALITY: return text_or_dash (fields->locality);
    case KEZ_PART_VENUE: return text_or_dash (fields->venue);
    case KEZ_PART_FORMAT: return g_strdup (kez_format_label (fields->format));
    case KEZ_PART_BROADCAST_LINKS: return text_or_dash (fields->broadcast_links);
    case KEZ_PART_VIDEO_CONFERENCE: return yes_or_no (fields->video_conference, NULL);
    case KEZ_PART_AKIMS: return text_or_dash (fields->akims_attending);
    case KEZ_PART_DEPUTY_PM:
      return yes_or_no (fields->deputy_pm_attending, fields->deputy_pm_reason);
    case KEZ_PART_OFF_SCHEDULE:
      return yes_or_no (fields->off_schedule, fields->off_schedule_reason);
    case KEZ_PART_DATE_CHOICE: return text_or_dash (fields->date_choice_note);
    case KEZ_PART_TOPIC: return text_or_dash (fields->topic);
    case KEZ_PART_PUBLICATION:
      if (!g_date_valid (&fields->published_on))
        return g_strdup (_("Not Published"));
      return g_strdup_printf ("%02u.%02u.%04u %s", g_date_get_day (&fields->published_on),
                              g_date_get_month (&fields->published_on),
                              g_date_get_year (&fields->published_on),
                              fields->publication_link != NULL ? fields->publication_link : "");
    case KEZ_PART_EVENTS: return events_text (fields->events);
    case KEZ_N_PARTS:
    default: g_return_val_if_reached (g_strdup (""));
    }
}

/* "Venue: Дворец культуры → Поликлиника № 5", a line for each part they changed. */
static char *
describe_changes (KezMeetingEditor        *self,
                  const KezMeetingChanges *changes)
{
  const KezMeetingFields *opened = kez_meeting_get_fields (self->original);
  const KezMeetingFields *theirs = kez_meeting_get_fields (changes->theirs);
  g_autoptr(GString) text = g_string_new (NULL);

  for (KezMeetingPart part = 0; part < KEZ_N_PARTS; part++)
    {
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      if (!(changes->changed & (1u << part)))
        continue;
      before = part_text (self, opened, part);
      after = part_text (self, theirs, part);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: %1$s is a field, %2$s what it held when the meeting was opened, %3$s
         what the other person made it */
      g_string_append_printf (text, _("%1$s: %2$s → %3$s"), part_title (part), before, after);
      if (changes->both & (1u << part))
        /* Translators: after a change someone else made, of a field the planner changed too */
        g_string_append_printf (text, " %s", _("(you changed it too)"));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_who_and_when (const KezMeetingChanges *changes)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *when = NULL;

  if (changes->when != NULL)
    {
      local = g_date_time_to_timezone (changes->when, kez_kazakhstan_zone ());
      when = g_date_time_format (local, "%d.%m.%Y %H:%M");
    }
  if (changes->who[0] != '\0' && when != NULL)
    /* Translators: %1$s is a login, %2$s a date and time */
    return g_strdup_printf (_("%1$s changed this meeting on %2$s, after you opened it."),
                            changes->who, when);
  if (changes->who[0] != '\0')
    /* Translators: %1$s is a login */
    return g_strdup_printf (_("%1$s changed this meeting after you opened it."), changes->who);
  return g_strdup (_("Someone changed this meeting after you opened it."));
}

typedef struct
{
  KezMeetingEditor  *editor;
  KezMeetingChanges *changes;
} Conflict;

static void
conflict_free (Conflict *conflict)
{
  g_object_unref (conflict->editor);
  kez_meeting_changes_free (conflict->changes);
  g_free (conflict);
}

static void
answered (AdwMessageDialog *dialog,
          const char       *response,
          Conflict         *conflict)
{
  KezMeetingEditor *self = conflict->editor;
  KezMeetingFields merged;

  if (g_str_equal (response, "theirs"))
    gtk_window_destroy (GTK_WINDOW (self));
  else if (g_str_equal (response, "mine"))
    {
      kez_meeting_changes_merge (conflict->changes, kez_meeting_get_fields (self->original),
                                 &self->fields, &merged);
      /* What is open is now their version, with mine on top: saved over it. */
      kez_meeting_fields_clear (&self->fields);
      self->fields = merged;
      g_set_object (&self->original, conflict->changes->theirs);
      kez_meeting_editor_load_fields (self);
      gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
    }
}

/**
 * kez_meeting_editor_resolve_conflict:
 *
 * After a save refused because the meeting changed since @self opened it: asks what to do.
 */
void
kez_meeting_editor_resolve_conflict (KezMeetingEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *who = NULL;
  g_autofree char *what = NULL;
  g_autofree char *body = NULL;
  KezMeetingChanges *changes;
  Conflict *conflict;
  GtkWidget *dialog;

  g_return_if_fail (self->original != NULL);

  changes = kez_meeting_changes_read (self->store, kez_meeting_get_fields (self->original),
                                      &self->fields, &error);
  if (changes == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  who = describe_who_and_when (changes);
  what = describe_changes (self, changes);
  body = what[0] != '\0' ? g_strdup_printf ("%s\n\n%s", who, what) : g_strdup (who);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Changed by Someone Else"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Back to Editing"),
                                    "theirs", _("_Keep Theirs"),
                                    "mine", _("_Apply Mine on Top"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "theirs",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "mine",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "mine");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  conflict = g_new0 (Conflict, 1);
  conflict->editor = g_object_ref (self);
  conflict->changes = changes;
  g_signal_connect_data (dialog, "response", G_CALLBACK (answered), conflict,
                         (GClosureNotify) conflict_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
