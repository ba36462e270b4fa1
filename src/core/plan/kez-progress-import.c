/* kez-progress-import.c
 *
 * An executor's progress form (kez-progress-form.c) comes back, perhaps after Excel or
 * LibreOffice opened and saved it, with rows inserted or sheets added. It is read whole
 * first: every changed cell becomes a change to preview (the action, old → new), every row
 * that cannot be read a problem naming its row. Nothing is written while a row is wrong.
 * A row whose action changed in the database since the form was made (its history moved on,
 * or its status or evidence is not what the form was given) is a conflict: its changes are
 * shown and left alone unless the planner takes them too. Applied, the changes go in one
 * transaction, each into the action's history with the workbook and the executor named, and
 * the import into the audit log.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-progress-import"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "kez-actions.h"
#include "kez-export-language.h"
#include "kez-import-columns.h"
#include "kez-progress-form.h"
#include "kez-progress-import.h"
#include "kez-store-private.h"
#include "kez-text.h"
#include "kez-xlsx-reader.h"

static void
change_free (gpointer data)
{
  KezProgressChange *change = data;

  g_free (change->action);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

void
kez_progress_import_free (KezProgressImport *import)
{
  g_free (import->file);
  g_free (import->executor);
  g_ptr_array_unref (import->changes);
  g_ptr_array_unref (import->problems);
  g_free (import);
}

/* Which column a header names: ours in either language, the longest that it holds (an office
 * suite's user may have reworded or rewrapped it); the hidden ones by their exact names. */
static int
column_named (const char *text)
{
  g_autofree char *key = kez_import_header_key (text);
  int found = -1;
  glong found_length = 0;

  for (int c = 0; c < KEZ_PROGRESS_N_COLUMNS; c++)
    for (KezLanguage l = KEZ_LANGUAGE_KK; l <= KEZ_LANGUAGE_RU; l++)
      {
        g_autofree char *name = kez_import_header_key (kez_progress_form_header (c, l));
        glong length = g_utf8_strlen (name, -1);
        gboolean hidden = c >= KEZ_PROGRESS_COLUMN_VERSION;

        if ((hidden ? g_str_equal (key, name) : strstr (key, name) != NULL) &&
            length > found_length)
          {
            found = c;
            found_length = length;
          }
      }
  return found;
}

typedef struct
{
  KezXlsxSheet *sheet;
  guint         header_row;
  int           columns[KEZ_PROGRESS_N_COLUMNS];
  const char   *identity;   /* the database the form was made from */
  const char   *executor;
} Form;

static gboolean
map_columns (Form  *form,
             guint  row)
{
  for (int c = 0; c < KEZ_PROGRESS_N_COLUMNS; c++)
    form->columns[c] = -1;
  for (guint col = 0; col < MIN (kez_xlsx_sheet_get_n_columns (form->sheet), 256); col++)
    {
      const char *text = kez_xlsx_sheet_get (form->sheet, row, col);
      int c = text != NULL && text[0] != '\0' ? column_named (text) : -1;

      if (c >= 0 && form->columns[c] < 0)
        form->columns[c] = col;
    }
  for (int c = 0; c < KEZ_PROGRESS_N_COLUMNS; c++)
    if (c != KEZ_PROGRESS_COLUMN_MEETING && c != KEZ_PROGRESS_COLUMN_PROBLEM &&
        c != KEZ_PROGRESS_COLUMN_EXECUTOR && c != KEZ_PROGRESS_COLUMN_DEADLINE &&
        form->columns[c] < 0)
      return FALSE;
  return TRUE;
}

/* The mark above the table: the form, the database, the executor. */
static gboolean
find_mark (Form *form)
{
  for (guint row = 0; row < form->header_row; row++)
    for (guint col = 0; col + 2 < MIN (kez_xlsx_sheet_get_n_columns (form->sheet), 256); col++)
      if (g_strcmp0 (kez_xlsx_sheet_get (form->sheet, row, col), KEZ_PROGRESS_FORM_MARK) == 0)
        {
          form->identity = kez_xlsx_sheet_get (form->sheet, row, col + 1);
          form->executor = kez_xlsx_sheet_get (form->sheet, row, col + 2);
          return TRUE;
        }
  return FALSE;
}

static gboolean
find_form (Form        *form,
           KezXlsxBook *book)
{
  for (guint s = 0; s < kez_xlsx_book_get_n_sheets (book); s++)
    {
      form->sheet = kez_xlsx_book_get_sheet (book, s);
      for (guint row = 0; row < MIN (kez_xlsx_sheet_get_n_rows (form->sheet), 50); row++)
        if (map_columns (form, row))
          {
            form->header_row = row;
            return find_mark (form);
          }
    }
  return FALSE;
}

