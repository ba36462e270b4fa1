/* kez-questions-page-triage.c
 *
 * Triage works on the selected rows, from the action bar or from single keys while the list
 * has the focus (A accept, R reject, M merge, U separate, T topic, G region, K meeting,
 * Shift+K no meeting, W answered in writing, P problem). Every action can be undone, the
 * latest first, from its message or with Ctrl+Z, as many times as there were actions. After an
 * action the selection moves to the row that took the place of the first one acted on, so a
 * planner can go down a list pressing A and R.
 *
 * Questions reach the action plan through their meeting: K gives the selected questions to
 * one (the meeting the list is filtered on, or the next one in the first question's region,
 * is offered first), and P makes a problem of them at it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-questions-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-choice-prompt.h"
#include "kez-date-format.h"
#include "kez-import-values.h"
#include "kez-kazakhstan-time.h"
#include "kez-meetings.h"
#include "kez-problem-dialog.h"
#include "kez-question-labels.h"
#include "kez-question-triage.h"
#include "kez-questions-page-private.h"
#include "kez-questions.h"

/* More than a planner would take back one by one. */
#define MAX_UNDO_STEPS 100

typedef struct
{
  KezTriageUndo *undo;
  char          *done;   /* what the action did, as its message said */
} Step;

static void
step_free (Step *step)
{
  kez_triage_undo_free (step->undo);
  g_free (step->done);
  g_free (step);
}

static GArray *
selected_ids (KezQuestionsPage *self,
              guint            *first,
              guint            *last)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkBitsetIter iter;
  guint position;

  if (first != NULL)
    *first = gtk_bitset_get_minimum (selected);
  if (last != NULL)
    *last = gtk_bitset_get_maximum (selected);
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      gint64 id = kez_question_list_get_id (self->list, position);

      g_array_append_val (ids, id);
    }
  return ids;
}

static void
undo_clicked (AdwToast         *message,
              KezQuestionsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "questions.undo", NULL);
}

/* Keeps @undo for Ctrl+Z, says what was done, and moves the selection on when the rows
 * acted on left the list. */
static void
triage_done (KezQuestionsPage *self,
             KezTriageUndo    *undo,
             const GError     *error,
             guint             first_position,
             const char       *done_message)
{
  g_autoptr(GtkBitset) selected = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  AdwToast *message;
  Step *step;

  if (undo == NULL)
    {
      kez_questions_page_toast (self, adw_toast_new (error != NULL ? error->message : ""));
      return;
    }
  if (kez_triage_undo_get_n_changed (undo) == 0)
    {
      kez_triage_undo_free (undo);
      kez_questions_page_toast (self, adw_toast_new (_("No question needed changing")));
      return;
    }

  step = g_new0 (Step, 1);
  step->undo = undo;
  step->done = g_strdup (done_message);
  g_ptr_array_add (self->undo_steps, step);
  if (self->undo_steps->len > MAX_UNDO_STEPS)
    g_ptr_array_remove_index (self->undo_steps, 0);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected) && n > 0)
    gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection),
                                     MIN (first_position, n - 1), TRUE);

  message = adw_toast_new (done_message);
  adw_toast_set_button_label (message, _("Undo"));
  g_signal_connect_object (message, "button-clicked", G_CALLBACK (undo_clicked), self, 0);
  kez_questions_page_toast (self, message);
  kez_questions_page_update_summary (self);
}

/* ---- the actions ------------------------------------------------------------------------ */

static void
action_accept (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo;
  guint first;

  ids = selected_ids (self, &first, NULL);
  undo = kez_triage_accept (self->store, (gint64 *) ids->data, ids->len, &error);
  if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question accepted",
                                         "%1$u questions accepted", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (self, undo, error, first, message);
}

typedef struct
{
  KezQuestionsPage *self;
  GArray           *ids;
  guint             first;
  GArray           *choices;  /* gint64: the meetings offered, for the meeting prompt */
} Pending;

