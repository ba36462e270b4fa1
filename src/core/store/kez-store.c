/* kez-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "kez-backup.h"
#include "kez-collate.h"
#include "kez-core-resources.h"
#include "kez-db-engine.h"
#include "kez-migrations.h"
#include "kez-search-tokenizer.h"
#include "kez-store-file.h"
#include "kez-store-functions.h"
#include "kez-store-private.h"
#include "kez-store-schema.h"
#include "kez-store-search.h"
#include "kez-strv.h"


struct _KezStore
{
  GObject  parent_instance;

  char       *path;
  KezDb      *db;
  GHashTable *pending_changes; /* kinds changed in the open transaction */
  KezStoreIdentity identity;   /* the time and the person of the record */
  gboolean    migrating;       /* the schema is on its way to a version */
  guint       nested;          /* transactions begun inside the open one: savepoints */
  gboolean    server_lost;     /* the team server was not there at the last statement */
};

G_DEFINE_FINAL_TYPE (KezStore, kez_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

enum {
  PROP_0,
  PROP_SERVER_LOST,
  N_PROPS
};

static guint signals[N_SIGNALS];
static GParamSpec *properties[N_PROPS];
static void
kez_store_finalize (GObject *object)
{
  KezStore *self = (KezStore *) object;

  /* Every statement of the store is finalized by then. */
  g_clear_pointer (&self->db, kez_db_close);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->pending_changes, g_hash_table_unref);
  g_clear_pointer (&self->identity.actor, g_free);

  G_OBJECT_CLASS (kez_store_parent_class)->finalize (object);
}

static void
kez_store_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KezStore *self = KEZ_STORE (object);

  switch (prop_id)
    {
    case PROP_SERVER_LOST:
      g_value_set_boolean (value, self->server_lost);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kez_store_class_init (KezStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kez_store_finalize;
  G_OBJECT_CLASS (klass)->get_property = kez_store_get_property;

  /**
   * KezStore:server-lost:
   *
   * Whether the team server could not be reached at the last statement: the window says so
   * and looks for it (kez_store_look_for_server_async()) until it is back.
   */
  properties[PROP_SERVER_LOST] =
    g_param_spec_boolean ("server-lost", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_PROPS, properties);

  /**
   * KezStore::changed:
   * @what: the kind of rows that changed, also the signal's detail ("meetings")
   *
   * Emitted after a change is saved, so that views can reload what they show.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

/* Inside a transaction the signal waits for the commit: an import of two thousand meetings
 * makes views reload once, and a rolled-back change never reaches them. */
void
kez_store_emit_changed (KezStore   *self,
                        const char *what)
{
  g_return_if_fail (KEZ_IS_STORE (self));

  if (kez_db_in_transaction (self->db))
    {
      g_hash_table_add (self->pending_changes, g_strdup (what));
      return;
    }
  /* A question written outside a transaction (the commit does it otherwise) has its server's
     search words before anyone is told. */
  if (kez_db_get_kind (self->db) == KEZ_DB_POSTGRESQL && g_str_equal (what, "questions"))
    {
      g_autoptr(GError) error = NULL;

      if (!kez_store_search_words_fill (self->db))
        {
          kez_store_set_error (self, &error);
          g_warning ("The search words of the questions could not be written: %s",
                     error->message);
        }
    }
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (what), what);
}

/* What another session or process changed: the views read it again; this store has
 * nothing of its own to finish first. */
void
kez_store_emit_changed_elsewhere (KezStore   *self,
                                  const char *what)
{
  g_return_if_fail (KEZ_IS_STORE (self));

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (what), what);
}

static void
emit_pending_changes (KezStore *self)
{
  g_autoptr(GList) kinds = g_hash_table_get_keys (self->pending_changes);

  g_hash_table_steal_all (self->pending_changes);
  for (GList *l = kinds; l != NULL; l = l->next)
    {
      g_autofree char *what = l->data;

      g_signal_emit (self, signals[CHANGED], g_quark_from_string (what), what);
    }
}

static void
kez_store_init (KezStore *self)
{
  self->pending_changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * kez_store_default_path:
 *
 * Returns: (transfer full): the database in the user's data directory, which under Flatpak is
 *   the application's own private directory.
 */
char *
kez_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "kezdesu", "kezdesu.db", NULL);
}

