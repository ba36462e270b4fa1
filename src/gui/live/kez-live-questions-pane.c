/* kez-live-questions-pane.c
 *
 * Beside the clock: a field for a question asked now in the hall or in the broadcast's
 * comments, and the queue of the meeting's questions with a stamp for the one being answered
 * and for each one answered. Enter adds the question and hands the keyboard back to the
 * console ("added"), so that the next Space is the clock's, not a letter of the next question.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-live-questions-pane"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "kez-accessible.h"
#include "kez-live-journal.h"
#include "kez-live-questions.h"
#include "kez-live-questions-pane.h"

struct _KezLiveQuestionsPane
{
  GtkWidget    parent_instance;

  KezStore    *store;
  gint64       meeting_id;
  GtkWidget   *scroller;
  GtkListBox  *list;
  GtkEditable *entry;
  GtkDropDown *channel;
  GtkWidget   *add;
};

G_DEFINE_FINAL_TYPE (KezLiveQuestionsPane, kez_live_questions_pane, GTK_TYPE_WIDGET)

enum {
  ADDED,
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_questions (KezLiveQuestionsPane *self);

static void
report (KezLiveQuestionsPane *self,
        const GError         *error)
{
  g_signal_emit (self, signals[ERROR], 0, error->message);
}

static void
stamp_question (GtkButton            *button,
                KezLiveQuestionsPane *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "question"));
  gboolean answered = g_object_get_data (G_OBJECT (button), "answered") != NULL;
  g_autoptr(GError) error = NULL;

  if (!(answered ? kez_live_questions_mark_answered (self->store, id, &error)
                 : kez_live_questions_mark_answering (self->store, id, &error)))
    report (self, error);
  show_questions (self);
}

/* A stamp says to a screen reader which question it stamps: "Answered: When will …". */
static GtkWidget *
stamp_button (KezLiveQuestionsPane *self,
              KezLiveQuestion      *question,
              gboolean              answered)
{
  const char *label = answered ? _("Answered") : _("Answering");
  GtkWidget *button = gtk_button_new_with_label (label);
  g_autofree char *name = NULL;

  /* Translators: %1$s is "Answered" or "Answering", %2$s the question's text */
  name = g_strdup_printf (_("%1$s: %2$s"), label, kez_live_question_get_text (question));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "small");
  g_object_set_data (G_OBJECT (button), "question",
                     GSIZE_TO_POINTER (kez_live_question_get_id (question)));
  if (answered)
    g_object_set_data (G_OBJECT (button), "answered", GINT_TO_POINTER (1));
  g_signal_connect (button, "clicked", G_CALLBACK (stamp_question), self);
  return button;
}

static GtkWidget *
state_label (KezLiveQuestion *question)
{
  GtkWidget *state;

  if (kez_live_question_get_answered (question))
    state = gtk_label_new (_("Answered"));
  else if (kez_live_question_get_answering (question))
    state = gtk_label_new (_("Being answered now"));
  else
    return NULL;
  gtk_label_set_xalign (GTK_LABEL (state), 0);
  gtk_widget_add_css_class (state, "caption");
  return state;
}

/* The question's words on the full width of the pane, its stamps under them. */
static GtkWidget *
question_row (KezLiveQuestionsPane *self,
              KezLiveQuestion      *question)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *text = gtk_label_new (kez_live_question_get_text (question));
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *state = state_label (question);
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  if (kez_live_question_get_answered (question))
    gtk_widget_add_css_class (text, "dim-label");
  gtk_widget_set_hexpand (spacer, TRUE);
  if (state != NULL)
    gtk_box_append (GTK_BOX (actions), state);
  gtk_box_append (GTK_BOX (actions), spacer);
  if (!kez_live_question_get_answered (question))
    {
      if (!kez_live_question_get_answering (question))
        gtk_box_append (GTK_BOX (actions), stamp_button (self, question, FALSE));
      gtk_box_append (GTK_BOX (actions), stamp_button (self, question, TRUE));
    }
  gtk_box_append (GTK_BOX (box), actions);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
