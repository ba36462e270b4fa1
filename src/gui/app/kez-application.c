/* kez-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-application.h"
#include "kez-backup.h"
#include "kez-cli.h"
#include "kez-db-passwords.h"
#include "kez-db.h"
#include "kez-deadline-notifier.h"
#include "kez-demo.h"
#include "kez-live-journal.h"
#include "kez-meeting-console.h"
#include "kez-meeting-editor.h"
#include "kez-preferences-window.h"
#include "kez-server-keyring.h"
#include "kez-store-open.h"
#include "kez-store-listen.h"
#include "kez-store-watch.h"
#include "kez-window.h"

struct _KezApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  KezStore       *store;
  KezStoreWatch  *store_watch;  /* what other processes write into it */
  KezStoreListener *store_listener; /* on a server: what other sessions save */
  KezDeadlineNotifier *notifier;
  GError         *store_error;
  gboolean        keyring_asked;   /* for the server's password, once a run */
  gboolean        keep_password;   /* in the keyring, once it is accepted */
};

G_DEFINE_FINAL_TYPE (KezApplication, kez_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use DATABASE, a file or a team server’s postgresql://… address, instead of the "
       "default one"), N_("DATABASE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { "copy-to", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Copy the whole database, all or nothing, into an empty one (a new file, or a team "
       "server’s postgresql://… address), and exit"), N_("DATABASE") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Make the database FILE (which must not exist yet) a demo of a ministry’s year, and "
       "open it"), NULL },
  { "import-meetings", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the meetings of a CSV file or a workbook, all or none, and exit"), N_("PATH") },
  { "import-questions", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import the questions of a CSV file or a workbook, all or none, and exit"), N_("PATH") },
  { "meeting", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("The meeting imported questions are for"), N_("ID") },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a workbook and exit: schedule, questions, results, quarterly, summary, "
       "draft-schedule or an executors’ progress-form; or a calendar file: calendar"),
    N_("KIND") },
  { "publish", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a document for the website and the media, and exit: results (of --meeting), "
       "quarterly (of --year and --quarter), schedule (of --year) or the action-plan as it "
       "stands today, as the PDF or web page (.html) --output names"),
    N_("KIND") },
  { "import-progress", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import an executor’s progress form (written with --export=progress-form), all or "
       "none, and exit"), N_("PATH") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import-progress, show every change and write nothing"), NULL },
  { "include-conflicts", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import-progress, apply also the rows whose actions changed since the form was "
       "made"), NULL },
  { "body", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export=schedule, the proposals of this body (its code, as in the reference "
       "list) rather than of the one the database serves; with --add-person, the person’s "
       "body"), N_("CODE") },
  { "executor", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export=progress-form, only the actions of this responsible body"),
    N_("NAME") },
  { "purge-personal-data", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Purge the personal data of citizens received longer ago than the retention period "
       "(Preferences), and exit"), NULL },
  { "purge-backups", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --purge-personal-data, purge the database’s backups too"), NULL },
  { "include-personal-data", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Put citizens’ names and contacts in the workbook (the export is logged)"), NULL },
  { "add-person", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("On a team server, give the login a role (--role) in the database, for a body (--body, "
       "or the one the database serves), making the login if there is none; and exit"),
    N_("LOGIN") },
  { "role", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --add-person: planner, timekeeper, viewer or reviewer"), N_("ROLE") },
  { "remove-person", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("On a team server, take the login’s role in the database away (the login stays the "
       "server’s); and exit"), N_("LOGIN") },
  { "list-people", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("On a team server, list who has which role, and exit"), NULL },
  { "take-meeting", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Write the meeting into a new database file (--output) for a laptop that will be "
       "offline, and exit"), N_("ID") },
  { "bring-back", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Bring what a meeting taken along recorded in this file back into the database, "
       "once, and exit"), N_("FILE") },
  { "year", 0, 0, G_OPTION_ARG_INT, NULL, N_("The year to export"), N_("YYYY") },
  { "quarter", 0, 0, G_OPTION_ARG_INT, NULL, N_("The quarter to export, 1 to 4"), N_("N") },
  { "half", 0, 0, G_OPTION_ARG_INT, NULL, N_("The half-year to sum up, 1 or 2"), N_("N") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("The workbook or document to write"),
    N_("PATH") },
  { "input", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("A body’s proposals workbook for the draft schedule; repeat for each body"),
    N_("PATH") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The language of the workbook or document: kk, ru or both"), N_("LANGUAGE") },
  { NULL }
};

KezApplication *
kez_application_new (void)
{
  return g_object_new (KEZ_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

static char *
lookup_path (GVariantDict *options,
             const char   *name)
{
  g_autofree char *arg = NULL;
  g_autoptr(GFile) file = NULL;

  if (!g_variant_dict_lookup (options, name, "^ay", &arg))
    return NULL;
  file = g_file_new_for_commandline_arg (arg);
  return g_file_get_path (file);
}

/* A file, or a team server's address (a libpq URI or "service=…"), which is no file. */
static char *
lookup_database (GVariantDict *options,
                 const char   *name)
{
  g_autofree char *arg = NULL;

  if (g_variant_dict_lookup (options, name, "^ay", &arg) && kez_db_location_is_server (arg))
    return g_steal_pointer (&arg);
  return lookup_path (options, name);
}

static GStrv
lookup_paths (GVariantDict *options,
              const char   *name)
{
  g_auto(GStrv) args = NULL;
  g_autoptr(GStrvBuilder) paths = g_strv_builder_new ();

  if (!g_variant_dict_lookup (options, name, "^aay", &args))
    return NULL;
  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[i]);
      g_autofree char *path = g_file_get_path (file);

      g_strv_builder_add (paths, path);
    }
  return g_strv_builder_end (paths);
}

/* Without --language, workbooks follow the preference (both languages by default). */
static gboolean
lookup_export_language (GVariantDict      *options,
                        KezExportLanguage *language)
{
  g_autofree char *text = NULL;

  if (!g_variant_dict_lookup (options, "language", "s", &text))
    {
      /* Scripts may run an uninstalled build with no schema: both languages then. */
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema =
        source != NULL ? g_settings_schema_source_lookup (source, BASE_ID, TRUE) : NULL;

      if (schema != NULL)
        {
          g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
          text = g_settings_get_string (settings, "export-language");
        }
      else
        text = g_strdup ("both");
    }
  if (kez_export_language_from_string (text, language))
    return TRUE;

  /* Translators: %1$s is what was given; kk, ru and both are not translated */
  g_printerr (_("--language must be kk, ru or both, not “%1$s”\n"), text);
  return FALSE;
}

/* The retention period of citizens' personal data, from the preference (12 months when an
 * uninstalled build has no schema). */
static int
retention_months (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema =
    source != NULL ? g_settings_schema_source_lookup (source, BASE_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = schema != NULL ? g_settings_new (BASE_ID) : NULL;

  return settings != NULL ? g_settings_get_int (settings, "personal-data-months") : 12;
}

/* A second start only hands over to the first (one writer per file, one window). The first is
 * told which database this start was for, so that it can say when it is on another one. */
static void
tell_the_first_instance (KezApplication *self)
{
  GApplication *application = G_APPLICATION (self);
  g_autofree char *path = NULL;
  g_autofree char *requested = NULL;

  if (!g_application_register (application, NULL, NULL) ||
      !g_application_get_is_remote (application))
    return;
  path = kez_application_dup_database_path (self);
  /* A file's made absolute here: the first instance runs in another folder. */
  requested = kez_db_location_is_server (path) ? g_strdup (path)
                                               : g_canonicalize_filename (path, NULL);
  g_action_group_activate_action (G_ACTION_GROUP (application), "database-requested",
                                  g_variant_new_bytestring (requested));
}

/* Without --database: the team server of Preferences, or else the file in the data folder. */
static char *
default_location (void)
{
  GSettingsSchemaSource *schemas = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = schemas != NULL
                                        ? g_settings_schema_source_lookup (schemas, BASE_ID, TRUE)
                                        : NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *server = NULL;

  /* A command line run where the app is not installed has no settings: the file, then. */
  if (schema == NULL)
    return kez_store_default_path ();
  settings = g_settings_new (BASE_ID);
  server = g_settings_get_string (settings, "team-server");
  return *server != '\0' ? g_steal_pointer (&server) : kez_store_default_path ();
}

/* --demo: the demo goes only into a new file named with --database, never the planner's own. */
static gboolean
make_demo (KezApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->database_path == NULL)
    {
      g_printerr ("%s\n", _("--demo needs --database=FILE: the demo is made as a new file, "
                            "apart from your own database"));
      return FALSE;
    }
  if (!kez_demo_create (self->database_path, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

/* Options that need no display are answered here, before GTK is initialised: the version,
 * imports and exports. */
static int
kez_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  KezApplication *self = KEZ_APPLICATION (application);
  g_autofree char *import_meetings = lookup_path (options, "import-meetings");
  g_autofree char *import_questions = lookup_path (options, "import-questions");
  g_autofree char *output = lookup_path (options, "output");
  g_auto(GStrv) inputs = lookup_paths (options, "input");
  g_autofree char *export_kind = NULL;
  g_autofree char *publish_kind = NULL;
  g_autofree char *executor = NULL;
  g_autofree char *body = NULL;
  g_autofree char *import_progress = lookup_path (options, "import-progress");
  g_autofree char *default_database = NULL;
  g_autofree char *copy_to = NULL;
  g_autofree char *add_person = NULL;
  g_autofree char *remove_person = NULL;
  g_autofree char *role = NULL;
  g_autofree char *bring_back = lookup_path (options, "bring-back");
  KezCliRequest request = { 0 };

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "kezdesu", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  g_free (self->database_path);
  self->database_path = lookup_database (options, "database");
  copy_to = lookup_database (options, "copy-to");
  request.copy_to = copy_to;

  g_variant_dict_lookup (options, "export", "s", &export_kind);
  g_variant_dict_lookup (options, "publish", "s", &publish_kind);
  g_variant_dict_lookup (options, "year", "i", &request.year);
  g_variant_dict_lookup (options, "quarter", "i", &request.quarter);
  g_variant_dict_lookup (options, "half", "i", &request.half);
  request.import_meetings = import_meetings;
  request.import_questions = import_questions;
  g_variant_dict_lookup (options, "meeting", "x", &request.meeting_id);
  request.include_personal_data = g_variant_dict_contains (options, "include-personal-data");
  if (g_variant_dict_contains (options, "purge-personal-data"))
    request.purge_months = retention_months ();
  request.purge_backups = g_variant_dict_contains (options, "purge-backups");
  request.export_kind = export_kind;
  request.publish_kind = publish_kind;
  g_variant_dict_lookup (options, "executor", "s", &executor);
  request.executor = executor;
  g_variant_dict_lookup (options, "body", "s", &body);
  request.body = body;
  request.import_progress = import_progress;
  request.dry_run = g_variant_dict_contains (options, "dry-run");
  request.include_conflicts = g_variant_dict_contains (options, "include-conflicts");
  g_variant_dict_lookup (options, "add-person", "s", &add_person);
  request.add_person = add_person;
  g_variant_dict_lookup (options, "remove-person", "s", &remove_person);
  request.remove_person = remove_person;
  g_variant_dict_lookup (options, "role", "s", &role);
  request.role = role;
  request.list_people = g_variant_dict_contains (options, "list-people");
  g_variant_dict_lookup (options, "take-meeting", "x", &request.take_meeting);
  request.bring_back = bring_back;
  request.output = output;
  request.inputs = (const char * const *) inputs;
  if (g_variant_dict_contains (options, "demo") && !make_demo (self))
    return EXIT_FAILURE;
  if (kez_cli_has_work (&request))
    {
      if ((export_kind != NULL || publish_kind != NULL) &&
          !lookup_export_language (options, &request.language))
        return EXIT_FAILURE;
      if (self->database_path == NULL)
        default_database = default_location ();
      request.database = self->database_path != NULL ? self->database_path : default_database;
      return kez_cli_run (&request);
    }

  tell_the_first_instance (self);

  return G_APPLICATION_CLASS (kez_application_parent_class)->handle_local_options (application,
                                                                                    options);
}

static void
back_up_in_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_ID);
  g_autoptr(GError) error = NULL;

  if (!kez_backup_daily (data, g_settings_get_int (settings, "backups-kept"), &error))
    g_warning ("The daily backup failed: %s", error->message);
  g_task_return_boolean (task, TRUE);
}

/* A copy a day, made in a worker thread through its own connection: the window opens at once. */
static void
back_up_daily (const char *database)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  g_task_set_task_data (task, g_strdup (database), g_free);
  g_task_run_in_thread (task, back_up_in_thread);
}

