/* kez-action-dialog.c
 *
 * One form for a new action and for an existing one. The deadline is picked on a calendar
 * (or typed as DD.MM.YYYY); Save waits for what will be done and a whole date. An existing action shows its progress notes, oldest first, and
 * takes a new one: notes are added, never edited, as the database insists. Saving a changed
 * status adds its own entry to the history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-action-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-kazakhstan-time.h"
#include "kez-action-dialog.h"
#include "kez-action-labels.h"
#include "kez-actions.h"
#include "kez-date-format.h"
#include "kez-date-entry-row.h"
#include "kez-dialog-opening.h"
#include "kez-form-window.h"
#include "kez-over-theirs.h"
#include "kez-plan-forms.h"
#include "kez-store-error.h"

/* The fields a save over someone else's change names, as the form shows them. */
enum
{
  FIELD_DESCRIPTION,
  FIELD_EVIDENCE,
  FIELD_EXECUTOR_ORG,
  FIELD_EXECUTOR_UNIT,
  FIELD_EXECUTOR_PERSON,
  FIELD_CO_EXECUTORS,
  FIELD_DEADLINE,
  FIELD_STATUS,
  N_FIELDS
};

typedef struct
{
  KezStore            *store;
  KezForm              form;
  KezActionFields      fields;
  char                *opened[N_FIELDS]; /* each field as the form opened */
  gboolean             may_save;         /* the team server lets this person write it */
  GtkTextBuffer       *description;
  GtkEditable         *executor_org;
  GtkEditable         *executor_unit;
  GtkEditable         *executor_person;
  GtkEditable         *co_executors;
  GtkWidget           *deadline;
  AdwComboRow         *status;
  GtkEditable         *evidence;
  AdwPreferencesGroup *history;
  GtkEditable         *note;
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_clear_object (&dialog->store);
  kez_action_fields_clear (&dialog->fields);
  for (guint i = 0; i < N_FIELDS; i++)
    g_free (dialog->opened[i]);
  g_free (dialog);
}

static void
set_text (GtkEditable **slot,
          char        **value)
{
  g_free (*value);
  *value = g_strstrip (g_strdup (gtk_editable_get_text (*slot)));
}

static void save (Dialog *dialog);

static const char *
field_name (guint field)
{
  switch (field)
    {
    case FIELD_DESCRIPTION: return _("Action");
    case FIELD_EVIDENCE: return _("Evidence (a note or a link)");
    case FIELD_EXECUTOR_ORG: return _("Responsible organisation");
    case FIELD_EXECUTOR_UNIT: return _("Unit");
    case FIELD_EXECUTOR_PERSON: return _("Responsible person");
    case FIELD_CO_EXECUTORS: return _("Co-executors");
    case FIELD_DEADLINE: return _("Deadline");
    case FIELD_STATUS: return _("Status");
    default: g_return_val_if_reached ("");
    }
}

/* @fields as the form shows them, a text each. */
static void
field_texts (const KezActionFields *fields,
             char                  *texts[N_FIELDS])
{
  texts[FIELD_DESCRIPTION] = g_strdup (fields->description);
  texts[FIELD_EVIDENCE] = g_strdup (fields->evidence);
  texts[FIELD_EXECUTOR_ORG] = g_strdup (fields->executor_org);
  texts[FIELD_EXECUTOR_UNIT] = g_strdup (fields->executor_unit);
  texts[FIELD_EXECUTOR_PERSON] = g_strdup (fields->executor_person);
  texts[FIELD_CO_EXECUTORS] = g_strdup (fields->co_executors);
  texts[FIELD_DEADLINE] = g_date_valid (&fields->deadline) ? kez_date_format (&fields->deadline)
                                                           : NULL;
  texts[FIELD_STATUS] = g_strdup (kez_action_status_label (fields->status));
}

static void
over_theirs_answered (KezOverTheirs answer,
                      gpointer      data)
{
  Dialog *dialog = data;

  if (answer == KEZ_OVER_THEIRS_KEEP_THEIRS)
    gtk_window_destroy (GTK_WINDOW (dialog->form.window));
  else if (answer == KEZ_OVER_THEIRS_SAVE_MINE)
    {
      /* Asked for, not silent: saved over the version it is at now. */
      dialog->fields.version = 0;
      save (dialog);
    }
}

