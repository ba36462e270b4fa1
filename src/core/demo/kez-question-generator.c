/* kez-question-generator.c
 *
 * Questions as a ministry receives them: half in Kazakh, half in Russian (the Russian ones
 * name their town first, so that no town's name has to be declined), about a dozen
 * everyday topics, from every channel in the proportions e-Otinish and the website bring them,
 * from every region, more from the big cities; some rejected, some answered, a few merged as
 * duplicates (with the merge on record). The same seed gives the same questions. Authors and
 * phone numbers are invented.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kez-question-generator"

#include "config.h"

#include <string.h>

#include "kez-meetings.h"
#include "kez-question-generator.h"
#include "kez-questions-private.h"
#include "kez-store-private.h"

typedef struct
{
  const char *name_kk;
  const char *name_ru;
  const char *texts_kk[3]; /* %s is a town */
  const char *texts_ru[3];
} Topic;

static const Topic topics[] = {
  { "Денсаулық сақтау", "Здравоохранение",
    { "%s қаласында жаңа емхана қашан салынады? Дәрігерге кезек екі аптаға созылады.",
      "%s аудандық ауруханасында тар бейінді дәрігерлер жетіспейді.",
      "%s қаласында жеңілдігі бар азаматтарды дәрімен қамту мәселесін шешуді сұраймын." },
    { "%s: когда построят новую поликлинику? Очередь к врачу растягивается на две недели.",
      "%s: в районной больнице не хватает врачей узкого профиля.",
      "%s: прошу решить вопрос с лекарственным обеспечением льготников." } },
  { "Білім беру", "Образование",
    { "%s мектептерінде орын жетіспейді, балалар үш ауысымда оқиды.",
      "%s қаласындағы балабақша қашан жөнделеді?",
      "%s мұғалімдерінің жалақысын көтеруді сұраймыз." },
    { "%s: в школах не хватает мест, дети учатся в три смены.",
      "%s: когда отремонтируют детский сад?",
      "%s: просим повысить зарплату учителям." } },
  { "Жолдар", "Дороги",
    { "%s мен аудан орталығы арасындағы жол бұзылған, жөндеу қашан болады?",
      "%s көшелерінде жарық пен жаяу жүргіншілер жолы жоқ.",
      "%s кіреберісіндегі көпір апатты жағдайда." },
    { "%s: дорога к районному центру разбита, когда будет ремонт?",
      "%s: на улицах нет освещения и тротуаров.",
      "%s: мост на въезде в город в аварийном состоянии." } },
  { "Тұрғын үй", "Жильё",
    { "%s қаласында кезекте тұрғандарға баспана қашан беріледі? Он екі жыл кезекте тұрмын.",
      "%s қаласындағы апатты үйдің тұрғындары әлі көшірілмеген.",
      "%s қаласында жас отбасыларға арналған жалдамалы үй жетіспейді." },
    { "%s: когда дадут жильё очередникам? Стою в очереди двенадцать лет.",
      "%s: жильцов аварийного дома до сих пор не расселили.",
      "%s: не хватает арендного жилья для молодых семей." } },
  { "Коммуналдық қызметтер", "Коммунальные услуги",
    { "%s қаласында жазда су жиі өшіріледі.",
      "%s қаласында жылу тарифі екі есе өсті.",
      "%s ауылдарына газ құбыры қашан тартылады?" },
    { "%s: летом постоянно отключают воду.",
      "%s: тариф на отопление вырос вдвое.",
      "%s: когда к окрестным сёлам проведут газ?" } },
  { "Жұмыспен қамту", "Занятость",
    { "%s жастарына жұмыс жоқ, өндіріс ашуды сұраймыз.",
      "%s қаласындағы зауыт жабылып, жұмысшылар жалақысыз қалды.",
      "%s қаласында мүгедектігі бар адамдарға арналған жұмыс орындары аз." },
    { "%s: молодёжи негде работать, просим открыть производство.",
      "%s: завод закрылся, работникам не выплатили зарплату.",
      "%s: мало рабочих мест для людей с инвалидностью." } },
  { "Ауыл шаруашылығы", "Сельское хозяйство",
    { "%s фермерлеріне тұқымға субсидия уақытында берілмейді.",
      "%s маңында мал жайылымы жетіспейді.",
      "%s өңірінде суару суы егіс кезінде жетпейді." },
    { "%s: фермерам не выплачивают вовремя субсидии на семена.",
      "%s: вокруг не хватает пастбищ для скота.",
      "%s: в посевную не хватает поливной воды." } },
  { "Әлеуметтік қорғау", "Социальная защита",
    { "%s қаласында мүгедектік жәрдемақысы шығынды жаппайды.",
      "%s зейнеткерлеріне ХҚКО қызметтерін алу қиын.",
      "%s қаласында көпбалалы отбасыларға көмек кешігіп төленеді." },
    { "%s: пособие по инвалидности не покрывает расходов.",
      "%s: пенсионерам трудно получить услуги ЦОН.",
      "%s: многодетным семьям пособия выплачивают с задержкой." } },
  { "Экология", "Экология",
    { "%s қаласындағы зауыттың шығарындылары ауаны ластайды.",
      "%s маңында заңсыз қоқыс үйінділері көбейді.",
      "%s қаласында ағаштар рұқсатсыз кесілуде." },
    { "%s: выбросы завода загрязняют воздух.",
      "%s: вокруг множатся незаконные свалки.",
      "%s: без разрешения вырубают деревья." } },
  { "Қоғамдық көлік", "Общественный транспорт",
    { "%s қаласында автобустар сирек жүреді және адамға толы.",
      "%s мен облыс орталығы арасында тұрақты қатынас жоқ.",
      "%s вокзалы жөндеуді қажет етеді." },
    { "%s: автобусы ходят редко и переполнены.",
      "%s: нет регулярного сообщения с областным центром.",
      "%s: вокзал требует ремонта." } },
  { "Байланыс және интернет", "Связь и интернет",
    { "%s маңындағы ауылдарда мобильді интернет жоқ.",
      "%s қаласында электрондық үкімет порталы жиі істемейді.",
      "%s мектептерінде интернет жылдамдығы төмен." },
    { "%s: в окрестных сёлах нет мобильного интернета.",
      "%s: портал электронного правительства часто не работает.",
      "%s: в школах низкая скорость интернета." } },
  { "Жер қатынастары", "Земельные отношения",
    { "%s қаласында жер учаскесі заң бұзылып берілген.",
      "%s маңындағы жайылымдық жер жеке меншікке өтіп кетті.",
      "%s қаласында жеке тұрғын үй құрылысына жер кезегі жылжымайды." },
    { "%s: земельный участок выделен с нарушениями.",
      "%s: пастбищные земли перешли в частные руки.",
      "%s: очередь на участки под ИЖС не движется." } },
};

