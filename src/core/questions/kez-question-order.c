/* kez-question-order.c
 *
 * A planner sorts the questions by a column of the list: by region, by topic, by how many
 * citizens stand behind them. The list's own order (newest first) breaks the ties, so that
 * a column sorted either way still reads as a list of the latest questions of each value.
 * Texts are put in the language's alphabetical order (Kazakh's letters where a reader looks
 * for them, kez-collate.c), not by their bytes.
 *
 * At a million questions a sort is a few hundred milliseconds: it runs on the query's thread
 * (kez-question-query.c), over keys worked out once per question, not per comparison.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "kez-collate.h"
#include "kez-question-order.h"

static int
compare_ascending (const void *a,
                   const void *b)
{
  const KezQuestionOrderItem *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

/* Larger keys first; questions with no value stay last; ties in the list's own order. */
static int
compare_descending (const void *a,
                    const void *b)
{
  const KezQuestionOrderItem *x = a, *y = b;

  if (x->key != y->key)
    {
      if (x->key == KEZ_QUESTION_ORDER_NONE || y->key == KEZ_QUESTION_ORDER_NONE)
        return x->key == KEZ_QUESTION_ORDER_NONE ? 1 : -1;
      return x->key > y->key ? -1 : 1;
    }
  return x->position < y->position ? -1 : x->position > y->position;
}

/**
 * kez_question_order_sort:
 *
 * Puts @items in the order of their keys (the largest first when @descending), those of
 * equal keys in the order of their positions.
 */
void
kez_question_order_sort (KezQuestionOrderItem *items,
                         guint                 n_items,
                         gboolean              descending)
{
  if (n_items > 1)
    qsort (items, n_items, sizeof *items, descending ? compare_descending : compare_ascending);
}

typedef struct
{
  GPtrArray   *texts;
  KezLanguage  language;
} Texts;

static int
compare_texts (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const Texts *texts = data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  int order = kez_collate (texts->language, g_ptr_array_index (texts->texts, i),
                           g_ptr_array_index (texts->texts, j));

  return order != 0 ? order : (i > j) - (i < j);
}

/**
 * kez_question_order_ranks:
 * @texts: texts from index 1 (index 0 stands for "none")
 *
 * Returns: (transfer full): each text's place in @language's alphabetical order, by its
 *   index; index 0 has G_MAXUINT32, after every text
 */
guint32 *
kez_question_order_ranks (GPtrArray   *texts,
                          KezLanguage  language)
{
  guint32 *ranks = g_new (guint32, MAX (texts->len, 1));
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), texts->len);
  Texts sorting = { texts, language };

  ranks[0] = G_MAXUINT32;
  for (guint i = 1; i < texts->len; i++)
    g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_texts, &sorting);
  for (guint rank = 0; rank < order->len; rank++)
    ranks[g_array_index (order, guint, rank)] = rank;
  return ranks;
}