static void
open_store (KezApplication *self)
{
  g_autofree char *path = NULL;

  if (self->store != NULL || self->store_error != NULL)
    return;

  path = kez_application_dup_database_path (self);
  self->store = kez_store_open (path, &self->store_error);
  if (self->store_error != NULL)
    g_warning ("Cannot open the database: %s", self->store_error->message);
  else
    {
      self->notifier = kez_deadline_notifier_new (G_APPLICATION (self), self->store);
      /* A file is watched for other processes' writes and copied once a day; a server
         tells what other sessions save, and its backups are its operators'. */
      if (!kez_db_location_is_server (path))
        {
          self->store_watch = kez_store_watch_new (self->store);
          back_up_daily (path);
        }
      else
        {
          self->store_listener = kez_store_listener_new (self->store);
          /* What a console kept on this computer in an earlier run is sent from the start. */
          kez_live_journal_get (self->store);
        }
    }
}

/* The server asks for a password: the keyring is asked first, once a run. */
static gboolean
asks_for_password (KezApplication *self)
{
  return g_error_matches (self->store_error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_PASSWORD);
}

static void present_new_window (KezApplication *self);
static void kez_application_reopen (KezApplication *self);

static void
keyring_looked_up (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(KezApplication) self = data;
  g_autofree char *path = kez_application_dup_database_path (self);
  char *password = kez_server_keyring_lookup_finish (result);

  if (password != NULL)
    {
      kez_db_passwords_remember (path, password);
      kez_server_keyring_free_password (password);
      g_clear_error (&self->store_error);
      open_store (self);
      if (asks_for_password (self))
        {
          /* Kept once, changed on the server since: asked for again, and replaced in the
             keyring when the new one is kept. */
          kez_db_passwords_remember (path, NULL);
          g_clear_error (&self->store_error);
          g_set_error_literal (&self->store_error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_PASSWORD,
                               _("The team server did not accept the password kept in the "
                                 "keyring."));
        }
    }
  present_new_window (self);
  g_application_release (G_APPLICATION (self));
}

