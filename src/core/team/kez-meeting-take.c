/* kez-meeting-take.c
 *
 * A meeting in a district with no network: the timekeeper takes it along on a laptop. Taking
 * writes a new database file with what the console needs and nothing else: the meeting with
 * its events, the questions accepted for it, what its clock and reception have recorded so
 * far, and the reference lists; the laptop runs the meeting on that file as on any other.
 * Bringing it back sends what was recorded there (the clock's events, the citizens received,
 * the questions asked in the hall, the questions answered, the meeting held) to the database
 * it was taken from, in one transaction; every record carries the identity it was made with,
 * so a file brought back twice is kept once (schema version 12).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-meeting-take"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kez-clock-events.h"
#include "kez-live-questions.h"
#include "kez-meeting-take.h"
#include "kez-meetings.h"
#include "kez-receptions.h"
#include "kez-store-copy.h"
#include "kez-store-error.h"
#include "kez-store-open.h"
#include "kez-store-private.h"

/* The meta key of a taken file: "IDENTITY MEETING CLOCK RECEPTION QUESTION", the database it
 * was taken from, the meeting, and the last clock event, reception and question it took. */
#define TAKEN_FROM "taken-from"

#define CLOCK_COLUMNS "id, meeting_id, kind, wall_time, clock_us, boot_id, time_line, " \
                      "presentation_us, questions_us, paused_us, client_uuid"
#define RECEPTION_COLUMNS "id, event_id, received_at, citizen_name, iin, phone, address, " \
                          "issue, outcome, purged_at, client_uuid"
#define QUESTION_COLUMNS "id, meeting_id, received_on, channel, region_code, topic, text, " \
                         "author, contact, status, reject_reason, citizens, answering_at, " \
                         "answered_at, created_at, client_uuid"

/* The rows @select finds in @from (its ?1 the meeting), written into @table of @to as they
 * are, ids included. */
static gboolean
copy_rows (KezStore    *from,
           KezStore    *to,
           const char  *table,
           const char  *columns,
           const char  *select,
           gint64       meeting_id,
           GError     **error)
{
  g_autoptr(KezDbStmt) rows = kez_store_prepare (from, select, error);
  g_autoptr(KezDbStmt) write = NULL;
  g_autoptr(GString) values = g_string_new (NULL);
  g_auto(GStrv) names = g_strsplit (columns, ", ", -1);
  g_autofree char *insert = NULL;
  guint n = g_strv_length (names);

  if (rows == NULL)
    return FALSE;
  for (guint c = 0; c < n; c++)
    g_string_append_printf (values, "%s?%u", c > 0 ? ", " : "", c + 1);
  insert = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)", table, columns, values->str);
  if ((write = kez_store_prepare (to, insert, error)) == NULL)
    return FALSE;
  kez_db_bind_int64 (rows, 1, meeting_id);
  return kez_store_copy_rows (from, rows, to, write, n, error);
}

static gint64
largest (KezStore   *store,
         const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (max (id), 0) FROM %s", table);
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, sql, NULL);

  return stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW ? kez_db_column_int64 (stmt, 0) : 0;
}

static gboolean
take_into (KezStore    *from,
           KezStore    *to,
           KezMeeting  *meeting,
           const char  *identity,
           GError     **error)
{
  gint64 id = kez_meeting_get_id (meeting);
  g_autofree char *taken = NULL;
  KezMeetingFields fields;
  gboolean done;

  kez_meeting_fields_copy (kez_meeting_get_fields (meeting), &fields);
  fields.version = 0;
  done = kez_meetings_save (to, &fields, error);
  kez_meeting_fields_clear (&fields);
  if (!done ||
      !copy_rows (from, to, "clock_events", CLOCK_COLUMNS,
                  "SELECT " CLOCK_COLUMNS " FROM clock_events WHERE meeting_id = ?1 ORDER BY id",
                  id, error) ||
      !copy_rows (from, to, "receptions", RECEPTION_COLUMNS,
                  "SELECT " RECEPTION_COLUMNS " FROM receptions WHERE event_id IN "
                  "(SELECT id FROM meeting_events WHERE meeting_id = ?1) ORDER BY id",
                  id, error) ||
      !copy_rows (from, to, "questions", QUESTION_COLUMNS,
                  "SELECT " QUESTION_COLUMNS " FROM questions WHERE meeting_id = ?1 "
                  "AND status IN ('accepted', 'answered-at-meeting') ORDER BY id",
                  id, error) ||
      !kez_store_set_meta (to, "served-body", kez_meeting_get_fields (meeting)->body_code,
                           error))
    return FALSE;
  taken = g_strdup_printf ("%s %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                           " %" G_GINT64_FORMAT, identity, id, largest (to, "clock_events"),
                           largest (to, "receptions"), largest (to, "questions"));
  return kez_store_set_meta (to, TAKEN_FROM, taken, error);
}

