/* test-questions.c: questions in the store: search, triage, merges, import, statistics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kez-question-generator.h"
#include "kez-question-import.h"
#include "kez-question-list.h"
#include "kez-question-stats.h"
#include "kez-question-triage.h"
#include "kez-questions.h"
#include "kez-store-open.h"
#include "kez-store-private.h"
#include "kez-test-util.h"

#define HEADER "received,channel,region,topic,text,author,contact,meeting\n"

static gint64
add (KezStore   *store,
     const char *text,
     const char *topic)
{
  g_autoptr(GError) error = NULL;
  KezQuestionFields fields;
  gint64 id;

  kez_question_fields_init (&fields);
  g_free (fields.received_on);
  fields.received_on = g_strdup ("2026-03-02");
  g_free (fields.text);
  fields.text = g_strdup (text);
  g_free (fields.topic);
  fields.topic = g_strdup (topic);
  fields.channel = KEZ_CHANNEL_E_OTINISH;
  id = kez_questions_add (store, &fields, &error);
  kez_question_fields_clear (&fields);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static guint
count_matching (KezStore   *store,
                const char *words)
{
  g_autoptr(KezQuestionList) list = kez_question_list_new (store);
  KezQuestionFilter filter;
  guint n;

  kez_question_filter_init (&filter);
  filter.search = g_strdup (words);
  kez_question_list_set_filter (list, &filter);
  kez_question_list_wait (list);
  kez_question_filter_clear (&filter);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  return n;
}

static guint
citizens_of (KezStore *store,
             gint64    id)
{
  g_autoptr(KezQuestion) question = kez_questions_get (store, id);

  return kez_question_get_fields (question)->citizens;
}

static KezQuestionStatus
status_of (KezStore *store,
           gint64    id)
{
  g_autoptr(KezQuestion) question = kez_questions_get (store, id);

  return kez_question_get_fields (question)->status;
}

static void
test_search_folds_case (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();

  add (store, "Прошу министерство решить вопрос с дорогой", "");
  add (store, "Әкімдікке жүгіндім, жауап жоқ", "");
  add (store, "ӘКІМДІК ПЕН МИНИСТЕРСТВО ЖАУАП БЕРМЕЙДІ", "");
  add (store, "Дорога в село разбита", "");

  g_assert_cmpuint (count_matching (store, "министерство"), ==, 2);
  g_assert_cmpuint (count_matching (store, "МИНИСТЕРСТВО"), ==, 2);
  g_assert_cmpuint (count_matching (store, "әкімдік"), ==, 2);
  g_assert_cmpuint (count_matching (store, "ӘКІМДІК"), ==, 2);
  /* A word's start finds it with its endings; all words must occur. */
  g_assert_cmpuint (count_matching (store, "әкім"), ==, 2);
  g_assert_cmpuint (count_matching (store, "дорог"), ==, 2);
  g_assert_cmpuint (count_matching (store, "әкімдік министерство"), ==, 1);
  /* What looks like query syntax is taken as words. */
  g_assert_cmpuint (count_matching (store, "\"министерство\" OR NOT *"), ==, 0);
  g_assert_cmpuint (count_matching (store, "(министерство"), ==, 2);
}

/* Word forms find each other: ё and е, Russian endings, Kazakh endings stacked. */
static void
test_search_finds_word_forms (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  const char *elka[] = { "ёлка", "елка", "Ёлки", "елкам" };
  const char *shkola[] = { "школа", "школы", "школам", "школу", "ШКОЛОЙ" };
  const char *mektep[] = { "мектеп", "мектептер", "мектептің", "мектебі", "мектептерге" };

  add (store, "Новогодняя ёлка не установлена", "");
  add (store, "У нас нет елки в парке", "");
  add (store, "Ремонт школы затянулся", "");
  add (store, "Детей не берут в школу", "");
  add (store, "Мектептің шатыры ағып тұр", "");
  add (store, "Ауылда мектеп жоқ", "");
  add (store, "Мектептерге компьютер керек", "");

  for (guint i = 0; i < G_N_ELEMENTS (elka); i++)
    g_assert_cmpuint (count_matching (store, elka[i]), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (shkola); i++)
    g_assert_cmpuint (count_matching (store, shkola[i]), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (mektep); i++)
    g_assert_cmpuint (count_matching (store, mektep[i]), ==, 3);
  /* A word typed in part still finds. */
  g_assert_cmpuint (count_matching (store, "шко"), ==, 2);
  g_assert_cmpuint (count_matching (store, "мект"), ==, 3);
}

