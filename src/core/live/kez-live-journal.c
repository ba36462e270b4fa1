/* kez-live-journal.c
 *
 * On a team server the live console must never wait for the network: the minister is
 * speaking. What it records (the clock's events, the citizens received, the questions from
 * the hall) goes first into a journal on this computer, a small SQLite file of its own,
 * which is on the disk before the console goes on; a thread sends it to the server, in the
 * order it was recorded, as soon as and as long as the server answers, and takes out what
 * the server has. Each record carries an identity made here, so that one sent twice (the
 * server's answer lost with the network) is kept there once (schema version 12).
 *
 * A record the server refuses for what it says (not for being away) is kept aside with the
 * server's reason rather than holding up those after it. The journal holds citizens'
 * personal data until they are sent: its file is the owner's alone, and what is sent is
 * overwritten (secure_delete).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-live-journal"

#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "kez-clock-events.h"
#include "kez-db.h"
#include "kez-live-journal.h"
#include "kez-live-questions.h"
#include "kez-meetings.h"
#include "kez-store-error.h"
#include "kez-store-open.h"
#include "kez-store-private.h"

#define RETRY_US (3 * G_TIME_SPAN_SECOND)   /* as the window looks for a lost server */

static const char schema[] =
  "PRAGMA secure_delete = ON;"
  "PRAGMA journal_mode = WAL;"
  "CREATE TABLE IF NOT EXISTS pending ("
  "  seq             INTEGER PRIMARY KEY,"
  "  uuid            TEXT NOT NULL UNIQUE,"
  "  kind            TEXT NOT NULL CHECK (kind IN ('clock-event', 'reception', 'question', "
  "                                                'held')),"
  "  meeting_id      INTEGER NOT NULL,"
  "  at_us           INTEGER NOT NULL,"       /* when it was recorded, since 1970 */
  "  clock_kind      TEXT,"
  "  clock_us        INTEGER,"
  "  boot_id         TEXT,"
  "  presentation_us INTEGER,"
  "  questions_us    INTEGER,"
  "  paused_us       INTEGER,"
  "  citizen_name    TEXT,"
  "  iin             TEXT,"
  "  phone           TEXT,"
  "  address         TEXT,"
  "  issue           TEXT,"
  "  outcome         TEXT,"
  "  channel         TEXT,"
  "  text            TEXT,"
  "  refused         TEXT"                    /* the server's reason, if it refused it */
  ") STRICT;";

struct _KezLiveJournal
{
  GObject       parent_instance;

  KezStore     *store;      /* whose server it sends to (not kept alive by the journal) */
  GMainContext *context;    /* the store's thread: where "pending" is said */
  char         *location;
  char         *path;
  KezDb        *db;         /* the journal, for the store's thread */
  guint         pending;    /* records not yet on the server */

  GThread      *thread;
  GMutex        lock;
  GCond         wake;
  gboolean      work;       /* something was added */
  gboolean      stopping;
};

G_DEFINE_FINAL_TYPE (KezLiveJournal, kez_live_journal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
count_pending (KezDb *db)
{
  g_autoptr(KezDbStmt) stmt = kez_db_prepare (db, "SELECT count (*) FROM pending "
                                                  "WHERE refused IS NULL");

  return stmt != NULL && kez_db_step (stmt) == KEZ_DB_ROW ? kez_db_column_int (stmt, 0) : 0;
}

/* On the store's thread: the count the console shows. */
static gboolean
recount (gpointer data)
{
  KezLiveJournal *self = data;
  guint pending = count_pending (self->db);

  if (pending != self->pending)
    {
      self->pending = pending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PENDING]);
    }
  return G_SOURCE_REMOVE;
}

static GDateTime *
time_of (gint64 us)
{
  g_autoptr(GDateTime) seconds = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);

  return g_date_time_add (seconds, us % G_USEC_PER_SEC);
}