static const char *
cell (Form              *form,
      guint              row,
      KezProgressColumn  column)
{
  const char *text = form->columns[column] >= 0
                       ? kez_xlsx_sheet_get (form->sheet, row, form->columns[column]) : NULL;

  return text != NULL ? text : "";
}

static gboolean
read_whole_number (const char *text,
                   gint64     *value)
{
  char *end = NULL;
  double number = g_ascii_strtod (text, &end);

  if (text[0] == '\0' || *end != '\0' || !isfinite (number) || number != floor (number) ||
      number < 0 || number > 1e15)
    return FALSE;
  *value = (gint64) number;
  return TRUE;
}

/* A status as the form writes it, in Kazakh, Russian or both, whatever the case. */
static gboolean
read_status (const char      *text,
             KezActionStatus *status)
{
  g_autofree char *key = kez_import_header_key (text);

  for (int s = KEZ_ACTION_PLANNED; s < KEZ_N_ACTION_STATUSES; s++)
    {
      const KezTerm *term = kez_term_for_action_status (s);
      g_autofree char *both = kez_term_join (term, KEZ_EXPORT_BOTH);
      g_autofree char *kk = kez_import_header_key (term->kk);
      g_autofree char *ru = kez_import_header_key (term->ru);
      g_autofree char *joined = kez_import_header_key (both);

      if (g_str_equal (key, kk) || g_str_equal (key, ru) || g_str_equal (key, joined))
        {
          *status = s;
          return TRUE;
        }
    }
  return FALSE;
}

static void
add_change (KezProgressImport     *import,
            guint                  row,
            gint64                 action_id,
            const char            *action,
            KezProgressChangeKind  kind,
            const char            *old_value,
            const char            *new_value)
{
  KezProgressChange *change = g_new0 (KezProgressChange, 1);

  change->row = row;
  change->action_id = action_id;
  change->action = g_strdup (action);
  change->kind = kind;
  change->old_value = g_strdup (old_value);
  change->new_value = g_strdup (new_value);
  g_ptr_array_add (import->changes, change);
}

static char *
stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* The row's changes, or the problem that stops the import. */
static char *
read_row (KezProgressImport *import,
          KezStore          *store,
          Form              *form,
          guint              row)
{
  g_autoptr(KezDbStmt) stmt = NULL;
  g_autofree char *note = stripped (cell (form, row, KEZ_PROGRESS_COLUMN_NOTE));
  g_autofree char *evidence = stripped (cell (form, row, KEZ_PROGRESS_COLUMN_EVIDENCE));
  g_autofree char *evidence_then = stripped (cell (form, row,
                                                   KEZ_PROGRESS_COLUMN_EVIDENCE_THEN));
  g_autofree char *evidence_now = NULL;
  const char *status_text = cell (form, row, KEZ_PROGRESS_COLUMN_STATUS);
  const char *status_then = cell (form, row, KEZ_PROGRESS_COLUMN_STATUS_THEN);
  g_autofree char *status_now = NULL;
  g_autofree char *description = NULL;
  KezActionStatus status;
  gint64 id, version;
  guint first_change = import->changes->len;
  gboolean conflict;

  if (!read_whole_number (cell (form, row, KEZ_PROGRESS_COLUMN_ID), &id))
    /* Translators: %1$s is what the cell holds */
    return g_strdup_printf (_("the action’s code “%1$s” is not a number"),
                            cell (form, row, KEZ_PROGRESS_COLUMN_ID));
  stmt = kez_store_prepare (store, "SELECT description, status, evidence FROM actions "
                            "WHERE id = ?", NULL);
  if (stmt == NULL)
    return g_strdup (_("the database cannot be read"));
  kez_db_bind_int64 (stmt, 1, id);
  if (kez_db_step (stmt) != KEZ_DB_ROW)
    /* Translators: %1$s is a number */
    return g_strdup_printf (_("there is no action with the code %1$s: it was deleted, or the "
                              "form is of another database"),
                            cell (form, row, KEZ_PROGRESS_COLUMN_ID));
  description = g_strdup (kez_store_column_text (stmt, 0));
  status_now = g_strdup (kez_store_column_text (stmt, 1));
  evidence_now = stripped (kez_store_column_text (stmt, 2));
  if (!read_whole_number (cell (form, row, KEZ_PROGRESS_COLUMN_VERSION), &version) ||
      !kez_action_status_from_string (status_then, &status))
    return g_strdup (_("the form’s hidden columns were changed: export a new form"));

  if (status_text[0] != '\0')
    {
      if (!read_status (status_text, &status))
        {
          g_autoptr(GString) known = g_string_new (NULL);

          for (int s = KEZ_ACTION_PLANNED; s < KEZ_N_ACTION_STATUSES; s++)
            g_string_append_printf (known, "%s%s", s > 0 ? ", " : "",
                                    kez_term_get (kez_term_for_action_status (s),
                                                  kez_language_from_locale ()));
          /* Translators: %1$s is what the cell holds, %2$s the statuses */
          return g_strdup_printf (_("unknown status “%1$s”; a status is one of %2$s"),
                                  status_text, known->str);
        }
      if (!g_str_equal (kez_action_status_to_string (status), status_then))
        add_change (import, row + 1, id, description, KEZ_PROGRESS_CHANGE_STATUS, status_then,
                    kez_action_status_to_string (status));
    }
  if (note[0] != '\0')
    add_change (import, row + 1, id, description, KEZ_PROGRESS_CHANGE_NOTE, "", note);
  if (!g_str_equal (evidence, evidence_then))
    add_change (import, row + 1, id, description, KEZ_PROGRESS_CHANGE_EVIDENCE, evidence_then,
                evidence);

  conflict = version != kez_progress_form_version (store, id) ||
             !g_str_equal (status_then, status_now) || !g_str_equal (evidence_then, evidence_now);
  if (conflict && import->changes->len > first_change)
    {
      for (guint i = first_change; i < import->changes->len; i++)
        ((KezProgressChange *) g_ptr_array_index (import->changes, i))->conflict = TRUE;
      import->n_conflicts++;
    }
  return NULL;
}

