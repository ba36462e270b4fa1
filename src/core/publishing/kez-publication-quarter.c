/* kez-publication-quarter.c
 *
 * The quarter's progress on the action plans, as the ministry publishes it every quarter
 * (decree point 3.7): each action of every meeting, its executor and deadline, its status at
 * the end of the quarter and what was done during it; and the action plans as they stand on a
 * day, which the action plan page prints. Who wrote each note stays in the app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-publication-quarter"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "kez-export-names.h"
#include "kez-publication.h"
#include "kez-quarter-progress.h"
#include "kez-store-private.h"

#define T(kk, ru) (language == KEZ_LANGUAGE_KK ? (kk) : (ru))

/* What a document of the progress is of: a quarter, or the action plan up to a day. */
typedef struct
{
  int          year, quarter;  /* a quarter's, or 0 */
  GDate        day;            /* the action plan's day, when no quarter */
} Span;

static KezQuarterProgress *
open_progress (KezStore    *store,
               const Span  *span,
               GError     **error)
{
  return span->quarter > 0 ? kez_quarter_progress_open (store, span->year, span->quarter, error)
                           : kez_quarter_progress_open_to_day (store, &span->day, error);
}

static void
add_progress (KezPublicationPart *part,
              KezStore           *store,
              const Span         *span,
              KezLanguage         language,
              GError            **error_out)
{
  g_autofree char *status_heading = span->quarter > 0
    ? g_strdup (T ("Тоқсан соңындағы мәртебесі", "Статус на конец квартала"))
    : g_strdup_printf (T ("%02u.%02u.%04u жағдай бойынша мәртебесі", "Статус на %02u.%02u.%04u"),
                       g_date_get_day (&span->day), g_date_get_month (&span->day),
                       g_date_get_year (&span->day));
  const char *headers[] = { T ("Кездесу", "Встреча"),
                            T ("Проблемалық мәселе", "Проблемный вопрос"),
                            T ("Іс-шара", "Мероприятие"),
                            T ("Жауапты орындаушы", "Ответственный исполнитель"),
                            T ("Мерзімі", "Срок"),
                            status_heading,
                            span->quarter > 0
                              ? T ("Тоқсандағы орындалу барысы", "Ход исполнения за квартал")
                              : T ("Тоқсан басынан бергі орындалу барысы",
                                   "Ход исполнения с начала квартала") };
  static const double widths[] = { 0.12, 0.14, 0.19, 0.16, 0.09, 0.10, 0.20 };
  g_autoptr(KezQuarterProgress) progress = open_progress (store, span, error_out);
  KezExportLanguage notes_language = language == KEZ_LANGUAGE_KK ? KEZ_EXPORT_KK : KEZ_EXPORT_RU;
  KezBlock *table = NULL;
  KezQuarterAction action;

  if (progress == NULL)
    return;
  while (kez_quarter_progress_next (progress, &action))
    {
      g_autofree char *notes = kez_quarter_progress_notes (progress, action.id, notes_language,
                                                          FALSE);
      g_autofree char *meeting = kez_quarter_action_meeting (&action);
      g_autofree char *deadline = g_date_valid (&action.deadline)
                                    ? g_strdup_printf ("%02u.%02u.%04u",
                                                       g_date_get_day (&action.deadline),
                                                       g_date_get_month (&action.deadline),
                                                       g_date_get_year (&action.deadline))
                                    : g_strdup ("");
      const char *problem = language == KEZ_LANGUAGE_KK ? action.problem_kk : action.problem_ru;
      const char *row[7];

      if (problem[0] == '\0')
        problem = language == KEZ_LANGUAGE_KK ? action.problem_ru : action.problem_kk;
      row[0] = meeting;
      row[1] = problem;
      row[2] = action.description;
      /* The responsible body and its unit: the officials' names stay in the app. */
      row[3] = action.executor_body;
      row[4] = deadline;
      row[5] = kez_term_get (action.late ? kez_term_overdue ()
                                         : kez_term_for_action_status (action.status), language);
      row[6] = notes;
      if (table == NULL)
        table = kez_publication_add_table (part, headers, widths, G_N_ELEMENTS (headers));
      kez_block_add_row (table, row);
    }
  if (table == NULL && span->quarter > 0)
    kez_publication_add_paragraph (part, T ("Тоқсан соңында іс-қимыл жоспарларында іс-шаралар "
                                            "болған жоқ.",
                                            "На конец квартала в планах действий не было "
                                            "мероприятий."));
  else if (table == NULL)
    kez_publication_add_paragraph (part, T ("Іс-қимыл жоспарларында іс-шаралар әлі жоқ.",
                                            "В планах действий ещё нет мероприятий."));
}