/* One record to the server; FALSE with @error set when it was not taken. */
static gboolean
send_one (KezStore   *server,
          KezDbStmt  *row,
          GError    **error)
{
  const char *uuid = kez_db_column_text (row, 1);
  const char *kind = kez_db_column_text (row, 2);
  gint64 meeting_id = kez_db_column_int64 (row, 3);
  g_autoptr(GDateTime) at = time_of (kez_db_column_int64 (row, 4));

  if (g_str_equal (kind, "clock-event"))
    {
      KezClockEvent event = { 0 };

      if (!kez_clock_event_kind_from_string (kez_db_column_text (row, 5), &event.kind))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "unknown event");
          return FALSE;
        }
      event.wall_us = kez_db_column_int64 (row, 4);
      event.clock_us = kez_db_column_int64 (row, 6);
      event.presentation = kez_db_column_int64 (row, 8);
      event.questions = kez_db_column_int64 (row, 9);
      event.paused = kez_db_column_int64 (row, 10);
      event.has_totals = TRUE;
      return kez_clock_events_append_recorded (server, meeting_id, &event,
                                               kez_db_column_text (row, 7), uuid, error);
    }
  if (g_str_equal (kind, "reception"))
    {
      KezReceptionFields fields = {
        .citizen_name = kez_db_column_text (row, 11),
        .iin = kez_db_column_text (row, 12),
        .phone = kez_db_column_text (row, 13),
        .address = kez_db_column_text (row, 14),
        .issue = kez_db_column_text (row, 15),
        .outcome = kez_db_column_text (row, 16),
      };

      return kez_receptions_add_recorded (server, meeting_id, &fields, at, uuid, error);
    }
  if (g_str_equal (kind, "held"))
    return kez_meetings_set_status (server, meeting_id, KEZ_STATUS_HELD, error);
  kez_live_questions_add_recorded (server, meeting_id, kez_db_column_text (row, 17),
                                   kez_db_column_text (row, 18), at, uuid, error);
  return error == NULL || *error == NULL;
}

/* Sends what is pending, in order; FALSE when the server could not be reached. */
static gboolean
send_pending (KezLiveJournal *self,
              KezDb          *journal,
              KezStore       *server)
{
  g_autoptr(KezDbStmt) rows = kez_db_prepare (journal, "SELECT seq, uuid, kind, meeting_id, "
                                                       "at_us, clock_kind, clock_us, boot_id, "
                                                       "presentation_us, questions_us, "
                                                       "paused_us, citizen_name, iin, phone, "
                                                       "address, issue, outcome, channel, text "
                                                       "FROM pending WHERE refused IS NULL "
                                                       "ORDER BY seq");
  g_autoptr(KezDbStmt) sent = kez_db_prepare (journal, "DELETE FROM pending WHERE seq = ?1");
  g_autoptr(KezDbStmt) refused = kez_db_prepare (journal, "UPDATE pending SET refused = ?2 "
                                                          "WHERE seq = ?1");
  gboolean reached = TRUE;

  if (rows == NULL || sent == NULL || refused == NULL)
    return TRUE;
  while (kez_db_step (rows) == KEZ_DB_ROW)
    {
      g_autoptr(GError) error = NULL;
      gint64 seq = kez_db_column_int64 (rows, 0);
      KezDbStmt *done = sent;

      if (!send_one (server, rows, &error))
        {
          if (g_error_matches (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_UNREACHABLE))
            {
              reached = FALSE;
              break;
            }
          g_warning ("The server refused a record of the console: %s", error->message);
          done = refused;
          kez_db_bind_text (refused, 2, error->message);
        }
      kez_db_bind_int64 (done, 1, seq);
      kez_db_step (done);
      kez_db_reset (done);
      g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, recount,
                                  g_object_ref (self), g_object_unref);
    }
  return reached;
}

