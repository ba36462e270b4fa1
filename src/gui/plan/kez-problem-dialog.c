/* kez-problem-dialog.c
 *
 * The systematisation of point 3.7: the planner ticks the questions that raise one problem
 * among those the meeting left open, and names it in Kazakh and in Russian (the results are
 * published in both). The topic and region start as those of the first question ticked.
 * The same form corrects an existing problem: its names, topic and region, and its questions
 * (its own are ticked; untick one to take it out, tick another open one to add it). From the
 * questions list, the questions selected there come ticked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-problem-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-dialog-opening.h"
#include "kez-form-window.h"
#include "kez-meeting-labels.h"
#include "kez-over-theirs.h"
#include "kez-plan-forms.h"
#include "kez-problem-dialog.h"
#include "kez-problems.h"
#include "kez-question-labels.h"
#include "kez-questions.h"
#include "kez-store-error.h"

typedef struct
{
  KezStore      *store;
  gint64         meeting_id;
  gint64         problem_id;  /* 0 for a new problem */
  gint64         version;     /* the problem's as opened; 0: saved over whatever it is */
  KezForm        form;
  GtkEditable   *title_kk;
  GtkEditable   *title_ru;
  GtkTextBuffer *description_kk;
  GtkTextBuffer *description_ru;
  GtkEditable   *topic;
  AdwComboRow   *region;
  GPtrArray     *region_codes;
  KezProblemForm *read;      /* what was read for it */
  gboolean       may_save;   /* the team server lets this person write it */
  GArray        *candidates; /* gint64 */
  GPtrArray     *checks;     /* GtkCheckButton, in step with candidates */
} Dialog;

static void
dialog_free (Dialog *dialog)
{
  g_clear_object (&dialog->store);
  g_ptr_array_unref (dialog->region_codes);
  g_clear_pointer (&dialog->candidates, g_array_unref);
  g_clear_pointer (&dialog->read, kez_problem_form_free);
  g_ptr_array_unref (dialog->checks);
  g_free (dialog);
}

static void save (Dialog *dialog);

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
      dialog->version = 0;
      save (dialog);
    }
}

/* A region's name as the form's list shows it. */
static const char *
region_text (Dialog     *dialog,
             const char *code)
{
  GListModel *names = adw_combo_row_get_model (dialog->region);

  for (guint i = 1; code != NULL && i < dialog->region_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (dialog->region_codes, i), code) == 0)
      return gtk_string_list_get_string (GTK_STRING_LIST (names), i);
  return code;
}

/* "Title in Kazakh: … → …", a line for each field the other person changed. */
static void
add_changes (Dialog                 *dialog,
             GString                *changes,
             const KezProblemFields *theirs,
             const KezProblemFields *mine)
{
  const KezProblemFields *opened = &dialog->read->problem;

  kez_over_theirs_field (changes, _("Title in Kazakh"), opened->title_kk, theirs->title_kk,
                         mine->title_kk);
  kez_over_theirs_field (changes, _("Title in Russian"), opened->title_ru, theirs->title_ru,
                         mine->title_ru);
  kez_over_theirs_field (changes, _("Description in Kazakh"), opened->description_kk,
                         theirs->description_kk, mine->description_kk);
  kez_over_theirs_field (changes, _("Description in Russian"), opened->description_ru,
                         theirs->description_ru, mine->description_ru);
  kez_over_theirs_field (changes, _("Topic"), opened->topic, theirs->topic, mine->topic);
  kez_over_theirs_field (changes, _("Region"), region_text (dialog, opened->region_code),
                         region_text (dialog, theirs->region_code),
                         region_text (dialog, mine->region_code));
}

/* Someone else saved it after the form opened: who, when, what they changed (read again
   now), and what to do. */
static void
ask_over_theirs (Dialog                 *dialog,
                 const KezProblemFields *mine)
{
  g_autoptr(KezProblemForm) now = kez_problem_form_read (dialog->store, dialog->meeting_id,
                                                         dialog->problem_id);
  g_autoptr(GString) changes = g_string_new (NULL);

  if (now != NULL && now->problem.id == dialog->problem_id)
    add_changes (dialog, changes, &now->problem, mine);
  kez_over_theirs_ask (GTK_WINDOW (dialog->form.window), dialog->store, KEZ_CHANGED_PROBLEM,
                       dialog->problem_id, changes->str, over_theirs_answered, dialog);
}

static void
save (Dialog *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  KezProblemFields fields;

  for (guint i = 0; i < dialog->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (dialog->checks, i)))
      g_array_append_val (chosen, g_array_index (dialog->candidates, gint64, i));

  kez_problem_fields_init (&fields);
  fields.id = dialog->problem_id;
  fields.version = dialog->version;
  fields.meeting_id = dialog->meeting_id;
#define TAKE(member) \
  g_free (fields.member); fields.member = g_strdup (gtk_editable_get_text (dialog->member))
  TAKE (title_kk);
  TAKE (title_ru);
  TAKE (topic);