/* Someone else saved it after the form opened: who, when, what they changed (read again
   now), and what to do. */
static void
ask_over_theirs (Dialog *dialog)
{
  g_autoptr(KezActionForm) now = kez_action_form_read (dialog->store, dialog->fields.problem_id,
                                                       dialog->fields.id);
  g_autoptr(GString) changes = g_string_new (NULL);
  char *theirs[N_FIELDS] = { NULL };
  char *mine[N_FIELDS] = { NULL };

  if (now != NULL && now->fields.id == dialog->fields.id)
    {
      field_texts (&now->fields, theirs);
      field_texts (&dialog->fields, mine);
      for (guint i = 0; i < N_FIELDS; i++)
        kez_over_theirs_field (changes, field_name (i), dialog->opened[i], theirs[i], mine[i]);
    }
  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_free (theirs[i]);
      g_free (mine[i]);
    }
  kez_over_theirs_ask (GTK_WINDOW (dialog->form.window), dialog->store, KEZ_CHANGED_ACTION,
                       dialog->fields.id, changes->str, over_theirs_answered, dialog);
}

static void
save (Dialog *dialog)
{
  g_autoptr(GError) error = NULL;

  g_free (dialog->fields.description);
  dialog->fields.description = kez_form_text_of (dialog->description);
  set_text (&dialog->executor_org, &dialog->fields.executor_org);
  set_text (&dialog->executor_unit, &dialog->fields.executor_unit);
  set_text (&dialog->executor_person, &dialog->fields.executor_person);
  set_text (&dialog->co_executors, &dialog->fields.co_executors);
  set_text (&dialog->evidence, &dialog->fields.evidence);
  dialog->fields.status = adw_combo_row_get_selected (dialog->status);
  kez_date_entry_row_get_date (dialog->deadline, &dialog->fields.deadline);

  if (kez_actions_save (dialog->store, &dialog->fields, &error) == 0)
    {
      if (g_error_matches (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT))
        ask_over_theirs (dialog);
      else
        kez_form_show_error (&dialog->form, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (dialog->form.window));
}

static void
show_history (Dialog *dialog,
              GArray *notes)
{
  for (guint i = 0; i < notes->len; i++)
    {
      const KezActionNote *note = &g_array_index (notes, KezActionNote, i);
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (note->recorded_at, NULL);
      g_autoptr(GDateTime) local = when != NULL
                                     ? g_date_time_to_timezone (when, kez_kazakhstan_zone ())
                                     : NULL;
      g_autofree char *stamp = local != NULL ? g_date_time_format (local, "%d.%m.%Y %H:%M")
                                             : g_strdup (note->recorded_at);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", stamp, note->author);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = kez_action_note_title (note);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
      adw_preferences_group_add (dialog->history, row);
    }
}

/* The note just written goes after the others, where it will stay; the rows for adding one
 * and for the status stay last. */
static void
add_latest_note (Dialog *dialog)
{
  g_autoptr(GArray) notes = kez_actions_history (dialog->store, dialog->fields.id);
  const KezActionNote *note;
  g_autoptr(GDateTime) now = kez_kazakhstan_now ();
  g_autofree char *stamp = g_date_time_format (now, "%d.%m.%Y %H:%M");
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  if (notes->len == 0)
    return;
  note = &g_array_index (notes, KezActionNote, notes->len - 1);
  subtitle = g_strdup_printf ("%s · %s", stamp, note->author);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), note->note);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  g_object_ref (dialog->note);
  g_object_ref (dialog->status);
  adw_preferences_group_remove (dialog->history, GTK_WIDGET (dialog->note));
  adw_preferences_group_remove (dialog->history, GTK_WIDGET (dialog->status));
  adw_preferences_group_add (dialog->history, row);
  adw_preferences_group_add (dialog->history, GTK_WIDGET (dialog->note));
  adw_preferences_group_add (dialog->history, GTK_WIDGET (dialog->status));
  g_object_unref (dialog->note);
  g_object_unref (dialog->status);
}