static gpointer
send_thread (gpointer data)
{
  KezLiveJournal *self = data;
  g_autoptr(GError) error = NULL;
  KezDb *journal = kez_db_open (self->path, KEZ_DB_OPEN_READ_WRITE, &error);
  KezStore *server = NULL;

  if (journal == NULL)
    {
      g_warning ("The console's journal cannot be read: %s", error->message);
      return NULL;
    }
  kez_db_exec (journal, "PRAGMA secure_delete = ON; PRAGMA busy_timeout = 5000");
  for (;;)
    {
      gboolean retry = FALSE;

      g_mutex_lock (&self->lock);
      while (!self->work && !self->stopping)
        if (!g_cond_wait_until (&self->wake, &self->lock,
                                g_get_monotonic_time () + RETRY_US))
          break;
      self->work = FALSE;
      if (self->stopping)
        {
          g_mutex_unlock (&self->lock);
          break;
        }
      g_mutex_unlock (&self->lock);

      if (count_pending (journal) == 0)
        continue;
      g_clear_error (&error);
      if (server == NULL && (server = kez_store_open (self->location, &error)) == NULL)
        {
          g_debug ("the server cannot take the console's records now: %s", error->message);
          continue;
        }
      if (!send_pending (self, journal, server))
        retry = TRUE;
      if (retry)
        g_debug ("the server went away while the console's records were sent");
    }
  g_clear_object (&server);
  kez_db_close (journal);
  return NULL;
}

static void
kez_live_journal_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KezLiveJournal *self = KEZ_LIVE_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_PENDING:
      g_value_set_uint (value, self->pending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_live_journal_finalize (GObject *object)
{
  KezLiveJournal *self = KEZ_LIVE_JOURNAL (object);

  if (self->thread != NULL)
    {
      g_mutex_lock (&self->lock);
      self->stopping = TRUE;
      g_cond_signal (&self->wake);
      g_mutex_unlock (&self->lock);
      g_thread_join (self->thread);
    }
  g_clear_pointer (&self->db, kez_db_close);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->wake);
  g_main_context_unref (self->context);
  g_free (self->location);
  g_free (self->path);
  G_OBJECT_CLASS (kez_live_journal_parent_class)->finalize (object);
}

static void
kez_live_journal_class_init (KezLiveJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kez_live_journal_get_property;
  object_class->finalize = kez_live_journal_finalize;

  /**
   * KezLiveJournal:pending:
   *
   * How many records wait for the server.
   */
  properties[PROP_PENDING] =
    g_param_spec_uint ("pending", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kez_live_journal_init (KezLiveJournal *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->wake);
}

/* One journal a server, beside the settings: $XDG_DATA_HOME/kezdesu/journals/HASH.db. */
static char *
journal_path (const char *location)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, location, -1);
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "kezdesu", "journals",
                                              NULL);
  g_autofree char *name = g_strdup_printf ("%.16s.db", hash);

  g_mkdir_with_parents (folder, 0700);
  return g_build_filename (folder, name, NULL);
}

