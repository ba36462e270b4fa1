/* kez-db-sqlite.c: the embedded engine, SQLite's file on this computer
 *
 * Each call is SQLite's own; a statement is SQLite's with the connection beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-db"

#include "config.h"

#include <gio/gio.h>

#include "kez-db-engine.h"

typedef struct
{
  KezDb    parent;
  sqlite3 *handle;
} Connection;

typedef struct
{
  KezDbStmt     parent;
  sqlite3_stmt *handle;
} Statement;

static const KezDbEngine sqlite_engine;

#define HANDLE(db) (((Connection *) (db))->handle)
#define STMT(stmt) (((Statement *) (stmt))->handle)

static void
sqlite_close (KezDb *db)
{
  /* sqlite3_close_v2 waits for statements still alive. */
  sqlite3_close_v2 (HANDLE (db));
  g_free (db);
}

static KezDbStmt *
sqlite_prepare (KezDb      *db,
                const char *sql)
{
  sqlite3_stmt *handle = NULL;
  Statement *stmt;

  if (sqlite3_prepare_v2 (HANDLE (db), sql, -1, &handle, NULL) != SQLITE_OK)
    return NULL;
  stmt = g_new (Statement, 1);
  stmt->parent.db = db;
  stmt->handle = handle;
  return &stmt->parent;
}

static gboolean
sqlite_exec (KezDb      *db,
             const char *sql)
{
  return sqlite3_exec (HANDLE (db), sql, NULL, NULL, NULL) == SQLITE_OK;
}

static KezDbFailure
sqlite_failure (KezDb *db)
{
  int code = sqlite3_extended_errcode (HANDLE (db));

  /* SQLite says "full" only when a write stopped part way; a write refused outright (a full
     disk, a quota, a file size limit, a failing disk) is an I/O error of writing. */
  if (code == SQLITE_IOERR_WRITE)
    return KEZ_DB_FAILURE_WRITE;
  switch (code & 0xff)
    {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
      return KEZ_DB_FAILURE_NONE;
    case SQLITE_FULL:
      return KEZ_DB_FAILURE_DISK_FULL;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return KEZ_DB_FAILURE_CORRUPT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return KEZ_DB_FAILURE_BUSY;
    case SQLITE_CONSTRAINT:
      return KEZ_DB_FAILURE_CONSTRAINT;
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return KEZ_DB_FAILURE_DENIED;
    case SQLITE_INTERRUPT:
      return KEZ_DB_FAILURE_INTERRUPTED;
    default:
      return KEZ_DB_FAILURE_OTHER;
    }
}

static const char *
sqlite_message (KezDb *db)
{
  return sqlite3_errmsg (HANDLE (db));
}

static gint64
sqlite_changes (KezDb *db)
{
  return sqlite3_changes64 (HANDLE (db));
}

static gint64
sqlite_last_insert_id (KezDb *db)
{
  return sqlite3_last_insert_rowid (HANDLE (db));
}

static gboolean
sqlite_in_transaction (KezDb *db)
{
  return !sqlite3_get_autocommit (HANDLE (db));
}

static void
sqlite_interrupt (KezDb *db)
{
  sqlite3_interrupt (HANDLE (db));
}

static void
sqlite_bind_text (KezDbStmt  *stmt,
                  int         index,
                  const char *text,
                  KezDbText   how)
{
  if (text == NULL)
    sqlite3_bind_null (STMT (stmt), index);
  else
    sqlite3_bind_text (STMT (stmt), index, text, -1,
                       how == KEZ_DB_TEXT_TAKE ? g_free
                       : how == KEZ_DB_TEXT_COPY ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

static void
sqlite_bind_int64 (KezDbStmt *stmt,
                   int        index,
                   gint64     value)
{
  sqlite3_bind_int64 (STMT (stmt), index, value);
}

static void
sqlite_bind_double (KezDbStmt *stmt,
                    int        index,
                    double     value)
{
  sqlite3_bind_double (STMT (stmt), index, value);
}

static KezDbStep
sqlite_step (KezDbStmt *stmt)
{
  switch (sqlite3_step (STMT (stmt)))
    {
    case SQLITE_ROW:
      return KEZ_DB_ROW;
    case SQLITE_DONE:
      return KEZ_DB_DONE;
    default:
      return KEZ_DB_FAILED;
    }
}

static const char *
sqlite_column_text (KezDbStmt *stmt,
                    int        column)
{
  return (const char *) sqlite3_column_text (STMT (stmt), column);
}

static gint64
sqlite_column_int64 (KezDbStmt *stmt,
                     int        column)
{
  return sqlite3_column_int64 (STMT (stmt), column);
}

static double
sqlite_column_double (KezDbStmt *stmt,
                      int        column)
{
  return sqlite3_column_double (STMT (stmt), column);
}

static gboolean
sqlite_column_is_null (KezDbStmt *stmt,
                       int        column)
{
  return sqlite3_column_type (STMT (stmt), column) == SQLITE_NULL;
}

static void
sqlite_reset (KezDbStmt *stmt)
{
  sqlite3_reset (STMT (stmt));
}

static void
sqlite_clear_bindings (KezDbStmt *stmt)
{
  sqlite3_clear_bindings (STMT (stmt));
}

static void
sqlite_finalize (KezDbStmt *stmt)
{
  sqlite3_finalize (STMT (stmt));
  g_free (stmt);
}

static const KezDbEngine sqlite_engine = {
  .kind = KEZ_DB_SQLITE,
  .close = sqlite_close,
  .prepare = sqlite_prepare,
  .exec = sqlite_exec,
  .failure = sqlite_failure,
  .message = sqlite_message,
  .changes = sqlite_changes,
  .last_insert_id = sqlite_last_insert_id,
  .in_transaction = sqlite_in_transaction,
  .interrupt = sqlite_interrupt,
  .bind_text = sqlite_bind_text,
  .bind_int64 = sqlite_bind_int64,
  .bind_double = sqlite_bind_double,
  .step = sqlite_step,
  .column_text = sqlite_column_text,
  .column_int64 = sqlite_column_int64,
  .column_double = sqlite_column_double,
  .column_is_null = sqlite_column_is_null,
  .reset = sqlite_reset,
  .clear_bindings = sqlite_clear_bindings,
  .finalize = sqlite_finalize,
};

KezDb *
kez_db_sqlite_wrap (sqlite3 *handle)
{
  Connection *db = g_new (Connection, 1);

  db->parent.engine = &sqlite_engine;
  db->handle = handle;
  /* The store explains failures by their kind (kez_db_get_failure()). */
  sqlite3_extended_result_codes (handle, 1);
  return &db->parent;
}

/* Opens @path, which must exist; a symbolic link is refused (the database's file is the
 * planner's, and its permissions are kept private). */
KezDb *
kez_db_sqlite_open (const char      *path,
                    KezDbOpenFlags   flags,
                    GError         **error)
{
  sqlite3 *handle = NULL;
  int mode = (flags & KEZ_DB_OPEN_READ_ONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;

  if (sqlite3_open_v2 (path, &handle, mode | SQLITE_OPEN_NOFOLLOW, NULL) != SQLITE_OK)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                   handle != NULL ? sqlite3_errmsg (handle) : "out of memory");
      sqlite3_close_v2 (handle);
      return NULL;
    }
  /* A writer of the window holds the file for a moment: wait for it rather than fail. */
  sqlite3_busy_timeout (handle, 5000);
  return kez_db_sqlite_wrap (handle);
}

sqlite3 *
kez_db_sqlite_handle (KezDb *db)
{
  return db != NULL && db->engine == &sqlite_engine ? HANDLE (db) : NULL;
}
