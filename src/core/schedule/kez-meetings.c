/* kez-meetings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meetings"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "kez-meetings.h"
#include "kez-store-private.h"

#define MEETING_COLUMNS \
  "id, body_code, leader_name, leader_position, starts_at, planned_minutes, region_code, " \
  "locality, venue, format, broadcast_links, video_conference, akims_attending, " \
  "deputy_pm_attending, deputy_pm_reason, off_schedule, off_schedule_reason, " \
  "date_choice_note, topic, status, published_on, publication_link"
/* What a read takes besides: the version it is at (version 10). */
#define MEETING_READ_COLUMNS MEETING_COLUMNS ", version"

char *
kez_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

gboolean
kez_date_parse_iso (const char *text,
                    GDate      *date)
{
  guint year, month, day;
  int consumed = 0;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%n", &year, &month, &day, &consumed) != 3 ||
      consumed != 10 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* Local wall time as the planner typed it: "YYYY-MM-DDTHH:MM". */
char *
kez_local_time_to_string (const GDate *date,
                          int          minute)
{
  g_autofree char *day = kez_date_to_iso (date);

  return g_strdup_printf ("%sT%02d:%02d", day, minute / 60, minute % 60);
}

gboolean
kez_local_time_parse (const char *text,
                      GDate      *date,
                      int        *minute)
{
  guint hours, minutes;

  if (text == NULL || strlen (text) != 16 || text[10] != 'T' || !kez_date_parse_iso (text, date) ||
      sscanf (text + 11, "%2u:%2u", &hours, &minutes) != 2 || hours > 23 || minutes > 59)
    return FALSE;
  *minute = hours * 60 + minutes;
  return TRUE;
}

static void
bind_text (KezDbStmt    *stmt,
           int           index,
           const char   *text)
{
  kez_db_bind_text_copy (stmt, index, text != NULL ? text : "");
}

/* Events keep their rows: a reception's citizens hang on its event, so an edit of the meeting
 * updates the events it still has, adds the new ones and removes only those taken out. */
static gboolean
save_events (KezStore          *store,
             KezMeetingFields  *fields,
             GError           **error)
{
  g_autoptr(KezDbStmt) forget = NULL;
  g_autoptr(KezDbStmt) upsert = NULL;
  g_autoptr(GString) kept = g_string_new ("");

  upsert = kez_store_prepare (store,
                              "INSERT INTO meeting_events (id, meeting_id, kind, starts_at, "
                              "ends_at, venue, notes, participants) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                              "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
                              "starts_at = excluded.starts_at, ends_at = excluded.ends_at, "
                              "venue = excluded.venue, notes = excluded.notes, "
                              "participants = excluded.participants "
                              "WHERE meeting_events.meeting_id = excluded.meeting_id", error);
  if (upsert == NULL)
    return FALSE;

  for (guint i = 0; i < fields->events->len; i++)
    {
      KezMeetingEvent *event = &g_array_index (fields->events, KezMeetingEvent, i);
      g_autofree char *starts = kez_local_time_to_string (&event->date, event->start_minute);
      g_autofree char *ends = event->end_minute >= 0 ?
        kez_local_time_to_string (&event->date, event->end_minute) : NULL;

      if (event->id > 0)
        kez_db_bind_int64 (upsert, 1, event->id);
      else
        kez_db_bind_null (upsert, 1);
      kez_db_bind_int64 (upsert, 2, fields->id);
      bind_text (upsert, 3, kez_event_kind_to_string (event->kind));
      bind_text (upsert, 4, starts);
      if (ends != NULL)
        bind_text (upsert, 5, ends);
      else
        kez_db_bind_null (upsert, 5);
      bind_text (upsert, 6, event->venue);
      bind_text (upsert, 7, event->notes);
      bind_text (upsert, 8, event->participants);
      if (!kez_store_step_done (store, upsert, error))
        return FALSE;
      if (event->id <= 0)
        event->id = kez_db_last_insert_id (kez_store_get_db (store));
      g_string_append_printf (kept, "%s%" G_GINT64_FORMAT, kept->len > 0 ? "," : "", event->id);
    }

  /* The ids are numbers of our own, not text from anywhere: safe to put in the statement.
   * With none kept, 0 stands for no id (ids count from 1; an empty list is SQLite's only). */
  {
    g_autofree char *sql = g_strdup_printf ("DELETE FROM meeting_events WHERE meeting_id = ?1 "
                                            "AND id NOT IN (%s)",
                                            kept->len > 0 ? kept->str : "0");
    forget = kez_store_prepare (store, sql, error);
  }
  if (forget == NULL)
    return FALSE;
  kez_db_bind_int64 (forget, 1, fields->id);
  return kez_store_step_done (store, forget, error);
}

static gboolean
save_meeting_row (KezStore          *store,
                  KezMeetingFields  *fields,
                  GError           **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *starts = kez_local_time_to_string (&fields->date, fields->start_minute);
  g_autofree char *published = g_date_valid (&fields->published_on) ?
    kez_date_to_iso (&fields->published_on) : NULL;

  /* Insert with the given id when there is one: that is how an undone delete comes back. */
  stmt = kez_store_prepare (store,
                            "INSERT INTO meetings (" MEETING_COLUMNS ") VALUES (?1, ?2, ?3, ?4, "
                            "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                            "?20, ?21, ?22) ON CONFLICT (id) DO UPDATE SET "
                            "body_code = excluded.body_code, leader_name = excluded.leader_name, "
                            "leader_position = excluded.leader_position, "
                            "starts_at = excluded.starts_at, "
                            "planned_minutes = excluded.planned_minutes, "
                            "region_code = excluded.region_code, locality = excluded.locality, "
                            "venue = excluded.venue, format = excluded.format, "
                            "broadcast_links = excluded.broadcast_links, "
                            "video_conference = excluded.video_conference, "
                            "akims_attending = excluded.akims_attending, "
                            "deputy_pm_attending = excluded.deputy_pm_attending, "
                            "deputy_pm_reason = excluded.deputy_pm_reason, "
                            "off_schedule = excluded.off_schedule, "
                            "off_schedule_reason = excluded.off_schedule_reason, "
                            "date_choice_note = excluded.date_choice_note, "
                            "topic = excluded.topic, status = excluded.status, "
                            "published_on = excluded.published_on, "
                            "publication_link = excluded.publication_link, "
                            "updated_at = kez_utc_now () "
                            /* Only over the version it was read at (the row's trigger makes
                               it the next one): over another, nothing is changed. */
                            "WHERE ?23 = 0 OR meetings.version = ?23",
                            error);
  if (stmt == NULL)
    return FALSE;

  if (fields->id > 0)
    kez_db_bind_int64 (stmt, 1, fields->id);
  else
    kez_db_bind_null (stmt, 1);
  bind_text (stmt, 2, fields->body_code);
  bind_text (stmt, 3, g_strstrip (fields->leader_name));
  bind_text (stmt, 4, kez_leader_position_to_string (fields->leader_position));
  bind_text (stmt, 5, starts);
  kez_db_bind_int (stmt, 6, fields->planned_minutes);
  if (fields->region_code != NULL && fields->region_code[0] != '\0')
    bind_text (stmt, 7, fields->region_code);
  else
    kez_db_bind_null (stmt, 7);
  bind_text (stmt, 8, fields->locality);
  bind_text (stmt, 9, fields->venue);
  bind_text (stmt, 10, kez_meeting_format_to_string (fields->format));
  bind_text (stmt, 11, fields->broadcast_links);
  kez_db_bind_int (stmt, 12, fields->video_conference);
  bind_text (stmt, 13, fields->akims_attending);
  kez_db_bind_int (stmt, 14, fields->deputy_pm_attending);
  bind_text (stmt, 15, fields->deputy_pm_reason);
  kez_db_bind_int (stmt, 16, fields->off_schedule);
  bind_text (stmt, 17, fields->off_schedule_reason);
  bind_text (stmt, 18, fields->date_choice_note);
  bind_text (stmt, 19, fields->topic);
  bind_text (stmt, 20, kez_meeting_status_to_string (fields->status));
  if (published != NULL)
    bind_text (stmt, 21, published);
  else
    kez_db_bind_null (stmt, 21);
  bind_text (stmt, 22, fields->publication_link);
  kez_db_bind_int64 (stmt, 23, fields->version);

  if (!kez_store_step_done (store, stmt, error))
    return FALSE;
  if (kez_db_changes (kez_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT,
                           _("Someone else changed this meeting after you opened it, so your "
                             "change was not saved over theirs."));
      return FALSE;
    }
  if (fields->id <= 0)
    fields->id = kez_db_last_insert_id (kez_store_get_db (store));
  return TRUE;
}