KezDb *
kez_store_get_db (KezStore *self)
{
  g_return_val_if_fail (KEZ_IS_STORE (self), NULL);
  return self->db;
}

const char *
kez_store_get_path (KezStore *self)
{
  g_return_val_if_fail (KEZ_IS_STORE (self), NULL);
  return self->path;
}

void
kez_store_set_error (KezStore  *self,
                     GError   **error)
{
  const char *detail = kez_db_get_message (self->db);

  switch (kez_db_get_failure (self->db))
    {
    case KEZ_DB_FAILURE_WRITE:
      /* The engine does not keep the system's reason for a refused write; the planner is
         told the likely cause. */
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_DISK_FULL,
                           _("The change could not be written to the disk, so it was not "
                             "saved. The disk may be full: free some space and try again."));
      break;
    case KEZ_DB_FAILURE_DISK_FULL:
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_DISK_FULL,
                           _("The disk is full, so the change was not saved. "
                             "Free some space and try again."));
      break;
    case KEZ_DB_FAILURE_CORRUPT:
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CORRUPT,
                   /* Translators: %1$s is a file name */
                   _("“%1$s” is damaged or is not a Kezdesu database"), self->path);
      break;
    case KEZ_DB_FAILURE_BUSY:
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_BUSY,
                   /* Translators: %1$s is a file name */
                   _("“%1$s” is in use by another program"), self->path);
      break;
    case KEZ_DB_FAILURE_CONSTRAINT:
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT,
                   /* Translators: %1$s is the database's technical reason */
                   _("The change was refused: %1$s"), detail);
      break;
    case KEZ_DB_FAILURE_DENIED:
      /* On a server: the person's role (grants, row-level security by body, version 9). */
      if (kez_db_get_kind (self->db) == KEZ_DB_POSTGRESQL)
        {
          g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_DENIED,
                       /* Translators: %1$s is the server's technical reason */
                       _("Your role on the team server does not allow this: ask whoever "
                         "set up the server. (%1$s)"), detail);
          break;
        }
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_OPEN,
                   /* Translators: %1$s is a file name, %2$s the technical reason */
                   _("Cannot write to “%1$s”: %2$s"), self->path, detail);
      break;
    case KEZ_DB_FAILURE_CONNECTION:
      /* The connection is made again at the next statement (kez-db-postgresql.c): saving
         again works once the server is back. */
      kez_store_set_server_lost (self, TRUE);
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_UNREACHABLE,
                           _("The team server cannot be reached, so the change was not "
                             "saved. What you typed is kept: save again when the connection "
                             "is back."));
      break;
    case KEZ_DB_FAILURE_NONE:
    case KEZ_DB_FAILURE_INTERRUPTED:
    case KEZ_DB_FAILURE_OTHER:
    default:
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_FAILED,
                   /* Translators: %1$s is the database's technical reason */
                   _("The database reported an error: %1$s"), detail);
      break;
    }
}

