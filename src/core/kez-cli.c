/* kez-cli.c
 *
 * Messages go to standard error in the interface language; the exit status is 0 only when
 * everything asked was done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "kez-backup.h"
#include "kez-calendar-export.h"
#include "kez-cli-team.h"
#include "kez-cli.h"
#include "kez-csv.h"
#include "kez-draft-schedule.h"
#include "kez-kazakhstan-time.h"
#include "kez-meeting-import.h"
#include "kez-personal-data.h"
#include "kez-progress-form.h"
#include "kez-progress-import.h"
#include "kez-publication.h"
#include "kez-quarterly-export.h"
#include "kez-question-export.h"
#include "kez-question-import.h"
#include "kez-receptions.h"
#include "kez-results-export.h"
#include "kez-schedule-export.h"
#include "kez-store-copy.h"
#include "kez-store-open.h"
#include "kez-store.h"
#include "kez-summary-export.h"

gboolean
kez_cli_has_work (const KezCliRequest *request)
{
  return request->copy_to != NULL ||
         request->import_meetings != NULL || request->import_questions != NULL ||
         request->export_kind != NULL || request->publish_kind != NULL ||
         request->import_progress != NULL ||
         request->purge_months > 0 ||
         request->add_person != NULL || request->remove_person != NULL ||
         request->list_people ||
         request->take_meeting > 0 || request->bring_back != NULL;
}

/* "FILE: reason", each line of a message that names several lines of the file. */
static void
print_file_error (const char   *path,
                  const GError *error)
{
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    /* Translators: %1$s is a file name, %2$s what is wrong with it */
    g_printerr (_("%1$s: %2$s\n"), path, lines[i]);
}

/* The file, read as a table; %NULL with the reason printed. */
static KezImportTable *
open_table (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  KezImportTable *table = NULL;

  if (!(table = kez_import_table_new_for_path (path, name, &error)))
    print_file_error (path, error);
  return table;
}

/* Problems, then what was already there; whether the rows can be saved. */
static void
print_read (const char     *path,
            KezImportTable *table,
            GPtrArray      *problems,
            GArray         *present,
            guint           n_new)
{
  g_autofree char *lines = kez_import_table_lines (table, present);

  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s: %s\n", path, (const char *) g_ptr_array_index (problems, i));
  if (problems->len > 0 || present->len == 0)
    return;
  if (n_new == 0)
    /* Translators: %1$s is a file name, %2$s a list of its lines */
    g_print (_("%1$s: nothing imported, every row is already in the database (%2$s).\n"),
             path, lines);
  else
    /* Translators: %1$s is a file name, %2$u a number of rows, %3$s the list of their lines */
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%1$s: %2$u row already in the database was skipped (%3$s).\n",
                          "%1$s: %2$u rows already in the database were skipped (%3$s).\n",
                          present->len),
             path, present->len, lines);
}

static int
import_meetings (KezStore   *store,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KezMeetingImport) import = NULL;
  g_autoptr(KezImportTable) table = NULL;
  g_autofree char *name = g_path_get_basename (path);
  KezMeetingImportOptions options = { NULL, NULL, name };
  guint n;

  if (!(table = open_table (path)))
    return EXIT_FAILURE;
  if (!(import = kez_meeting_import_read (store, table, &options, &error)))
    {
      print_file_error (path, error);
      return EXIT_FAILURE;
    }
  n = kez_meeting_import_get_n_meetings (import);
  print_read (path, table, kez_meeting_import_get_problems (import),
              kez_meeting_import_get_present (import), n);
  if (!kez_meeting_import_commit (import, store, NULL, &error))
    {
      g_printerr ("%s: %s\n", path, error->message);
      return EXIT_FAILURE;
    }
  if (n > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %1$u meeting.\n",
                          "Imported %1$u meetings.\n", n), n);
  return EXIT_SUCCESS;
}