static KezLiveJournal *
journal_new (KezStore  *store,
             GError   **error)
{
  g_autoptr(KezLiveJournal) self = g_object_new (KEZ_TYPE_LIVE_JOURNAL, NULL);
  int fd;

  self->store = store;
  self->context = g_main_context_ref_thread_default ();
  self->location = g_strdup (kez_store_get_path (store));
  self->path = journal_path (self->location);
  /* The owner's alone before anything is in it. */
  if ((fd = g_open (self->path, O_RDWR | O_CREAT | O_CLOEXEC, 0600)) >= 0)
    close (fd);
  if ((self->db = kez_db_open (self->path, KEZ_DB_OPEN_READ_WRITE, error)) == NULL)
    return NULL;
  if (!kez_db_exec (self->db, schema) || !kez_db_exec (self->db, "PRAGMA busy_timeout = 5000"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", kez_db_get_message (self->db));
      return NULL;
    }
  self->pending = count_pending (self->db);
  self->thread = g_thread_new ("kez-journal", send_thread, self);
  return g_steal_pointer (&self);
}

/**
 * kez_live_journal_get:
 *
 * Returns: (transfer none) (nullable): the journal of @store's console, made on first use
 *   and kept as long as @store; %NULL for a database file, which the console writes at once,
 *   or when the journal cannot be made (said in the log)
 */
KezLiveJournal *
kez_live_journal_get (KezStore *store)
{
  KezLiveJournal *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  if (kez_db_get_kind (kez_store_get_db (store)) != KEZ_DB_POSTGRESQL)
    return NULL;
  self = g_object_get_data (G_OBJECT (store), "kez-live-journal");
  if (self != NULL)
    return self;
  if ((self = journal_new (store, &error)) == NULL)
    {
      g_warning ("The console's journal cannot be made: %s", error->message);
      return NULL;
    }
  g_object_set_data_full (G_OBJECT (store), "kez-live-journal", self, g_object_unref);
  return self;
}

guint
kez_live_journal_get_pending (KezLiveJournal *self)
{
  g_return_val_if_fail (KEZ_IS_LIVE_JOURNAL (self), 0);
  return self->pending;
}

static KezDbStmt *
begin_record (KezLiveJournal *self,
              const char     *kind,
              gint64          meeting_id,
              gint64          at_us,
              const char     *columns,
              const char     *values)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO pending (uuid, kind, meeting_id, at_us%s) "
                                          "VALUES (?1, ?2, ?3, ?4%s)", columns, values);
  KezDbStmt *stmt = kez_db_prepare (self->db, sql);
  g_autofree char *uuid = g_uuid_string_random ();

  if (stmt == NULL)
    return NULL;
  kez_db_bind_text_copy (stmt, 1, uuid);
  kez_db_bind_text (stmt, 2, kind);
  kez_db_bind_int64 (stmt, 3, meeting_id);
  kez_db_bind_int64 (stmt, 4, at_us);
  return stmt;
}

/* Written on this computer's disk, then the sender is woken. */
static gboolean
finish_record (KezLiveJournal  *self,
               KezDbStmt       *stmt,
               GError         **error)
{
  if (stmt == NULL || kez_db_step (stmt) != KEZ_DB_DONE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %1$s is the technical reason */
                   _("The console could not keep this on the computer’s disk: %1$s"),
                   kez_db_get_message (self->db));
      return FALSE;
    }
  g_mutex_lock (&self->lock);
  self->work = TRUE;
  g_cond_signal (&self->wake);
  g_mutex_unlock (&self->lock);
  recount (self);
  return TRUE;
}

gboolean
kez_live_journal_add_clock_event (KezLiveJournal       *self,
                                  gint64                meeting_id,
                                  const KezClockEvent  *event,
                                  GError              **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_LIVE_JOURNAL (self), FALSE);
  g_return_val_if_fail (event != NULL && event->has_totals, FALSE);

  stmt = begin_record (self, "clock-event", meeting_id, event->wall_us,
                       ", clock_kind, clock_us, boot_id, presentation_us, questions_us, "
                       "paused_us", ", ?5, ?6, ?7, ?8, ?9, ?10");
  if (stmt != NULL)
    {
      kez_db_bind_text (stmt, 5, kez_clock_event_kind_to_string (event->kind));
      kez_db_bind_int64 (stmt, 6, event->clock_us);
      kez_db_bind_text (stmt, 7, kez_clock_events_boot_id ());
      kez_db_bind_int64 (stmt, 8, event->presentation);
      kez_db_bind_int64 (stmt, 9, event->questions);
      kez_db_bind_int64 (stmt, 10, event->paused);
    }
  return finish_record (self, stmt, error);
}