KezDbStmt *
kez_store_prepare (KezStore    *self,
                   const char  *sql,
                   GError     **error)
{
  KezDbStmt *stmt;

  g_return_val_if_fail (KEZ_IS_STORE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  stmt = kez_db_prepare (self->db, sql);
  if (stmt == NULL)
    kez_store_set_error (self, error);
  return stmt;
}

gboolean
kez_store_exec (KezStore    *self,
                const char  *sql,
                GError     **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (self), FALSE);

  if (!kez_db_exec (self->db, sql))
    {
      kez_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/* Steps a statement that returns no rows, and resets it so that it can be bound again. */
gboolean
kez_store_step_done (KezStore      *self,
                     KezDbStmt     *stmt,
                     GError       **error)
{
  if (kez_db_step (stmt) == KEZ_DB_FAILED)
    {
      kez_store_set_error (self, error);
      kez_db_reset (stmt);
      return FALSE;
    }
  kez_db_reset (stmt);
  kez_store_set_server_lost (self, FALSE);
  return TRUE;
}

/* A server has no functions of the app: what kez_now() and kez_actor() say there comes from
 * the session's settings (migration 1), given at each transaction and whenever the app's own
 * clock (the demo's) moves or its actor changes; without them, the server's clock and the
 * connected role. They are the session's, not the transaction's, so that a statement outside
 * a transaction has them too. */
static gboolean
pass_identity (KezStore  *self,
               GError   **error)
{
  g_autofree char *now = self->identity.clock != NULL
                           ? kez_store_identity_now (&self->identity) : g_strdup ("");
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (self, "SELECT set_config ('kez.now', ?, false), "
                                                 "set_config ('kez.actor', ?, false)", error);

  if (stmt == NULL)
    return FALSE;
  kez_db_bind_text (stmt, 1, now);
  kez_db_bind_text (stmt, 2, self->identity.actor != NULL ? self->identity.actor : "");
  return kez_store_step_done (self, stmt, error);
}

/* The savepoint that stands for the @depth'th transaction begun inside the open one. */
static gboolean
exec_nested (KezStore    *self,
             const char  *verb,
             guint        depth,
             GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("%s kez_nested_%u", verb, depth);

  return kez_store_exec (self, sql, error);
}

/* One user action, one transaction. IMMEDIATE takes the write lock at once, so a second
 * writer fails here, before any change is made, rather than half-way through.
 *
 * A transaction begun inside the open one (a whole demo, or a copy, made of the actions
 * that each are one) is a savepoint: its commit keeps its changes for the outer one's, its
 * rollback undoes only its own. */
gboolean
kez_store_begin (KezStore  *self,
                 GError   **error)
{
  if (kez_db_in_transaction (self->db))
    {
      if (!exec_nested (self, "SAVEPOINT", self->nested + 1, error))
        return FALSE;
      self->nested++;
      /* The app's own clock may have moved since (the demo's history is dated through its
         year); the computer's needs nothing more. */
      return kez_db_get_kind (self->db) != KEZ_DB_POSTGRESQL || self->identity.clock == NULL ||
             pass_identity (self, error);
    }
  self->nested = 0;
  if (kez_db_get_kind (self->db) == KEZ_DB_POSTGRESQL)
    return kez_store_exec (self, "BEGIN", error) && pass_identity (self, error);
  return kez_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
kez_store_commit (KezStore  *self,
                  GError   **error)
{
  if (self->nested > 0)
    {
      if (!exec_nested (self, "RELEASE", self->nested, error))
        {
          kez_store_rollback (self);
          return FALSE;
        }
      self->nested--;
      return TRUE;
    }
  /* The server's search words are the app's to write (kez-store-search.c). */
  if (kez_db_get_kind (self->db) == KEZ_DB_POSTGRESQL && !self->migrating &&
      !kez_store_search_words_fill (self->db))
    {
      kez_store_set_error (self, error);
      kez_store_rollback (self);
      return FALSE;
    }
  if (!kez_store_exec (self, "COMMIT", error))
    {
      kez_store_rollback (self);
      return FALSE;
    }
  kez_store_set_server_lost (self, FALSE);
  emit_pending_changes (self);
  return TRUE;
}

void
kez_store_rollback (KezStore *self)
{
  g_return_if_fail (KEZ_IS_STORE (self));

  if (self->nested > 0 && kez_db_in_transaction (self->db))
    {
      /* The outer transaction goes on; what it changed is still to be told. */
      exec_nested (self, "ROLLBACK TO", self->nested, NULL);
      exec_nested (self, "RELEASE", self->nested, NULL);
      self->nested--;
      return;
    }
  self->nested = 0;
  if (kez_db_in_transaction (self->db))
    kez_db_exec (self->db, "ROLLBACK");
  g_hash_table_remove_all (self->pending_changes);
}

gboolean
kez_store_is_server_lost (KezStore *self)
{
  g_return_val_if_fail (KEZ_IS_STORE (self), FALSE);
  return self->server_lost;
}

void
kez_store_set_server_lost (KezStore *self,
                           gboolean  lost)
{
  if (self->server_lost == !!lost)
    return;
  self->server_lost = !!lost;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVER_LOST]);
}

int
kez_store_get_schema_version (KezStore *self)
{
  g_autoptr(KezDbStmt) stmt = NULL;

  g_return_val_if_fail (KEZ_IS_STORE (self), -1);

  if (kez_db_get_kind (self->db) == KEZ_DB_POSTGRESQL)
    {
      /* An empty database has no table of its version yet: version 0. */
      stmt = kez_store_prepare (self, "SELECT to_regclass ('schema_version') IS NOT NULL",
                                NULL);
      if (stmt == NULL || kez_db_step (stmt) != KEZ_DB_ROW)
        return -1;
      if (!kez_db_column_int (stmt, 0))
        return 0;
      g_clear_pointer (&stmt, kez_db_finalize);
      stmt = kez_store_prepare (self, "SELECT version FROM schema_version", NULL);
    }
  else
    stmt = kez_store_prepare (self, "PRAGMA user_version", NULL);
  if (stmt == NULL || kez_db_step (stmt) != KEZ_DB_ROW)
    return -1;
  return kez_db_column_int (stmt, 0);
}

int
kez_store_latest_schema_version (void)
{
  g_auto(GStrv) names = kez_migrations_list (KEZ_DB_SQLITE);

  return g_strv_length (names);
}

static gboolean
apply_migration (KezStore    *self,
                 int          version,
                 const char  *name,
                 GError     **error)
{
  KezDbKind kind = kez_db_get_kind (self->db);
  g_autofree char *set_version =
    kind == KEZ_DB_POSTGRESQL
      ? g_strdup_printf ("INSERT INTO schema_version (version) VALUES (%d) ON CONFLICT "
                         "(only_row) DO UPDATE SET version = EXCLUDED.version", version)
      : g_strdup_printf ("PRAGMA user_version = %d", version);
  g_autoptr(GBytes) sql = NULL;

  sql = kez_migrations_read (kind, name, error);
  if (sql == NULL)
    return FALSE;

  g_debug ("Migrating %s to schema version %d (%s)", self->path, version, name);

  /* The migration and its version number commit together or not at all. */
  if (!kez_store_begin (self, error))
    return FALSE;
  if (!kez_store_exec (self, g_bytes_get_data (sql, NULL), error) ||
      !kez_store_exec (self, set_version, error))
    {
      kez_store_rollback (self);
      return FALSE;
    }
  return kez_store_commit (self, error);
}

static gboolean
migrate (KezStore    *self,
         int          target,
         GError     **error)
{
  g_auto(GStrv) names = kez_migrations_list (kez_db_get_kind (self->db));
  int latest = g_strv_length (names);
  int current = kez_store_get_schema_version (self);

  if (current < 0)
    {
      kez_store_set_error (self, error);
      return FALSE;
    }
  if (current > latest)
    {
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_TOO_NEW,
                   /* Translators: %1$s is a file name */
                   _("“%1$s” was saved by a newer version of Kezdesu. "
                     "Update Kezdesu to open it."), self->path);
      return FALSE;
    }

  /* A database that holds data is copied before its schema changes: an upgrade that goes
   * wrong can then be undone from the backups. (A server's backups are its own.) */
  if (current > 0 && current < MIN (target, latest) &&
      kez_db_get_kind (self->db) == KEZ_DB_SQLITE)
    {
      g_autofree char *reason = g_strdup_printf ("before-v%d", MIN (target, latest));
      g_autofree char *backup = kez_backup_make (self->path, reason, error);

      if (backup == NULL)
        return FALSE;
    }

  self->migrating = TRUE;
  for (int version = current + 1; version <= MIN (target, latest); version++)
    {
      if (!apply_migration (self, version, names[version - 1], error))
        {
          self->migrating = FALSE;
          return FALSE;
        }
    }
  self->migrating = FALSE;
  return TRUE;
}

