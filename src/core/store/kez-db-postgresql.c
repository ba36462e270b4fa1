/* kez-db-postgresql.c: the team's engine, a PostgreSQL server reached through libpq
 *
 * A statement is prepared on the server once per connection (PQprepare, by its text) and run
 * with its parameters as text (PQexecPrepared); its rows are read from the result one step
 * at a time, as SQLite hands them. A connection serves one thread at a time, as SQLite's do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-db"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>

#include "kez-db-engine.h"
#include "kez-db-passwords.h"
#include "kez-db-postgresql.h"
#include "kez-db-placeholders.h"

typedef struct
{
  KezDb         parent;
  PGconn       *conn;
  PGcancel     *cancel;      /* for kez_db_interrupt(), from another thread */
  GHashTable   *prepared;    /* statement text → Prepared */
  guint         n_prepared;
  char         *message;     /* the last failure's, without libpq's closing newline */
  KezDbFailure  failure;
  gint64        changes;
  gboolean      read_only;
  guint         generation;  /* one more at each reconnection */
} Connection;

/* A statement prepared on the server, by its text; prepared again after a reconnection,
 * which the server's prepared statements do not outlive. */
typedef struct
{
  char  *name;
  char  *numbered;    /* the text with $n parameters */
  int    n_params;
  Oid   *types;       /* 0: the server infers it */
  guint  generation;  /* the connection's when it was prepared */
} Prepared;

static void
prepared_free (gpointer data)
{
  Prepared *prepared = data;

  g_free (prepared->name);
  g_free (prepared->numbered);
  g_free (prepared->types);
  g_free (prepared);
}

typedef struct
{
  KezDbStmt  parent;
  Prepared   *prepared;      /* owned by the connection's table */
  const char *name;          /* the prepared statement's */
  int         n_params;
  char      **values;        /* the parameters as text; NULL is NULL */
  gboolean   *owned;         /* which of them to free */
  PGresult   *result;        /* NULL until stepped */
  int         row;
} Statement;

#define CONN(db) ((Connection *) (db))
#define STMT(stmt) ((Statement *) (stmt))

static const KezDbEngine postgresql_engine;

/* The failure's kind from its SQLSTATE (PostgreSQL's appendix A) or the connection's state. */
static KezDbFailure
failure_of (PGconn         *conn,
            const PGresult *result)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;

  if (PQstatus (conn) == CONNECTION_BAD || state == NULL || g_str_has_prefix (state, "08"))
    return KEZ_DB_FAILURE_CONNECTION;
  if (g_str_has_prefix (state, "23"))
    return KEZ_DB_FAILURE_CONSTRAINT;
  if (strcmp (state, "53100") == 0)
    return KEZ_DB_FAILURE_DISK_FULL;
  if (strcmp (state, "57014") == 0)
    return KEZ_DB_FAILURE_INTERRUPTED;
  if (strcmp (state, "40001") == 0 || strcmp (state, "40P01") == 0 ||
      strcmp (state, "55P03") == 0)
    return KEZ_DB_FAILURE_BUSY;
  if (strcmp (state, "42501") == 0 || g_str_has_prefix (state, "28") ||
      strcmp (state, "25006") == 0)
    return KEZ_DB_FAILURE_DENIED;
  if (g_str_has_prefix (state, "XX0"))
    return KEZ_DB_FAILURE_CORRUPT;
  return KEZ_DB_FAILURE_OTHER;
}

/* TRUE when @result is a success; else the connection remembers why not, and @result is
 * freed. */
/* pg_type.h's TEXTOID and BOOLOID, which libpq's headers do not carry. */
#define TEXT_OID 25
#define BOOL_OID 16