static Pending *
pending_new (KezQuestionsPage *self)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->self = g_object_ref (self);
  pending->ids = selected_ids (self, &pending->first, NULL);
  return pending;
}

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->self);
  g_array_unref (pending->ids);
  g_clear_pointer (&pending->choices, g_array_unref);
  g_free (pending);
}

static void
reject_answered (const char *reason,
                 guint       index,
                 gpointer    data)
{
  Pending *pending = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo;

  undo = kez_triage_reject (pending->self->store, (gint64 *) pending->ids->data,
                            pending->ids->len, reason, &error);
  if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question rejected",
                                         "%1$u questions rejected", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (pending->self, undo, error, pending->first, message);
}

static void
action_reject (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  Pending *pending = pending_new (self);
  const char *reasons[] = {
    _("Common reasons"),
    _("Outside the ministry’s competence"),
    _("No question or proposal in it"),
    _("Sent to the local akimat"),
    _("Already answered"),
    _("Offensive or abusive"),
    NULL,
  };
  g_autofree char *body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Rejecting %1$u question. Say why: the reason is kept "
                                      "with it.",
                                         "Rejecting %1$u questions. Say why: the reason is kept "
                                      "with them.", pending->ids->len), pending->ids->len);

  kez_choice_prompt (kez_questions_page_window (self), _("Reject Questions"), body, reasons,
                     TRUE, NULL, _("Reject"), TRUE, reject_answered, pending,
                     (GDestroyNotify) pending_free);
}

static void
topic_answered (const char *topic,
                guint       index,
                gpointer    data)
{
  Pending *pending = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo;

  undo = kez_triage_set_topic (pending->self->store, (gint64 *) pending->ids->data,
                               pending->ids->len, topic, &error);
  if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Topic set for %1$u question",
                                         "Topic set for %1$u questions", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (pending->self, undo, error, pending->first, message);
}

static void
action_set_topic (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  Pending *pending = pending_new (self);
  g_auto(GStrv) topics = kez_questions_list_topics (self->store);
  g_autoptr(GStrvBuilder) choices = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_autoptr(KezQuestion) first = NULL;

  g_strv_builder_add (choices, _("Topics in use"));
  g_strv_builder_addv (choices, (const char **) topics);
  list = g_strv_builder_end (choices);
  if (pending->ids->len > 0)
    first = kez_questions_get (self->store, g_array_index (pending->ids, gint64, 0));
  kez_choice_prompt (kez_questions_page_window (self), _("Set the Topic"),
                     _("The topic groups questions for the analysis and the action plan."),
                     (const char * const *) list, TRUE,
                     first != NULL ? kez_question_get_fields (first)->topic : NULL,
                     _("Set"), FALSE, topic_answered, pending,
                     (GDestroyNotify) pending_free);
}

static void
region_answered (const char *name,
                 guint       index,
                 gpointer    data)
{
  Pending *pending = data;
  KezQuestionsPage *self = pending->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo;
  /* The prompt's list is the region filter's, less "All regions". */
  const char *code = index + 1 < self->region_codes->len
                       ? g_ptr_array_index (self->region_codes, index + 1) : NULL;

  undo = kez_triage_set_region (self->store, (gint64 *) pending->ids->data, pending->ids->len,
                                code, &error);
  if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Region set for %1$u question",
                                         "Region set for %1$u questions", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (self, undo, error, pending->first, message);
}

static void
action_set_region (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  Pending *pending = pending_new (self);
  GListModel *names = gtk_drop_down_get_model (self->region_filter);
  g_autoptr(GStrvBuilder) choices = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  for (guint i = 1; i < g_list_model_get_n_items (names); i++)
    g_strv_builder_add (choices, gtk_string_list_get_string (GTK_STRING_LIST (names), i));
  list = g_strv_builder_end (choices);
  kez_choice_prompt (kez_questions_page_window (self), _("Set the Region"),
                     _("Where the question comes from, for the analysis by region."),
                     (const char * const *) list, FALSE, NULL, _("Set"), FALSE,
                     region_answered, pending,
                     (GDestroyNotify) pending_free);
}