static int
import_questions (KezStore   *store,
                  const char *path,
                  gint64      meeting_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KezQuestionImport) import = NULL;
  g_autoptr(KezImportTable) table = NULL;
  g_autofree char *name = g_path_get_basename (path);
  KezQuestionImportOptions options = KEZ_QUESTION_IMPORT_OPTIONS_INIT;
  guint n;

  options.meeting_id = meeting_id;
  options.file_name = name;
  if (!(table = open_table (path)))
    return EXIT_FAILURE;
  if (!(import = kez_question_import_read (store, table, &options, &error)))
    {
      print_file_error (path, error);
      return EXIT_FAILURE;
    }
  n = kez_question_import_get_n_questions (import);
  print_read (path, table, kez_question_import_get_problems (import),
              kez_question_import_get_present (import), n);
  if (!kez_question_import_commit (import, store, NULL, &error))
    {
      g_printerr ("%s: %s\n", path, error->message);
      return EXIT_FAILURE;
    }
  if (n > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %1$u question.\n",
                          "Imported %1$u questions.\n", n), n);
  return EXIT_SUCCESS;
}

static int
export_schedule (KezStore            *store,
                 const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;
  guint n = 0, n_left_out = 0;

  if (request->year <= 0)
    {
      g_printerr (_("--export=schedule needs --year=YYYY and --output=FILE.xlsx\n"));
      return EXIT_FAILURE;
    }
  if (!kez_schedule_export (store, request->year, request->body, request->language,
                            request->output, &n, &n_left_out, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %1$u meeting to %2$s.\n",
                        "Wrote %1$u meetings to %2$s.\n", n),
           n, request->output);
  if (n_left_out > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Left out %1$u meeting of a body exempt under the rule set in force "
                          "(listed below the table).\n",
                          "Left out %1$u meetings of bodies exempt under the rule set in force "
                          "(listed below the table).\n", n_left_out), n_left_out);
  return EXIT_SUCCESS;
}

static int
export_questions (KezStore            *store,
                  const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!kez_question_export (store, request->meeting_id, request->language,
                            request->include_personal_data, request->output, &n, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %1$u question to %2$s.\n",
                        "Wrote %1$u questions to %2$s.\n", n),
           n, request->output);
  return EXIT_SUCCESS;
}