gboolean
kez_store_migrate_to_latest (KezStore  *self,
                             GError   **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (self), FALSE);
  return migrate (self, G_MAXINT, error);
}

static gboolean
configure_connection (KezStore  *self,
                      GError   **error)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  sqlite3 *handle = kez_db_sqlite_handle (self->db);

  if (handle == NULL)
    {
      /* A server: nothing to set up, only a read to see that it answers. */
      if (kez_store_get_schema_version (self) < 0)
        {
          kez_store_set_error (self, error);
          return FALSE;
        }
      return TRUE;
    }

  if (!kez_store_functions_register (handle, &self->identity) ||
      !kez_search_tokenizer_register (handle) || !kez_collate_register (handle))
    {
      kez_store_set_error (self, error);
      return FALSE;
    }

  /* A read first: a file that is not a database fails here without being written to. */
  if (kez_store_get_schema_version (self) < 0)
    {
      kez_store_set_error (self, error);
      return FALSE;
    }

  /* FULL makes every committed change survive a power cut as well as a killed process: a
   * meeting's clock events must never be lost. */
  /* secure_delete: a purged name or IIN is zeroed in the file, not left in a free page. */
  if (!kez_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !kez_store_exec (self, "PRAGMA secure_delete = ON", error) ||
      !kez_store_exec (self, "PRAGMA synchronous = FULL", error) ||
      !(stmt = kez_store_prepare (self, "PRAGMA journal_mode = WAL", error)))
    return FALSE;

  if (kez_db_step (stmt) != KEZ_DB_ROW ||
      g_ascii_strcasecmp (kez_db_column_text (stmt, 0), "wal") != 0)
    {
      kez_store_set_error (self, error);
      return FALSE;
    }
  return TRUE;
}