static void
test_merge_and_unmerge_keep_counts (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezTriageUndo) first = NULL;
  g_autoptr(KezTriageUndo) second = NULL;
  gint64 a = add (store, "Дорога в Тараз", "Дороги");
  gint64 b = add (store, "Дорога в Тараз разбита", "Дороги");
  gint64 c = add (store, "Тараз жолы", "Жолдар");
  gint64 d = add (store, "Ещё раз о дороге в Тараз", "Дороги");
  gint64 ids_bc[] = { b, c };
  gint64 ids_a[] = { a };
  gint64 survivor = 0;

  g_clear_pointer (&first, kez_triage_undo_free);
  first = kez_triage_accept (store, ids_a, 1, &error);
  g_assert_nonnull (first);
  g_assert_no_error (error);
  g_clear_pointer (&first, kez_triage_undo_free);

  /* b and c into a: a counts three citizens. */
  first = kez_triage_merge (store, ids_bc, 2, a, &survivor, &error);
  g_assert_no_error (error);
  g_assert_cmpint (survivor, ==, a);
  g_assert_cmpuint (kez_triage_undo_get_n_changed (first), ==, 2);
  g_assert_cmpuint (citizens_of (store, a), ==, 3);
  g_assert_cmpint (status_of (store, b), ==, KEZ_QUESTION_MERGED);

  /* Merging into a duplicate merges into the question it stands in. */
  second = kez_triage_merge (store, &d, 1, b, &survivor, &error);
  g_assert_no_error (error);
  g_assert_cmpint (survivor, ==, a);
  g_assert_cmpuint (citizens_of (store, a), ==, 4);

  /* The evidence: each merge on record with who did it, and in the audit log. */
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM merges WHERE "
                                           "into_question_id = ? AND merged_by <> ''", a, 0),
                   ==, 3);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM audit_log WHERE "
                                           "action = 'merge-question' AND subject_id = ?", c, 0),
                   ==, 1);

  /* Undoing the first merge gives b and c back their status and takes their citizens off. */
  g_assert_true (kez_triage_undo (store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (citizens_of (store, a), ==, 2);
  g_assert_cmpint (status_of (store, b), ==, KEZ_QUESTION_NEW);
  g_assert_cmpint (status_of (store, c), ==, KEZ_QUESTION_NEW);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM merges WHERE "
                                           "question_id = ? AND undone_at IS NOT NULL", b, 0),
                   ==, 1);

  g_assert_true (kez_triage_unmerge (store, d, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (citizens_of (store, a), ==, 1);
  g_assert_false (kez_triage_unmerge (store, d, &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* A question merged with its own duplicates carries them all into the next merge. */
  g_clear_pointer (&first, kez_triage_undo_free);
  first = kez_triage_merge (store, &b, 1, c, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&second, kez_triage_undo_free);
  second = kez_triage_merge (store, &c, 1, a, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (citizens_of (store, a), ==, 3);
  g_assert_true (kez_triage_unmerge (store, b, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (citizens_of (store, c), ==, 1);
  g_assert_cmpuint (citizens_of (store, a), ==, 2);
}

static void
test_triage_and_undo (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezTriageUndo) undo = NULL;
  gint64 ids[] = { add (store, "Первый", ""), add (store, "Второй", ""), add (store, "Третий", "") };
  g_autoptr(KezQuestion) question = NULL;

  g_assert_null (kez_triage_reject (store, ids, 1, "  ", &error));
  g_assert_error (error, KEZ_STORE_ERROR, KEZ_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  undo = kez_triage_reject (store, ids, 2, "Не входит в компетенцию", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kez_triage_undo_get_n_changed (undo), ==, 2);
  question = kez_questions_get (store, ids[1]);
  g_assert_cmpint (kez_question_get_fields (question)->status, ==, KEZ_QUESTION_REJECTED);
  g_assert_cmpstr (kez_question_get_fields (question)->reject_reason, ==,
                   "Не входит в компетенцию");
  g_assert_true (kez_triage_undo (store, undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (store, ids[1]), ==, KEZ_QUESTION_NEW);
  g_clear_pointer (&undo, kez_triage_undo_free);

  /* Only what changes is counted, and a merged duplicate is not accepted. */
  kez_triage_undo_free (kez_triage_merge (store, &ids[2], 1, ids[0], NULL, &error));
  undo = kez_triage_accept (store, ids, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kez_triage_undo_get_n_changed (undo), ==, 2);
  g_assert_cmpint (status_of (store, ids[2]), ==, KEZ_QUESTION_MERGED);
  g_clear_pointer (&undo, kez_triage_undo_free);

  undo = kez_triage_set_topic (store, ids, 2, " Дороги ", &error);
  g_assert_no_error (error);
  g_clear_pointer (&undo, kez_triage_undo_free);
  undo = kez_triage_set_region (store, ids, 2, "zhambyl", &error);
  g_assert_no_error (error);
  g_clear_object (&question);
  question = kez_questions_get (store, ids[0]);
  g_assert_cmpstr (kez_question_get_fields (question)->topic, ==, "Дороги");
  g_assert_cmpstr (kez_question_get_fields (question)->region_code, ==, "zhambyl");
  g_assert_true (kez_triage_undo (store, undo, &error));
  g_clear_object (&question);
  question = kez_questions_get (store, ids[0]);
  g_assert_null (kez_question_get_fields (question)->region_code);
  g_clear_pointer (&undo, kez_triage_undo_free);

  /* An unknown region is refused by the database, and nothing changes. */
  g_assert_null (kez_triage_set_region (store, ids, 2, "atlantis", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
}

static void
test_list_follows_changes (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezQuestionList) list = kez_question_list_new (store);
  g_autoptr(KezQuestion) shown = NULL;
  KezQuestionFilter filter;
  gint64 ids[] = { add (store, "Один", "Дороги"), add (store, "Два", "Дороги"),
                   add (store, "Три", "Жильё") };

  kez_question_list_wait (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpuint (kez_question_list_get_n_citizens (list), ==, 3);

  /* The object handed out for a row shows what the database now has there. */
  shown = g_list_model_get_item (G_LIST_MODEL (list), kez_question_list_find (list, ids[1]));
  g_assert_nonnull (shown);
  kez_triage_undo_free (kez_triage_accept (store, &ids[1], 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kez_question_get_fields (shown)->id, ==, ids[1]);
  g_assert_cmpint (kez_question_get_fields (shown)->status, ==, KEZ_QUESTION_ACCEPTED);

  /* Filtering on new ones leaves the accepted one out; the object at its position now shows
   * the question that took its place. */
  kez_question_filter_init (&filter);
  filter.status = KEZ_QUESTION_NEW;
  kez_question_list_set_filter (list, &filter);
  kez_question_list_wait (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpint (kez_question_get_fields (shown)->id, ==,
                   kez_question_list_get_id (list, 1));
  g_assert_cmpint (kez_question_get_fields (shown)->status, ==, KEZ_QUESTION_NEW);

  /* A merge: the duplicate counts in the survivor, not twice. */
  filter.status = -1;
  kez_question_list_set_filter (list, &filter);
  kez_triage_undo_free (kez_triage_merge (store, &ids[2], 1, ids[0], NULL, &error));
  kez_question_list_wait (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpuint (kez_question_list_get_n_citizens (list), ==, 3);

  filter.topic = g_strdup ("Дороги");
  kez_question_list_set_filter (list, &filter);
  kez_question_list_wait (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  kez_question_filter_clear (&filter);
}

static void
count_call (guint *calls)
{
  (*calls)++;
}

/* Filters come faster than answers when a planner types: the list waits for none of them, keeps
 * showing what it showed, and shows only the answer to the last. */
static void
test_list_answers_the_latest_filter (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(KezQuestionList) list = kez_question_list_new (store);
  const char *searches[] = { "д", "до", "дор", "доро", "дорог", "школ" };
  KezQuestionFilter filter;
  guint updates = 0;

  add (store, "Дорога разбита", "Дороги");
  add (store, "Дорогу не чистят", "Дороги");
  add (store, "Школа без крыши", "Образование");
  kez_question_list_wait (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  g_signal_connect_swapped (list, "updated", G_CALLBACK (count_call), &updates);
  kez_question_filter_init (&filter);
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_free (filter.search);
      filter.search = g_strdup (searches[i]);
      kez_question_list_set_filter (list, &filter);
    }
  g_assert_true (kez_question_list_is_loading (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  kez_question_list_wait (list);
  g_assert_cmpuint (updates, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpuint (kez_question_list_get_n_citizens (list), ==, 1);
  kez_question_filter_clear (&filter);
}

/* The ids @filter selects, in the list's order, as SQL says, with the citizens behind them. */
/* SQL's ORDER BY for what the list's columns sort by: what has no value last either way, and
 * the list's own order (newest first) among equals; texts in the Russian alphabetical order
 * (the C locale's interface is not Kazakh), statuses and channels in the order of their
 * lists. */
static char *
order_by (const KezQuestionFilter *filter)
{
  const char *direction = filter->descending ? " DESC" : " ASC";
  const char *ties = ", received_on DESC, id DESC";
  g_autoptr(GString) cases = g_string_new ("CASE ");

  switch (filter->sort)
    {
    case KEZ_QUESTION_SORT_RECEIVED:
      return g_strdup_printf ("received_on%s, id%s", direction, direction);
    case KEZ_QUESTION_SORT_NUMBER:
      return g_strdup_printf ("id%s", direction);
    case KEZ_QUESTION_SORT_CITIZENS:
      return g_strdup_printf ("citizens%s%s", direction, ties);
    case KEZ_QUESTION_SORT_STATUS:
      for (guint i = 0; i < KEZ_N_QUESTION_STATUSES; i++)
        g_string_append_printf (cases, "WHEN status = '%s' THEN %u ",
                                kez_question_status_to_string (i), i);
      return g_strdup_printf ("%sEND%s%s", cases->str, direction, ties);
    case KEZ_QUESTION_SORT_CHANNEL:
      for (guint i = 0; i < KEZ_N_CHANNELS; i++)
        g_string_append_printf (cases, "WHEN channel = '%s' THEN %u ",
                                kez_channel_to_string (i), i);
      return g_strdup_printf ("%sEND%s%s", cases->str, direction, ties);
    case KEZ_QUESTION_SORT_TOPIC:
      return g_strdup_printf ("topic IS NULL, topic COLLATE KEZ_RU%s%s", direction, ties);
    case KEZ_QUESTION_SORT_REGION:
      return g_strdup_printf ("region_code IS NULL, (SELECT name_ru FROM regions "
                              "WHERE code = region_code) COLLATE KEZ_RU%s%s", direction, ties);
    case KEZ_QUESTION_SORT_MEETING:
      return g_strdup_printf ("meeting_id IS NULL, (SELECT starts_at FROM meetings m "
                              "WHERE m.id = meeting_id)%s, meeting_id%s%s", direction,
                              direction, ties);
    case KEZ_N_QUESTION_SORTS:
    default:
      g_assert_not_reached ();
    }
}

static GArray *
select_with_sql (KezStore                *store,
                 const KezQuestionFilter *filter,
                 guint64                 *n_citizens)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *where =
    kez_question_filter_to_sql (filter, kez_db_get_kind (kez_store_get_db (store)), values);
  g_autofree char *order = order_by (filter);
  g_autofree char *sql = g_strconcat ("SELECT id, citizens, status = 'merged' FROM questions",
                                      where, " ORDER BY ", order, NULL);
  g_autoptr(KezDbStmt) stmt = kez_store_prepare (store, sql, NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_nonnull (stmt);
  for (guint i = 0; i < values->len; i++)
    kez_db_bind_text (stmt, i + 1, g_ptr_array_index (values, i));
  *n_citizens = 0;
  while (kez_db_step (stmt) == KEZ_DB_ROW)
    {
      gint64 id = kez_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      if (!kez_db_column_int (stmt, 2))
        *n_citizens += kez_db_column_int (stmt, 1);
    }
  return ids;
}

/* The list filters in memory what it read once: for every kind of filter, alone and
 * combined with others and with a search, it selects what the SQL of the filter selects, in
 * the same order, its own or that of a column sorted either way. */
static void
test_list_filters_as_sql_does (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezQuestionList) list = kez_question_list_new (store);
  g_autoptr(GRand) rand = g_rand_new_with_seed (17);
  const char *regions[] = { NULL, "", "astana", "almaty", "zhambyl", "no-such-region" };
  const char *topics[] = { NULL, "", "Дороги", "Жильё", "Образование", "Нет такой темы" };
  const char *weeks[] = { NULL, "2026-03-02", "2026-06-29", "2026-12-28", "не дата" };
  const char *searches[] = { NULL, "", "дорог", "школ ремонт", "әкім" };
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 2026);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 2026);
  g_assert_true (kez_question_generator_fill (store, 3000, 11, &first, &last, KEZ_LANGUAGE_RU,
                                              &error));
  g_assert_no_error (error);
  /* A topic and a region that are empty texts, not missing ones. */
  g_assert_true (kez_store_exec (store, "UPDATE questions SET topic = '' WHERE id % 17 = 0",
                                 &error));
  g_assert_no_error (error);

  for (guint round = 0; round < 400; round++)
    {
      KezQuestionFilter filter;
      g_autoptr(GArray) expected = NULL;
      guint64 citizens;
      gboolean same;

      kez_question_filter_init (&filter);
      /* Each filter in one round of three, so that they come alone and together. */
      if (g_rand_int_range (rand, 0, 3) == 0)
        filter.status = g_rand_int_range (rand, -1, KEZ_N_QUESTION_STATUSES);
      if (g_rand_int_range (rand, 0, 3) == 0)
        filter.channel = g_rand_int_range (rand, -1, KEZ_N_CHANNELS);
      if (g_rand_int_range (rand, 0, 3) == 0)
        filter.region_code = g_strdup (regions[g_rand_int_range (rand, 0, G_N_ELEMENTS (regions))]);
      if (g_rand_int_range (rand, 0, 3) == 0)
        filter.topic = g_strdup (topics[g_rand_int_range (rand, 0, G_N_ELEMENTS (topics))]);
      if (g_rand_int_range (rand, 0, 4) == 0)
        filter.meeting_id = -1;
      if (g_rand_int_range (rand, 0, 3) == 0)
        filter.week = g_strdup (weeks[g_rand_int_range (rand, 0, G_N_ELEMENTS (weeks))]);
      if (g_rand_int_range (rand, 0, 3) == 0)
        filter.search = g_strdup (searches[g_rand_int_range (rand, 0, G_N_ELEMENTS (searches))]);
      /* Sorted by a column in one round of two, either way. */
      if (g_rand_int_range (rand, 0, 2) == 0)
        {
          filter.sort = g_rand_int_range (rand, 0, KEZ_N_QUESTION_SORTS);
          filter.descending = g_rand_boolean (rand);
        }

      kez_question_list_set_filter (list, &filter);
      kez_question_list_wait (list);
      expected = select_with_sql (store, &filter, &citizens);
      same = g_list_model_get_n_items (G_LIST_MODEL (list)) == expected->len;
      for (guint i = 0; same && i < expected->len; i++)
        same = kez_question_list_get_id (list, i) == g_array_index (expected, gint64, i);
      if (!same)
        g_test_message ("status %d, channel %d, region %s, topic %s, meeting %" G_GINT64_FORMAT
                        ", week %s, search %s, sort %d%s", filter.status, filter.channel,
                        filter.region_code, filter.topic, filter.meeting_id, filter.week,
                        filter.search, filter.sort, filter.descending ? " descending" : "");
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, expected->len);
      for (guint i = 0; i < expected->len; i++)
        g_assert_cmpint (kez_question_list_get_id (list, i), ==,
                         g_array_index (expected, gint64, i));
      g_assert_cmpuint (kez_question_list_get_n_citizens (list), ==, citizens);
      kez_question_filter_clear (&filter);
    }
}

static const char *good_csv =
  "\xEF\xBB\xBF" "received;channel;region;topic;text;author;contact\r\n"
  "2026-02-01;e-otinish;Жамбыл облысы;Дороги;\"Дорога в Тараз\r\nразбита\";Асқар;\r\n"
  "03.02.2026 14:30;website;astana;;Когда построят школу?;;\r\n";

static KezQuestionImport *
read_questions (KezStore                       *store,
                const char                     *csv,
                const KezQuestionImportOptions *options,
                GError                        **error)
{
  g_autoptr(KezImportTable) table = kez_import_table_new (csv, strlen (csv), "test.csv", error);

  return table != NULL ? kez_question_import_read (store, table, options, error) : NULL;
}

static void
test_import (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezQuestionImport) import = NULL;
  const KezQuestionFields *fields;

  import = read_questions (store, good_csv, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kez_question_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (kez_question_import_get_n_questions (import), ==, 2);
  fields = kez_question_import_get_question (import, 0);
  g_assert_cmpstr (fields->region_code, ==, "zhambyl");
  g_assert_cmpstr (fields->text, ==, "Дорога в Тараз\nразбита");
  fields = kez_question_import_get_question (import, 1);
  g_assert_cmpstr (fields->received_on, ==, "2026-02-03T14:30");
  g_assert_cmpint (fields->channel, ==, KEZ_CHANNEL_WEBSITE);
  g_assert_true (kez_question_import_commit (import, store, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM questions WHERE id > ?",
                                           0, 0), ==, 2);
}

static void
test_import_all_or_nothing (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezQuestionImport) import = NULL;
  const char *csv = HEADER
    "2026-02-01,e-otinish,,,Первый,,,\n"
    "2026-02-30,website,,,Второй,,,\n"
    "2026-02-02,fax,nowhere,,,,,77\n";
  GPtrArray *problems;

  import = read_questions (store, csv, NULL, &error);
  g_assert_no_error (error);
  problems = kez_question_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 0), "line 3: received"));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (problems, 1), "line 4: channel “fax”"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "unknown region “nowhere”"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "no text"));
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 1), "meeting with the ID “77”"));

  g_assert_false (kez_question_import_commit (import, store, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpint (kez_store_query_number (store, "SELECT count(*) FROM questions WHERE id > ?",
                                           0, 0), ==, 0);
}

static void
test_import_with_mapping (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KezQuestionImport) import = NULL;
  const KezImportColumn *columns = kez_question_import_columns ();
  const char *csv = "Дата,Канал,Вопрос,Номер\n2026-05-04,social,Где автобус?,7\n";
  const char *mapping[KEZ_N_QUESTION_COLUMNS] = {
    [KEZ_QUESTION_COLUMN_RECEIVED] = "Дата",
    [KEZ_QUESTION_COLUMN_CHANNEL] = "Канал",
    [KEZ_QUESTION_COLUMN_TEXT] = "Номер",
  };
  KezQuestionImportOptions options = KEZ_QUESTION_IMPORT_OPTIONS_INIT;

  g_assert_cmpint (kez_import_columns_guess (columns, KEZ_N_QUESTION_COLUMNS, "Дата обращения"),
                   ==, KEZ_QUESTION_COLUMN_RECEIVED);
  g_assert_cmpint (kez_import_columns_guess (columns, KEZ_N_QUESTION_COLUMNS, "Текст обращения"),
                   ==, KEZ_QUESTION_COLUMN_TEXT);
  g_assert_cmpint (kez_import_columns_guess (columns, KEZ_N_QUESTION_COLUMNS, "Облыс"),
                   ==, KEZ_QUESTION_COLUMN_REGION);
  g_assert_cmpint (kez_import_columns_guess (columns, KEZ_N_QUESTION_COLUMNS, "ФИО заявителя"),
                   ==, KEZ_QUESTION_COLUMN_AUTHOR);
  /* The word that comes first decides: a topic, not the question. */
  g_assert_cmpint (kez_import_columns_guess (columns, KEZ_N_QUESTION_COLUMNS, "Тема вопроса"),
                   ==, KEZ_QUESTION_COLUMN_TOPIC);
  g_assert_cmpint (kez_import_columns_guess (columns, KEZ_N_QUESTION_COLUMNS, "Номер"), ==, -1);

  /* Guessed from the header's words. */
  import = read_questions (store, csv, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kez_question_import_get_n_questions (import), ==, 1);
  g_assert_cmpstr (kez_question_import_get_question (import, 0)->text, ==, "Где автобус?");
  g_clear_pointer (&import, kez_question_import_free);

  /* As the planner chose: the text from another column. */
  options.mapping = mapping;
  import = read_questions (store, csv, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kez_question_import_get_question (import, 0)->text, ==, "7");
  g_clear_pointer (&import, kez_question_import_free);

  /* A required column the planner left out names itself and what the file has. */
  mapping[KEZ_QUESTION_COLUMN_TEXT] = NULL;
  import = read_questions (store, csv, &options, &error);
  g_assert_null (import);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "“Question text”"));
  g_assert_nonnull (strstr (error->message, "“Вопрос”"));
}

static void
test_generator_and_stats (void)
{
  g_autoptr(KezStore) store = kez_test_open_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) topics = NULL;
  g_autoptr(GArray) weeks = NULL;
  g_autoptr(GArray) channels = NULL;
  GDate first, last;
  guint total = 0;
  gint64 not_merged;

  g_date_set_dmy (&first, 5, G_DATE_JANUARY, 2026);
  g_date_set_dmy (&last, 29, G_DATE_MARCH, 2026);
  g_assert_true (kez_question_generator_fill (store, 2000, 7, &first, &last, KEZ_LANGUAGE_RU,
                                              &error));
  g_assert_no_error (error);

  not_merged = kez_store_query_number (store, "SELECT count(*) FROM questions "
                                       "WHERE status <> 'merged' AND id > ?", 0, 0);
  g_assert_cmpint (not_merged, <, 2000);
  /* Every citizen is counted once, in the question that stands for them. */
  g_assert_cmpint (kez_store_query_number (store, "SELECT sum(citizens) FROM questions "
                                           "WHERE status <> 'merged' AND id > ?", 0, 0),
                   ==, 2000);

  topics = kez_question_stats_count (store, KEZ_QUESTION_STATS_TOPIC, NULL);
  g_assert_cmpuint (topics->len, ==, 12);
  for (guint i = 0; i < topics->len; i++)
    total += g_array_index (topics, KezQuestionCount, i).count;
  g_assert_cmpint (total, ==, not_merged);
  g_assert_cmpuint (g_array_index (topics, KezQuestionCount, 0).count, >=,
                    g_array_index (topics, KezQuestionCount, 1).count);

  channels = kez_question_stats_count (store, KEZ_QUESTION_STATS_CHANNEL, NULL);
  g_assert_cmpstr (g_array_index (channels, KezQuestionCount, 0).key, ==, "e-otinish");

  /* 5 January 2026 is a Monday; 29 March a Sunday: twelve whole weeks. */
  weeks = kez_question_stats_count (store, KEZ_QUESTION_STATS_WEEK, NULL);
  g_assert_cmpuint (weeks->len, ==, 12);
  g_assert_cmpstr (g_array_index (weeks, KezQuestionCount, 0).key, ==, "2026-01-05");
  g_assert_cmpstr (g_array_index (weeks, KezQuestionCount, 11).key, ==, "2026-03-23");

  /* The same seed makes the same questions. */
  {
    g_autoptr(KezStore) again = kez_test_open_store ();

    g_assert_true (kez_question_generator_fill (again, 2000, 7, &first, &last, KEZ_LANGUAGE_RU,
                                                &error));
    g_assert_cmpint (kez_store_query_number (again, "SELECT count(*) FROM questions WHERE "
                                             "status <> 'merged' AND id > ?", 0, 0),
                     ==, not_merged);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/questions/search-folds-case", test_search_folds_case);
  g_test_add_func ("/questions/search-finds-word-forms", test_search_finds_word_forms);
  g_test_add_func ("/questions/merge-and-unmerge", test_merge_and_unmerge_keep_counts);
  g_test_add_func ("/questions/triage-and-undo", test_triage_and_undo);
  g_test_add_func ("/questions/list-follows-changes", test_list_follows_changes);
  g_test_add_func ("/questions/list-filters-as-sql-does", test_list_filters_as_sql_does);
  g_test_add_func ("/questions/list-answers-the-latest-filter",
                   test_list_answers_the_latest_filter);
  g_test_add_func ("/questions/import", test_import);
  g_test_add_func ("/questions/import-all-or-nothing", test_import_all_or_nothing);
  g_test_add_func ("/questions/import-with-mapping", test_import_with_mapping);
  g_test_add_func ("/questions/generator-and-stats", test_generator_and_stats);

  return g_test_run ();
}