/* Second sentences, which make the texts longer and give the search words to find. */
static const char * const tails_kk[] = {
  "", " Әкімдікке бірнеше рет жүгіндім, жауап жоқ.", " Министрліктің назар аударуын сұраймыз.",
  " Тұрғындар атынан жазып отырмын.", "",
};
static const char * const tails_ru[] = {
  "", " Обращался в акимат несколько раз, ответа нет.", " Просим министерство обратить внимание.",
  " Пишу от имени жителей.", "",
};

/* One town for each region of regions.tsv, as each language writes it. */
static const struct { const char *region, *kk, *ru; guint weight; } towns[] = {
  { "abai", "Семей", "Семей", 4 },            { "akmola", "Көкшетау", "Кокшетау", 4 },
  { "aktobe", "Ақтөбе", "Актобе", 5 },         { "almaty-obl", "Қонаев", "Конаев", 7 },
  { "atyrau", "Атырау", "Атырау", 4 },         { "east-kz", "Өскемен", "Усть-Каменогорск", 4 },
  { "zhambyl", "Тараз", "Тараз", 6 },          { "zhetisu", "Талдықорған", "Талдыкорган", 4 },
  { "west-kz", "Орал", "Уральск", 4 },         { "karaganda", "Қарағанды", "Караганда", 6 },
  { "kostanay", "Қостанай", "Костанай", 5 },   { "kyzylorda", "Қызылорда", "Кызылорда", 4 },
  { "mangystau", "Ақтау", "Актау", 4 },        { "pavlodar", "Павлодар", "Павлодар", 4 },
  { "north-kz", "Петропавл", "Петропавловск", 3 }, { "turkistan", "Түркістан", "Туркестан", 10 },
  { "ulytau", "Жезқазған", "Жезказган", 1 },   { "astana", "Астана", "Астана", 8 },
  { "almaty", "Алматы", "Алматы", 12 },        { "shymkent", "Шымкент", "Шымкент", 7 },
};