gboolean
kez_live_journal_add_reception (KezLiveJournal            *self,
                                gint64                     meeting_id,
                                const KezReceptionFields  *fields,
                                GError                   **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_LIVE_JOURNAL (self), FALSE);

  if (!kez_receptions_check (fields, error))
    return FALSE;
  stmt = begin_record (self, "reception", meeting_id, g_get_real_time (),
                       ", citizen_name, iin, phone, address, issue, outcome",
                       ", ?5, ?6, ?7, ?8, ?9, ?10");
  if (stmt != NULL)
    {
      kez_db_bind_text (stmt, 5, fields->citizen_name ? fields->citizen_name : "");
      kez_db_bind_text (stmt, 6, fields->iin ? fields->iin : "");
      kez_db_bind_text (stmt, 7, fields->phone ? fields->phone : "");
      kez_db_bind_text (stmt, 8, fields->address ? fields->address : "");
      kez_db_bind_text (stmt, 9, fields->issue ? fields->issue : "");
      kez_db_bind_text (stmt, 10, fields->outcome ? fields->outcome : "");
    }
  return finish_record (self, stmt, error);
}

gboolean
kez_live_journal_add_question (KezLiveJournal  *self,
                               gint64           meeting_id,
                               const char      *channel,
                               const char      *text,
                               GError         **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_val_if_fail (KEZ_IS_LIVE_JOURNAL (self), FALSE);

  if (*clean == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Type the question first"));
      return FALSE;
    }
  stmt = begin_record (self, "question", meeting_id, g_get_real_time (), ", channel, text",
                       ", ?5, ?6");
  if (stmt != NULL)
    {
      kez_db_bind_text (stmt, 5, channel);
      kez_db_bind_text (stmt, 6, clean);
    }
  return finish_record (self, stmt, error);
}

/* The timekeeper marked the meeting held when finishing it: sent after its clock's events. */
gboolean
kez_live_journal_mark_held (KezLiveJournal  *self,
                            gint64           meeting_id,
                            GError         **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_LIVE_JOURNAL (self), FALSE);

  stmt = begin_record (self, "held", meeting_id, g_get_real_time (), "", "");
  return finish_record (self, stmt, error);
}

/**
 * kez_live_journal_dup_questions:
 *
 * Returns: (transfer full): the texts of @meeting_id's hall questions not yet on the server,
 *   in the order they were asked
 */
GStrv
kez_live_journal_dup_questions (KezLiveJournal *self,
                                gint64          meeting_id)
{
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_LIVE_JOURNAL (self), NULL);

  stmt = kez_db_prepare (self->db, "SELECT text FROM pending WHERE kind = 'question' "
                                   "AND meeting_id = ?1 ORDER BY seq");
  if (stmt != NULL)
    {
      kez_db_bind_int64 (stmt, 1, meeting_id);
      while (kez_db_step (stmt) == KEZ_DB_ROW)
        g_strv_builder_add (texts, kez_db_column_text (stmt, 0));
    }
  return g_strv_builder_end (texts);
}

/**
 * kez_live_journal_dup_clock_events:
 *
 * Returns: (transfer full) (element-type KezClockEvent): @meeting_id's clock events not yet
 *   on the server, in order: a console opened again while the server is away goes on from
 *   them
 */
GArray *
kez_live_journal_dup_clock_events (KezLiveJournal *self,
                                   gint64          meeting_id)
{
  GArray *events = g_array_new (FALSE, TRUE, sizeof (KezClockEvent));
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_LIVE_JOURNAL (self), events);

  stmt = kez_db_prepare (self->db, "SELECT clock_kind, clock_us, at_us, presentation_us, "
                                   "questions_us, paused_us FROM pending "
                                   "WHERE kind = 'clock-event' AND meeting_id = ?1 "
                                   "AND refused IS NULL ORDER BY seq");
  if (stmt == NULL)
    return events;
  kez_db_bind_int64 (stmt, 1, meeting_id);
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      KezClockEvent event = { 0 };

      if (!kez_clock_event_kind_from_string (kez_db_column_text (stmt, 0), &event.kind))
        continue;
      event.clock_us = kez_db_column_int64 (stmt, 1);
      event.wall_us = kez_db_column_int64 (stmt, 2);
      event.presentation = kez_db_column_int64 (stmt, 3);
      event.questions = kez_db_column_int64 (stmt, 4);
      event.paused = kez_db_column_int64 (stmt, 5);
      event.has_totals = TRUE;
      g_array_append_val (events, event);
    }
  return events;
}