/**
 * kez_progress_import_read:
 *
 * Returns: (transfer full): the form's changes and problems, or %NULL with @error set when
 *   the file is not a progress form of this database
 */
KezProgressImport *
kez_progress_import_read (KezStore    *store,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(KezXlsxBook) book = kez_xlsx_book_read (path, error);
  g_autoptr(KezProgressImport) import = NULL;
  g_autofree char *identity = kez_store_dup_identity (store);
  g_autofree char *name = g_path_get_basename (path);
  Form form = { 0 };

  if (book == NULL)
    return NULL;
  if (!find_form (&form, book))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is a file name */
                   _("“%1$s” is not a progress form made by Kezdesu: no sheet has the columns of "
                     "the action’s code, its status and its progress"), name);
      return NULL;
    }
  if (identity != NULL && g_strcmp0 (form.identity, identity) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is a file name */
                   _("“%1$s” was made from another database: its actions are not this "
                     "database’s"), name);
      return NULL;
    }
  import = g_new0 (KezProgressImport, 1);
  import->file = g_steal_pointer (&name);
  import->executor = g_strdup (form.executor != NULL ? form.executor : "");
  import->changes = g_ptr_array_new_with_free_func (change_free);
  import->problems = g_ptr_array_new_with_free_func (g_free);
  for (guint row = form.header_row + 1; row < kez_xlsx_sheet_get_n_rows (form.sheet); row++)
    {
      g_autofree char *problem = NULL;

      if (cell (&form, row, KEZ_PROGRESS_COLUMN_ID)[0] == '\0')
        continue;
      if ((problem = read_row (import, store, &form, row)) != NULL)
        /* Translators: %1$u is a row of the workbook, %2$s what is wrong with it */
        g_ptr_array_add (import->problems, g_strdup_printf (_("row %1$u: %2$s"), row + 1,
                                                            problem));
    }
  return g_steal_pointer (&import);
}

/* "Пункт 7: В работе → Выполнено", in the language of whoever reads it. */
char *
kez_progress_change_describe (const KezProgressChange *change)
{
  KezLanguage language = kez_language_from_locale ();
  KezActionStatus from = KEZ_ACTION_PLANNED, to = KEZ_ACTION_PLANNED;

  switch (change->kind)
    {
    case KEZ_PROGRESS_CHANGE_STATUS:
      kez_action_status_from_string (change->old_value, &from);
      kez_action_status_from_string (change->new_value, &to);
      /* Translators: %1$s is the old status, %2$s the new one */
      return g_strdup_printf (_("status: %1$s → %2$s"),
                              kez_term_get (kez_term_for_action_status (from), language),
                              kez_term_get (kez_term_for_action_status (to), language));
    case KEZ_PROGRESS_CHANGE_NOTE:
      /* Translators: %1$s is what the executor wrote */
      return g_strdup_printf (_("progress: “%1$s”"), change->new_value);
    case KEZ_PROGRESS_CHANGE_EVIDENCE:
    default:
      if (change->old_value[0] == '\0')
        /* Translators: %1$s is the evidence given where there was none */
        return g_strdup_printf (_("evidence: “%1$s”"), change->new_value);
      /* Translators: %1$s is the evidence before, %2$s after */
      return g_strdup_printf (_("evidence: “%1$s” → “%2$s”"), change->old_value,
                              change->new_value);
    }
}