/* The document in @export_language's parts, each titled by @span. */
static KezPublication *
publication_of_span (KezStore          *store,
                     const Span        *span,
                     KezExportLanguage  export_language,
                     GError           **error)
{
  g_autoptr(KezPublication) self = kez_publication_new ();
  g_autoptr(GHashTable) bodies = kez_export_names_of_bodies (store);
  g_autofree char *served = kez_store_dup_served_body (store);
  g_autoptr(KezDbStmt) only = kez_store_prepare (store, "SELECT min (body_code) FROM meetings "
                                                    "HAVING count (DISTINCT body_code) = 1",
                                                    NULL);
  /* The body this database serves, or the only one whose meetings it holds. */
  const char *code = served != NULL ? served
                   : only != NULL && kez_db_step (only) == KEZ_DB_ROW
                       ? kez_store_column_text (only, 0) : NULL;
  const KezTerm *body = code != NULL ? g_hash_table_lookup (bodies, code) : NULL;

  /* Seven columns need the page's width. */
  self->landscape = TRUE;
  for (KezLanguage language = KEZ_LANGUAGE_KK; language <= KEZ_LANGUAGE_RU; language++)
    {
      g_autofree char *title = NULL;
      g_autoptr(GError) local_error = NULL;
      KezPublicationPart *part;

      if (!kez_publication_language_wanted (export_language, language))
        continue;
      if (span->quarter > 0)
        title = language == KEZ_LANGUAGE_KK
                  ? g_strdup_printf ("Іс-қимыл жоспарларының орындалу барысы, %d жылғы %d-тоқсан",
                                     span->year, span->quarter)
                  : g_strdup_printf ("Ход исполнения планов действий, %d квартал %d года",
                                     span->quarter, span->year);
      else
        title = language == KEZ_LANGUAGE_KK
                  ? g_strdup_printf ("Іс-қимыл жоспарлары, %02u.%02u.%04u жағдай бойынша",
                                     g_date_get_day (&span->day), g_date_get_month (&span->day),
                                     g_date_get_year (&span->day))
                  : g_strdup_printf ("Планы действий по состоянию на %02u.%02u.%04u",
                                     g_date_get_day (&span->day), g_date_get_month (&span->day),
                                     g_date_get_year (&span->day));
      part = kez_publication_add_part (self, language, title,
                                       body != NULL ? kez_term_get (body, language) : NULL);
      add_progress (part, store, span, language, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
  return g_steal_pointer (&self);
}

/**
 * kez_publication_of_quarter:
 * @quarter: 1 to 4
 *
 * Returns: (transfer full): the quarter's progress in @language (both: the Kazakh document,
 *   then the Russian one), or %NULL with @error set
 */
KezPublication *
kez_publication_of_quarter (KezStore          *store,
                            int                year,
                            int                quarter,
                            KezExportLanguage  export_language,
                            GError           **error)
{
  Span span = { .year = year, .quarter = quarter };

  return publication_of_span (store, &span, export_language, error);
}

/**
 * kez_publication_of_action_plan:
 * @day: the day it is as of, in Kazakhstan
 *
 * The action plans of every meeting as they stand at the end of @day, with the progress of its
 * quarter so far: what the action plan page prints.
 *
 * Returns: (transfer full): the document in @language, or %NULL with @error set
 */
KezPublication *
kez_publication_of_action_plan (KezStore          *store,
                                const GDate       *day,
                                KezExportLanguage  export_language,
                                GError           **error)
{
  Span span = { .day = *day };

  g_return_val_if_fail (g_date_valid (day), NULL);
  return publication_of_span (store, &span, export_language, error);
}