/**
 * kez_meeting_take:
 * @path: the new file for the laptop; it must not exist yet
 *
 * Writes the meeting @meeting_id of @from into a new database file, to be run where there is
 * no network and brought back with kez_meeting_bring_back().
 */
gboolean
kez_meeting_take (KezStore    *from,
                  gint64       meeting_id,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(KezMeeting) meeting = NULL;
  g_autoptr(KezStore) to = NULL;
  g_autofree char *identity = NULL;
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, meeting_id);
  gboolean done;

  g_return_val_if_fail (KEZ_IS_STORE (from), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   /* Translators: %1$s is a file name */
                   _("“%1$s” is there already: take the meeting into a new file"), path);
      return FALSE;
    }
  if ((meeting = kez_meetings_get (from, meeting_id)) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %1$s is a number */
                   _("There is no meeting %1$s"), number);
      return FALSE;
    }
  identity = kez_store_dup_identity (from);
  if ((to = kez_store_open (path, error)) == NULL || !kez_store_begin (to, error))
    return FALSE;
  done = take_into (from, to, meeting, identity != NULL ? identity : "", error);
  if (!done)
    kez_store_rollback (to);
  else
    done = kez_store_commit (to, error);
  g_clear_object (&to);
  if (!done)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
    }
  return done;
}

/* What a taken file says of where it was taken from. */
typedef struct
{
  char   *identity;
  char   *laptop;       /* the laptop file's own identity */
  gint64  meeting_id;
  gint64  last_clock, last_reception, last_question;
} Taken;

static gboolean
read_taken (KezStore    *laptop,
            const char  *path,
            Taken       *taken,
            GError     **error)
{
  g_autofree char *text = kez_store_dup_meta (laptop, TAKEN_FROM);
  g_auto(GStrv) words = text != NULL ? g_strsplit (text, " ", -1) : NULL;

  if (words == NULL || g_strv_length (words) != 5)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is a file name */
                   _("“%1$s” is not a meeting taken along from a database"), path);
      return FALSE;
    }
  taken->identity = g_strdup (words[0]);
  taken->meeting_id = g_ascii_strtoll (words[1], NULL, 10);
  taken->last_clock = g_ascii_strtoll (words[2], NULL, 10);
  taken->last_reception = g_ascii_strtoll (words[3], NULL, 10);
  taken->last_question = g_ascii_strtoll (words[4], NULL, 10);
  return TRUE;
}

/* A record's identity: the one it was made with; a record made on the laptop without one (a
 * question imported there rather than asked at the console) is named by the laptop's file
 * and its row, the same however often the file comes back. */
static char *
record_identity (const Taken *taken,
                 KezDbStmt   *rows,
                 int          identity_column,
                 int          id_column,
                 const char  *table)
{
  const char *made_with = kez_db_column_text (rows, identity_column);

  if (made_with != NULL && *made_with != '\0')
    return g_strdup (made_with);
  return g_strdup_printf ("%s:%s:%" G_GINT64_FORMAT, taken->laptop, table,
                          kez_db_column_int64 (rows, id_column));
}

static gint64
wall_us (const char *text)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (text, utc);

  return time != NULL ? g_date_time_to_unix (time) * G_USEC_PER_SEC +
                        g_date_time_get_microsecond (time) : 0;
}