/* The window once the store is open (or could not be); a server that asks for a password
 * has the keyring looked in first, without blocking. */
static void
open_store_and_window (KezApplication *self)
{
  open_store (self);
  if (asks_for_password (self) && !self->keyring_asked)
    {
      g_autofree char *path = kez_application_dup_database_path (self);

      self->keyring_asked = TRUE;
      g_application_hold (G_APPLICATION (self));
      kez_server_keyring_lookup_async (path, NULL, keyring_looked_up, g_object_ref (self));
      return;
    }
  present_new_window (self);
}

/**
 * kez_application_connect_with_password:
 * @password: what the planner typed
 * @keep: whether to keep it in the keyring once the server accepts it
 *
 * Connects to the team server again with @password, for every connection of this run, in
 * a new window.
 */
static void
kez_application_connect_with_password (KezApplication *self,
                                       const char     *password,
                                       gboolean        keep)
{
  g_autofree char *path = NULL;

  g_return_if_fail (KEZ_IS_APPLICATION (self));
  g_return_if_fail (password != NULL);

  path = kez_application_dup_database_path (self);
  kez_db_passwords_remember (path, password);
  self->keep_password = keep;
  kez_application_reopen (self);
}

char *
kez_application_dup_database_path (KezApplication *self)
{
  g_return_val_if_fail (KEZ_IS_APPLICATION (self), NULL);
  return self->database_path != NULL ? g_strdup (self->database_path) : default_location ();
}