static const struct { const char *channel; guint weight; } channels[] = {
  { "e-otinish", 30 }, { "website", 20 }, { "social", 15 }, { "akim-meeting", 10 },
  { "letter", 8 }, { "blog", 5 }, { "online-comment", 5 }, { "reception", 4 }, { "hall", 3 },
};

static const char * const given_names[] = {
  "Асқар", "Гүлнар", "Нұрлан", "Айгүл", "Ерлан", "Сәуле", "Дәурен", "Жанар", "Марат", "Ольга",
  "Сергей", "Елена", "Бауыржан", "Динара", "Қайрат", "Татьяна",
};
static const char * const family_names[] = {
  "Нұрланов", "Серікқызы", "Әбілов", "Жұмабаева", "Омаров", "Қасымова", "Иванов", "Ким",
  "Петрова", "Тоқтаров", "Бекова", "Сапаров",
};

static const char * const reject_reasons_kk[] = {
  "Министрліктің құзыретіне жатпайды", "Нақты сұрақ жоқ", "Жергілікті әкімдікке жіберілді",
};
static const char * const reject_reasons_ru[] = {
  "Не входит в компетенцию министерства", "Нет конкретного вопроса",
  "Направлено в местный акимат",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static guint
pick_weighted_town (GRand *rand)
{
  guint total = 0, roll;

  for (guint i = 0; i < G_N_ELEMENTS (towns); i++)
    total += towns[i].weight;
  roll = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (towns); i++)
    {
      if (roll < towns[i].weight)
        return i;
      roll -= towns[i].weight;
    }
  return 0;
}

static const char *
pick_weighted_channel (GRand *rand)
{
  guint roll = g_rand_int_range (rand, 0, 100);

  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      if (roll < channels[i].weight)
        return channels[i].channel;
      roll -= channels[i].weight;
    }
  return channels[0].channel;
}

/* The template with its "%s" replaced by @town. */
static char *
fill_in (const char *template,
         const char *town)
{
  const char *hole = strstr (template, "%s");

  g_assert (hole != NULL);
  return g_strdup_printf ("%.*s%s%s", (int) (hole - template), template, town, hole + 2);
}

static char *
received_on (GRand       *rand,
             const GDate *first,
             guint        n_days)
{
  GDate date = *first;
  int minute = g_rand_int_range (rand, 8 * 60, 20 * 60);

  g_date_add_days (&date, g_rand_int_range (rand, 0, n_days));
  return kez_local_time_to_string (&date, minute);
}

/**
 * kez_question_generator_fill:
 * @topic_language: the language the topics are named in (questions come in both)
 *
 * Adds @count questions received between @first and @last, in one transaction.
 */