static void
note_applied (AdwEntryRow *row,
              Dialog      *dialog)
{
  g_autoptr(GError) error = NULL;

  if (!kez_actions_add_note (dialog->store, dialog->fields.id,
                             gtk_editable_get_text (dialog->note), &error))
    {
      kez_form_show_error (&dialog->form, error);
      return;
    }
  gtk_editable_set_text (dialog->note, "");
  add_latest_note (dialog);
}

static void
delete_answered (AdwMessageDialog *confirm,
                 const char       *response,
                 Dialog           *dialog)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;
  if (!kez_actions_delete (dialog->store, dialog->fields.id, &error))
    {
      kez_form_show_error (&dialog->form, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (dialog->form.window));
}

static void
delete_clicked (Dialog *dialog)
{
  GtkWidget *confirm = adw_message_dialog_new (GTK_WINDOW (dialog->form.window),
                                               _("Delete the Action?"),
                                               _("Its progress notes go with it. An action "
                                                 "that was started and dropped is better "
                                                 "marked cancelled."));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (confirm), "cancel", _("Cancel"),
                                    "delete", _("Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (confirm), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (confirm), "cancel");
  g_signal_connect (confirm, "response", G_CALLBACK (delete_answered), dialog);
  gtk_window_present (GTK_WINDOW (confirm));
}

/* An action says what will be done; its deadline may wait, but not be half a date. */
static gboolean
can_save (gpointer data)
{
  Dialog *dialog = data;
  g_autofree char *description = kez_form_text_of (dialog->description);

  return dialog->may_save && description[0] != '\0' &&
         kez_date_entry_row_is_valid (dialog->deadline);
}

/* The dialog of what @form read. */
static GtkWidget *
build (GtkWindow     *parent,
       KezStore      *store,
       KezActionForm *form)
{
  Dialog *dialog = g_new0 (Dialog, 1);
  AdwPreferencesGroup *what = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *who = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *when = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkStringList *statuses = gtk_string_list_new (NULL);
  GtkWidget *status_row = adw_combo_row_new ();
  gint64 action_id = form->fields.id;

  dialog->store = g_object_ref (store);
  /* Taken: the form must not free what the dialog now owns. */
  dialog->fields = form->fields;
  kez_action_fields_init (&form->fields);
  field_texts (&dialog->fields, dialog->opened);

  kez_form_init (&dialog->form, parent, action_id > 0 ? _("Action") : _("New Action"), 600, 720);
  g_signal_connect_swapped (dialog->form.save, "clicked", G_CALLBACK (save), dialog);

  adw_preferences_group_set_title (what, _("What Will Be Done"));
  dialog->description = kez_form_add_text_area (what, _("Action"));
  dialog->evidence = kez_form_add_entry_row (what, _("Evidence (a note or a link)"));

  adw_preferences_group_set_title (who, _("Who"));
  dialog->executor_org = kez_form_add_entry_row (who, _("Responsible organisation"));
  dialog->executor_unit = kez_form_add_entry_row (who, _("Unit"));
  dialog->executor_person = kez_form_add_entry_row (who, _("Responsible person"));
  dialog->co_executors = kez_form_add_entry_row (who, _("Co-executors"));

  adw_preferences_group_set_title (when, _("When"));
  dialog->deadline = kez_date_entry_row_new (_("Deadline (DD.MM.YYYY)"),
                                       _("Pick the Deadline on a Calendar"), TRUE);
  adw_preferences_group_add (when, dialog->deadline);
  for (guint i = 0; i < KEZ_N_ACTION_STATUSES; i++)
    gtk_string_list_append (statuses, kez_action_status_label (i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status_row), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (status_row), G_LIST_MODEL (statuses));
  g_object_unref (statuses);
  dialog->status = ADW_COMBO_ROW (status_row);

  gtk_text_buffer_set_text (dialog->description, dialog->fields.description, -1);
  gtk_editable_set_text (dialog->evidence, dialog->fields.evidence);
  gtk_editable_set_text (dialog->executor_org, dialog->fields.executor_org);
  gtk_editable_set_text (dialog->executor_unit, dialog->fields.executor_unit);
  gtk_editable_set_text (dialog->executor_person, dialog->fields.executor_person);
  gtk_editable_set_text (dialog->co_executors, dialog->fields.co_executors);
  adw_combo_row_set_selected (dialog->status, dialog->fields.status);
  kez_date_entry_row_set_date (dialog->deadline, &dialog->fields.deadline);
  /* What the server would refuse is not offered (a viewer's, a timekeeper's). */
  dialog->may_save = kez_store_may (store, action_id > 0 ? "UPDATE" : "INSERT", "actions",
                                    NULL);
  kez_form_save_when (&dialog->form, can_save, dialog);
  kez_form_check_on (&dialog->form, dialog->description);
  kez_form_check_on (&dialog->form, dialog->deadline);

  /* An action opened again is mostly opened to record progress: that comes first. */
  if (dialog->fields.id > 0)
    {
      GtkWidget *note = adw_entry_row_new ();

      dialog->history = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (dialog->history, _("Progress"));
      adw_preferences_group_set_description (dialog->history,
                                             _("Notes are kept as written, with who wrote them "
                                               "and when; they cannot be changed."));
      show_history (dialog, form->history);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note), _("Add a progress note"));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (note), TRUE);
      g_signal_connect (note, "apply", G_CALLBACK (note_applied), dialog);
      dialog->note = GTK_EDITABLE (note);
      gtk_widget_set_sensitive (note, kez_store_may (store, "INSERT", "action_history", NULL));
      adw_preferences_group_add (dialog->history, note);
      adw_preferences_page_add (dialog->form.page, dialog->history);
      adw_preferences_group_add (dialog->history, GTK_WIDGET (dialog->status));
    }
  else
    adw_preferences_group_add (when, GTK_WIDGET (dialog->status));
  adw_preferences_page_add (dialog->form.page, what);
  adw_preferences_page_add (dialog->form.page, who);
  adw_preferences_page_add (dialog->form.page, when);
  if (dialog->fields.id > 0)
    {
      AdwPreferencesGroup *end = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      GtkWidget *delete = gtk_button_new_with_label (_("Delete the Action…"));

      gtk_widget_add_css_class (delete, "destructive-action");
      gtk_widget_set_halign (delete, GTK_ALIGN_START);
      gtk_widget_set_sensitive (delete, kez_store_may (store, "DELETE", "actions", NULL));
      g_signal_connect_swapped (delete, "clicked", G_CALLBACK (delete_clicked), dialog);
      adw_preferences_group_add (end, delete);
      adw_preferences_page_add (dialog->form.page, end);
    }

  g_object_set_data_full (G_OBJECT (dialog->form.window), "dialog", dialog,
                          (GDestroyNotify) dialog_free);
  return dialog->form.window;
}