static void
action_merge (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *message = NULL;
  g_autofree char *number = NULL;
  KezTriageUndo *undo;
  gint64 survivor = 0;
  guint first, last;

  ids = selected_ids (self, &first, &last);
  if (ids->len < 2)
    {
      kez_questions_page_toast (self, adw_toast_new (_("Select the duplicates together with "
                                                       "the question to keep")));
      return;
    }
  /* The list is newest first: the last row selected is the question that came first. */
  undo = kez_triage_merge (self->store, (gint64 *) ids->data, ids->len,
                           kez_question_list_get_id (self->list, last), &survivor, &error);
  if (undo != NULL)
    {
      guint n = kez_triage_undo_get_n_changed (undo);

      number = g_strdup_printf ("%" G_GINT64_FORMAT, survivor);
      /* Translators: %1$u is a number of questions, %2$s the number of the one kept */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%1$u question merged into %2$s",
                                              "%1$u questions merged into %2$s", n),
                                 n, number);
    }
  triage_done (self, undo, error, first, message);
}

/* A duplicate merged by mistake stands on its own again. */
static void
action_unmerge (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo;
  guint first;

  ids = selected_ids (self, &first, NULL);
  undo = kez_triage_unmerge_many (self->store, (gint64 *) ids->data, ids->len, &error);
  if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question separated from the one it was merged into",
                                         "%1$u questions separated from those they were merged into", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (self, undo, error, first, message);
}

static void
set_meeting (Pending *pending,
             gint64   meeting_id)
{
  KezQuestionsPage *self = pending->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo;

  undo = kez_triage_set_meeting (self->store, (gint64 *) pending->ids->data, pending->ids->len,
                                 meeting_id, &error);
  if (undo != NULL && meeting_id > 0)
    {
      guint n = kez_triage_undo_get_n_changed (undo);

      /* Translators: %1$u is a number of questions, %2$s the meeting */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question given to %2$s",
                                              "%1$u questions given to %2$s", n),
                                 n, kez_questions_page_meeting_label (self, meeting_id));
    }
  else if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question taken from its meeting",
                                         "%1$u questions taken from their meetings", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (self, undo, error, pending->first, message);
}

static void
meeting_answered (const char *name,
                  guint       index,
                  gpointer    data)
{
  Pending *pending = data;

  /* The first item is "No meeting". */
  set_meeting (pending, index > 0 && index <= pending->choices->len
                          ? g_array_index (pending->choices, gint64, index - 1) : 0);
}

/* The meeting to offer first: the one the list is filtered on, the first question's own,
 * or the next one in its region. */
static gint64
likely_meeting (KezQuestionsPage *self,
                gint64            first_question)
{
  const KezQuestionFilter *filter = kez_question_list_get_filter (self->list);
  g_autoptr(KezQuestion) question = kez_questions_get (self->store, first_question);
  g_autoptr(GListModel) meetings = NULL;
  const KezQuestionFields *fields;
  GDate today, last;

  if (filter->meeting_id > 0)
    return filter->meeting_id;
  if (question == NULL)
    return 0;
  fields = kez_question_get_fields (question);
  if (fields->meeting_id > 0)
    return fields->meeting_id;
  kez_kazakhstan_today (&today);
  last = today;
  g_date_add_years (&last, 1);
  meetings = kez_meetings_list_range (self->store, &today, &last);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(KezMeeting) meeting = g_list_model_get_item (meetings, i);
      const KezMeetingFields *candidate = kez_meeting_get_fields (meeting);

      if (candidate->status != KEZ_STATUS_CANCELLED &&
          g_strcmp0 (candidate->region_code, fields->region_code) == 0)
        return candidate->id;
    }
  return 0;
}

