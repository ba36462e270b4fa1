/* kez-receptions.c
 *
 * A citizen is recorded under the meeting's personal reception event, which is created, at
 * the time of the first citizen, if the meeting has none yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-receptions"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-iin.h"
#include "kez-meetings.h"
#include "kez-receptions.h"
#include "kez-questions-private.h"
#include "kez-store-private.h"
#include "kez-text.h"

/* The reception is on the meeting's day, from now (or the meeting's start). */
static char *
reception_start (KezStore *store,
                 gint64    meeting_id)
{
  g_autoptr(KezMeeting) meeting = kez_meetings_get (store, meeting_id);

  if (meeting == NULL)
    return NULL;
  return kez_local_time_to_string (kez_meeting_get_date (meeting),
                                   kez_meeting_event_minute_now (kez_meeting_get_fields (meeting)));
}

static gint64
find_or_add_reception_event (KezStore  *store,
                             gint64     meeting_id,
                             GError   **error)
{
  g_autoptr(KezDbStmt) find = NULL;
  g_autoptr(KezDbStmt) add = NULL;
  g_autofree char *starts = NULL;

  find = kez_store_prepare (store,
                            "SELECT id FROM meeting_events WHERE meeting_id = ?1 "
                            "AND kind = 'reception' ORDER BY starts_at LIMIT 1", error);
  if (find == NULL)
    return 0;
  kez_db_bind_int64 (find, 1, meeting_id);
  if (kez_db_step (find) == KEZ_DB_ROW)
    return kez_db_column_int64 (find, 0);

  if ((starts = reception_start (store, meeting_id)) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The meeting of this reception is no longer in the database"));
      return 0;
    }

  add = kez_store_prepare (store,
                           "INSERT INTO meeting_events (meeting_id, kind, starts_at) "
                           "VALUES (?1, 'reception', ?2)", error);
  if (add == NULL)
    return 0;
  kez_db_bind_int64 (add, 1, meeting_id);
  kez_db_bind_text (add, 2, starts);
  if (!kez_store_step_done (store, add, error))
    return 0;
  return kez_db_last_insert_id (kez_store_get_db (store));
}

/**
 * kez_receptions_add:
 *
 * Checks the IIN (when given) and saves the citizen, all in one transaction.
 */
gboolean
kez_receptions_add (KezStore                 *store,
                    gint64                    meeting_id,
                    const KezReceptionFields *fields,
                    GError                  **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return kez_receptions_add_recorded (store, meeting_id, fields, now, NULL, error);
}

/* The check a reception must pass before it is saved, here or in a journal. */
gboolean
kez_receptions_check (const KezReceptionFields  *fields,
                      GError                   **error)
{
  if (kez_text_is_blank (fields->citizen_name) && kez_text_is_blank (fields->issue))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Enter the citizen’s name or the issue raised"));
      return FALSE;
    }
  return kez_text_is_blank (fields->iin) || kez_iin_validate (fields->iin, NULL, error);
}

/**
 * kez_receptions_add_recorded:
 * @received: when the citizen was received
 * @client_uuid: (nullable): the identity it was recorded with (a new one when %NULL): one
 *   saved already is not saved again (the console's journal sends it so)
 */
gboolean
kez_receptions_add_recorded (KezStore                 *store,
                             gint64                    meeting_id,
                             const KezReceptionFields *fields,
                             GDateTime                *received,
                             const char               *client_uuid,
                             GError                  **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *received_text = NULL;
  gint64 event_id;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (fields != NULL && received != NULL, FALSE);

  if (!kez_receptions_check (fields, error))
    return FALSE;
  utc = g_date_time_to_utc (received);
  received_text = g_date_time_format_iso8601 (utc);
  if (!kez_store_begin (store, error))
    return FALSE;
  event_id = find_or_add_reception_event (store, meeting_id, error);
  stmt = event_id != 0 ? kez_store_prepare (store,
                                            "INSERT INTO receptions (event_id, received_at, "
                                            "citizen_name, iin, phone, address, issue, outcome, "
                                            "client_uuid) "
                                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                                            "ON CONFLICT (client_uuid) DO NOTHING", error)
                       : NULL;
  if (stmt == NULL)
    {
      kez_store_rollback (store);
      return FALSE;
    }
  kez_db_bind_int64 (stmt, 1, event_id);
  kez_db_bind_text (stmt, 2, received_text);
  kez_db_bind_text (stmt, 3, fields->citizen_name ? fields->citizen_name : "");
  kez_db_bind_text (stmt, 4, fields->iin ? fields->iin : "");
  kez_db_bind_text (stmt, 5, fields->phone ? fields->phone : "");
  kez_db_bind_text (stmt, 6, fields->address ? fields->address : "");
  kez_db_bind_text (stmt, 7, fields->issue ? fields->issue : "");
  kez_db_bind_text (stmt, 8, fields->outcome ? fields->outcome : "");
  kez_db_bind_text_take (stmt, 9, client_uuid != NULL ? g_strdup (client_uuid)
                                                     : g_uuid_string_random ());
  if (!kez_store_step_done (store, stmt, error))
    {
      kez_store_rollback (store);
      return FALSE;
    }
  kez_store_emit_changed (store, "receptions");
  return kez_store_commit (store, error);
}

guint
kez_receptions_count (KezStore *store,
                      gint64    meeting_id)
{
  return kez_store_query_number (store,
                                 "SELECT count(*) FROM receptions r JOIN meeting_events e "
                                 "ON e.id = r.event_id WHERE e.meeting_id = ?1", meeting_id, 0);
}