static gboolean
check (Connection *db,
       PGresult   *result)
{
  ExecStatusType status = PQresultStatus (result);
  g_autofree char *message = NULL;

  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
    {
      db->failure = KEZ_DB_FAILURE_NONE;
      return TRUE;
    }
  db->failure = failure_of (db->conn, result);
  message = g_strdup (result != NULL && *PQresultErrorMessage (result) != '\0'
                        ? PQresultErrorMessage (result) : PQerrorMessage (db->conn));
  /* The server's whole words ("ERROR:", the statement's line, the function it was in) are
   * for whoever reads the log; a person is shown its reason alone, as SQLite gives it. */
  g_debug ("The server refused: %s", g_strchomp (message));
  g_clear_pointer (&db->message, g_free);
  db->message = result != NULL && PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) != NULL
                  ? g_strdup (PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY))
                  : g_strdup (message);
  PQclear (result);
  return FALSE;
}

static void
postgresql_close (KezDb *db)
{
  PQfreeCancel (CONN (db)->cancel);
  PQfinish (CONN (db)->conn);
  g_hash_table_unref (CONN (db)->prepared);
  g_free (CONN (db)->message);
  g_free (db);
}

/* What every session of the app is told: the core's texts are UTF-8 whatever the server's
 * own encoding; a reading connection writes nothing. */
static gboolean
set_up_session (Connection *db)
{
  if (PQsetClientEncoding (db->conn, "UTF8") != 0)
    {
      g_free (db->message);
      db->message = g_strchomp (g_strdup (PQerrorMessage (db->conn)));
      db->failure = KEZ_DB_FAILURE_CONNECTION;
      return FALSE;
    }
  if (db->read_only)
    {
      PGresult *result = PQexec (db->conn, "SET default_transaction_read_only TO on");

      if (!check (db, result))
        return FALSE;
      PQclear (result);
    }
  return TRUE;
}

/* A connection the server or the network dropped is made again before the next statement,
 * so that the app carries on once the server is back (what was being written when it went
 * was rolled back by the server, and the caller was told). FALSE, with the reason kept,
 * while the server is still away. */
static gboolean
reconnect_if_lost (Connection *db)
{
  if (PQstatus (db->conn) != CONNECTION_BAD)
    return TRUE;
  PQreset (db->conn);
  if (PQstatus (db->conn) != CONNECTION_OK)
    {
      g_free (db->message);
      db->message = g_strchomp (g_strdup (PQerrorMessage (db->conn)));
      db->failure = KEZ_DB_FAILURE_CONNECTION;
      return FALSE;
    }
  g_debug ("Connected to the server again");
  db->generation++;
  PQfreeCancel (db->cancel);
  db->cancel = PQgetCancel (db->conn);
  return set_up_session (db);
}

/* The parameter the server could not give a type, from 1; 0 for any other result. */
static int
untyped_parameter (const PGresult *result)
{
  const char *state = PQresultErrorField (result, PG_DIAG_SQLSTATE);
  const char *message = PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY);
  const char *dollar;

  if (g_strcmp0 (state, "42P18") != 0 || message == NULL ||
      (dollar = strrchr (message, '$')) == NULL)
    return 0;
  return (int) g_ascii_strtoll (dollar + 1, NULL, 10);
}

/* @prepared on the server, unless it is there already since the last reconnection. */
static gboolean
prepare_on_server (Connection *self,
                   Prepared   *prepared)
{
  gboolean in_transaction;
  PGresult *result;

  if (prepared->generation == self->generation)
    return TRUE;
  /* A refused statement aborts the transaction it is in: the tries are a part of it that
     can be undone. (Once per text and connection: prepared statements are kept.) */
  in_transaction = PQtransactionStatus (self->conn) == PQTRANS_INTRANS;
  if (in_transaction)
    PQclear (PQexec (self->conn, "SAVEPOINT kez_prepare"));
  result = PQprepare (self->conn, prepared->name, prepared->numbered, prepared->n_params,
                      prepared->types);
  for (int tries = 0; tries < prepared->n_params && untyped_parameter (result) > 0; tries++)
    {
      prepared->types[untyped_parameter (result) - 1] = TEXT_OID;
      PQclear (result);
      if (in_transaction)
        PQclear (PQexec (self->conn, "ROLLBACK TO kez_prepare"));
      result = PQprepare (self->conn, prepared->name, prepared->numbered, prepared->n_params,
                          prepared->types);
    }
  if (in_transaction)
    PQclear (PQexec (self->conn, PQresultStatus (result) == PGRES_COMMAND_OK
                                   ? "RELEASE kez_prepare"
                                   : "ROLLBACK TO kez_prepare; RELEASE kez_prepare"));
  if (!check (self, result))
    {
      g_debug ("The statement was: %s", prepared->numbered);
      return FALSE;
    }
  PQclear (result);
  prepared->generation = self->generation;
  return TRUE;
}