#undef TAKE
  g_free (fields.description_kk);
  fields.description_kk = kez_form_text_of (dialog->description_kk);
  g_free (fields.description_ru);
  fields.description_ru = kez_form_text_of (dialog->description_ru);
  fields.region_code = g_strdup (g_ptr_array_index (dialog->region_codes,
                                                    adw_combo_row_get_selected (dialog->region)));
  /* The problem itself first: over someone else's change, nothing is written. */
  if (dialog->problem_id != 0 ? !kez_problems_update (dialog->store, &fields, &error) ||
                                !kez_problems_set_questions (dialog->store, dialog->problem_id,
                                                             (gint64 *) chosen->data,
                                                             chosen->len, &error)
                              : kez_problems_create (dialog->store, &fields,
                                                     (gint64 *) chosen->data, chosen->len,
                                                     &error) == 0)
    {
      if (g_error_matches (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONFLICT))
        ask_over_theirs (dialog, &fields);
      else
        kez_form_show_error (&dialog->form, error);
      kez_problem_fields_clear (&fields);
      return;
    }
  kez_problem_fields_clear (&fields);
  gtk_window_destroy (GTK_WINDOW (dialog->form.window));
}

/* A problem has a title in one language at least: it is published under it. */
static gboolean
can_save (gpointer data)
{
  Dialog *dialog = data;
  g_autofree char *kk = g_strstrip (g_strdup (gtk_editable_get_text (dialog->title_kk)));
  g_autofree char *ru = g_strstrip (g_strdup (gtk_editable_get_text (dialog->title_ru)));

  return dialog->may_save && (kk[0] != '\0' || ru[0] != '\0');
}

static void
select_region (Dialog     *dialog,
               const char *code)
{
  for (guint i = 0; i < dialog->region_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (dialog->region_codes, i), code) == 0)
      adw_combo_row_set_selected (dialog->region, i);
}

/* The first question ticked gives the problem its topic and region, unless already set. */
static void
question_ticked (GtkCheckButton *check,
                 Dialog         *dialog)
{
  KezQuestion *question = g_object_get_data (G_OBJECT (check), "question");
  const KezQuestionFields *fields;

  if (!gtk_check_button_get_active (check) || question == NULL)
    return;
  fields = kez_question_get_fields (question);
  if (gtk_editable_get_text (dialog->topic)[0] == '\0')
    gtk_editable_set_text (dialog->topic, fields->topic);
  if (adw_combo_row_get_selected (dialog->region) == 0 && fields->region_code != NULL)
    select_region (dialog, fields->region_code);
}

static gboolean
contains (const gint64 *ids,
          guint         n_ids,
          gint64        id)
{
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] == id)
      return TRUE;
  return FALSE;
}

/* The problem's own questions, then the meeting's others still open; @ticked are ticked. */
static void
add_candidates (Dialog       *dialog,
                const gint64 *ticked,
                guint         n_ticked)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GPtrArray *questions = dialog->read->candidates;

  adw_preferences_group_set_title (group, _("Questions Behind It"));
  adw_preferences_group_set_description (group,
                                         _("The meeting’s questions not answered at it and "
                                           "not in another problem."));
  dialog->candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < questions->len; i++)
    {
      KezQuestion *question = g_ptr_array_index (questions, i);
      const KezQuestionFields *fields = kez_question_get_fields (question);
      gint64 id = fields->id;
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", kez_channel_label (fields->channel),
                                                   fields->topic);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      g_array_append_val (dialog->candidates, id);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fields->text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      fields->text, -1);
      g_object_set_data (G_OBJECT (check), "question", question);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   contains (ticked, n_ticked, id));
      g_signal_connect (check, "toggled", G_CALLBACK (question_ticked), dialog);
      g_ptr_array_add (dialog->checks, check);
      adw_preferences_group_add (group, row);
    }
  if (dialog->candidates->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Every question of the meeting is answered or in a "
                                       "problem"));
      adw_preferences_group_add (group, row);
    }
  adw_preferences_page_add (dialog->form.page, group);
}

