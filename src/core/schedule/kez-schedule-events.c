/* kez-schedule-events.c
 *
 * Point 3.6's events held with a meeting (a personal reception, a meeting with NGOs, a media
 * briefing) go into the schedule proposals, one line each in one cell:
 *
 *   Жеке қабылдау: 16.03.2027 09:00–12:00, Әкімдік
 *
 * and the authorised body's draft reads them back from the same words, in either language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-schedule-events"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "kez-schedule-events.h"

static const KezEventKind kinds[] = {
  KEZ_EVENT_RECEPTION, KEZ_EVENT_NGO_MEETING, KEZ_EVENT_MEDIA_BRIEFING,
};

char *
kez_schedule_events_to_text (const GArray *events,
                             KezLanguage   language)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const KezMeetingEvent *event = &g_array_index (events, KezMeetingEvent, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s: %02u.%02u.%04u %02d:%02d",
                              kez_term_get (kez_term_for_event_kind (event->kind), language),
                              g_date_get_day (&event->date), g_date_get_month (&event->date),
                              g_date_get_year (&event->date), event->start_minute / 60,
                              event->start_minute % 60);
      if (event->end_minute >= 0)
        g_string_append_printf (text, "–%02d:%02d", event->end_minute / 60,
                                event->end_minute % 60);
      if (event->venue != NULL && event->venue[0] != '\0')
        g_string_append_printf (text, ", %s", event->venue);
    }
  return g_string_free (text, FALSE);
}

static gboolean
read_line (const char        *line,
           KezMeetingFields  *fields)
{
  const char *colon = strstr (line, ": ");
  g_autofree char *name = colon != NULL ? g_strstrip (g_strndup (line, colon - line)) : NULL;
  unsigned int day, month, year, hour, minute, end_hour, end_minute;
  int consumed = 0, end = -1;
  const char *rest;
  GDate date;

  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const KezTerm *term = kez_term_for_event_kind (kinds[i]);

      if (g_utf8_collate (name, term->kk) != 0 && g_utf8_collate (name, term->ru) != 0)
        continue;
      if (sscanf (colon + 2, "%2u.%2u.%4u %2u:%2u%n", &day, &month, &year, &hour, &minute,
                  &consumed) != 5 || !g_date_valid_dmy (day, month, year) || hour > 23 ||
          minute > 59)
        return FALSE;
      rest = colon + 2 + consumed;
      /* "–" (an en dash, as written) or "-" (as typed) */
      if (g_str_has_prefix (rest, "–") || g_str_has_prefix (rest, "-"))
        {
          int more = 0;

          rest += g_str_has_prefix (rest, "–") ? strlen ("–") : 1;
          if (sscanf (rest, "%2u:%2u%n", &end_hour, &end_minute, &more) != 2 ||
              end_hour > 23 || end_minute > 59)
            return FALSE;
          end = end_hour * 60 + end_minute;
          rest += more;
        }
      while (*rest == ',' || *rest == ' ')
        rest++;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, day, month, year);
      kez_meeting_fields_add_event (fields, kinds[i], &date, hour * 60 + minute, end, rest,
                                    NULL);
      return TRUE;
    }
  return FALSE;
}

/**
 * kez_schedule_events_from_text:
 * @problem: (out): what is wrong with the first line that cannot be read
 *
 * Adds to @fields the events @text lists, one a line.
 */
gboolean
kez_schedule_events_from_text (const char        *text,
                               KezMeetingFields  *fields,
                               char             **problem)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] == '\0')
        continue;
      if (!read_line (lines[i], fields))
        {
          /* Translators: %1$s is a line of the events cell */
          *problem = g_strdup_printf (_("the event “%1$s” is not “kind: DD.MM.YYYY HH:MM–HH:MM, "
                                        "place”"), lines[i]);
          return FALSE;
        }
    }
  return TRUE;
}