/* @text as a JSON string (or null). */
static void
append_json_string (GString    *json,
                    const char *text)
{
  if (text == NULL)
    {
      g_string_append (json, "null");
      return;
    }
  g_string_append_c (json, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (json, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (json, "\\u%04x", (guchar) *p);
      else
        g_string_append_c (json, *p);
    }
  g_string_append_c (json, '"');
}

/* The audit entry's details are written here, not by the engine's JSON functions, so that
 * both engines keep the same text. */
static gboolean
record_import (KezStore          *store,
               KezProgressImport *import,
               guint              n_applied,
               GError           **error)
{
  g_autoptr(KezDbStmt) stmt =
    kez_store_prepare (store,
                       "INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, "
                       "details) VALUES (kez_now (), kez_actor (), 'import-progress', "
                       "'workbook', NULL, ?1)", error);
  g_autoptr(GString) details = g_string_new ("{\"file\":");

  if (stmt == NULL)
    return FALSE;
  append_json_string (details, import->file);
  g_string_append (details, ",\"executor\":");
  append_json_string (details, import->executor);
  g_string_append_printf (details, ",\"changes\":%u,\"conflicts\":%u}", n_applied,
                          (guint) import->n_conflicts);
  kez_db_bind_text (stmt, 1, details->str);
  return kez_store_step_done (store, stmt, error);
}

/**
 * kez_progress_import_apply:
 * @with_conflicts: apply the rows in conflict too, as the planner decided
 * @n_applied: (out) (optional): how many changes were written
 *
 * Writes the form's changes in one transaction; refuses, writing nothing, when a row has a
 * problem.
 */
gboolean
kez_progress_import_apply (KezStore           *store,
                           KezProgressImport  *import,
                           gboolean            with_conflicts,
                           guint              *n_applied,
                           GError            **error)
{
  guint n = 0;

  if (import->problems->len > 0)
    {
      g_autoptr(GString) rows = g_string_new (NULL);

      for (guint i = 0; i < import->problems->len; i++)
        g_string_append_printf (rows, "\n%s", (const char *) g_ptr_array_index (import->problems,
                                                                                i));
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is a file name, %2$s its wrong rows, one a line */
                   _("Nothing was imported from “%1$s”:%2$s"), import->file, rows->str);
      return FALSE;
    }
  if (!kez_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < import->changes->len; )
    {
      const KezProgressChange *first = g_ptr_array_index (import->changes, i);
      g_autoptr(GString) note = g_string_new (NULL);
      const char *evidence = NULL;
      int status = -1;
      guint row = first->row;

      /* One history entry a row, naming where it came from. */
      for (; i < import->changes->len; i++)
        {
          const KezProgressChange *change = g_ptr_array_index (import->changes, i);
          KezActionStatus to;

          if (change->row != row)
            break;
          if (change->conflict && !with_conflicts)
            continue;
          n++;
          if (change->kind == KEZ_PROGRESS_CHANGE_STATUS &&
              kez_action_status_from_string (change->new_value, &to))
            status = to;
          else if (change->kind == KEZ_PROGRESS_CHANGE_NOTE)
            g_string_append (note, change->new_value);
          else if (change->kind == KEZ_PROGRESS_CHANGE_EVIDENCE)
            evidence = change->new_value;
        }
      if (status < 0 && note->len == 0 && evidence == NULL)
        continue;
      if (note->len > 0)
        g_string_append_c (note, '\n');
      if (evidence != NULL)
        /* Translators: %1$s is the evidence an executor gave */
        g_string_append_printf (note, _("Evidence: %1$s\n"), evidence);
      if (import->executor[0] != '\0')
        /* Translators: %1$s is a file name, %2$s the executor */
        g_string_append_printf (note, _("From the progress form “%1$s” of %2$s"), import->file,
                                import->executor);
      else
        /* Translators: %1$s is a file name */
        g_string_append_printf (note, _("From the progress form “%1$s”"), import->file);
      if (!kez_actions_write_report (store, first->action_id, status, note->str, evidence,
                                     error))
        goto failed;
    }
  if (!record_import (store, import, n, error) || !kez_store_commit (store, error))
    goto failed;
  if (n_applied != NULL)
    *n_applied = n;
  return TRUE;

failed:
  kez_store_rollback (store);
  return FALSE;
}
