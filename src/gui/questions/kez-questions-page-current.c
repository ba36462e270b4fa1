/* kez-questions-page-current.c
 *
 * Two planners triage the same questions on a team server. Before a triage key acts, the
 * selected questions as shown are held against the database: one another planner changed a
 * moment ago (their window's notice may still be on its way) is named, with what it is now,
 * and the key does nothing; the list is read again, so that a second press acts on what is
 * there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-questions-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kez-question-labels.h"
#include "kez-questions-page-private.h"
#include "kez-questions.h"
#include "kez-text.h"

/* Beyond this many selected, the rest are read fresh by the action itself anyway. */
#define MOST_CHECKED 200

gboolean
kez_questions_page_selection_is_current (KezQuestionsPage *self)
{
  g_autoptr(GtkBitset) selected =
    gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(KezQuestion) now = NULL;
  g_autofree char *excerpt = NULL;
  g_autofree char *text = NULL;
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more && shown->len < MOST_CHECKED; more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (shown, g_list_model_get_item (G_LIST_MODEL (self->list), position));
  if (!kez_questions_find_changed (self->store, (KezQuestion **) shown->pdata, shown->len,
                                   &now))
    return TRUE;

  if (now != NULL)
    {
      excerpt = kez_text_excerpt (kez_question_get_fields (now)->text, 60);
      /* Translators: %1$s is the start of a question, %2$s its status such as "Accepted" */
      text = g_strdup_printf (_("Someone else has just changed “%1$s”: it is now %2$s. "
                                "Look at it again, then triage."),
                              excerpt, kez_question_status_label (
                                         kez_question_get_fields (now)->status));
    }
  else
    text = g_strdup (_("Someone else has just deleted a question you selected. Look at the "
                       "list again, then triage."));
  kez_questions_page_toast (self, adw_toast_new (text));
  kez_question_list_refresh (self->list);
  return FALSE;
}