static void
action_set_meeting (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  Pending *pending = pending_new (self);
  GtkStringList *names = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) choices = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;
  g_autofree char *body = NULL;
  gint64 likely = pending->ids->len > 0
                    ? likely_meeting (self, g_array_index (pending->ids, gint64, 0)) : 0;
  const char *initial = NULL;

  pending->choices = g_array_new (FALSE, FALSE, sizeof (gint64));
  kez_meeting_choices_fill (self->store, names, pending->choices);
  g_strv_builder_add (choices, _("No meeting"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (names)); i++)
    {
      const char *name = gtk_string_list_get_string (names, i);

      g_strv_builder_add (choices, name);
      if (g_array_index (pending->choices, gint64, i) == likely)
        initial = name;
    }
  list = g_strv_builder_end (choices);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The meeting at which %1$u question is to be raised. Its problems and "
                     "action plan are made of the meeting’s questions.",
                                         "The meeting at which %1$u questions are to be raised. Its problems and "
                     "action plan are made of the meeting’s questions.", pending->ids->len), pending->ids->len);
  kez_choice_prompt (kez_questions_page_window (self), _("Give to a Meeting"), body,
                     (const char * const *) list, FALSE, initial, _("Give"), FALSE,
                     meeting_answered, pending, (GDestroyNotify) pending_free);
  g_object_unref (names);
}

static void
action_clear_meeting (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  Pending *pending = pending_new (KEZ_QUESTIONS_PAGE (widget));

  set_meeting (pending, 0);
  pending_free (pending);
}

static void
written_answered (const char *text,
                  guint       index,
                  gpointer    data)
{
  Pending *pending = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  KezTriageUndo *undo = NULL;
  GDate day;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (!kez_import_parse_date (stripped, &day))
    {
      g_autofree char *said = g_strdup_printf (_("“%1$s” is not a date as DD.MM.YYYY"), text);

      kez_questions_page_toast (pending->self, adw_toast_new (said));
      return;
    }
  undo = kez_triage_answer_in_writing (pending->self->store, (gint64 *) pending->ids->data,
                                       pending->ids->len, &day, &error);
  if (undo != NULL)
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u question answered in writing",
                                         "%1$u questions answered in writing", kez_triage_undo_get_n_changed (undo)), kez_triage_undo_get_n_changed (undo));
  triage_done (pending->self, undo, error, pending->first, message);
}

static void
action_answer_in_writing (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  Pending *pending = pending_new (self);
  GDate today, yesterday;
  g_autofree char *today_text = NULL;
  g_autofree char *yesterday_text = NULL;
  g_autofree char *body = NULL;
  const char *days[4];

  kez_kazakhstan_today (&today);
  yesterday = today;
  g_date_subtract_days (&yesterday, 1);
  today_text = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&today),
                                g_date_get_month (&today), g_date_get_year (&today));
  yesterday_text = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&yesterday),
                                    g_date_get_month (&yesterday), g_date_get_year (&yesterday));
  days[0] = _("Recent days");
  days[1] = today_text;
  days[2] = yesterday_text;
  days[3] = NULL;
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The day the written answer to %1$u question was sent, as DD.MM.YYYY.",
                                         "The day the written answers to %1$u questions were sent, as DD.MM.YYYY.", pending->ids->len), pending->ids->len);
  kez_choice_prompt (kez_questions_page_window (self), _("Answered in Writing"), body, days,
                     TRUE, today_text, _("Mark Answered"), FALSE, written_answered, pending,
                     (GDestroyNotify) pending_free);
}

/* A problem of the meeting's questions, the selected ones ticked. */
static void
action_new_problem (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  g_autoptr(GArray) ids = selected_ids (self, NULL, NULL);
  gint64 meeting_id = 0;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(KezQuestion) question = kez_questions_get (self->store,
                                                           g_array_index (ids, gint64, i));
      gint64 own = question != NULL ? kez_question_get_fields (question)->meeting_id : 0;

      if (own == 0 || (meeting_id != 0 && own != meeting_id))
        {
          kez_questions_page_toast (self, adw_toast_new (_("A problem is made of one "
                                                           "meeting’s questions: give them to "
                                                           "the meeting first (K)")));
          return;
        }
      meeting_id = own;
    }
  if (meeting_id == 0)
    return;
  /* The dialog opens once the meeting's questions are read, off the main thread. */
  if (self->dialog_reader == NULL)
    self->dialog_reader = kez_store_reader_new (self->store);
  g_cancellable_cancel (self->dialog_opening);
  g_clear_object (&self->dialog_opening);
  self->dialog_opening = g_cancellable_new ();
  kez_problem_dialog_open (kez_questions_page_window (self), self->store, self->dialog_reader,
                           self->dialog_opening, meeting_id, 0, (gint64 *) ids->data, ids->len);
}