static KezDbStmt *
postgresql_prepare (KezDb      *db,
                    const char *sql)
{
  Connection *self = CONN (db);
  Prepared *prepared = g_hash_table_lookup (self->prepared, sql);
  Statement *stmt;

  if (!reconnect_if_lost (self))
    return NULL;
  if (prepared == NULL)
    {
      g_autofree gboolean *used = NULL;

      prepared = g_new0 (Prepared, 1);
      prepared->name = g_strdup_printf ("kez_%u", self->n_prepared + 1);
      prepared->numbered = kez_db_placeholders_number (sql, &prepared->n_params, &used);
      /* The server infers each parameter's type from where it stands; one the statement
         skips stands nowhere, and one that stands where any type would do ("? IS NULL")
         gives no type: both are text (what every value is sent as). */
      prepared->types = g_new0 (Oid, MAX (prepared->n_params, 1));
      for (int i = 0; i < prepared->n_params; i++)
        prepared->types[i] = used[i] ? 0 : TEXT_OID;
      prepared->generation = self->generation - 1;
      if (!prepare_on_server (self, prepared))
        {
          prepared_free (prepared);
          return NULL;
        }
      self->n_prepared++;
      g_hash_table_insert (self->prepared, g_strdup (sql), prepared);
    }
  else if (!prepare_on_server (self, prepared))
    return NULL;
  stmt = g_new0 (Statement, 1);
  stmt->parent.db = db;
  stmt->prepared = prepared;
  stmt->name = prepared->name;
  stmt->n_params = prepared->n_params;
  stmt->values = g_new0 (char *, MAX (stmt->n_params, 1));
  stmt->owned = g_new0 (gboolean, MAX (stmt->n_params, 1));
  return &stmt->parent;
}

static void
set_changes (Connection     *db,
             const PGresult *result)
{
  const char *tuples = PQcmdTuples ((PGresult *) result);

  db->changes = tuples != NULL && *tuples != '\0' ? g_ascii_strtoll (tuples, NULL, 10) : 0;
}

static gboolean
postgresql_exec (KezDb      *db,
                 const char *sql)
{
  PGresult *result;

  if (!reconnect_if_lost (CONN (db)))
    return FALSE;
  result = PQexec (CONN (db)->conn, sql);
  if (!check (CONN (db), result))
    return FALSE;
  set_changes (CONN (db), result);
  PQclear (result);
  return TRUE;
}

static KezDbFailure
postgresql_failure (KezDb *db)
{
  return CONN (db)->failure;
}

static const char *
postgresql_message (KezDb *db)
{
  return CONN (db)->message != NULL ? CONN (db)->message : "";
}

static gint64
postgresql_changes (KezDb *db)
{
  return CONN (db)->changes;
}

/* The value the last INSERT took from a sequence (an identity column's) in this session. */
static gint64
postgresql_last_insert_id (KezDb *db)
{
  /* Kept by the schema's kez_fill_id () for the statement's own row, not a row its triggers
     inserted (migration 1); a table without it (none of the app's) has lastval (). */
  PGresult *result = PQexec (CONN (db)->conn,
                             "SELECT coalesce (nullif (current_setting ('kez.last_id', true), "
                             "''), lastval ()::TEXT)");
  gint64 id = 0;

  if (check (CONN (db), result))
    {
      id = g_ascii_strtoll (PQgetvalue (result, 0, 0), NULL, 10);
      PQclear (result);
    }
  return id;
}

