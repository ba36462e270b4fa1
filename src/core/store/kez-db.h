/* kez-db.h: one connection to the store's database, whichever engine keeps it
 *
 * The core speaks to its database through these calls only: a statement is prepared with
 * "?" for its parameters, bound, stepped row by row and read by column, as SQLite does it.
 * The engine behind a connection (SQLite's file, or a PostgreSQL server) is chosen when it
 * is opened; a statement that must differ between the engines asks kez_db_get_kind().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KezDb     KezDb;
typedef struct _KezDbStmt KezDbStmt;

typedef enum
{
  KEZ_DB_SQLITE,
  KEZ_DB_POSTGRESQL,
} KezDbKind;

/* What kez_db_step() found. */
typedef enum
{
  KEZ_DB_ROW,      /* a row to read */
  KEZ_DB_DONE,     /* no more rows */
  KEZ_DB_FAILED,   /* kez_db_get_failure() says why */
} KezDbStep;

/* Why the last call failed, in the terms the store explains to the planner. */
typedef enum
{
  KEZ_DB_FAILURE_NONE,
  KEZ_DB_FAILURE_WRITE,        /* a write was refused: a full disk, a quota, a failing disk */
  KEZ_DB_FAILURE_DISK_FULL,
  KEZ_DB_FAILURE_CORRUPT,      /* damaged, or not a database of the app */
  KEZ_DB_FAILURE_BUSY,         /* another writer holds the database */
  KEZ_DB_FAILURE_CONSTRAINT,   /* a rule of the schema refused the change */
  KEZ_DB_FAILURE_DENIED,       /* cannot be opened or written: permissions, read-only */
  KEZ_DB_FAILURE_INTERRUPTED,  /* stopped by kez_db_interrupt() */
  KEZ_DB_FAILURE_CONNECTION,   /* the server cannot be reached */
  KEZ_DB_FAILURE_OTHER,
} KezDbFailure;

/* Why a server could not be connected to (kez_db_open()). */
#define KEZ_DB_ERROR (kez_db_error_quark ())

typedef enum
{
  KEZ_DB_ERROR_UNREACHABLE,        /* the message is libpq's reason */
  KEZ_DB_ERROR_PASSWORD_NEEDED,    /* none of libpq's sources nor the app has one */
  KEZ_DB_ERROR_PASSWORD_REJECTED,  /* the one kez_db_passwords_remember() kept was refused */
} KezDbError;

typedef enum
{
  KEZ_DB_OPEN_READ_WRITE = 0,
  KEZ_DB_OPEN_READ_ONLY  = 1 << 0,
} KezDbOpenFlags;

GQuark        kez_db_error_quark       (void);
gboolean      kez_db_location_is_server (const char      *location);
gboolean      kez_db_server_address_check (const char    *location,
                                           GError       **error);
KezDb        *kez_db_open              (const char      *location,
                                        KezDbOpenFlags   flags,
                                        GError         **error);
void          kez_db_close             (KezDb           *db);
KezDbKind     kez_db_get_kind          (KezDb           *db);

KezDbStmt    *kez_db_prepare           (KezDb           *db,
                                        const char      *sql);
gboolean      kez_db_exec              (KezDb           *db,
                                        const char      *sql);
KezDbFailure  kez_db_get_failure       (KezDb           *db);
const char   *kez_db_get_message       (KezDb           *db);
gint64        kez_db_changes           (KezDb           *db);
gint64        kez_db_last_insert_id    (KezDb           *db);
gboolean      kez_db_in_transaction    (KezDb           *db);
void          kez_db_interrupt         (KezDb           *db);

/* @text must stay as it is until the statement is stepped and reset; _copy copies it,
 * _take frees it when done with it. NULL binds NULL. */
void          kez_db_bind_text         (KezDbStmt       *stmt,
                                        int              index,
                                        const char      *text);
void          kez_db_bind_text_copy    (KezDbStmt       *stmt,
                                        int              index,
                                        const char      *text);
void          kez_db_bind_text_take    (KezDbStmt       *stmt,
                                        int              index,
                                        char            *text);
void          kez_db_bind_int64        (KezDbStmt       *stmt,
                                        int              index,
                                        gint64           value);
void          kez_db_bind_int          (KezDbStmt       *stmt,
                                        int              index,
                                        int              value);
void          kez_db_bind_double       (KezDbStmt       *stmt,
                                        int              index,
                                        double           value);
void          kez_db_bind_null         (KezDbStmt       *stmt,
                                        int              index);

KezDbStep     kez_db_step              (KezDbStmt       *stmt);
/* The text of a column of the current row, NULL for NULL; it lasts until the next step. */
const char   *kez_db_column_text       (KezDbStmt       *stmt,
                                        int              column);
gint64        kez_db_column_int64      (KezDbStmt       *stmt,
                                        int              column);
int           kez_db_column_int        (KezDbStmt       *stmt,
                                        int              column);
double        kez_db_column_double     (KezDbStmt       *stmt,
                                        int              column);
gboolean      kez_db_column_is_null    (KezDbStmt       *stmt,
                                        int              column);
/* Ready to be stepped again, with the same parameters unless they are bound anew. */
void          kez_db_reset             (KezDbStmt       *stmt);
void          kez_db_clear_bindings    (KezDbStmt       *stmt);
KezDb        *kez_db_stmt_get_db       (KezDbStmt       *stmt);
void          kez_db_finalize          (KezDbStmt       *stmt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KezDbStmt, kez_db_finalize)

G_END_DECLS