static KezStore *
open_store (const char  *path,
            int          version,
            GError     **error)
{
  g_autoptr(KezStore) self = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean on_server;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  on_server = kez_db_location_is_server (path);
  if (!on_server && !kez_store_file_make_private (path, error))
    return NULL;

  self = g_object_new (KEZ_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  self->db = kez_db_open (path, KEZ_DB_OPEN_READ_WRITE, &local_error);
  if (g_error_matches (local_error, KEZ_DB_ERROR, KEZ_DB_ERROR_PASSWORD_NEEDED))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_PASSWORD,
                           _("The team server asks for your password."));
      return NULL;
    }
  if (g_error_matches (local_error, KEZ_DB_ERROR, KEZ_DB_ERROR_PASSWORD_REJECTED))
    {
      g_set_error_literal (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_PASSWORD,
                           _("The team server did not accept the password."));
      return NULL;
    }
  if (self->db == NULL && on_server)
    {
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_OPEN,
                   /* Translators: %1$s is the server's reason, as libpq gives it */
                   _("Cannot connect to the team server: %1$s"), local_error->message);
      return NULL;
    }
  if (self->db == NULL)
    {
      g_set_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_OPEN,
                   /* Translators: %1$s is a file name, %2$s the technical reason */
                   _("Cannot write to “%1$s”: %2$s"), path, local_error->message);
      return NULL;
    }

  if (!configure_connection (self, error) || !migrate (self, version, error))
    return NULL;
  /* SQLite's schema is compared with the one its migrations make; a server's is its
     administrators' (tests/check-postgresql-schema.sh compares the two engines'). */
  if (version == G_MAXINT && !on_server &&
      !kez_store_schema_check (kez_db_sqlite_handle (self->db), self->path, &self->identity,
                               kez_migrations_build_latest, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * kez_store_open_reader:
 *
 * Another connection to @store's database, for reads in a worker thread
 * (kez-store-reader.c): as @store found it, not migrated again, and never written to.
 */
KezStore *
kez_store_open_reader (KezStore  *store,
                       GError   **error)
{
  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  return open_store (store->path, 0, error);
}

KezStore *
kez_store_open_at_version (const char  *path,
                           int          version,
                           GError     **error)
{
  return open_store (path, version, error);
}

/**
 * kez_store_set_clock:
 * @clock: (nullable): where the time of the history and the audit log comes from; %NULL for
 *   the computer's clock
 *
 * For the demo, whose history is dated through its year, and for tests.
 */
void
kez_store_set_clock (KezStore      *self,
                     KezStoreClock  clock,
                     gpointer       data)
{
  g_return_if_fail (KEZ_IS_STORE (self));
  self->identity.clock = clock;
  self->identity.data = data;
  kez_store_identity_changed (self);
}

/* The app's clock tells another time, or another actor writes, than the server was last
 * given. */
void
kez_store_identity_changed (KezStore *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (KEZ_IS_STORE (self));
  if (kez_db_get_kind (self->db) == KEZ_DB_POSTGRESQL && !pass_identity (self, &error))
    g_warning ("The server was not given the time of the record: %s", error->message);
}

/**
 * kez_store_set_actor:
 * @actor: (nullable): who writes the history and the audit log; %NULL for the login name
 */
void
kez_store_set_actor (KezStore   *self,
                     const char *actor)
{
  g_return_if_fail (KEZ_IS_STORE (self));
  g_free (self->identity.actor);
  self->identity.actor = g_strdup (actor);
  kez_store_identity_changed (self);
}

/* Who the record says writes it. */
const char *
kez_store_get_actor (KezStore *self)
{
  g_return_val_if_fail (KEZ_IS_STORE (self), NULL);
  return kez_store_identity_actor (&self->identity);
}