static int
export_results (KezStore            *store,
                const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;

  if (request->meeting_id <= 0)
    {
      g_printerr (_("--export=results needs --meeting=ID\n"));
      return EXIT_FAILURE;
    }
  if (!kez_results_export (store, request->meeting_id, request->language,
                           request->include_personal_data, request->output, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  /* Translators: %1$s is a file name */
  g_print (_("Wrote the meeting’s results to %1$s.\n"), request->output);
  return EXIT_SUCCESS;
}

static int
export_quarterly (KezStore            *store,
                  const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (request->year <= 0 || request->quarter <= 0)
    {
      g_printerr (_("--export=quarterly needs --year=YYYY and --quarter=N\n"));
      return EXIT_FAILURE;
    }
  if (!kez_quarterly_export (store, request->year, request->quarter, request->language,
                             request->output, &n, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %1$u action to %2$s.\n",
                        "Wrote %1$u actions to %2$s.\n", n),
           n, request->output);
  return EXIT_SUCCESS;
}

static int
export_summary (KezStore            *store,
                const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;

  if (request->year <= 0)
    {
      g_printerr (_("--export=summary needs --year=YYYY (and --half=1 or 2 for a half-year)\n"));
      return EXIT_FAILURE;
    }
  if (!kez_summary_export (store, request->year, request->half, request->language,
                           request->output, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  /* Translators: %1$s is a file name */
  g_print (_("Wrote the summary to %1$s.\n"), request->output);
  return EXIT_SUCCESS;
}

/* From the bodies' workbooks (--input), or from the proposals the database holds. */
static int
export_draft_schedule (KezStore            *store,
                       const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (request->year <= 0)
    {
      g_printerr (_("--export=draft-schedule needs --year=YYYY, and --input=FILE.xlsx for each "
                    "body that sent its proposals as a file\n"));
      return EXIT_FAILURE;
    }
  if (request->inputs != NULL
        ? !kez_draft_schedule_build (request->inputs, request->year, request->language,
                                     request->output, &n, &error)
        : !kez_draft_schedule_from_store (store, request->year, request->language,
                                          request->output, &n, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %1$u meeting to %2$s.\n",
                        "Wrote %1$u meetings to %2$s.\n", n),
           n, request->output);
  return EXIT_SUCCESS;
}

static int
export_calendar (KezStore            *store,
                 const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (request->year <= 0)
    {
      g_printerr (_("--export=calendar needs --year=YYYY and --output=FILE.ics\n"));
      return EXIT_FAILURE;
    }
  if (!kez_calendar_export (store, request->year, request->language, request->output, &n,
                            &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %1$u meeting and the deadlines to %2$s.\n",
                        "Wrote %1$u meetings and the deadlines to %2$s.\n", n),
           n, request->output);
  return EXIT_SUCCESS;
}

static int
export_progress_form (KezStore            *store,
                      const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (request->year <= 0 || request->quarter <= 0)
    {
      g_printerr (_("--export=progress-form needs --year=YYYY and --quarter=N\n"));
      return EXIT_FAILURE;
    }
  if (!kez_progress_form_export (store, request->year, request->quarter, request->executor,
                                 request->language, request->output, &n, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %1$u open action to %2$s.\n",
                        "Wrote %1$u open actions to %2$s.\n", n), n, request->output);
  return EXIT_SUCCESS;
}

/* --import-progress: every changed cell shown, the wrong rows named, then (unless a dry run)
 * all of it written or none. */
static int
import_progress (KezStore            *store,
                 const KezCliRequest *request)
{
  const char *path = request->import_progress;
  g_autoptr(GError) error = NULL;
  g_autoptr(KezProgressImport) import = kez_progress_import_read (store, path, &error);
  guint n = 0;

  if (import == NULL)
    {
      print_file_error (path, error);
      return EXIT_FAILURE;
    }
  for (guint i = 0; i < import->changes->len; i++)
    {
      const KezProgressChange *change = g_ptr_array_index (import->changes, i);
      g_autofree char *what = kez_progress_change_describe (change);
      g_autofree char *code = g_strdup_printf ("%" G_GINT64_FORMAT, change->action_id);

      /* Translators: %1$s is a file name, %2$u a row, %3$s the action's code, %4$s its text,
         %5$s what changed */
      g_print (_("%1$s: row %2$u, action %3$s “%4$s”: %5$s"), path, change->row, code,
               change->action, what);
      if (change->conflict)
        g_print (" %s", _("(changed in the database since the form was made)"));
      g_print ("\n");
    }
  for (guint i = 0; i < import->problems->len; i++)
    g_printerr (_("%1$s: %2$s\n"), path, (const char *) g_ptr_array_index (import->problems, i));
  if (import->problems->len > 0)
    {
      g_printerr (_("%1$s: nothing was imported\n"), path);
      return EXIT_FAILURE;
    }
  if (import->n_conflicts > 0 && !request->include_conflicts)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "%1$u row changed in the database since the form was made: it is "
                          "left as it is (--include-conflicts applies it too).\n",
                          "%1$u rows changed in the database since the form was made: they are "
                          "left as they are (--include-conflicts applies them too).\n",
                          import->n_conflicts), import->n_conflicts);
  if (request->dry_run)
    {
      for (guint i = 0; i < import->changes->len; i++)
        if (request->include_conflicts ||
            !((KezProgressChange *) g_ptr_array_index (import->changes, i))->conflict)
          n++;
      g_print (g_dngettext (GETTEXT_PACKAGE, "%1$u change to import; nothing was written "
                            "(--dry-run).\n", "%1$u changes to import; nothing was written "
                            "(--dry-run).\n", n), n);
      return EXIT_SUCCESS;
    }
  if (!kez_progress_import_apply (store, import, request->include_conflicts, &n, &error))
    {
      print_file_error (path, error);
      return EXIT_FAILURE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %1$u change from %2$s.\n",
                        "Imported %1$u changes from %2$s.\n", n), n, path);
  return EXIT_SUCCESS;
}

static int
export (KezStore            *store,
        const KezCliRequest *request)
{
  if (request->output == NULL)
    {
      g_printerr (_("--export needs --output=FILE.xlsx\n"));
      return EXIT_FAILURE;
    }
  if (g_strcmp0 (request->export_kind, "calendar") == 0)
    return export_calendar (store, request);
  if (g_strcmp0 (request->export_kind, "schedule") == 0)
    return export_schedule (store, request);
  if (g_strcmp0 (request->export_kind, "questions") == 0)
    return export_questions (store, request);
  if (g_strcmp0 (request->export_kind, "results") == 0)
    return export_results (store, request);
  if (g_strcmp0 (request->export_kind, "quarterly") == 0)
    return export_quarterly (store, request);
  if (g_strcmp0 (request->export_kind, "summary") == 0)
    return export_summary (store, request);
  if (g_strcmp0 (request->export_kind, "draft-schedule") == 0)
    return export_draft_schedule (store, request);
  if (g_strcmp0 (request->export_kind, "progress-form") == 0)
    return export_progress_form (store, request);

  /* Translators: %1$s is what was asked for; the kinds are not translated */
  g_printerr (_("Unknown export “%1$s”; known: schedule, questions, results, quarterly, "
                "summary, draft-schedule, calendar, progress-form\n"), request->export_kind);
  return EXIT_FAILURE;
}

/* --publish: a document of a meeting's results, a quarter's progress, the year's schedule or the
 * action plans as they stand today, for the website. */
static int
publish (KezStore            *store,
         const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KezPublication) publication = NULL;

  if (request->output == NULL)
    {
      g_printerr (_("--publish needs --output=FILE.pdf or --output=FILE.html\n"));
      return EXIT_FAILURE;
    }
  if (g_strcmp0 (request->publish_kind, "results") == 0)
    {
      if (request->meeting_id <= 0)
        {
          g_printerr (_("--publish=results needs --meeting=ID\n"));
          return EXIT_FAILURE;
        }
      publication = kez_publication_of_results (store, request->meeting_id, request->language,
                                                &error);
    }
  else if (g_strcmp0 (request->publish_kind, "quarterly") == 0)
    {
      if (request->year <= 0 || request->quarter <= 0)
        {
          g_printerr (_("--publish=quarterly needs --year=YYYY and --quarter=N\n"));
          return EXIT_FAILURE;
        }
      publication = kez_publication_of_quarter (store, request->year, request->quarter,
                                                request->language, &error);
    }
  else if (g_strcmp0 (request->publish_kind, "schedule") == 0)
    {
      if (request->year <= 0)
        {
          g_printerr (_("--publish=schedule needs --year=YYYY\n"));
          return EXIT_FAILURE;
        }
      publication = kez_publication_of_schedule (store, request->year, 0, request->language);
    }
  else if (g_strcmp0 (request->publish_kind, "action-plan") == 0)
    {
      GDate today;

      kez_kazakhstan_today (&today);
      publication = kez_publication_of_action_plan (store, &today, request->language, &error);
    }
  else
    {
      /* Translators: %1$s is what was asked for; the kinds are not translated */
      g_printerr (_("Unknown publication “%1$s”; known: results, quarterly, schedule, "
                    "action-plan\n"),
                  request->publish_kind);
      return EXIT_FAILURE;
    }
  if (publication == NULL || !kez_publication_write (publication, request->output, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  /* Translators: %1$s is a file name */
  g_print (_("Wrote the publication to %1$s.\n"), request->output);
  return EXIT_SUCCESS;
}

static int
purge_personal_data (KezStore            *store,
                     const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_auto(KezPurgeResult) result = { 0 };

  if (!kez_personal_data_purge (store, request->purge_months, &result, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Purged the personal data of %1$u citizen received more than %2$d "
                        "months ago",
                        "Purged the personal data of %1$u citizens received more than %2$d "
                        "months ago", result.n_receptions),
           result.n_receptions, request->purge_months);
  g_print (g_dngettext (GETTEXT_PACKAGE, " and of the authors of %1$u question.\n",
                        " and of the authors of %1$u questions.\n", result.n_questions),
           result.n_questions);
  if (!result.log_cleared)
    g_printerr (_("Another program still has the database open, so the emptied values may stay "
                  "in its log until it closes it.\n"));
  for (guint i = 0; i < result.backups->len; i++)
    {
      const KezBackup *backup = g_ptr_array_index (result.backups, i);

      if (request->purge_backups)
        {
          if (!kez_personal_data_purge_backup (backup->path, request->purge_months, &error))
            {
              g_printerr ("%s\n", error->message);
              return EXIT_FAILURE;
            }
          /* Translators: %1$s is a file name */
          g_print (_("Purged the backup %1$s too.\n"), backup->path);
        }
      else
        /* Translators: %1$s is a file name */
        g_print (_("The backup %1$s still holds the purged data: purge it with "
                   "--purge-backups, or delete it.\n"), backup->path);
    }
  return EXIT_SUCCESS;
}

/* Imports first, so that one command can import and export what it imported. */
/* --copy-to: the whole database into an empty one, said in numbers when done. */
static int
copy_to (const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;
  KezStoreCounts counts;
  g_autofree char *meetings = NULL;
  g_autofree char *questions = NULL;
  g_autofree char *actions = NULL;

  if (!kez_store_copy (request->database, request->copy_to, &counts, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  meetings = g_strdup_printf ("%" G_GINT64_FORMAT, counts.meetings);
  questions = g_strdup_printf ("%" G_GINT64_FORMAT, counts.questions);
  actions = g_strdup_printf ("%" G_GINT64_FORMAT, counts.actions);
  /* Translators: %1$s is a file name or a server's address; %2$s, %3$s and %4$s numbers */
  g_print (_("Copied to “%1$s”: meetings %2$s, questions %3$s, actions %4$s, with their "
             "history and the audit log.\n"), request->copy_to, meetings, questions, actions);
  return EXIT_SUCCESS;
}

int
kez_cli_run (const KezCliRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KezStore) store = NULL;
  int status = EXIT_SUCCESS;

  g_return_val_if_fail (request != NULL && request->database != NULL, EXIT_FAILURE);

  if (request->copy_to != NULL)
    return copy_to (request);
  if (!(store = kez_store_open (request->database, &error)))
    {
      g_printerr ("%s\n", error->message);
      /* The window asks for it; a script has libpq's own sources. */
      if (g_error_matches (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_PASSWORD))
        g_printerr ("%s\n", _("From the command line the password is read from ~/.pgpass, "
                              "the PGPASSWORD variable or the server’s service file."));
      return EXIT_FAILURE;
    }

  if (request->take_meeting > 0 || request->bring_back != NULL)
    return kez_cli_take_along (store, request->take_meeting, request->output,
                               request->bring_back);
  if (request->add_person != NULL || request->remove_person != NULL || request->list_people)
    status = kez_cli_people (store, request->add_person, request->role, request->body,
                             request->remove_person, request->list_people);
  if (status == EXIT_SUCCESS && request->import_meetings != NULL)
    status = import_meetings (store, request->import_meetings);
  if (status == EXIT_SUCCESS && request->import_questions != NULL)
    status = import_questions (store, request->import_questions, request->meeting_id);
  if (status == EXIT_SUCCESS && request->import_progress != NULL)
    status = import_progress (store, request);
  if (status == EXIT_SUCCESS && request->purge_months > 0)
    status = purge_personal_data (store, request);
  if (status == EXIT_SUCCESS && request->export_kind != NULL)
    status = export (store, request);
  if (status == EXIT_SUCCESS && request->publish_kind != NULL)
    status = publish (store, request);
  return status;
}