/**
 * kez_meetings_save:
 * @fields: the meeting; its id is set when it is new
 *
 * Inserts or updates the meeting with its events, all or nothing. Works inside the caller's
 * transaction (an import) or as a transaction of its own (an edit).
 */
gboolean
kez_meetings_save (KezStore          *store,
                   KezMeetingFields  *fields,
                   GError           **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL && g_date_valid (&fields->date), FALSE);

  /* Inside the caller's transaction (an import), a part of it that is undone alone. */
  if (!kez_store_begin (store, error))
    return FALSE;
  if (!save_meeting_row (store, fields, error) || !save_events (store, fields, error))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  /* The version it is now at, its events' changes counted: a second save from the same
     fields is over the first. */
  fields->version = kez_store_query_number (store, "SELECT version FROM meetings WHERE id = ?1",
                                            fields->id, fields->version);
  if (!kez_store_commit (store, error))
    return FALSE;

  kez_store_emit_changed (store, "meetings");
  return TRUE;
}

/**
 * kez_meetings_add_event:
 * @end_minute: -1 when not known
 *
 * Records an NGO meeting or a media briefing held with the meeting (point 3.6), as it
 * happens, without rewriting the rest of the meeting.
 */
gboolean
kez_meetings_add_event (KezStore      *store,
                        gint64         meeting_id,
                        KezEventKind   kind,
                        const GDate   *date,
                        int            start_minute,
                        int            end_minute,
                        const char    *participants,
                        const char    *notes,
                        GError       **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *starts = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if (end_minute >= 0 && end_minute < start_minute)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("An event cannot end before it starts"));
      return FALSE;
    }
  starts = kez_local_time_to_string (date, start_minute);
  stmt = kez_store_prepare (store,
                            "INSERT INTO meeting_events (meeting_id, kind, starts_at, ends_at, "
                            "participants, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, meeting_id);
  bind_text (stmt, 2, kez_event_kind_to_string (kind));
  bind_text (stmt, 3, starts);
  if (end_minute >= 0)
    kez_db_bind_text_take (stmt, 4, kez_local_time_to_string (date, end_minute));
  else
    kez_db_bind_null (stmt, 4);
  bind_text (stmt, 5, participants);
  bind_text (stmt, 6, notes);
  if (!kez_store_step_done (store, stmt, error))
    return FALSE;
  kez_store_emit_changed (store, "meetings");
  return TRUE;
}