static gboolean
postgresql_in_transaction (KezDb *db)
{
  PGTransactionStatusType status = PQtransactionStatus (CONN (db)->conn);

  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

static void
postgresql_interrupt (KezDb *db)
{
  char reason[256];

  if (CONN (db)->cancel != NULL)
    PQcancel (CONN (db)->cancel, reason, sizeof reason);
}

static void
set_value (Statement *stmt,
           int        index,
           char      *value,
           gboolean   owned)
{
  /* A value for a parameter the statement does not have is dropped, as SQLite drops it
     (kez_store_query_number () gives its one value to statements with none). */
  if (index < 1 || index > stmt->n_params)
    {
      if (owned)
        g_free (value);
      return;
    }
  if (stmt->owned[index - 1])
    g_free (stmt->values[index - 1]);
  stmt->values[index - 1] = value;
  stmt->owned[index - 1] = owned;
}

static void
postgresql_bind_text (KezDbStmt  *stmt,
                      int         index,
                      const char *text,
                      KezDbText   how)
{
  if (how == KEZ_DB_TEXT_COPY)
    set_value (STMT (stmt), index, g_strdup (text), TRUE);
  else
    set_value (STMT (stmt), index, (char *) text, how == KEZ_DB_TEXT_TAKE);
}

static void
postgresql_bind_int64 (KezDbStmt *stmt,
                       int        index,
                       gint64     value)
{
  set_value (STMT (stmt), index, g_strdup_printf ("%" G_GINT64_FORMAT, value), TRUE);
}

static void
postgresql_bind_double (KezDbStmt *stmt,
                        int        index,
                        double     value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  set_value (STMT (stmt), index, g_strdup (g_ascii_dtostr (text, sizeof text, value)), TRUE);
}

static KezDbStep
postgresql_step (KezDbStmt *stmt)
{
  Statement *self = STMT (stmt);
  Connection *db = CONN (stmt->db);

  if (self->result == NULL)
    {
      PGresult *result;

      if (!reconnect_if_lost (db) || !prepare_on_server (db, self->prepared))
        return KEZ_DB_FAILED;
      result = PQexecPrepared (db->conn, self->name, self->n_params,
                               (const char * const *) self->values, NULL, NULL, 0);
      if (!check (db, result))
        return KEZ_DB_FAILED;
      set_changes (db, result);
      self->result = result;
      self->row = -1;
    }
  if (++self->row < PQntuples (self->result))
    return KEZ_DB_ROW;
  return KEZ_DB_DONE;
}

static const char *
postgresql_column_text (KezDbStmt *stmt,
                        int        column)
{
  Statement *self = STMT (stmt);

  if (PQgetisnull (self->result, self->row, column))
    return NULL;
  /* A boolean reads as 1 or 0, as SQLite's do, as text too (a copy to SQLite writes it). */
  if (PQftype (self->result, column) == BOOL_OID)
    return *PQgetvalue (self->result, self->row, column) == 't' ? "1" : "0";
  return PQgetvalue (self->result, self->row, column);
}

/* A boolean reads as 1 or 0, as SQLite's do. */
static gint64
postgresql_column_int64 (KezDbStmt *stmt,
                         int        column)
{
  const char *text = postgresql_column_text (stmt, column);

  return text != NULL ? g_ascii_strtoll (text, NULL, 10) : 0;
}

static double
postgresql_column_double (KezDbStmt *stmt,
                          int        column)
{
  const char *text = postgresql_column_text (stmt, column);

  return text != NULL ? g_ascii_strtod (text, NULL) : 0.0;
}

static gboolean
postgresql_column_is_null (KezDbStmt *stmt,
                           int        column)
{
  return PQgetisnull (STMT (stmt)->result, STMT (stmt)->row, column);
}

static void
postgresql_reset (KezDbStmt *stmt)
{
  g_clear_pointer (&STMT (stmt)->result, PQclear);
}

static void
postgresql_clear_bindings (KezDbStmt *stmt)
{
  for (int i = 1; i <= STMT (stmt)->n_params; i++)
    set_value (STMT (stmt), i, NULL, FALSE);
}

static void
postgresql_finalize (KezDbStmt *stmt)
{
  postgresql_reset (stmt);
  postgresql_clear_bindings (stmt);
  g_free (STMT (stmt)->values);
  g_free (STMT (stmt)->owned);
  g_free (stmt);
}

static const KezDbEngine postgresql_engine = {
  .kind = KEZ_DB_POSTGRESQL,
  .close = postgresql_close,
  .prepare = postgresql_prepare,
  .exec = postgresql_exec,
  .failure = postgresql_failure,
  .message = postgresql_message,
  .changes = postgresql_changes,
  .last_insert_id = postgresql_last_insert_id,
  .in_transaction = postgresql_in_transaction,
  .interrupt = postgresql_interrupt,
  .bind_text = postgresql_bind_text,
  .bind_int64 = postgresql_bind_int64,
  .bind_double = postgresql_bind_double,
  .step = postgresql_step,
  .column_text = postgresql_column_text,
  .column_int64 = postgresql_column_int64,
  .column_double = postgresql_column_double,
  .column_is_null = postgresql_column_is_null,
  .reset = postgresql_reset,
  .clear_bindings = postgresql_clear_bindings,
  .finalize = postgresql_finalize,
};

/* What libpq reads of @location, and whether it holds a password (kept in the settings, it
 * would be in the clear). */
gboolean
kez_db_postgresql_address_check (const char  *location,
                                 GError     **error)
{
  char *reason = NULL;
  PQconninfoOption *options = PQconninfoParse (location, &reason);
  gboolean has_password = FALSE;

  if (options == NULL)
    {
      g_autofree char *why = reason != NULL ? g_strchomp (g_strdup (reason)) : NULL;

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %1$s is libpq's reason, in English */
                   _("This is not a server’s address: %1$s"), why != NULL ? why : "");
      PQfreemem (reason);
      return FALSE;
    }
  for (PQconninfoOption *o = options; o->keyword != NULL; o++)
    if (strcmp (o->keyword, "password") == 0 && o->val != NULL && *o->val != '\0')
      has_password = TRUE;
  PQconninfoFree (options);
  if (has_password)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("The address holds a password, which would be kept in the clear. "
                             "Leave it out: it is read from ~/.pgpass or the server’s service "
                             "file."));
      return FALSE;
    }
  return TRUE;
}