static Dialog *
build (GtkWindow      *parent,
       KezStore       *store,
       KezProblemForm *form,
       const char     *title)
{
  Dialog *dialog = g_new0 (Dialog, 1);
  AdwPreferencesGroup *names = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *about = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkStringList *region_names = gtk_string_list_new (NULL);
  GtkWidget *region_row = adw_combo_row_new ();

  dialog->store = g_object_ref (store);
  dialog->read = form;
  dialog->meeting_id = form->problem.meeting_id;
  dialog->problem_id = form->problem.id;
  dialog->version = form->problem.version;
  dialog->region_codes = g_ptr_array_new_with_free_func (g_free);
  dialog->checks = g_ptr_array_new ();

  kez_form_init (&dialog->form, parent, title, 640, 760);
  g_signal_connect_swapped (dialog->form.save, "clicked", G_CALLBACK (save), dialog);

  adw_preferences_group_set_title (names, _("The Problem"));
  adw_preferences_group_set_description (names, _("Published in both languages: give the title "
                                                   "in at least one."));
  dialog->title_kk = kez_form_add_entry_row (names, _("Title in Kazakh"));
  dialog->title_ru = kez_form_add_entry_row (names, _("Title in Russian"));
  dialog->description_kk = kez_form_add_text_area (names, _("Description in Kazakh"));
  dialog->description_ru = kez_form_add_text_area (names, _("Description in Russian"));
  /* What the server would refuse is not offered (a viewer's, a timekeeper's). */
  dialog->may_save = kez_store_may (store, dialog->problem_id > 0 ? "UPDATE" : "INSERT",
                                    "problems", NULL);
  kez_form_save_when (&dialog->form, can_save, dialog);
  kez_form_check_on (&dialog->form, dialog->title_kk);
  kez_form_check_on (&dialog->form, dialog->title_ru);

  dialog->topic = kez_form_add_entry_row (about, _("Topic"));
  gtk_string_list_append (region_names, C_("region", "Not given"));
  g_ptr_array_add (dialog->region_codes, NULL);
  kez_region_choices_fill_from (form->regions, region_names, dialog->region_codes);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (region_row), _("Region"));
  adw_combo_row_set_model (ADW_COMBO_ROW (region_row), G_LIST_MODEL (region_names));
  g_object_unref (region_names);
  dialog->region = ADW_COMBO_ROW (region_row);
  adw_preferences_group_add (about, region_row);

  adw_preferences_page_add (dialog->form.page, names);
  adw_preferences_page_add (dialog->form.page, about);

  g_object_set_data_full (G_OBJECT (dialog->form.window), "dialog", dialog,
                          (GDestroyNotify) dialog_free);
  return dialog;
}

/* What the dialog is opened for. */
typedef struct
{
  gint64  meeting_id;
  gint64  problem_id;
  GArray *ticked;     /* (element-type gint64): the questions to start with; NULL for the
                         problem's own */
} Asked;

static void
asked_free (Asked *asked)
{
  g_clear_pointer (&asked->ticked, g_array_unref);
  g_free (asked);
}

static gpointer
read_form (KezStore  *reader,
           gpointer   data,
           GError   **error)
{
  Asked *asked = data;

  return kez_problem_form_read (reader, asked->meeting_id, asked->problem_id);
}

static GtkWindow *
build_read (GtkWidget *where,
            KezStore  *store,
            gpointer   read,
            gpointer   data)
{
  KezProblemForm *form = read;
  const KezProblemFields *problem = &form->problem;
  Asked *asked = data;
  Dialog *dialog;

  if (asked->problem_id != 0 && problem->id == 0)
    {
      /* Deleted in the meantime: there is nothing to edit. */
      kez_problem_form_free (form);
      return NULL;
    }
  dialog = build (GTK_WINDOW (where), store, form,
                  problem->id != 0 ? _("Edit Problem") : _("New Problem"));
  if (problem->id != 0)
    {
      gtk_editable_set_text (dialog->title_kk, problem->title_kk);
      gtk_editable_set_text (dialog->title_ru, problem->title_ru);
      gtk_text_buffer_set_text (dialog->description_kk, problem->description_kk, -1);
      gtk_text_buffer_set_text (dialog->description_ru, problem->description_ru, -1);
      gtk_editable_set_text (dialog->topic, problem->topic);
      select_region (dialog, problem->region_code);
    }
  if (asked->ticked != NULL)
    {
      add_candidates (dialog, (gint64 *) asked->ticked->data, asked->ticked->len);
      /* A new problem made of questions takes their topic and region. */
      for (guint i = 0; i < dialog->checks->len; i++)
        question_ticked (g_ptr_array_index (dialog->checks, i), dialog);
    }
  else
    add_candidates (dialog, (gint64 *) form->own->data, form->own->len);
  return GTK_WINDOW (dialog->form.window);
}

/**
 * kez_problem_dialog_open:
 * @reader: reads what the dialog shows, off the main thread
 * @cancellable: (nullable): cancelled, the dialog does not open
 * @problem_id: the problem to correct (its titles, descriptions, topic and region, and which
 *   questions are behind it), or 0 for a new one of @meeting_id
 * @question_ids: (nullable) (array length=n_question_ids): for a new problem, the questions
 *   of the meeting to start with, whose topic and region it takes
 *
 * Opens the dialog once what it shows has been read.
 */
void
kez_problem_dialog_open (GtkWindow      *parent,
                         KezStore       *store,
                         KezStoreReader *reader,
                         GCancellable   *cancellable,
                         gint64          meeting_id,
                         gint64          problem_id,
                         const gint64   *question_ids,
                         guint           n_question_ids)
{
  Asked *asked = g_new0 (Asked, 1);

  asked->meeting_id = meeting_id;
  asked->problem_id = problem_id;
  if (question_ids != NULL)
    {
      asked->ticked = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_array_append_vals (asked->ticked, question_ids, n_question_ids);
    }
  kez_dialog_open_after_read (GTK_WIDGET (parent), store, reader, cancellable, read_form,
                              (GDestroyNotify) kez_problem_form_free, build_read, asked,
                              (GDestroyNotify) asked_free);
}