/* A meeting that has been held (its clock ran, citizens were received, questions answered or
 * problems drawn from it) is history: it can be cancelled, not deleted, or its record would go
 * with it and an undo could not bring that back. */
static gboolean
has_record (KezStore *store,
            gint64    id)
{
  /* When in doubt (the query failed), keep the meeting. */
  return kez_store_query_number (store,
                                 "SELECT EXISTS (SELECT 1 FROM clock_events WHERE meeting_id = ?1) "
                                 "OR EXISTS (SELECT 1 FROM receptions r JOIN meeting_events e "
                                 "ON e.id = r.event_id WHERE e.meeting_id = ?1) "
                                 "OR EXISTS (SELECT 1 FROM problems WHERE meeting_id = ?1) "
                                 "OR EXISTS (SELECT 1 FROM questions WHERE meeting_id = ?1 "
                                 "AND status = 'answered-at-meeting')", id, TRUE) != 0;
}

gboolean
kez_meetings_delete (KezStore  *store,
                     gint64     id,
                     GError   **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (has_record (store, id))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("This meeting has a record of how it was held, so it cannot be "
                             "deleted. Set its status to Cancelled instead."));
      return FALSE;
    }
  stmt = kez_store_prepare (store, "DELETE FROM meetings WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  kez_db_bind_int64 (stmt, 1, id);
  if (!kez_store_step_done (store, stmt, error))
    return FALSE;

  kez_store_emit_changed (store, "meetings");
  return TRUE;
}