/* How long the window may wait for a server that stopped answering, unless @location (or
 * PGCONNECT_TIMEOUT) says otherwise. libpq's own default is to wait for ever: for a connection
 * that never completes, and, once connected, for as long as the system's TCP keeps retrying
 * (a quarter of an hour) when the cable is pulled in the middle of a query. With these, a
 * connection that is gone is found so in about ten seconds, is reported as lost, and the
 * store reconnects once it is back. */
static const struct
{
  const char *keyword;
  const char *value;
  const char *environment; /* libpq's variable for it, which wins over this default */
} server_defaults[] = {
  { "connect_timeout", "10", "PGCONNECT_TIMEOUT" },
  { "keepalives", "1", NULL },
  { "keepalives_idle", "10", NULL },
  { "keepalives_interval", "3", NULL },
  { "keepalives_count", "3", NULL },
  { "tcp_user_timeout", "10000", NULL },
};

/* What the server notes beside a statement (a NOTICE, a WARNING) goes to the log, not to the
 * terminal that started the app, as libpq would have it. */
static void
log_notice (void       *data,
            const char *message)
{
  g_debug ("the server notes: %s", message);
}

/* @password: (nullable): given to libpq beside what @location says */
static PGconn *
connect_to (const char *location,
            const char *password)
{
  PGconn *conn;
  const char *keywords[G_N_ELEMENTS (server_defaults) + 3];
  const char *values[G_N_ELEMENTS (server_defaults) + 3];
  guint n = 0;

  /* The defaults come before the address: libpq lets what @location says override them. */
  for (guint i = 0; i < G_N_ELEMENTS (server_defaults); i++)
    if (server_defaults[i].environment == NULL || g_getenv (server_defaults[i].environment) == NULL)
      {
        keywords[n] = server_defaults[i].keyword;
        values[n++] = server_defaults[i].value;
      }
  keywords[n] = "dbname";
  values[n++] = location;
  keywords[n] = "password";
  values[n++] = password;
  keywords[n] = NULL;
  values[n] = NULL;
  conn = PQconnectdbParams (keywords, values, TRUE);
  if (conn != NULL)
    PQsetNoticeProcessor (conn, log_notice, NULL);
  return conn;
}