static gboolean
bring_clock (KezStore           *laptop,
             KezStore           *to,
             const Taken        *taken,
             KezBroughtBack     *counts,
             GError            **error)
{
  g_autoptr(KezDbStmt) rows = kez_store_prepare (laptop, "SELECT kind, wall_time, clock_us, "
                                                         "boot_id, presentation_us, "
                                                         "questions_us, paused_us, client_uuid, "
                                                         "id FROM clock_events WHERE id > ?1 "
                                                         "ORDER BY id", error);

  if (rows == NULL)
    return FALSE;
  kez_db_bind_int64 (rows, 1, taken->last_clock);
  while (kez_db_step (rows) == KEZ_DB_ROW)
    {
      KezClockEvent event = { .has_totals = TRUE };
      g_autofree char *identity = record_identity (taken, rows, 7, 8, "clock_events");

      if (!kez_clock_event_kind_from_string (kez_db_column_text (rows, 0), &event.kind))
        continue;
      event.wall_us = wall_us (kez_db_column_text (rows, 1));
      event.clock_us = kez_db_column_int64 (rows, 2);
      event.presentation = kez_db_column_int64 (rows, 4);
      event.questions = kez_db_column_int64 (rows, 5);
      event.paused = kez_db_column_int64 (rows, 6);
      if (!kez_clock_events_append_recorded (to, taken->meeting_id, &event,
                                             kez_db_column_text (rows, 3), identity, error))
        return FALSE;
      counts->clock_events += kez_db_changes (kez_store_get_db (to)) > 0;
    }
  return TRUE;
}

static gboolean
bring_receptions (KezStore        *laptop,
                  KezStore        *to,
                  const Taken     *taken,
                  KezBroughtBack  *counts,
                  GError         **error)
{
  g_autoptr(KezDbStmt) rows = kez_store_prepare (laptop, "SELECT received_at, citizen_name, "
                                                         "iin, phone, address, issue, outcome, "
                                                         "client_uuid, id FROM receptions "
                                                         "WHERE id > ?1 ORDER BY id", error);

  if (rows == NULL)
    return FALSE;
  kez_db_bind_int64 (rows, 1, taken->last_reception);
  while (kez_db_step (rows) == KEZ_DB_ROW)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) received = g_date_time_new_from_iso8601 (kez_db_column_text (rows, 0),
                                                                    utc);
      KezReceptionFields fields = {
        .citizen_name = kez_store_column_text (rows, 1),
        .iin = kez_store_column_text (rows, 2),
        .phone = kez_store_column_text (rows, 3),
        .address = kez_store_column_text (rows, 4),
        .issue = kez_store_column_text (rows, 5),
        .outcome = kez_store_column_text (rows, 6),
      };
      gint64 before = kez_receptions_count (to, taken->meeting_id);
      g_autofree char *identity = record_identity (taken, rows, 7, 8, "receptions");

      if (received == NULL)
        received = g_date_time_new_now_utc ();
      if (!kez_receptions_add_recorded (to, taken->meeting_id, &fields, received, identity,
                                        error))
        return FALSE;
      counts->receptions += kez_receptions_count (to, taken->meeting_id) > before;
    }
  return TRUE;
}