static void
fields_from_row (KezDbStmt        *stmt,
                 KezMeetingFields *fields)
{
  kez_meeting_fields_init (fields);
  fields->id = kez_db_column_int64 (stmt, 0);
  g_free (fields->body_code);
  fields->body_code = g_strdup (kez_store_column_text (stmt, 1));
  g_free (fields->leader_name);
  fields->leader_name = g_strdup (kez_store_column_text (stmt, 2));
  kez_leader_position_from_string (kez_store_column_text (stmt, 3), &fields->leader_position);
  kez_local_time_parse (kez_store_column_text (stmt, 4), &fields->date, &fields->start_minute);
  fields->planned_minutes = kez_db_column_int (stmt, 5);
  if (!kez_db_column_is_null (stmt, 6))
    fields->region_code = g_strdup (kez_store_column_text (stmt, 6));
#define TAKE(member, column) (g_free (fields->member), fields->member = g_strdup (kez_store_column_text (stmt, column)))
  TAKE (locality, 7);
  TAKE (venue, 8);
  kez_meeting_format_from_string (kez_store_column_text (stmt, 9), &fields->format);
  TAKE (broadcast_links, 10);
  fields->video_conference = kez_db_column_int (stmt, 11);
  TAKE (akims_attending, 12);
  fields->deputy_pm_attending = kez_db_column_int (stmt, 13);
  TAKE (deputy_pm_reason, 14);
  fields->off_schedule = kez_db_column_int (stmt, 15);
  TAKE (off_schedule_reason, 16);
  TAKE (date_choice_note, 17);
  TAKE (topic, 18);
  kez_meeting_status_from_string (kez_store_column_text (stmt, 19), &fields->status);
  kez_date_parse_iso (kez_db_column_text (stmt, 20), &fields->published_on);
  TAKE (publication_link, 21);
#undef TAKE
  fields->version = kez_db_column_int64 (stmt, 22);
}

static void
add_event_from_row (KezMeetingFields *fields,
                    KezDbStmt        *stmt)
{
  GDate date, end_date;
  int start = 0, end = -1;

  if (!kez_local_time_parse (kez_store_column_text (stmt, 3), &date, &start))
    return;
  if (!kez_local_time_parse (kez_db_column_text (stmt, 4), &end_date, &end))
    end = -1;
  kez_meeting_fields_add_event (fields, 0, &date, start, end, kez_store_column_text (stmt, 5),
                                kez_store_column_text (stmt, 6));
  kez_event_kind_from_string (kez_store_column_text (stmt, 2),
                              &g_array_index (fields->events, KezMeetingEvent,
                                              fields->events->len - 1).kind);
  g_array_index (fields->events, KezMeetingEvent, fields->events->len - 1).id =
    kez_db_column_int64 (stmt, 0);
  g_free (g_array_index (fields->events, KezMeetingEvent, fields->events->len - 1).participants);
  g_array_index (fields->events, KezMeetingEvent, fields->events->len - 1).participants =
    g_strdup (kez_store_column_text (stmt, 7));
}

/* Meetings whose start falls in [first, last], in date order, each with its events: two
 * queries, whatever the number of meetings. */
GListModel *
kez_meetings_list_range (KezStore    *store,
                         const GDate *first,
                         const GDate *last)
{
  GListStore *list = g_list_store_new (KEZ_TYPE_MEETING);
  g_autoptr(KezDbStmt) meetings = NULL;
  g_autoptr(KezDbStmt) events = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *from = NULL;
  g_autofree char *last_day = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), G_LIST_MODEL (list));
  g_return_val_if_fail (g_date_valid (first) && g_date_valid (last), G_LIST_MODEL (list));

  from = kez_date_to_iso (first);
  last_day = kez_date_to_iso (last);
  /* "T99" sorts after every time of the last day. */
  to = g_strconcat (last_day, "T99", NULL);
  all = g_array_new (FALSE, TRUE, sizeof (KezMeetingFields));
  g_array_set_clear_func (all, (GDestroyNotify) kez_meeting_fields_clear);

  meetings = kez_store_prepare (store,
                                "SELECT " MEETING_READ_COLUMNS " FROM meetings "
                                "WHERE starts_at >= ?1 AND starts_at < ?2 ORDER BY starts_at, id",
                                NULL);
  events = kez_store_prepare (store,
                              "SELECT e.id, e.meeting_id, e.kind, e.starts_at, e.ends_at, e.venue, "
                              "e.notes, e.participants FROM meeting_events e "
                              "JOIN meetings m ON m.id = e.meeting_id "
                              "WHERE m.starts_at >= ?1 AND m.starts_at < ?2 "
                              "ORDER BY e.meeting_id, e.starts_at, e.id", NULL);
  if (meetings == NULL || events == NULL)
    return G_LIST_MODEL (list);

  kez_db_bind_text (meetings, 1, from);
  kez_db_bind_text (meetings, 2, to);
  while (kez_db_step (meetings) == KEZ_DB_ROW)
    {
      KezMeetingFields fields;

      fields_from_row (meetings, &fields);
      g_array_append_val (all, fields);
    }
  for (guint i = 0; i < all->len; i++)
    g_hash_table_insert (by_id, &g_array_index (all, KezMeetingFields, i).id,
                         &g_array_index (all, KezMeetingFields, i));

  kez_db_bind_text (events, 1, from);
  kez_db_bind_text (events, 2, to);
  while (kez_db_step (events) == KEZ_DB_ROW)
    {
      gint64 meeting_id = kez_db_column_int64 (events, 1);
      KezMeetingFields *fields = g_hash_table_lookup (by_id, &meeting_id);

      if (fields != NULL)
        add_event_from_row (fields, events);
    }

  for (guint i = 0; i < all->len; i++)
    {
      g_autoptr(KezMeeting) meeting = kez_meeting_new (&g_array_index (all, KezMeetingFields, i));
      g_list_store_append (list, meeting);
    }
  return G_LIST_MODEL (list);
}