static void
action_undo (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  Step *step;

  if (self->undo_steps->len == 0)
    return;
  step = g_ptr_array_steal_index (self->undo_steps, self->undo_steps->len - 1);
  if (!kez_triage_undo (self->store, step->undo, &error))
    kez_questions_page_toast (self, adw_toast_new (error->message));
  else
    {
      /* Translators: %1$s is what was undone, as its message said ("3 questions accepted") */
      g_autofree char *said = g_strdup_printf (_("Undone: %1$s"), step->done);

      kez_questions_page_toast (self, adw_toast_new (said));
    }
  step_free (step);
  kez_questions_page_update_summary (self);
}

/* ---- the question in full --------------------------------------------------------------- */

static void
view_answered (AdwMessageDialog *dialog,
               const char       *response,
               KezQuestionsPage *self)
{
  if (g_str_equal (response, "unmerge"))
    gtk_widget_activate_action (GTK_WIDGET (self), "questions.unmerge", NULL);
  else if (g_str_equal (response, "meeting"))
    gtk_widget_activate_action (GTK_WIDGET (self), "questions.set-meeting", NULL);
}

/* A question in full, with who sent it: that is personal data, and its viewing is logged. */
static void
row_activated (GtkColumnView    *view,
               guint             position,
               KezQuestionsPage *self)
{
  g_autoptr(KezQuestion) question = g_list_model_get_item (G_LIST_MODEL (self->list), position);
  const KezQuestionFields *fields;
  g_autoptr(GString) body = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *number = NULL;
  g_autofree char *day = NULL;
  g_autofree char *received = NULL;
  GtkWidget *dialog;
  GDate date;

  if (question == NULL)
    return;
  /* The actions offered below act on this question alone. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  fields = kez_question_get_fields (question);
  number = g_strdup_printf ("%" G_GINT64_FORMAT, fields->id);
  /* Translators: %1$s is the question's number */
  heading = g_strdup_printf (_("Question %1$s"), number);
  day = g_strndup (fields->received_on, 10);
  received = kez_date_parse_iso (day, &date) ? kez_date_format (&date) : g_strdup (day);
  body = g_string_new (fields->text);
  g_string_append_printf (body, "\n\n%s · %s", received, kez_channel_label (fields->channel));
  if (fields->region_code != NULL)
    g_string_append_printf (body, " · %s", kez_names_region (self->names, fields->region_code));
  if (fields->topic[0] != '\0')
    g_string_append_printf (body, " · %s", fields->topic);
  if (fields->merged_into > 0)
    {
      g_autofree char *into = g_strdup_printf ("%" G_GINT64_FORMAT, fields->merged_into);

      /* Translators: %1$s is the number of the question it was merged into */
      g_string_append_c (body, '\n');
      g_string_append_printf (body, _("Merged into %1$s"), into);
    }
  else
    g_string_append_printf (body, "\n%s", kez_question_status_label (fields->status));
  if (fields->reject_reason[0] != '\0')
    g_string_append_printf (body, ": %s", fields->reject_reason);
  if (fields->answered_on != NULL && kez_date_parse_iso (fields->answered_on, &date))
    {
      g_autofree char *answered = kez_date_format (&date);

      g_string_append_printf (body, ", %s", answered);
    }
  g_string_append_printf (body, "\n%s: %s", _("Meeting"),
                          fields->meeting_id > 0
                            ? kez_questions_page_meeting_label (self, fields->meeting_id)
                            : _("not given to a meeting"));
  if (fields->author[0] != '\0' || fields->contact[0] != '\0')
    {
      g_string_append_printf (body, "\n\n%s %s", fields->author, fields->contact);
      kez_questions_record_viewed (self->store, fields->id);
    }

  dialog = adw_message_dialog_new (kez_questions_page_window (self), heading, body->str);
  if (!kez_store_may (self->store, "UPDATE", "questions", NULL))
    ; /* read, not triaged */
  else if (fields->status == KEZ_QUESTION_MERGED)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "unmerge",
                                     _("Separate"));
  else if (fields->status != KEZ_QUESTION_IN_ACTION_PLAN &&
           fields->status != KEZ_QUESTION_ANSWERED_AT_MEETING)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "meeting",
                                     _("Give to a Meeting…"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (view_answered), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- wiring ----------------------------------------------------------------------------- */

static const struct
{
  const char *action;
  void (*activate) (GtkWidget *, const char *, GVariant *);
  guint       key;
  GdkModifierType modifiers;
} triage_actions[] = {
  { "questions.accept", action_accept, GDK_KEY_a, 0 },
  { "questions.reject", action_reject, GDK_KEY_r, 0 },
  { "questions.merge", action_merge, GDK_KEY_m, 0 },
  { "questions.unmerge", action_unmerge, GDK_KEY_u, 0 },
  { "questions.set-topic", action_set_topic, GDK_KEY_t, 0 },
  { "questions.set-region", action_set_region, GDK_KEY_g, 0 },
  { "questions.set-meeting", action_set_meeting, GDK_KEY_k, 0 },
  { "questions.clear-meeting", action_clear_meeting, GDK_KEY_K, GDK_SHIFT_MASK },
  { "questions.answer-in-writing", action_answer_in_writing, GDK_KEY_w, 0 },
  { "questions.new-problem", action_new_problem, GDK_KEY_p, 0 },
};

/* Every triage action acts on what the planner sees: when another planner changed one of the
 * selected questions a moment ago (a team server's notice may be under way), that is said and
 * nothing is done; the list shows them as they are now. */
static void
triage_what_is_shown (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KezQuestionsPage *self = KEZ_QUESTIONS_PAGE (widget);

  if (!kez_questions_page_selection_is_current (self))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (triage_actions); i++)
    if (g_str_equal (triage_actions[i].action, action_name))
      triage_actions[i].activate (widget, action_name, parameter);
}

