/* kez-db-engine.h: what an engine gives kez-db.c, and the SQLite engine's own calls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "kez-db.h"

G_BEGIN_DECLS

/* How a bound text is held until the statement is done with it. */
typedef enum
{
  KEZ_DB_TEXT_KEEP,   /* the caller keeps it alive */
  KEZ_DB_TEXT_COPY,   /* copied now */
  KEZ_DB_TEXT_TAKE,   /* the statement g_free()s it */
} KezDbText;

typedef struct
{
  KezDbKind    kind;
  void         (*close)          (KezDb *db);
  KezDbStmt   *(*prepare)        (KezDb *db, const char *sql);
  gboolean     (*exec)           (KezDb *db, const char *sql);
  KezDbFailure (*failure)        (KezDb *db);
  const char  *(*message)        (KezDb *db);
  gint64       (*changes)        (KezDb *db);
  gint64       (*last_insert_id) (KezDb *db);
  gboolean     (*in_transaction) (KezDb *db);
  void         (*interrupt)      (KezDb *db);

  /* @text is NULL for NULL */
  void         (*bind_text)      (KezDbStmt *stmt, int index, const char *text,
                                  KezDbText how);
  void         (*bind_int64)     (KezDbStmt *stmt, int index, gint64 value);
  void         (*bind_double)    (KezDbStmt *stmt, int index, double value);
  KezDbStep    (*step)           (KezDbStmt *stmt);
  const char  *(*column_text)    (KezDbStmt *stmt, int column);
  gint64       (*column_int64)   (KezDbStmt *stmt, int column);
  double       (*column_double)  (KezDbStmt *stmt, int column);
  gboolean     (*column_is_null) (KezDbStmt *stmt, int column);
  void         (*reset)          (KezDbStmt *stmt);
  void         (*clear_bindings) (KezDbStmt *stmt);
  void         (*finalize)       (KezDbStmt *stmt);
} KezDbEngine;

/* Each engine's connection and statement begin with these. */
struct _KezDb
{
  const KezDbEngine *engine;
};

struct _KezDbStmt
{
  KezDb *db;
};

gboolean kez_db_postgresql_address_check (const char  *location,
                                          GError     **error);
KezDb   *kez_db_postgresql_open (const char    *location,
                                 KezDbOpenFlags flags,
                                 GError       **error);

KezDb   *kez_db_sqlite_open   (const char      *path,
                               KezDbOpenFlags   flags,
                               GError         **error);
/* A connection of the SQLite engine around a handle opened elsewhere; it closes it. */
KezDb   *kez_db_sqlite_wrap   (sqlite3         *handle);
/* What only SQLite has (its file's backup, the search tokenizer, collations): the handle of
 * a connection of the SQLite engine, NULL for another engine. */
sqlite3 *kez_db_sqlite_handle (KezDb           *db);

G_END_DECLS