/* After the database file was replaced (a backup put in place of a damaged file): opened
 * again, in a new window. */
static void
kez_application_reopen (KezApplication *self)
{
  GtkWindow *old = gtk_application_get_active_window (GTK_APPLICATION (self));

  g_return_if_fail (KEZ_IS_APPLICATION (self));

  g_clear_pointer (&self->store_watch, kez_store_watch_free);
  g_clear_pointer (&self->store_listener, kez_store_listener_free);
  g_clear_pointer (&self->notifier, kez_deadline_notifier_free);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  open_store (self);
  present_new_window (self);
  if (old != NULL)
    gtk_window_destroy (old);
}

static void
present_new_window (KezApplication *self)
{
  g_autofree char *path = kez_application_dup_database_path (self);
  GtkWindow *window;

  /* Kept only once the server took it. */
  if (self->store != NULL && self->keep_password)
    {
      char *password = kez_db_passwords_dup (path);

      if (password != NULL)
        kez_server_keyring_store (path, password);
      kez_db_passwords_free (password);
    }
  self->keep_password = FALSE;
  window = GTK_WINDOW (kez_window_new (GTK_APPLICATION (self), path, self->store,
                                       self->store_error));
  gtk_window_present (window);
}

static void
kez_application_activate (GApplication *application)
{
  KezApplication *self = KEZ_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    open_store_and_window (self);
  else
    gtk_window_present (window);
}

/* Another start of the app asked for a database: the same one just raises the window; another
 * one cannot be opened beside this one, and the planner is told so rather than left to
 * wonder which file the window shows. */