void
kez_questions_page_install_triage (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (triage_actions); i++)
    gtk_widget_class_install_action (widget_class, triage_actions[i].action, NULL,
                                     triage_what_is_shown);
  gtk_widget_class_install_action (widget_class, "questions.undo", NULL, action_undo);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "questions.undo", NULL);
}

/* Single keys triage only while the list has the focus, so they can still be typed in the
 * search box. */
void
kez_questions_page_set_up_triage (KezQuestionsPage *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  self->undo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  for (guint i = 0; i < G_N_ELEMENTS (triage_actions); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (
                                                              triage_actions[i].key,
                                                              triage_actions[i].modifiers),
                                                            gtk_named_action_new (
                                                              triage_actions[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), keys);
  g_signal_connect (self->column_view, "activate", G_CALLBACK (row_activated), self);
}

/* What can be done with @n_selected rows selected. */
void
kez_questions_page_update_triage (KezQuestionsPage *self,
                                  guint             n_selected)
{
  /* A viewer on a team server triages nothing: the server would refuse it. */
  gboolean may = self->store != NULL && kez_store_may (self->store, "UPDATE", "questions", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (triage_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), triage_actions[i].action,
                                   may && self->list != NULL &&
                                     n_selected > (g_str_equal (triage_actions[i].action,
                                                                "questions.merge") ? 1 : 0));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "questions.undo",
                                 may && self->undo_steps != NULL && self->undo_steps->len > 0);
}