/**
 * kez_meetings_count:
 *
 * Returns: how many meetings the database holds, in every year
 */
guint
kez_meetings_count (KezStore *store)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), 0);

  return kez_store_query_number (store, "SELECT count(*) FROM meetings", 0, 0);
}

/**
 * kez_meetings_count_bodies:
 *
 * Returns: how many central executive bodies have meetings in the database: one for a
 *   ministry, several for the authorised body that gathers their proposals
 */
guint
kez_meetings_count_bodies (KezStore *store)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), 0);

  return kez_store_query_number (store, "SELECT count(DISTINCT body_code) FROM meetings", 0, 0);
}

GListModel *
kez_meetings_list_year (KezStore *store,
                        int       year)
{
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, year);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, year);
  return kez_meetings_list_range (store, &first, &last);
}

KezMeeting *
kez_meetings_get (KezStore *store,
                  gint64    id)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autoptr(GListModel) list = NULL;
  GDate date;
  int minute;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  /* Found by its day, so the events come along the same way as in lists. */
  stmt = kez_store_prepare (store, "SELECT starts_at FROM meetings WHERE id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  kez_db_bind_int64 (stmt, 1, id);
  if (kez_db_step (stmt) != KEZ_DB_ROW ||
      !kez_local_time_parse (kez_db_column_text (stmt, 0), &date, &minute))
    return NULL;

  list = kez_meetings_list_range (store, &date, &date);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (list, i);

      if (kez_meeting_get_id (meeting) == id)
        return g_steal_pointer (&meeting);
    }
  return NULL;
}

/**
 * kez_meetings_set_published:
 * @published_on: (nullable): when the results were published, or %NULL to take the mark off
 * @link: where (a web address), or ""
 *
 * Marks the meeting's results as published (point 3.7: within ten days of its last event).
 */
gboolean
kez_meetings_set_published (KezStore     *store,
                            gint64        id,
                            const GDate  *published_on,
                            const char   *link,
                            GError      **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *date = published_on != NULL && g_date_valid (published_on)
                            ? kez_date_to_iso (published_on) : NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (!(stmt = kez_store_prepare (store,
                                  "UPDATE meetings SET published_on = ?2, "
                                  "publication_link = trim (?3), updated_at = "
                                  "kez_utc_now () WHERE id = ?1", error)))
    return FALSE;
  kez_db_bind_int64 (stmt, 1, id);
  kez_db_bind_text (stmt, 2, date);
  kez_db_bind_text (stmt, 3, date != NULL && link != NULL ? link : "");
  if (!kez_store_step_done (store, stmt, error))
    return FALSE;
  kez_store_emit_changed (store, "meetings");
  return TRUE;
}

/**
 * kez_meetings_set_status:
 *
 * Sets one meeting's status alone, leaving every other field as it is: "held" when its
 * clock is finished, for instance.
 */
gboolean
kez_meetings_set_status (KezStore          *store,
                         gint64             id,
                         KezMeetingStatus   status,
                         GError           **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);

  if (!(stmt = kez_store_prepare (store,
                                  "UPDATE meetings SET status = ?2, updated_at = "
                                  "kez_utc_now () WHERE id = ?1", error)))
    return FALSE;
  kez_db_bind_int64 (stmt, 1, id);
  kez_db_bind_text (stmt, 2, kez_meeting_status_to_string (status));
  if (!kez_store_step_done (store, stmt, error))
    return FALSE;
  kez_store_emit_changed (store, "meetings");
  return TRUE;
}
