/* kez-plan-forms.c
 *
 * The problem dialog lists the questions behind a problem and those that could be; the
 * action dialog shows the action and its history. Each is read here in one go, in a page's
 * reader thread, so that opening a dialog sends nothing to a server from the main thread
 * (a problem of a meeting with fifty questions would otherwise be fifty round trips).
 *
 * A step that fails half-way is noted for kez_store_reads_check(), as every read's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-plan"

#include "config.h"

#include "kez-plan-forms.h"
#include "kez-questions.h"

static gboolean
contains (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/**
 * kez_problem_form_read:
 * @problem_id: the problem edited, or 0 for a new one of @meeting_id
 */
KezProblemForm *
kez_problem_form_read (KezStore *store,
                       gint64    meeting_id,
                       gint64    problem_id)
{
  KezProblemForm *form;
  g_autoptr(GArray) open = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  form = g_new0 (KezProblemForm, 1);
  kez_problem_fields_init (&form->problem);
  form->problem.meeting_id = meeting_id;
  if (problem_id != 0)
    {
      g_autoptr(GArray) problems = kez_problems_list (store, meeting_id);

      for (guint i = 0; i < problems->len; i++)
        if (g_array_index (problems, KezProblemFields, i).id == problem_id)
          {
            kez_problem_fields_clear (&form->problem);
            form->problem = g_array_index (problems, KezProblemFields, i);
            /* Taken: the array must not free what the form now owns. */
            kez_problem_fields_init (&g_array_index (problems, KezProblemFields, i));
          }
    }
  form->regions = kez_store_list_regions (store);
  form->own = problem_id != 0 ? kez_problems_list_questions (store, problem_id)
                              : g_array_new (FALSE, FALSE, sizeof (gint64));
  form->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  open = kez_problems_candidates (store, meeting_id);
  g_array_append_vals (ids, form->own->data, form->own->len);
  for (guint i = 0; i < open->len; i++)
    if (!contains (ids, g_array_index (open, gint64, i)))
      g_array_append_val (ids, g_array_index (open, gint64, i));
  for (guint i = 0; i < ids->len; i++)
    {
      KezQuestion *question = kez_questions_get (store, g_array_index (ids, gint64, i));

      if (question != NULL)
        g_ptr_array_add (form->candidates, question);
    }
  return form;
}

void
kez_problem_form_free (KezProblemForm *form)
{
  if (form == NULL)
    return;
  kez_problem_fields_clear (&form->problem);
  g_clear_object (&form->regions);
  g_clear_pointer (&form->candidates, g_ptr_array_unref);
  g_clear_pointer (&form->own, g_array_unref);
  g_free (form);
}

/**
 * kez_action_form_read:
 * @action_id: the action edited, or 0 for a new one of @problem_id
 */
KezActionForm *
kez_action_form_read (KezStore *store,
                      gint64    problem_id,
                      gint64    action_id)
{
  KezActionForm *form;

  g_return_val_if_fail (KEZ_IS_STORE (store), NULL);

  form = g_new0 (KezActionForm, 1);
  kez_action_fields_init (&form->fields);
  form->fields.problem_id = problem_id;
  if (action_id > 0)
    {
      g_autoptr(GArray) actions = kez_actions_list_for_problem (store, problem_id);

      for (guint i = 0; i < actions->len; i++)
        if (g_array_index (actions, KezActionFields, i).id == action_id)
          {
            kez_action_fields_clear (&form->fields);
            form->fields = g_array_index (actions, KezActionFields, i);
            /* Taken: the array must not free what the form now owns. */
            kez_action_fields_init (&g_array_index (actions, KezActionFields, i));
          }
    }
  form->history = form->fields.id > 0 ? kez_actions_history (store, form->fields.id) : NULL;
  return form;
}

void
kez_action_form_free (KezActionForm *form)
{
  if (form == NULL)
    return;
  kez_action_fields_clear (&form->fields);
  g_clear_pointer (&form->history, g_array_unref);
  g_free (form);
}