/* What the dialog is opened for. */
typedef struct
{
  gint64 problem_id;
  gint64 action_id;
} Asked;

static gpointer
read_form (KezStore  *reader,
           gpointer   data,
           GError   **error)
{
  Asked *asked = data;

  return kez_action_form_read (reader, asked->problem_id, asked->action_id);
}

static GtkWindow *
build_read (GtkWidget *where,
            KezStore  *store,
            gpointer   read,
            gpointer   data)
{
  g_autoptr(KezActionForm) form = read;
  Asked *asked = data;

  /* An action deleted in the meantime has nothing to edit. */
  if (asked->action_id != 0 && form->fields.id != asked->action_id)
    return NULL;
  return GTK_WINDOW (build (GTK_WINDOW (where), store, form));
}

/**
 * kez_action_dialog_open:
 * @reader: reads what the dialog shows, off the main thread
 * @cancellable: (nullable): cancelled, the dialog does not open
 * @action_id: the action to edit, or 0 for a new one of @problem_id
 *
 * Opens the dialog once the action and its history have been read.
 */
void
kez_action_dialog_open (GtkWindow      *parent,
                        KezStore       *store,
                        KezStoreReader *reader,
                        GCancellable   *cancellable,
                        gint64          problem_id,
                        gint64          action_id)
{
  Asked *asked = g_new0 (Asked, 1);

  asked->problem_id = problem_id;
  asked->action_id = action_id;
  kez_dialog_open_after_read (GTK_WIDGET (parent), store, reader, cancellable, read_form,
                              (GDestroyNotify) kez_action_form_free, build_read, asked, g_free);
}