static void
database_requested (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  KezApplication *self = user_data;
  g_autofree char *ours = kez_application_dup_database_path (self);
  g_autofree char *ours_canonical = g_canonicalize_filename (ours, NULL);
  const char *requested = g_variant_get_bytestring (parameter);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  GtkWindow *window;
  AdwToast *toast;

  g_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (g_strcmp0 (requested, ours_canonical) == 0 || !KEZ_IS_WINDOW (window))
    return;

  name = g_filename_display_basename (requested);
  /* Translators: %s is a database file's name */
  message = g_strdup_printf (_("Kezdesu is already open with another database. To open "
                               "“%s”, quit Kezdesu first."), name);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 0);
  kez_window_add_toast (KEZ_WINDOW (window), toast);
}

static void
show_preferences (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  KezApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  KezPreferencesWindow *preferences;

  if (self->store == NULL)
    return;

  preferences = kez_preferences_window_new (self->store);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
show_about (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  KezApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "Kezdesu developers", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Kezdesu"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("Kezdesu developers"),
                         "developers", developers,
                         "comments", _("Plan and hold the minister’s meetings with the population "
                                       "as Decree No. 863 requires"),
                         "website", PACKAGE_WEBSITE,
                         "issue-url", PACKAGE_WEBSITE "/issues",
                         /* Translators: your names, one per line, to be credited in About */
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 Kezdesu developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
help_shown (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (gtk_show_uri_full_finish (parent, result, &error) || !KEZ_IS_WINDOW (parent))
    return;

  g_warning ("Cannot show the help: %s", error->message);
  kez_window_add_toast (KEZ_WINDOW (parent),
                        adw_toast_new (_("Cannot show the help: no help viewer is installed")));
}

static void
show_help (GSimpleAction *action,
           GVariant      *parameter,
           gpointer       user_data)
{
  KezApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  const char *page = "index";
  g_autofree char *uri = NULL;

  if (parent == NULL)
    return;
  /* The guide opens on the page about what the planner is looking at. */
  if (KEZ_IS_WINDOW (parent))
    page = kez_window_get_help_page (KEZ_WINDOW (parent));
  else if (KEZ_IS_MEETING_CONSOLE (parent))
    page = "live-meeting";
  else if (KEZ_IS_MEETING_EDITOR (parent))
    page = "plan-year";
  else if (KEZ_IS_PREFERENCES_WINDOW (parent))
    page = "preferences";
  uri = g_strconcat ("help:kezdesu/", page, NULL);
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, help_shown, g_object_ref (parent));
}

static void
quit (GSimpleAction *action,
      GVariant      *parameter,
      gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* app.reopen: the database opened again in a new window (a backup was put in its place). */
static void
reopen_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       data)
{
  kez_application_reopen (data);
}

/* app.connect-with-password (sb): the team server's password the planner typed, and whether
 * to keep it in the keyring. */
static void
connect_with_password_activated (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       data)
{
  const char *password = NULL;
  gboolean keep = FALSE;

  g_variant_get (parameter, "(&sb)", &password, &keep);
  kez_application_connect_with_password (data, password, keep);
}

static const GActionEntry app_actions[] = {
  { "reopen", reopen_activated },
  { "connect-with-password", connect_with_password_activated, "(sb)" },
  { "preferences", show_preferences },
  { "database-requested", database_requested, "ay" },
  { "about", show_about },
  { "help", show_help },
  { "quit", quit },
};

static void
kez_application_startup (GApplication *application)
{
  KezApplication *self = KEZ_APPLICATION (application);

  G_APPLICATION_CLASS (kez_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help",
                                         (const char *[]) { "F1", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.page('schedule')",
                                         (const char *[]) { "<Alt>1", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.page('questions')",
                                         (const char *[]) { "<Alt>2", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.page('actions')",
                                         (const char *[]) { "<Alt>3", NULL });
}

static void
kez_application_finalize (GObject *object)
{
  KezApplication *self = (KezApplication *) object;

  g_clear_pointer (&self->store_watch, kez_store_watch_free);
  g_clear_pointer (&self->store_listener, kez_store_listener_free);
  g_clear_pointer (&self->notifier, kez_deadline_notifier_free);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_pointer (&self->database_path, g_free);

  G_OBJECT_CLASS (kez_application_parent_class)->finalize (object);
}

static void
kez_application_class_init (KezApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kez_application_finalize;
  app_class->handle_local_options = kez_application_handle_local_options;
  app_class->startup = kez_application_startup;
  app_class->activate = kez_application_activate;
}

static void
kez_application_init (KezApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan, hold and report the minister’s meetings "
                                              "with the population."));
}

KezStore *
kez_application_get_store (KezApplication *self)
{
  g_return_val_if_fail (KEZ_IS_APPLICATION (self), NULL);
  return self->store;
}
