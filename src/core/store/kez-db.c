/* kez-db.c: the calls of kez-db.h, handed to the connection's engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-db"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-db-engine.h"
#include "kez-store-reads.h"

/* A libpq connection URI, or its "keyword=value" form ("service=…", "host=/run/… dbname=…"):
 * a file's name does not start with a word and "=". */
gboolean
kez_db_location_is_server (const char *location)
{
  const char *p = location;

  if (location == NULL)
    return FALSE;
  if (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://"))
    return TRUE;
  while (g_ascii_islower (*p) || *p == '_')
    p++;
  while (*p == ' ')
    p++;
  return p != location && *p == '=';
}

/**
 * kez_db_server_address_check:
 *
 * Whether @location is a server's address the app may keep in its settings: one libpq can
 * read, without a password in it (the password comes from libpq's own sources: ~/.pgpass,
 * PGPASSWORD, the service file).
 */
gboolean
kez_db_server_address_check (const char  *location,
                             GError     **error)
{
  g_return_val_if_fail (location != NULL, FALSE);

  if (!kez_db_location_is_server (location))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A team server’s address starts with “postgresql://” or is a "
                             "“service=” name."));
      return FALSE;
    }
  return kez_db_postgresql_address_check (location, error);
}

G_DEFINE_QUARK (kez-db-error-quark, kez_db_error)

KezDb *
kez_db_open (const char      *location,
             KezDbOpenFlags   flags,
             GError         **error)
{
  g_return_val_if_fail (location != NULL, NULL);

  if (kez_db_location_is_server (location))
    return kez_db_postgresql_open (location, flags, error);
  return kez_db_sqlite_open (location, flags, error);
}

void
kez_db_close (KezDb *db)
{
  if (db != NULL)
    db->engine->close (db);
}

KezDbKind
kez_db_get_kind (KezDb *db)
{
  return db->engine->kind;
}

/* NULL when it cannot be prepared: kez_db_get_failure() says why. */
KezDbStmt *
kez_db_prepare (KezDb      *db,
                const char *sql)
{
  KezDbStmt *stmt;

  g_return_val_if_fail (db != NULL && sql != NULL, NULL);
  /* A statement that cannot be prepared (a server gone away) reads nothing: watched as a
   * failed step is, or a list read then would look empty and whole. */
  stmt = db->engine->prepare (db, sql);
  if (stmt == NULL)
    kez_store_reads_note_failure (kez_db_get_message (db));
  return stmt;
}

/* Runs one or more statements that return no rows. */
gboolean
kez_db_exec (KezDb      *db,
             const char *sql)
{
  return db->engine->exec (db, sql);
}

KezDbFailure
kez_db_get_failure (KezDb *db)
{
  return db->engine->failure (db);
}

/* The engine's own words for the last failure, for the log and the "technical reason". */
const char *
kez_db_get_message (KezDb *db)
{
  return db->engine->message (db);
}

/* How many rows the last INSERT, UPDATE or DELETE changed. */
gint64
kez_db_changes (KezDb *db)
{
  return db->engine->changes (db);
}

gint64
kez_db_last_insert_id (KezDb *db)
{
  return db->engine->last_insert_id (db);
}

gboolean
kez_db_in_transaction (KezDb *db)
{
  return db->engine->in_transaction (db);
}

/* From any thread: the statement running on @db stops with KEZ_DB_FAILURE_INTERRUPTED. */
void
kez_db_interrupt (KezDb *db)
{
  db->engine->interrupt (db);
}

void
kez_db_bind_text (KezDbStmt  *stmt,
                  int         index,
                  const char *text)
{
  stmt->db->engine->bind_text (stmt, index, text, KEZ_DB_TEXT_KEEP);
}

void
kez_db_bind_text_copy (KezDbStmt  *stmt,
                       int         index,
                       const char *text)
{
  stmt->db->engine->bind_text (stmt, index, text, KEZ_DB_TEXT_COPY);
}

void
kez_db_bind_text_take (KezDbStmt *stmt,
                       int        index,
                       char      *text)
{
  stmt->db->engine->bind_text (stmt, index, text, KEZ_DB_TEXT_TAKE);
}

void
kez_db_bind_int64 (KezDbStmt *stmt,
                   int        index,
                   gint64     value)
{
  stmt->db->engine->bind_int64 (stmt, index, value);
}

void
kez_db_bind_int (KezDbStmt *stmt,
                 int        index,
                 int        value)
{
  stmt->db->engine->bind_int64 (stmt, index, value);
}

void
kez_db_bind_double (KezDbStmt *stmt,
                    int        index,
                    double     value)
{
  stmt->db->engine->bind_double (stmt, index, value);
}

void
kez_db_bind_null (KezDbStmt *stmt,
                  int        index)
{
  stmt->db->engine->bind_text (stmt, index, NULL, KEZ_DB_TEXT_KEEP);
}

/* A failed read of a list looks like its end; every step is watched, so that an export can
 * ask at its end whether it read everything (kez-store-reads.c). */
KezDbStep
kez_db_step (KezDbStmt *stmt)
{
  KezDbStep step = stmt->db->engine->step (stmt);

  if (step == KEZ_DB_FAILED)
    kez_store_reads_note_failure (kez_db_get_message (stmt->db));
  return step;
}

const char *
kez_db_column_text (KezDbStmt *stmt,
                    int        column)
{
  return stmt->db->engine->column_text (stmt, column);
}

gint64
kez_db_column_int64 (KezDbStmt *stmt,
                     int        column)
{
  return stmt->db->engine->column_int64 (stmt, column);
}

int
kez_db_column_int (KezDbStmt *stmt,
                   int        column)
{
  return (int) stmt->db->engine->column_int64 (stmt, column);
}

double
kez_db_column_double (KezDbStmt *stmt,
                      int        column)
{
  return stmt->db->engine->column_double (stmt, column);
}

gboolean
kez_db_column_is_null (KezDbStmt *stmt,
                       int        column)
{
  return stmt->db->engine->column_is_null (stmt, column);
}

void
kez_db_reset (KezDbStmt *stmt)
{
  stmt->db->engine->reset (stmt);
}

void
kez_db_clear_bindings (KezDbStmt *stmt)
{
  stmt->db->engine->clear_bindings (stmt);
}

KezDb *
kez_db_stmt_get_db (KezDbStmt *stmt)
{
  return stmt->db;
}

void
kez_db_finalize (KezDbStmt *stmt)
{
  if (stmt != NULL)
    stmt->db->engine->finalize (stmt);
}