/* The hall's new questions, and the accepted ones answered there. */
static gboolean
bring_questions (KezStore        *laptop,
                 KezStore        *to,
                 const Taken     *taken,
                 KezBroughtBack  *counts,
                 GError         **error)
{
  g_autoptr(KezDbStmt) asked = kez_store_prepare (laptop, "SELECT channel, text, created_at, "
                                                          "client_uuid, status, answering_at, "
                                                          "answered_at, id FROM questions "
                                                          "WHERE id > ?1 ORDER BY id", error);
  g_autoptr(KezDbStmt) answered = kez_store_prepare (laptop, "SELECT id, status, answering_at, "
                                                             "answered_at FROM questions "
                                                             "WHERE id <= ?1", error);
  g_autoptr(KezDbStmt) mark = kez_store_prepare (to, "UPDATE questions SET status = ?2, "
                                                     "answering_at = ?3, answered_at = ?4 "
                                                     "WHERE id = ?1 AND meeting_id = ?5 AND "
                                                     "(status <> ?2 OR answered_at IS NULL) "
                                                     "AND status IN ('accepted', "
                                                     "'answered-at-meeting')", error);

  if (asked == NULL || answered == NULL || mark == NULL)
    return FALSE;
  kez_db_bind_int64 (asked, 1, taken->last_question);
  while (kez_db_step (asked) == KEZ_DB_ROW)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (kez_db_column_text (asked, 2), utc);
      g_autoptr(GError) local = NULL;
      g_autofree char *identity = record_identity (taken, asked, 3, 7, "questions");
      gint64 id;

      if (at == NULL)
        at = g_date_time_new_now_utc ();
      id = kez_live_questions_add_recorded (to, taken->meeting_id, kez_db_column_text (asked, 0),
                                            kez_db_column_text (asked, 1), at, identity,
                                            &local);
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      if (id == 0)
        continue;  /* brought back before */
      counts->questions++;
      kez_db_clear_bindings (mark);
      kez_db_bind_int64 (mark, 1, id);
      kez_db_bind_text (mark, 2, kez_db_column_text (asked, 4));
      kez_db_bind_text (mark, 3, kez_db_column_text (asked, 5));
      kez_db_bind_text (mark, 4, kez_db_column_text (asked, 6));
      kez_db_bind_int64 (mark, 5, taken->meeting_id);
      if (!kez_store_step_done (to, mark, error))
        return FALSE;
    }
  kez_db_bind_int64 (answered, 1, taken->last_question);
  while (kez_db_step (answered) == KEZ_DB_ROW)
    {
      if (g_strcmp0 (kez_db_column_text (answered, 1), "answered-at-meeting") != 0)
        continue;
      kez_db_clear_bindings (mark);
      kez_db_bind_int64 (mark, 1, kez_db_column_int64 (answered, 0));
      kez_db_bind_text (mark, 2, "answered-at-meeting");
      kez_db_bind_text (mark, 3, kez_db_column_text (answered, 2));
      kez_db_bind_text (mark, 4, kez_db_column_text (answered, 3));
      kez_db_bind_int64 (mark, 5, taken->meeting_id);
      if (!kez_store_step_done (to, mark, error))
        return FALSE;
      counts->answered += kez_db_changes (kez_store_get_db (to)) > 0;
    }
  return TRUE;
}

/**
 * kez_meeting_bring_back:
 * @path: a file kez_meeting_take() wrote, run on a laptop since
 * @counts: (out caller-allocates): what was brought back (none of what was brought before)
 *
 * Brings what the meeting recorded on the laptop back into @to, the database it was taken
 * from, all or nothing.
 */
gboolean
kez_meeting_bring_back (KezStore        *to,
                        const char      *path,
                        KezBroughtBack  *counts,
                        GError         **error)
{
  g_autoptr(KezStore) laptop = NULL;
  g_autofree char *identity = NULL;
  g_autoptr(KezMeeting) meeting = NULL;
  Taken taken = { 0 };
  gboolean done = FALSE;

  g_return_val_if_fail (KEZ_IS_STORE (to), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  *counts = (KezBroughtBack) { 0 };
  if ((laptop = kez_store_open (path, error)) == NULL || !read_taken (laptop, path, &taken, error))
    return FALSE;
  taken.laptop = kez_store_dup_identity (laptop);
  if (taken.laptop == NULL)
    taken.laptop = g_strdup_printf ("%s:%" G_GINT64_FORMAT, taken.identity, taken.meeting_id);
  identity = kez_store_dup_identity (to);
  if (g_strcmp0 (identity != NULL ? identity : "", taken.identity) != 0 ||
      (meeting = kez_meetings_get (to, taken.meeting_id)) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is a file name */
                   _("The meeting in “%1$s” was taken from another database"), path);
      g_free (taken.identity);
      g_free (taken.laptop);
      return FALSE;
    }
  if (kez_store_begin (to, error))
    {
      g_autoptr(KezMeeting) held = kez_meetings_get (laptop, taken.meeting_id);

      done = bring_clock (laptop, to, &taken, counts, error) &&
             bring_receptions (laptop, to, &taken, counts, error) &&
             bring_questions (laptop, to, &taken, counts, error);
      /* Held there: held here. */
      if (done && held != NULL &&
          kez_meeting_get_fields (held)->status == KEZ_STATUS_HELD &&
          kez_meeting_get_fields (meeting)->status != KEZ_STATUS_HELD)
        {
          done = kez_meetings_set_status (to, taken.meeting_id, KEZ_STATUS_HELD, error);
          counts->held = done;
        }
      if (done)
        done = kez_store_commit (to, error);
      else
        kez_store_rollback (to);
    }
  g_free (taken.identity);
  g_free (taken.laptop);
  return done;
}