show_questions (KezLiveQuestionsPane *self)
{
  g_autoptr(GListModel) questions = kez_live_questions_list (self->store, self->meeting_id);
  g_auto(GStrv) waiting = NULL;
  KezLiveJournal *journal;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(KezLiveQuestion) question = g_list_model_get_item (questions, i);

      gtk_list_box_append (self->list, question_row (self, question));
    }
  /* On a team server, those asked while it was away are on this computer until sent. */
  journal = kez_live_journal_get (self->store);
  waiting = journal != NULL ? kez_live_journal_dup_questions (journal, self->meeting_id) : NULL;
  for (guint i = 0; waiting != NULL && waiting[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), waiting[i]);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Kept on this computer until the team server takes it"));
      gtk_list_box_append (self->list, row);
    }
  if (g_list_model_get_n_items (questions) == 0 && (waiting == NULL || waiting[0] == NULL))
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No questions accepted yet"));
      gtk_list_box_append (self->list, row);
    }
}

static void
add_question (KezLiveQuestionsPane *self)
{
  static const char * const channels[] = { "hall", "online-comment" };
  guint channel = gtk_drop_down_get_selected (self->channel);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (self->entry)));
  g_autoptr(GError) error = NULL;
  KezLiveJournal *journal;

  if (text[0] == '\0')
    return;
  journal = kez_live_journal_get (self->store);
  if (journal != NULL
        ? !kez_live_journal_add_question (journal, self->meeting_id,
                                          channels[channel < 2 ? channel : 0],
                                          gtk_editable_get_text (self->entry), &error)
        : kez_live_questions_add (self->store, self->meeting_id,
                                  channels[channel < 2 ? channel : 0],
                                  gtk_editable_get_text (self->entry), &error) == 0)
    {
      report (self, error);
      return;
    }
  gtk_editable_set_text (self->entry, "");
  show_questions (self);
  g_signal_emit (self, signals[ADDED], 0);
}

static void
text_changed (KezLiveQuestionsPane *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (self->entry)));

  gtk_widget_set_sensitive (self->add, text[0] != '\0');
}

static void
kez_live_questions_pane_dispose (GObject *object)
{
  KezLiveQuestionsPane *self = KEZ_LIVE_QUESTIONS_PANE (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (kez_live_questions_pane_parent_class)->dispose (object);
}

static void
kez_live_questions_pane_class_init (KezLiveQuestionsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kez_live_questions_pane_dispose;

  /**
   * KezLiveQuestionsPane::added:
   *
   * A question was added from the field; the console takes the keyboard back.
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * KezLiveQuestionsPane::error:
   * @message: what went wrong, for the timekeeper
   */
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
build_entry_row (KezLiveQuestionsPane *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();

  self->add = gtk_button_new_with_label (_("Add"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("A question asked now"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("A question asked now"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Add the Question"), -1);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_sensitive (self->add, FALSE);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (add_question), self);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (text_changed), self);
  g_signal_connect_swapped (self->add, "clicked", G_CALLBACK (add_question), self);
  gtk_box_append (GTK_BOX (row), entry);
  gtk_box_append (GTK_BOX (row), self->add);
  self->entry = GTK_EDITABLE (entry);
  return row;
}

static void
kez_live_questions_pane_init (KezLiveQuestionsPane *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *title = gtk_label_new (_("Questions"));
  const char *channels[] = { _("From the hall"), _("Online comment"), NULL };
  GtkWidget *channel = gtk_drop_down_new_from_strings (channels);
  GtkWidget *list = gtk_list_box_new ();

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  kez_accessible_name_drop_down (GTK_DROP_DOWN (channel), _("Where the question comes from"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), build_entry_row (self));
  gtk_box_append (GTK_BOX (box), channel);
  gtk_box_append (GTK_BOX (box), list);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), box);

  self->list = GTK_LIST_BOX (list);
  self->channel = GTK_DROP_DOWN (channel);
}

GtkWidget *
kez_live_questions_pane_new (KezStore *store,
                             gint64    meeting_id)
{
  KezLiveQuestionsPane *self = g_object_new (KEZ_TYPE_LIVE_QUESTIONS_PANE, NULL);

  self->store = g_object_ref (store);
  self->meeting_id = meeting_id;
  show_questions (self);
  return GTK_WIDGET (self);
}

void
kez_live_questions_pane_focus_entry (KezLiveQuestionsPane *self)
{
  g_return_if_fail (KEZ_IS_LIVE_QUESTIONS_PANE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}