gboolean
kez_question_generator_fill (KezStore     *store,
                             guint         count,
                             guint32       seed,
                             const GDate  *first,
                             const GDate  *last,
                             KezLanguage   topic_language,
                             GError      **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(KezDbStmt) insert = NULL;
  g_autoptr(KezDbStmt) merge = NULL;
  g_autoptr(KezDbStmt) count_up = NULL;
  g_autoptr(KezDbStmt) record = NULL;
  g_autoptr(GArray) recent = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_days;

  g_return_val_if_fail (KEZ_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_date_compare (first, last) <= 0, FALSE);

  n_days = g_date_days_between (first, last) + 1;
  if (!kez_store_begin (store, error))
    return FALSE;
  if (!(insert = kez_store_prepare (store,
                                    "INSERT INTO questions (received_on, channel, region_code, "
                                    "topic, text, author, contact, status, reject_reason, "
                                    "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    error)) ||
      !(merge = kez_store_prepare (store,
                                   "UPDATE questions SET status = 'merged', merged_into = ?2 "
                                   "WHERE id = ?1", error)) ||
      !(count_up = kez_store_prepare (store,
                                      "UPDATE questions SET citizens = citizens + 1 "
                                      "WHERE id = ?", error)) ||
      !(record = kez_store_prepare (store,
                                    "INSERT INTO merges (question_id, into_question_id, "
                                    "merged_at, merged_by) VALUES (?, ?, ?, 'generator')",
                                    error)))
    goto failed;

  for (guint i = 0; i < count; i++)
    {
      const Topic *topic = &PICK (rand, topics);
      guint town = pick_weighted_town (rand);
      gboolean kazakh = g_rand_boolean (rand);
      guint roll = g_rand_int_range (rand, 0, 100);
      g_autofree char *when = received_on (rand, first, n_days);
      g_autofree char *sentence = NULL;
      g_autofree char *text = NULL;
      g_autofree char *author = NULL;
      g_autofree char *contact = NULL;
      const char *status = "new";
      const char *reason = "";
      gint64 id;

      sentence = fill_in (kazakh ? PICK (rand, topic->texts_kk) : PICK (rand, topic->texts_ru),
                          kazakh ? towns[town].kk : towns[town].ru);
      text = g_strconcat (sentence, kazakh ? PICK (rand, tails_kk) : PICK (rand, tails_ru), NULL);
      if (g_rand_int_range (rand, 0, 4) > 0)
        author = g_strdup_printf ("%s %s", PICK (rand, given_names), PICK (rand, family_names));
      if (author != NULL && g_rand_boolean (rand))
        contact = g_strdup_printf ("+7 7%02d %03d %02d %02d", g_rand_int_range (rand, 0, 80),
                                   g_rand_int_range (rand, 0, 1000),
                                   g_rand_int_range (rand, 0, 100),
                                   g_rand_int_range (rand, 0, 100));

      if (roll < 30)
        status = "accepted";
      else if (roll < 40)
        {
          status = "rejected";
          reason = kazakh ? PICK (rand, reject_reasons_kk) : PICK (rand, reject_reasons_ru);
        }
      else if (roll < 47)
        status = "answered-in-writing";
      else if (roll < 50)
        status = "answered-at-meeting";

      kez_db_bind_text (insert, 1, when);
      kez_db_bind_text (insert, 2, pick_weighted_channel (rand));
      /* One in twenty says nowhere where it is from. */
      if (g_rand_int_range (rand, 0, 20) > 0)
        kez_db_bind_text (insert, 3, towns[town].region);
      else
        kez_db_bind_null (insert, 3);
      kez_db_bind_text (insert, 4, topic_language == KEZ_LANGUAGE_KK ? topic->name_kk
                                                                      : topic->name_ru);
      kez_db_bind_text (insert, 5, text);
      kez_db_bind_text (insert, 6, author != NULL ? author : "");
      kez_db_bind_text (insert, 7, contact != NULL ? contact : "");
      kez_db_bind_text (insert, 8, status);
      kez_db_bind_text (insert, 9, reason);
      if (g_str_has_prefix (status, "answered"))
        kez_db_bind_text (insert, 10, when);
      else
        kez_db_bind_null (insert, 10);
      if (!kez_store_step_done (store, insert, error))
        goto failed;
      id = kez_db_last_insert_id (kez_store_get_db (store));

      /* One in twenty is a duplicate of a recent new or accepted question. */
      if (recent->len > 0 && g_rand_int_range (rand, 0, 20) == 0 && g_str_equal (status, "new"))
        {
          gint64 into = g_array_index (recent, gint64,
                                       g_rand_int_range (rand, 0, recent->len));

          kez_db_bind_int64 (merge, 1, id);
          kez_db_bind_int64 (merge, 2, into);
          kez_db_bind_int64 (count_up, 1, into);
          kez_db_bind_int64 (record, 1, id);
          kez_db_bind_int64 (record, 2, into);
          kez_db_bind_text (record, 3, when);
          if (!kez_store_step_done (store, merge, error) ||
              !kez_store_step_done (store, count_up, error) ||
              !kez_store_step_done (store, record, error))
            goto failed;
        }
      else if (g_str_equal (status, "new") || g_str_equal (status, "accepted"))
        {
          if (recent->len >= 64)
            g_array_remove_index_fast (recent, g_rand_int_range (rand, 0, recent->len));
          g_array_append_val (recent, id);
        }
    }

  if (!kez_store_commit (store, error))
    goto failed;
  kez_store_emit_changed (store, "questions");
  return TRUE;

failed:
  kez_store_rollback (store);
  return FALSE;
}