/* Why @conn, which failed, failed. The server's reasons are in its own language (its
 * lc_messages), so a refused password is told from another failure by trying without it:
 * a server that then asks for one refused it. */
static void
set_connect_error (PGconn      *conn,
                   const char  *location,
                   const char  *password,
                   GError     **error)
{
  g_autofree char *message = g_strchomp (g_strdup (PQerrorMessage (conn)));

  if (PQconnectionNeedsPassword (conn))
    {
      g_set_error (error, KEZ_DB_ERROR, KEZ_DB_ERROR_PASSWORD_NEEDED, "%s", message);
      return;
    }
  if (password != NULL && PQconnectionUsedPassword (conn))
    {
      PGconn *without = connect_to (location, NULL);
      gboolean asks = PQstatus (without) != CONNECTION_OK && PQconnectionNeedsPassword (without);

      PQfinish (without);
      if (asks)
        {
          g_set_error (error, KEZ_DB_ERROR, KEZ_DB_ERROR_PASSWORD_REJECTED, "%s", message);
          return;
        }
    }
  g_set_error (error, KEZ_DB_ERROR, KEZ_DB_ERROR_UNREACHABLE, "%s", message);
}

/**
 * kez_db_postgresql_connect:
 *
 * A connection of libpq's own to @location, made as the store's are (the same defaults and
 * password), for what the seam does not do: listening for notifications.
 *
 * Returns: (transfer full) (nullable): the connection, or %NULL with @error set
 */
PGconn *
kez_db_postgresql_connect (const char  *location,
                           GError     **error)
{
  char *password = kez_db_passwords_dup (location);
  PGconn *conn = connect_to (location, password);

  if (PQstatus (conn) != CONNECTION_OK)
    {
      set_connect_error (conn, location, password, error);
      PQfinish (conn);
      conn = NULL;
    }
  kez_db_passwords_free (password);
  return conn;
}

/* The server's process for @db's session: what a notification names as its sender. */
int
kez_db_postgresql_backend_pid (KezDb *db)
{
  g_return_val_if_fail (db != NULL && db->engine == &postgresql_engine, 0);
  return PQbackendPID (CONN (db)->conn);
}

/* @location is a libpq connection string: "postgresql://…" or "service=… dbname=…". The
 * password comes from libpq's own sources (PGPASSWORD, ~/.pgpass, the service file), or is
 * the one the planner typed (kez-db-passwords.c). */
KezDb *
kez_db_postgresql_open (const char      *location,
                        KezDbOpenFlags   flags,
                        GError         **error)
{
  char *password = kez_db_passwords_dup (location);
  PGconn *conn = connect_to (location, password);
  Connection *db;

  if (PQstatus (conn) != CONNECTION_OK)
    set_connect_error (conn, location, password, error);
  kez_db_passwords_free (password);
  if (PQstatus (conn) != CONNECTION_OK)
    {
      PQfinish (conn);
      return NULL;
    }
  db = g_new0 (Connection, 1);
  db->parent.engine = &postgresql_engine;
  db->conn = conn;
  db->cancel = PQgetCancel (conn);
  db->prepared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, prepared_free);
  db->read_only = (flags & KEZ_DB_OPEN_READ_ONLY) != 0;
  if (!set_up_session (db))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", postgresql_message (&db->parent));
      postgresql_close (&db->parent);
      return NULL;
    }
  return &db->parent;
}
